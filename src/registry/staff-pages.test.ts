import { describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest } from '../../test/helpers/app';
import { csrfFrom, signedIn } from '../../test/helpers/client';
import { buildUnit, createProfile } from '../../test/helpers/factories';

let app: App;
let clock = new Date('2026-11-26T09:00:00Z');
freshAppPerTest(
  (a) => {
    app = a;
    clock = new Date('2026-11-26T09:00:00Z');
  },
  { now: () => clock },
);

async function organisation() {
  const sector = await app.registry.createUnit(buildUnit({ level: 'sector' }), 'test');
  const youth = await app.registry.createUnit(buildUnit({ parentId: sector.id }), 'test');
  const other = await app.registry.createUnit(buildUnit(), 'test');
  return { sector, youth, other };
}

const editForm = (overrides: Record<string, string> = {}) => ({
  kind: 'organisation',
  platform: 'instagram',
  url: 'https://www.instagram.com/pieksamaen_nuoriso/',
  handle: '',
  platformId: '',
  displayName: 'Pieksämäen nuoriso',
  unitId: '',
  purposeFi: 'Nuorisopalvelujen tapahtumat.',
  purposeSv: '',
  purposeEn: '',
  contactEmail: 'nuoriso@pieksamaki.fi',
  employeeName: '',
  employeeTitle: '',
  status: 'active',
  closingDate: '',
  closingReason: '',
  successorProfileId: '',
  successorUrl: '',
  'adminName-0': 'Seija Laitinen',
  'adminTitle-0': 'nuoriso-ohjaaja',
  'adminName-1': 'Matti Virtanen',
  'adminTitle-1': 'viestintäsuunnittelija',
  ...overrides,
});

describe('editing a registry entry (communications)', () => {
  it('adds a profile that then shows in the public registry, with an audit entry naming the person', async () => {
    const { youth } = await organisation();
    const { browser, account } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const answer = await browser.submit('/staff/profiles/new', '/staff/profiles/new', editForm({ unitId: youth.id }));
    expect(answer.status).toBe(201);
    expect(answer.body).toContain('Merkintä Pieksämäen nuoriso on tallennettu');
    const verify = await app.server.inject({ url: '/api/v1/verify?url=https://www.instagram.com/pieksamaen_nuoriso/' });
    expect(verify.json().status).toBe('official');
    const [entry] = await app.database.query<{ actor: string; action: string }>("select actor, action from audit_log where entity_type = 'profile'");
    expect(entry).toEqual({ actor: `user:${account.id}`, action: 'profile.added' });
  });

  it('keeps what was typed and names the field when a rule is broken', async () => {
    const { browser } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const answer = await browser.submit('/staff/profiles/new', '/staff/profiles/new', editForm({ url: 'https://example.com/not-a-profile', displayName: 'Säilyvä nimi' }));
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('href="#url"');
    expect(answer.body).toContain('value="Säilyvä nimi"');
    expect((await app.registry.allProfiles()).length).toBe(0);
  });

  it('refuses an administrator without a job title (policy rule O4)', async () => {
    const { browser } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const answer = await browser.submit('/staff/profiles/new', '/staff/profiles/new', editForm({ 'adminTitle-1': '' }));
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('Ylläpitäjien nimet ja tehtävänimikkeet puuttuvat (ohje O4).');
  });

  it('never leaves an entry in use without administrators, nor an organisation profile with one (policy rules O7, P1)', async () => {
    const profile = await createProfile(app.registry);
    const { browser } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const page = await browser.get(`/staff/profiles/${profile.id}/edit`);
    const none = await browser.post(`/staff/profiles/${profile.id}/edit`, { _csrf: csrfFrom(page.body), ...editForm({ url: profile.url, 'adminName-0': '', 'adminTitle-0': '', 'adminName-1': '', 'adminTitle-1': '' }) });
    expect(none.status).toBe(400);
    expect(none.body).toContain('href="#administrators"');
    const one = await browser.post(`/staff/profiles/${profile.id}/edit`, { _csrf: csrfFrom(page.body), ...editForm({ url: profile.url, 'adminName-1': '', 'adminTitle-1': '' }) });
    expect(one.status).toBe(400);
    expect(one.body).toContain('(ohje P1)');
    expect((await app.registry.getProfile(profile.id))!.administrators).toHaveLength(2);
  });

  it('changes an existing entry', async () => {
    const profile = await createProfile(app.registry);
    const { browser } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const page = await browser.get(`/staff/profiles/${profile.id}/edit`);
    expect(page.body).toContain(profile.displayName);
    const answer = await browser.post(`/staff/profiles/${profile.id}/edit`, { _csrf: csrfFrom(page.body), ...editForm({ url: profile.url, displayName: 'Uusi nimi' }) });
    expect(answer.status).toBe(200);
    expect((await app.registry.getProfile(profile.id))!.displayName).toBe('Uusi nimi');
  });

  it('forbids every other role from adding or editing entries, whatever the form says', async () => {
    const { youth } = await organisation();
    const profile = await createProfile(app.registry, { unitId: youth.id });
    for (const roles of [
      [{ role: 'supervisor' as const, unitId: youth.id }],
      [{ role: 'employee' as const, unitId: youth.id }],
      [{ role: 'auditor' as const, unitId: null }],
      [],
    ]) {
      const { browser } = await signedIn(app, roles);
      expect((await browser.get('/staff/profiles/new')).status).toBe(403);
      expect((await browser.get(`/staff/profiles/${profile.id}/edit`)).status).toBe(403);
      const token = csrfFrom((await browser.get('/account')).body);
      expect((await browser.post(`/staff/profiles/${profile.id}/edit`, { _csrf: token, ...editForm({ displayName: 'Kaapattu' }) })).status).toBe(403);
    }
    expect((await app.registry.getProfile(profile.id))!.displayName).toBe(profile.displayName);
  });
});

describe('confirming that an entry is still right (policy rule P5)', () => {
  it("lets a supervisor confirm the entries of their unit and the units below it, and shows those due on the dashboard", async () => {
    const { sector, youth } = await organisation();
    const profile = await createProfile(app.registry, { unitId: youth.id });
    clock = new Date('2027-12-01T09:00:00Z');
    const { browser, account } = await signedIn(app, [{ role: 'supervisor', unitId: sector.id }]);
    const dashboard = await browser.get('/staff');
    expect(dashboard.body).toContain('Odottaa vahvistustasi');
    expect(dashboard.body).toContain(profile.displayName);
    const answer = await browser.post(`/staff/profiles/${profile.id}/confirm`, { _csrf: csrfFrom(dashboard.body), next: '/staff' });
    expect(answer.location).toBe(`/staff?confirmed=${profile.id}`);
    expect((await app.registry.getProfile(profile.id))!.lastConfirmedAt.toISOString()).toBe('2027-12-01T09:00:00.000Z');
    const [entry] = await app.database.query<{ actor: string }>("select actor from audit_log where action = 'profile.confirmed'");
    expect(entry!.actor).toBe(`user:${account.id}`);
    expect((await browser.get('/staff')).body).toContain('Kaikkien vastuullasi olevien profiilien tiedot on tarkistettu.');
  });

  it("forbids a supervisor to confirm another unit's entry", async () => {
    const { youth, other } = await organisation();
    const profile = await createProfile(app.registry, { unitId: other.id });
    const { browser } = await signedIn(app, [{ role: 'supervisor', unitId: youth.id }]);
    const token = csrfFrom((await browser.get('/staff')).body);
    expect((await browser.post(`/staff/profiles/${profile.id}/confirm`, { _csrf: token })).status).toBe(403);
    const [entry] = await app.database.query("select 1 from audit_log where action = 'profile.confirmed'");
    expect(entry).toBeUndefined();
  });
});

describe('units', () => {
  it('lets communications add a unit and move it, and refuses to put a unit below itself', async () => {
    const { sector, youth } = await organisation();
    const { browser } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const added = await browser.submit('/staff/units/new', '/staff/units/new', { parentId: youth.id, level: 'team', nameFi: 'Etsivä nuorisotyö', nameSv: 'Uppsökande ungdomsarbete', nameEn: 'Outreach youth work' });
    expect(added.status).toBe(303);
    const page = await browser.get(added.location!);
    expect(page.body).toContain('Etsivä nuorisotyö');
    const loop = await browser.submit(`/staff/units/${sector.id}/edit`, `/staff/units/${sector.id}/edit`, { parentId: youth.id, level: 'sector', nameFi: 'X', nameSv: 'X', nameEn: 'X' });
    expect(loop.status).toBe(400);
    expect(loop.body).toContain('Yksikkö ei voi olla oma tai alayksikkönsä alayksikkö.');
  });

  it('names every missing name', async () => {
    const { browser } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const answer = await browser.submit('/staff/units/new', '/staff/units/new', { parentId: '', level: 'unit', nameFi: '', nameSv: '', nameEn: '' });
    expect(answer.status).toBe(400);
    for (const field of ['nameFi', 'nameSv', 'nameEn']) expect(answer.body).toContain(`href="#${field}"`);
  });

  it('shows the units to every role but lets only communications change them', async () => {
    const { youth } = await organisation();
    const { browser } = await signedIn(app, [{ role: 'employee', unitId: youth.id }]);
    expect((await browser.get('/staff/units')).status).toBe(200);
    expect((await browser.get('/staff/units/new')).status).toBe(403);
    expect((await browser.get(`/staff/units/${youth.id}/edit`)).status).toBe(403);
  });
});
