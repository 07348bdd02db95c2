import { describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest } from '../../test/helpers/app';
import { csrfFrom, signedIn } from '../../test/helpers/client';
import { buildUnit, createProfile } from '../../test/helpers/factories';
import { ClosingService } from './closing-service';

let app: App;
let clock = new Date('2026-11-26T09:00:00Z');
freshAppPerTest(
  (a) => {
    app = a;
    clock = new Date('2026-11-26T09:00:00Z');
  },
  { now: () => clock },
);

async function setting() {
  const unit = await app.registry.createUnit(buildUnit(), 'test');
  const other = await app.registry.createUnit(buildUnit(), 'test');
  const profile = await createProfile(app.registry, { unitId: unit.id, displayName: 'Kirjastoauto' });
  const successor = await createProfile(app.registry, { unitId: unit.id, displayName: 'Kirjasto' });
  return { unit, other, profile, successor };
}

const form = (overrides: Record<string, string> = {}) => ({
  announceOn: '2026-11-26',
  closeOn: '2026-12-26',
  reason: 'Kirjastoauton tiedotus siirtyy kirjaston profiiliin',
  successorProfileId: '',
  successorUrl: '',
  ...overrides,
});

describe('closing a profile (policy rule O8)', () => {
  it('announces the closing today with reason and successor, and suggests announcements in three languages', async () => {
    const { unit, profile, successor } = await setting();
    const { browser } = await signedIn(app, [{ role: 'supervisor', unitId: unit.id }]);
    const answer = await browser.submit(`/staff/profiles/${profile.id}/closing`, `/staff/profiles/${profile.id}/closing`, form({ successorProfileId: successor.id }));
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Sulkemisesta on ilmoitettu rekisterissä. Profiili suljetaan 26.12.2026.');
    expect(answer.body).toContain('This profile closes on 26 December 2026. Kirjastoauton tiedotus siirtyy kirjaston profiiliin.');
    const stored = (await app.registry.getProfile(profile.id))!;
    expect(stored).toMatchObject({ status: 'closing', closingDate: '2026-12-26', successorProfileId: successor.id });
    const actions = (await app.database.query<{ action: string }>("select action from audit_log where entity_id = $1 order by id", [profile.id])).map((r) => r.action);
    expect(actions).toEqual(['profile.added', 'closing.planned', 'profile.closing-announced']);
  });

  it('refuses a closing date sooner than the notice period, naming the field', async () => {
    const { unit, profile } = await setting();
    const { browser } = await signedIn(app, [{ role: 'supervisor', unitId: unit.id }]);
    const answer = await browser.submit(`/staff/profiles/${profile.id}/closing`, `/staff/profiles/${profile.id}/closing`, form({ closeOn: '2026-12-20', successorUrl: 'https://www.pieksamaki.fi/kirjasto' }));
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('href="#closeOn"');
    expect(answer.body).toContain('vähintään 30 päivää ilmoituspäivän jälkeen (ohje O8)');
    expect((await app.registry.getProfile(profile.id))!.status).toBe('active');
  });

  it('shows a later announcement only from its day, when the daily job announces it', async () => {
    const { unit, profile } = await setting();
    const { browser } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const answer = await browser.submit(
      `/staff/profiles/${profile.id}/closing`,
      `/staff/profiles/${profile.id}/closing`,
      form({ announceOn: '2026-12-01', closeOn: '2027-01-15', successorUrl: 'https://www.pieksamaki.fi/kirjasto' }),
    );
    expect(answer.body).toContain('Sulkeminen on suunniteltu. Rekisteri kertoo siitä 1.12.2026 alkaen.');
    expect((await app.registry.getProfile(profile.id))!.status).toBe('active');
    const closing = new ClosingService({ database: app.database, registry: app.registry, noticeDays: 30, now: () => clock });
    expect(await closing.announceDue()).toBe(0);
    clock = new Date('2026-12-01T06:00:00Z');
    expect(await closing.announceDue()).toBe(1);
    expect(await closing.announceDue()).toBe(0);
    expect((await app.registry.getProfile(profile.id))!).toMatchObject({ status: 'closing', closingDate: '2027-01-15' });
    void unit;
  });

  it('forbids an employee, and a supervisor of another unit', async () => {
    const { unit, other, profile } = await setting();
    for (const roles of [[{ role: 'employee' as const, unitId: unit.id }], [{ role: 'supervisor' as const, unitId: other.id }]]) {
      const { browser } = await signedIn(app, roles);
      expect((await browser.get(`/staff/profiles/${profile.id}/closing`)).status).toBe(403);
      const token = csrfFrom((await browser.get('/staff')).body);
      expect((await browser.post(`/staff/profiles/${profile.id}/closing`, { _csrf: token, ...form({ successorUrl: 'https://x.fi/a' }) })).status).toBe(403);
    }
    expect((await app.registry.getProfile(profile.id))!.status).toBe('active');
  });
});
