import { describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest } from '../../test/helpers/app';
import { Browser, createStaff, csrfFrom, signedIn } from '../../test/helpers/client';
import { buildUnit } from '../../test/helpers/factories';

let app: App;
freshAppPerTest((a) => {
  app = a;
});

const rolesOf = async (userId: string) =>
  (await app.database.query<{ role: string; unit_id: string | null }>('select role, unit_id from role_assignments where user_id = $1 order by role', [userId])).map((r) => r.role);

describe('staff accounts (communications)', () => {
  it('adds a person with roles in units and mails them a link to set their password', async () => {
    const unit = await app.registry.createUnit(buildUnit(), 'test');
    const { browser } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const answer = await browser.submit('/staff/users/new', '/staff/users/new', {
      email: 'Liisa.Lahtinen@Pieksamaki.fi',
      displayName: 'Liisa Lahtinen',
      lang: 'sv',
      supervisorUnits: unit.id,
      employeeUnits: unit.id,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Liisa Lahtinen');
    const [created] = await app.database.query<{ id: string; email: string; lang: string }>("select id, email, lang from users where email = 'liisa.lahtinen@pieksamaki.fi'");
    expect(created!.lang).toBe('sv');
    expect(await rolesOf(created!.id)).toEqual(['employee', 'supervisor']);
    const [mail] = await app.database.query<{ recipient: string; subject: string; body: string }>('select recipient, subject, body from outbox');
    expect(mail!.recipient).toBe('liisa.lahtinen@pieksamaki.fi');
    expect(mail!.subject).toContain('Somerekisteri');
    expect(mail!.body).toMatch(/http:\/\/registry\.test\/sign-in\/password\/[A-Za-z0-9_-]{40,}/);
    // The audit entry names the person by id and records roles, not their address or name.
    const [entry] = await app.database.query<{ after: unknown }>("select after from audit_log where action = 'user.created' and entity_id = $1", [created!.id]);
    expect(JSON.stringify(entry!.after)).not.toContain('lahtinen');
  });

  it('refuses an address outside the city, a taken address and an unknown unit, naming the field', async () => {
    const { browser, account } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const outside = await browser.submit('/staff/users/new', '/staff/users/new', { email: 'someone@gmail.com', displayName: 'X' });
    expect(outside.status).toBe(400);
    expect(outside.body).toContain('Osoitteen on oltava kaupungin osoite (@pieksamaki.fi).');
    const taken = await browser.submit('/staff/users/new', '/staff/users/new', { email: account.email, displayName: 'X' });
    expect(taken.body).toContain('Osoitteella on jo tunnus.');
    const unknownUnit = await browser.submit('/staff/users/new', '/staff/users/new', { email: 'new.person@pieksamaki.fi', displayName: 'X', employeeUnits: '00000000-0000-4000-8000-000000000000' });
    expect(unknownUnit.body).toContain('href="#roles"');
  });

  it('switches an account off, which ends its sessions at once', async () => {
    const { browser: comms } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const { browser: victim, account } = await signedIn(app, [{ role: 'auditor', unitId: null }]);
    expect((await victim.get('/staff')).status).toBe(200);
    const answer = await comms.submit(`/staff/users/${account.id}`, `/staff/users/${account.id}`, { displayName: 'Testi Henkilö', lang: 'fi', cityRoles: 'auditor' });
    expect(answer.status).toBe(200);
    expect((await victim.get('/staff')).status).toBe(303);
    expect((await new Browser(app).signIn(account.email, account.password)).status).toBe(401);
  });
});

describe('forbidden paths for accounts', () => {
  it('refuses a person who adds a role to their own account through the form (role escalation)', async () => {
    const unit = await app.registry.createUnit(buildUnit(), 'test');
    const { browser, account } = await signedIn(app, [{ role: 'employee', unitId: unit.id }]);
    const token = csrfFrom((await browser.get('/account')).body);
    const answer = await browser.post(`/staff/users/${account.id}`, { _csrf: token, displayName: 'Testi', lang: 'fi', active: '1', cityRoles: 'communications' });
    expect(answer.status).toBe(403);
    expect(await rolesOf(account.id)).toEqual(['employee']);
  });

  it('does not let communications change their own roles either', async () => {
    const { browser, account } = await signedIn(app, [{ role: 'communications', unitId: null }]);
    const token = csrfFrom((await browser.get('/staff/users')).body.includes('_csrf') ? (await browser.get('/staff/users')).body : (await browser.get('/account')).body);
    const answer = await browser.post(`/staff/users/${account.id}`, { _csrf: token, displayName: 'Testi', lang: 'fi', active: '1', cityRoles: ['communications', 'auditor'] });
    expect(answer.status).toBe(403);
    expect(await rolesOf(account.id)).toEqual(['communications']);
  });

  it("refuses a supervisor, an employee and a person without roles the list of accounts and another's account", async () => {
    const unit = await app.registry.createUnit(buildUnit(), 'test');
    const other = await createStaff(app);
    for (const roles of [[{ role: 'supervisor' as const, unitId: unit.id }], [{ role: 'employee' as const, unitId: unit.id }], []]) {
      const { browser } = await signedIn(app, roles);
      expect((await browser.get('/staff/users')).status).toBe(403);
      expect((await browser.get(`/staff/users/${other.id}`)).status).toBe(403);
      expect((await browser.get('/staff/users/new')).status).toBe(403);
    }
  });

  it('lets an auditor read accounts but change none', async () => {
    const other = await createStaff(app);
    const { browser } = await signedIn(app, [{ role: 'auditor', unitId: null }]);
    expect((await browser.get('/staff/users')).status).toBe(200);
    const page = await browser.get(`/staff/users/${other.id}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('type="submit">Tallenna');
    const answer = await browser.post(`/staff/users/${other.id}`, { _csrf: csrfFrom(page.body), displayName: 'X', lang: 'fi', cityRoles: 'communications' });
    expect(answer.status).toBe(403);
    expect(await rolesOf(other.id)).toEqual([]);
  });
});

describe('erasing a person (data protection)', () => {
  it("removes a switched-off person's name, address, roles and tokens, and keeps their id in the audit log", async () => {
    const account = await createStaff(app, { displayName: 'Poistuva Henkilö', roles: [{ role: 'auditor', unitId: null }] });
    expect(await app.people.erase(account.id, 'test')).toBe('active');
    await app.database.query('update users set active = false where id = $1', [account.id]);
    expect(await app.people.erase(account.id, 'test')).toBe('erased');
    const [row] = await app.database.query<{ email: string; display_name: string; password_hash: string | null }>('select email, display_name, password_hash from users where id = $1', [account.id]);
    expect(row!.email).not.toContain('@pieksamaki.fi');
    expect(row!.display_name).not.toContain('Poistuva');
    expect(row!.password_hash).toBeNull();
    expect(await rolesOf(account.id)).toEqual([]);
    const entries = await app.database.query<{ entity_id: string; before: unknown; after: unknown }>("select entity_id, before, after from audit_log where entity_type = 'user'");
    expect(entries.every((e) => e.entity_id === account.id)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('Poistuva');
  });
});
