import { describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest } from '../../test/helpers/app';
import { csrfFrom, signedIn } from '../../test/helpers/client';
import { buildUnit, createProfile } from '../../test/helpers/factories';

let app: App;
let clock = new Date('2026-12-22T09:00:00Z');
freshAppPerTest(
  (a) => {
    app = a;
    clock = new Date('2026-12-22T09:00:00Z');
  },
  { now: () => clock },
);

async function expertProfile() {
  const unit = await app.registry.createUnit(buildUnit(), 'test');
  const profile = await createProfile(app.registry, {
    kind: 'expert',
    unitId: unit.id,
    displayName: 'Pieksämäen Nuorisotoimi Seija Laitinen',
    employeeName: 'Seija Laitinen',
    employeeTitle: 'nuoriso-ohjaaja',
    contactEmail: 'seija.laitinen@pieksamaki.fi',
    administrators: [{ name: 'Seija Laitinen', jobTitle: 'nuoriso-ohjaaja' }],
  });
  return { unit, profile };
}

describe("an expert's absences (policy rule E4)", () => {
  it('are recorded with a substitute or a message, and the public page says "away until" only when chosen', async () => {
    const { unit, profile } = await expertProfile();
    const { browser } = await signedIn(app, [{ role: 'supervisor', unitId: unit.id }]);
    const url = `/staff/profiles/${profile.id}/absences`;
    const missing = await browser.submit(url, url, { startsOn: '2026-12-20', endsOn: '2027-01-06', substitute: '', awayMessage: '' });
    expect(missing.status).toBe(400);
    expect(missing.body).toContain('href="#substitute"');

    const hidden = await browser.submit(url, url, { startsOn: '2026-12-20', endsOn: '2026-12-27', substitute: 'Matti Virtanen, nuorisosihteeri', awayMessage: '' });
    expect(hidden.body).toContain('Poissaolo on kirjattu.');
    expect((await app.server.inject({ url: `/profiles/${profile.id}` })).body).not.toContain('on poissa');

    await browser.submit(url, url, { startsOn: '2026-12-20', endsOn: '2027-01-06', substitute: '', awayMessage: 'Lomalla loppiaiseen asti.', showPublicly: '1' });
    const publicPage = await app.server.inject({ url: `/profiles/${profile.id}`, headers: { 'accept-language': 'fi' } });
    expect(publicPage.body).toContain('Seija Laitinen on poissa 6.1.2027 asti.');
    const [entry] = await app.database.query<{ actor: string }>("select actor from audit_log where action = 'absence.added' limit 1");
    expect(entry!.actor).toMatch(/^user:/);

    clock = new Date('2027-01-07T09:00:00Z');
    expect((await app.server.inject({ url: `/profiles/${profile.id}` })).body).not.toContain('on poissa');
  });

  it('are removed by those who may manage them, with an audit entry', async () => {
    const { unit, profile } = await expertProfile();
    const { browser } = await signedIn(app, [{ role: 'supervisor', unitId: unit.id }]);
    const url = `/staff/profiles/${profile.id}/absences`;
    const added = await browser.submit(url, url, { startsOn: '2026-12-22', endsOn: '2026-12-31', awayMessage: 'Lomalla.', showPublicly: '1' });
    const id = /absences\/([0-9a-f-]{36})\/remove/.exec(added.body)![1]!;
    const removed = await browser.post(`${url}/${id}/remove`, { _csrf: csrfFrom(added.body) });
    expect(removed.body).toContain('Poissaolo on poistettu.');
    expect(await app.database.query("select 1 from audit_log where action = 'absence.removed'")).toHaveLength(1);
  });

  it("forbids an employee who has nothing to do with the profile, and a supervisor of another unit", async () => {
    const { unit, profile } = await expertProfile();
    const other = await app.registry.createUnit(buildUnit(), 'test');
    for (const roles of [[{ role: 'employee' as const, unitId: unit.id }], [{ role: 'supervisor' as const, unitId: other.id }]]) {
      const { browser } = await signedIn(app, roles);
      expect((await browser.get(`/staff/profiles/${profile.id}/absences`)).status).toBe(403);
    }
  });

  it('are for expert profiles only', async () => {
    const unit = await app.registry.createUnit(buildUnit(), 'test');
    const profile = await createProfile(app.registry, { unitId: unit.id });
    const { browser } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const url = `/staff/profiles/${profile.id}/absences`;
    const answer = await browser.submit(url, url, { startsOn: '2026-12-22', endsOn: '2026-12-31', awayMessage: 'x' });
    expect(answer.status).toBe(409);
  });
});
