import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { freshAppPerTest } from '../../../test/helpers/app';
import { Browser, createStaff, signedIn } from '../../../test/helpers/client';
import { buildUnit, createProfile } from '../../../test/helpers/factories';
import type { RoleAssignment } from '../auth/staff';
import { recordAuditBatch, type AuditEntry } from './audit';
import { changesBetween } from './pages';

let app: App;
freshAppPerTest((a) => (app = a));

const communications: RoleAssignment[] = [{ role: 'communications', unitId: null }];
const auditor: RoleAssignment[] = [{ role: 'auditor', unitId: null }];

async function record(...entries: AuditEntry[]): Promise<number[]> {
  await app.database.db.transaction((tx) => recordAuditBatch(tx, entries));
  const rows = await app.database.query<{ id: string }>('select id from audit_log order by id desc limit $1', [entries.length]);
  return rows.map((r) => Number(r.id)).reverse();
}

/** Moves an entry to another moment; the chain then breaks, which these tests do not look at. */
async function happenedAt(id: number, iso: string): Promise<void> {
  await app.database.query('update audit_log set occurred_at = $1 where id = $2', [iso, id]);
}

/** The page as a screen reader reads it: the text without tags. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

const entryRows = (html: string) => html.match(/<tr id="entry-\d+"/g)?.length ?? 0;
const entryIds = (html: string) => [...html.matchAll(/<tr id="entry-(\d+)"/g)].map((m) => Number(m[1]));

const someId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the audit log page', () => {
  it('shows who did what to which record and what changed, newest first, naming people only on the page', async () => {
    const { browser, account } = await signedIn(app, communications, { displayName: 'Vilja Viestijä' });
    const profile = await createProfile(app.registry, { displayName: 'Nuorisopalvelut' });
    await app.registry.saveProfile({ ...profile, displayName: 'Pieksämäen nuorisopalvelut' }, { id: profile.id, actor: `user:${account.id}` });

    const page = await browser.get('/staff/audit');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-store');
    const text = textOf(page.body);
    expect(page.body).toContain('<caption>Muutoslokin merkinnät, uusimmat ensin</caption>');
    expect(page.body).toContain('<th scope="col">Mikä muuttui</th>');
    expect(text).toContain('Vilja Viestijä Profiilia muutettu');
    expect(text).toContain('displayName : Nuorisopalvelut → muuttui arvoon Pieksämäen nuorisopalvelut');
    expect(page.body).toContain(`href="/profiles/${profile.id}"`);
    expect(text).toContain('Kirjautui sisään');
    // The account was made by the test setup: an actor the catalogue does not know is shown as is.
    expect(text).toContain('test:setup Käyttäjä lisätty Käyttäjä:');
    expect(page.body).toContain(`href="/staff/users/${account.id}"`);
    const table = text.slice(text.indexOf('Muutoslokin merkinnät, uusimmat ensin'));
    expect(table.indexOf('Profiilia muutettu')).toBeLessThan(table.indexOf('Profiili lisätty'));
    expect(table.indexOf('Profiili lisätty')).toBeLessThan(table.indexOf('Kirjautui sisään'));

    const stored = JSON.stringify(await app.database.query('select * from audit_log'));
    expect(stored).not.toContain(account.email);
    expect(stored).not.toContain('Vilja Viestijä');
  });

  it('names system actors and known actions in words, and shows the rest as they are stored', async () => {
    const { browser } = await signedIn(app, auditor);
    const gone = someId(99);
    await record(
      { actor: 'system:start', action: 'registry.keys-recomputed', entityType: 'registry', entityId: 'profile_keys', before: { keyFormatVersion: 1 }, after: { keyFormatVersion: 2 } },
      { actor: 'cli:import', action: 'unit.added', entityType: 'unit', entityId: 'u1', after: { name: { fi: 'Sivistys' } } },
      { actor: 'robotti:yö', action: 'gadget.polished', entityType: 'gadget', entityId: 'g-1', before: [1], after: [1, 2] },
      { actor: `user:${gone}`, action: 'password.reset-sent', entityType: 'user', entityId: gone },
    );
    const page = await browser.get('/staff/audit?lang=sv');
    const text = textOf(page.body);
    expect(text).toContain('Systemet: start Söknycklarna räknade på nytt Registret: profile_keys keyFormatVersion : 1 → ändrades till 2');
    expect(text).toContain('Kommandoraden: import Enhet tillagd Enhet: u1 name : {"fi": "Sivistys"}');
    expect(text).toContain('robotti:yö gadget.polished gadget: g-1 [1] → ändrades till [1, 2]');
    expect(text).toContain(`Okänd person (${gone}) Länk för nytt lösenord skickad`);
  });

  it('filters by who, what, record and day', async () => {
    const { browser, account } = await signedIn(app, auditor, { displayName: 'Aino Auditoija' });
    const other = await createStaff(app, { displayName: 'Olli Toinen' });
    const [p1, p2] = [someId(1), someId(2)];
    const [mine, theirs, system] = await record(
      { actor: `user:${account.id}`, action: 'profile.updated', entityType: 'profile', entityId: p1 },
      { actor: `user:${other.id}`, action: 'profile.updated', entityType: 'profile', entityId: p2 },
      { actor: 'system:start', action: 'registry.keys-recomputed', entityType: 'registry', entityId: 'profile_keys' },
    );
    // Helsinki is two hours ahead of UTC in January: 00:30, 23:59 on the 15th and midnight on the 16th.
    await happenedAt(mine!, '2024-01-14T22:30:00Z');
    await happenedAt(theirs!, '2024-01-15T21:59:00Z');
    await happenedAt(system!, '2024-01-15T22:00:00Z');

    const byOther = await browser.get(`/staff/audit?actor=user:${other.id}`);
    expect(entryIds(byOther.body)).toEqual([theirs]);
    expect(byOther.body).toMatch(new RegExp(`<option value="user:${other.id}" selected[^>]*>Olli Toinen</option>`));
    expect(byOther.body).toContain('<option value="system">Järjestelmä (automaattiset muutokset)</option>');

    const bySystem = await browser.get('/staff/audit?actor=system');
    expect(entryIds(bySystem.body)).toContain(system);
    expect(entryIds(bySystem.body)).not.toContain(mine);
    expect(entryIds(bySystem.body)).not.toContain(theirs);

    expect(entryIds((await browser.get('/staff/audit?action=registry.keys-recomputed')).body)).toEqual([system]);
    expect(entryIds((await browser.get(`/staff/audit?entityType=profile&entityId=${p1}`)).body)).toEqual([mine]);
    expect(entryIds((await browser.get('/staff/audit?from=2024-01-15&to=2024-01-15')).body)).toEqual([theirs, mine]);
    expect(entryIds((await browser.get('/staff/audit?from=2024-01-16&to=2024-01-16')).body)).toEqual([system]);
    expect(entryIds((await browser.get('/staff/audit?to=2024-01-14')).body)).toEqual([]);

    const combined = await browser.get(`/staff/audit?actor=user:${account.id}&action=profile.updated&entityType=profile&from=2024-01-15&to=2024-01-15`);
    expect(entryIds(combined.body)).toEqual([mine]);
    expect(combined.body).toMatch(/<option value="profile\.updated" selected[^>]*>Profiilia muutettu<\/option>/);
    expect(combined.body).toContain('value="2024-01-15"');
    expect(combined.body).toContain('href="/staff/audit">Poista rajaukset</a>');
  });

  it('pages back 50 entries at a time, keeping the filters', async () => {
    const { browser } = await signedIn(app, communications);
    await record(...Array.from({ length: 120 }, (_, i) => ({ actor: 'cli:import', action: 'unit.added', entityType: 'unit', entityId: `u${i + 1}` })));
    const olderLink = (html: string) => /<a href="([^"]+)" rel="next">/.exec(html)?.[1]?.replace(/&amp;/g, '&');

    const first = await browser.get('/staff/audit?action=unit.added');
    expect(entryRows(first.body)).toBe(50);
    expect(textOf(first.body)).toContain('Yksikkö: u120');
    const second = olderLink(first.body)!;
    expect(second).toMatch(/^\/staff\/audit\?action=unit\.added&before=\d+$/);
    const page2 = await browser.get(second);
    expect(entryRows(page2.body)).toBe(50);
    expect(textOf(page2.body)).toContain('Yksikkö: u70 ');
    expect(page2.body).toContain('href="/staff/audit?action=unit.added">Uusimmat merkinnät</a>');
    const page3 = await browser.get(olderLink(page2.body)!);
    expect(entryRows(page3.body)).toBe(20);
    expect(textOf(page3.body)).toContain('Yksikkö: u1 ');
    expect(olderLink(page3.body)).toBeUndefined();
  });

  it('says when nothing matches, and names a bad filter beside its field instead of failing', async () => {
    const { browser } = await signedIn(app, communications);
    const nothing = await browser.get('/staff/audit?entityId=ei-tallaista');
    expect(nothing.status).toBe(200);
    expect(nothing.body).toContain('Rajauksia vastaavia merkintöjä ei löytynyt.');

    const badDates = await browser.get('/staff/audit?from=2026-02-30&to=huomenna');
    expect(badDates.status).toBe(400);
    expect(badDates.body).toContain('href="#from">Alkaen: anna päivämäärä muodossa vvvv-kk-pp');
    expect(badDates.body).toContain('href="#to">Päättyen: anna päivämäärä muodossa vvvv-kk-pp');
    expect(badDates.body).toContain('aria-invalid="true"');
    expect(badDates.body).toContain('value="2026-02-30"');
    expect(entryRows(badDates.body)).toBeGreaterThan(0);

    const backwards = await browser.get('/staff/audit?from=2026-05-02&to=2026-05-01');
    expect(backwards.status).toBe(400);
    expect(textOf(backwards.body)).toContain('Päättyen: päättymispäivä on ennen alkamispäivää.');

    // Values only a hand-edited address can hold are left out quietly.
    for (const url of ['/staff/audit?actor=user:ei-uuid', '/staff/audit?before=abc', '/staff/audit?before=-1', '/staff/audit?action=a&action=b', `/staff/audit?entityId=${'x'.repeat(500)}`]) {
      const answer = await browser.get(url);
      expect(answer.status, url).toBeLessThan(500);
    }
    expect((await browser.get('/staff/audit?actor=user:ei-uuid')).status).toBe(200);
  });

  it('forbids an employee, and a supervisor', async () => {
    const unit = await app.registry.createUnit(buildUnit(), 'test:setup');
    const pages = ['/staff/audit', '/staff/audit.csv', '/staff/audit/verify', '/staff/outbox'];
    for (const role of ['employee', 'supervisor'] as const) {
      const { browser } = await signedIn(app, [{ role, unitId: unit.id }]);
      for (const url of pages) expect((await browser.get(url)).status, `${role} ${url}`).toBe(403);
      expect((await browser.get('/staff')).body).not.toContain('href="/staff/audit"');
    }
    const { browser } = await signedIn(app, auditor);
    for (const url of pages) expect((await browser.get(url)).status, `auditor ${url}`).toBe(200);
    expect((await browser.get('/staff/audit')).body).toContain('href="/staff/outbox"');
  });

  it('sends a person who is not signed in to sign in first', async () => {
    const answer = await new Browser(app).get('/staff/audit?action=user.created');
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/sign-in?next=%2Fstaff%2Faudit%3Faction%3Duser.created');
    expect((await new Browser(app).get('/staff/outbox')).status).toBe(303);
  });
});

describe('exporting the audit log', () => {
  it('exports the filtered entries as CSV and records the export', async () => {
    const { browser, account } = await signedIn(app, communications, { displayName: 'Vilja Viestijä' });
    await record(
      { actor: `user:${account.id}`, action: 'profile.updated', entityType: 'profile', entityId: someId(1), before: { displayName: 'Vanha' }, after: { displayName: 'Uusi, "lainattu"' } },
      { actor: 'cli:import', action: 'profile.added', entityType: 'profile', entityId: '=HYPERLINK("https://example.com")', after: { displayName: 'Ä' } },
      { actor: 'cli:import', action: 'unit.added', entityType: 'unit', entityId: 'u1' },
    );
    const page = await browser.get('/staff/audit?entityType=profile');
    expect(page.body).toContain('href="/staff/audit.csv?entityType=profile"');

    const answer = await browser.get('/staff/audit.csv?entityType=profile');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['content-disposition']).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(answer.body.startsWith('\ufeffid,occurred_at,actor,actor_name,action,entity_type,entity_id,before,after,prev_hash,hash\r\n')).toBe(true);
    const rows = parseCsv(answer.body.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.action)).toEqual(['profile.added', 'profile.updated']);
    const [added, updated] = rows as [Record<string, string>, Record<string, string>];
    expect(updated).toMatchObject({ actor: `user:${account.id}`, actor_name: 'Vilja Viestijä', entity_type: 'profile', entity_id: someId(1) });
    expect(JSON.parse(updated.before!)).toEqual({ displayName: 'Vanha' });
    expect(JSON.parse(updated.after!)).toEqual({ displayName: 'Uusi, "lainattu"' });
    expect(updated.occurred_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(updated.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(updated.prev_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(added.actor_name).toBe('');
    expect(added.before).toBe('');
    // A spreadsheet must not run a record id as a formula.
    expect(added.entity_id).toBe('\'=HYPERLINK("https://example.com")');

    const [exported] = await app.database.query<{ actor: string; entity_type: string; entity_id: string; after: unknown }>(
      "select actor, entity_type, entity_id, after from audit_log where action = 'audit.exported'",
    );
    expect(exported).toEqual({ actor: `user:${account.id}`, entity_type: 'audit-log', entity_id: 'export', after: { entityType: 'profile' } });

    // The export lists the log as it stood when asked: the earlier export, but not its own entry.
    const everything = await browser.get('/staff/audit.csv');
    const all = parseCsv(everything.body.slice(1), { columns: true }) as Record<string, string>[];
    expect(all.filter((r) => r.action === 'audit.exported')).toHaveLength(1);
    expect(all).toHaveLength(Number((await app.database.query<{ n: string }>('select count(*) as n from audit_log'))[0]!.n) - 1);
  });

  it('does not record a HEAD request as an export', async () => {
    const { browser } = await signedIn(app, auditor);
    const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const answer = await app.server.inject({ method: 'HEAD', url: '/staff/audit.csv', headers: { cookie } });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(await app.database.query("select id from audit_log where action = 'audit.exported'")).toEqual([]);
  });

  it('sends a bad filter back to the page rather than exporting more than was asked', async () => {
    const { browser } = await signedIn(app, auditor);
    const answer = await browser.get('/staff/audit.csv?from=eilen&entityType=profile');
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/staff/audit?from=eilen&entityType=profile');
    const [row] = await app.database.query("select id from audit_log where action = 'audit.exported'");
    expect(row).toBeUndefined();
  });
});

describe('checking the chain of the audit log', () => {
  it('says the chain is intact and counts the entries', async () => {
    const { browser } = await signedIn(app, auditor);
    await record({ actor: 'cli:import', action: 'unit.added', entityType: 'unit', entityId: 'u1' });
    const [{ n }] = (await app.database.query<{ n: string }>('select count(*) as n from audit_log')) as [{ n: string }];
    const page = await browser.get('/staff/audit/verify');
    expect(page.status).toBe(200);
    expect(textOf(page.body)).toContain(`Loki on ehjä: kaikki ${n} merkintää ovat muuttumattomia`);
  });

  it('shows where the chain breaks after a row is edited in the database', async () => {
    const { browser } = await signedIn(app, auditor);
    const [, middle] = await record(
      { actor: 'cli:import', action: 'unit.added', entityType: 'unit', entityId: 'u1' },
      { actor: 'cli:import', action: 'unit.added', entityType: 'unit', entityId: 'u2' },
      { actor: 'cli:import', action: 'unit.added', entityType: 'unit', entityId: 'u3' },
    );
    await app.database.query("update audit_log set entity_id = 'u-väärennetty' where id = $1", [middle]);
    const page = await browser.get('/staff/audit/verify?lang=en');
    expect(page.status).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain(`The chain of the log breaks at entry ${middle}.`);
    expect(text).toContain('Reason: the entry was changed after it was written.');
    expect(page.body).toContain(`href="/staff/audit?before=${middle! + 1}#entry-${middle}"`);
  });
});

describe('the audit log API', () => {
  const api = (url: string, headers: Record<string, string> = {}) => app.server.inject({ method: 'GET', url, headers });

  it('answers the API with a token that has audit:read and refuses one without it', async () => {
    const account = await createStaff(app, { displayName: 'Aino Auditoija', roles: auditor });
    const user = (await app.auth.staffUser(app.database.db, account.id))!;
    const reading = await app.auth.createAccessToken(user, { name: 'raportointi', scopes: ['audit:read'], expiresAt: null });
    const other = await app.auth.createAccessToken(user, { name: 'rekisteri', scopes: ['registry:read'], expiresAt: null });

    const answer = await api('/api/v1/staff/audit-log', { authorization: `Bearer ${reading.token}` });
    expect(answer.statusCode).toBe(200);
    type Item = { action: string; after: { name?: string } | null };
    const body = answer.json() as { items: Item[]; nextBefore: number | null };
    expect(body.nextBefore).toBeNull();
    const created = body.items.find((i) => i.action === 'access-token.created' && i.after?.name === 'raportointi') as Record<string, unknown>;
    expect(created).toMatchObject({ actor: `user:${account.id}`, actorName: 'Aino Auditoija', entityType: 'access-token', before: null });
    expect(created.occurredAt).toMatch(/Z$/);
    expect(created.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.items.find((i) => i.action === 'user.created')).toMatchObject({ actor: 'test:setup', actorName: null });

    const refused = await api('/api/v1/staff/audit-log', { authorization: `Bearer ${other.token}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'forbidden' });

    const unit = await app.registry.createUnit(buildUnit(), 'test:setup');
    const employee = await createStaff(app, { roles: [{ role: 'employee', unitId: unit.id }] });
    const employeeToken = await app.auth.createAccessToken((await app.auth.staffUser(app.database.db, employee.id))!, { name: 'x', scopes: ['audit:read'], expiresAt: null });
    expect((await api('/api/v1/staff/audit-log', { authorization: `Bearer ${employeeToken.token}` })).statusCode).toBe(403);
  });

  it('answers 401 without a token or a session, and works with a session cookie', async () => {
    const anonymous = await api('/api/v1/staff/audit-log');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: 'unauthorized' });
    expect((await api('/api/v1/staff/audit-log', { authorization: 'Bearer srk_eitoimi' })).statusCode).toBe(401);

    const { browser } = await signedIn(app, communications);
    const answer = await browser.get('/api/v1/staff/audit-log');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).items.length).toBeGreaterThan(0);
  });

  it('filters and pages back like the page, and names a bad filter', async () => {
    const { browser } = await signedIn(app, communications);
    const ids = await record(...Array.from({ length: 5 }, (_, i) => ({ actor: 'cli:import', action: 'unit.added', entityType: 'unit', entityId: `u${i + 1}` })));
    const get = async (url: string) => {
      const answer = await browser.get(url);
      return { status: answer.status, body: JSON.parse(answer.body) };
    };
    const first = await get('/api/v1/staff/audit-log?action=unit.added&limit=2');
    expect(first.body.items.map((i: { id: number }) => i.id)).toEqual([ids[4], ids[3]]);
    expect(first.body.nextBefore).toBe(ids[3]);
    const second = await get(`/api/v1/staff/audit-log?action=unit.added&limit=2&before=${first.body.nextBefore}`);
    expect(second.body.items.map((i: { id: number }) => i.id)).toEqual([ids[2], ids[1]]);
    const last = await get(`/api/v1/staff/audit-log?action=unit.added&limit=2&before=${second.body.nextBefore}`);
    expect(last.body.items.map((i: { entityId: string }) => i.entityId)).toEqual(['u1']);
    expect(last.body.nextBefore).toBeNull();
    expect((await get('/api/v1/staff/audit-log?actor=system&entityId=u3')).body.items).toHaveLength(1);
    expect((await get('/api/v1/staff/audit-log?from=2024-01-01&to=2024-01-31')).body.items).toEqual([]);

    const badDate = await get('/api/v1/staff/audit-log?from=2026-13-01');
    expect(badDate.status).toBe(400);
    expect(badDate.body).toMatchObject({ error: 'validation', field: 'from' });
    const badActor = await get('/api/v1/staff/audit-log?actor=user:ei-uuid');
    expect(badActor.status).toBe(400);
    expect(badActor.body).toMatchObject({ error: 'validation', field: 'actor' });
    const backwards = await get('/api/v1/staff/audit-log?from=2026-05-02&to=2026-05-01');
    expect(backwards.body).toMatchObject({ error: 'validation', field: 'to' });
    expect((await get('/api/v1/staff/audit-log?limit=501')).status).toBe(400);
    expect((await get('/api/v1/staff/audit-log?before=abc')).status).toBe(400);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await api('/api/openapi.json')).json();
    const operation = doc.paths['/api/v1/staff/audit-log'].get;
    expect(operation.tags).toEqual(['staff']);
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['actor', 'action', 'entityType', 'entityId', 'from', 'to', 'before', 'limit']),
    );
    expect(operation.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/AuditLogPage');
    expect(Object.keys(doc.paths)).not.toContain('/staff/audit');
  });
});

describe('the outbox', () => {
  it('lists the newest messages with their status, and their bodies folded away', async () => {
    const { browser } = await signedIn(app, communications);
    await app.mailer.send({ to: 'maija.meikalainen@pieksamaki.fi', subject: 'Tervetuloa Somerekisteriin', text: 'Hei Maija,\n\naseta salasana:\nhttps://registry.test/reset/abc\n' });
    await app.mailer.send({ to: 'olli@pieksamaki.fi', subject: 'Uusi salasana', text: 'Hei Olli' });
    await app.database.query("update outbox set status = 'failed', error = 'connection refused' where subject = 'Uusi salasana'");

    const page = await browser.get('/staff/outbox');
    expect(page.status).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain('Sähköpostipalvelinta (SMTP) ei ole määritetty, joten viestejä ei lähetetä: ne jäävät tänne.');
    expect(page.body).toContain('<caption>Lähtevät viestit, uusimmat ensin</caption>');
    expect(text).toContain('maija.meikalainen@pieksamaki.fi Tervetuloa Somerekisteriin Jonossa, ei lähetetty');
    expect(text).toContain('Lähetys epäonnistui Virhe: connection refused');
    expect(page.body).toMatch(/<details><summary>Näytä viesti<span class="visually-hidden">: Tervetuloa Somerekisteriin<\/span><\/summary>/);
    expect(page.body).toContain('<p>aseta salasana:<br/>https://registry.test/reset/abc</p>');
    expect(text.indexOf('Uusi salasana')).toBeLessThan(text.indexOf('Tervetuloa Somerekisteriin'));
  });

  it('shows the newest 100 messages', async () => {
    const { browser } = await signedIn(app, auditor);
    await app.database.query(
      "insert into outbox (recipient, subject, body, status) select 'a@pieksamaki.fi', 'Viesti ' || n, 'x', 'queued' from generate_series(1, 105) n",
    );
    const page = await browser.get('/staff/outbox');
    expect(page.body.match(/<details>/g)).toHaveLength(100);
    expect(page.body).toContain('Viesti 105<');
    expect(page.body).not.toContain('Viesti 5<');
  });
});

describe('what changed, as the log shows it', () => {
  it('lists the top-level keys whose values differ, whatever order jsonb gave them', () => {
    expect(
      changesBetween(
        { status: 'active', purpose: { fi: 'a', sv: 'b' }, handle: 'x', closingReason: null },
        { handle: 'x', purpose: { sv: 'b', fi: 'a' }, status: 'closed', closingDate: '2026-12-31', successorUrl: null },
      ),
    ).toEqual([
      { key: 'closingDate', after: '2026-12-31' },
      { key: 'status', before: 'active', after: 'closed' },
    ]);
  });

  it('lists what a new record was given, without the fields it left empty', () => {
    expect(changesBetween(null, { displayName: 'Nuoriso', closingDate: null })).toEqual([{ key: 'displayName', after: 'Nuoriso' }]);
    expect(changesBetween({ displayName: 'Nuoriso' }, null)).toEqual([{ key: 'displayName', before: 'Nuoriso' }]);
  });

  it('shows a whole value that is not an object, and cuts a long one short', () => {
    expect(changesBetween(null, null)).toEqual([]);
    expect(changesBetween([1], [1, 2])).toEqual([{ key: null, before: '[1]', after: '[1, 2]' }]);
    expect(changesBetween({ a: 1 }, { a: { b: [1, 'x'] } })).toEqual([{ key: 'a', before: '1', after: '{"b": [1, "x"]}' }]);
    const [long] = changesBetween({ text: 'a' }, { text: 'ä'.repeat(500) });
    expect(Array.from(long!.after!)).toHaveLength(120);
    expect(long!.after!.endsWith('…')).toBe(true);
  });
});
