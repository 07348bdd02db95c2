import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest } from '../../test/helpers/app';
import { Browser, createStaff, csrfFrom, signedIn } from '../../test/helpers/client';
import { createProfile } from '../../test/helpers/factories';
import type { RoleAssignment, StaffUser } from '../platform/auth/staff';

// The report form, the warning list and the staff's case pages through HTTP, as a browser and an
// API client use them: what each may see and do, and what happens when they may not.

let app: App;
let clock = new Date('2026-11-23T09:00:00Z');
freshAppPerTest(
  (a) => {
    app = a;
    clock = new Date('2026-11-23T09:00:00Z');
  },
  { now: () => clock, env: { REPORT_RATE_LIMIT: '3' } },
);

const communications: RoleAssignment[] = [{ role: 'communications', unitId: null }];
const auditor: RoleAssignment[] = [{ role: 'auditor', unitId: null }];
let official: { id: string };

beforeEach(async () => {
  official = await createProfile(app.registry, { displayName: 'Pieksämäen kaupunki', handle: 'pieksamaenkaupunki', url: 'https://www.instagram.com/pieksamaenkaupunki/' });
});

const reportForm = (overrides: Record<string, string> = {}) => ({
  address: 'https://www.instagram.com/pieksamaen_kaupunki/',
  platform: '',
  shownName: 'Pieksämäen kaupunki',
  description: 'Profiili arpoo lahjakortteja ja pyytää henkilötietoja.',
  evidence: '',
  contactEmail: '',
  website: '',
  ...overrides,
});

async function sendReport(browser: Browser, overrides: Record<string, string> = {}, page = '/report') {
  return browser.submit(page, '/report', reportForm(overrides));
}

async function staffUser(roles: RoleAssignment[]): Promise<StaffUser> {
  const account = await createStaff(app, { roles });
  return (await app.auth.staffUser(app.database.db, account.id))!;
}

async function confirmedCase(address = 'https://www.instagram.com/pieksamaen_kaupunki/'): Promise<number> {
  const result = await app.impersonation.report({ address, platform: '', description: 'Valeprofiili.', evidence: '', shownName: '', contactEmail: '' }, 'fi');
  if (!result.ok) throw new Error('report refused');
  const triaged = await app.impersonation.triage(await staffUser(communications), result.caseNumber, { verdict: 'fake', duplicateOf: null, note: '', impersonatedProfileId: official.id });
  if (!triaged.ok) throw new Error('triage refused');
  return result.caseNumber;
}

describe('reporting a fake profile without signing in', () => {
  it('pre-fills the form from the link on the verify page', async () => {
    const browser = new Browser(app);
    const byUrl = await browser.get('/report?url=https%3A%2F%2Fwww.instagram.com%2Fpieksamaen_kaupunki&platform=instagram');
    expect(byUrl.status).toBe(200);
    expect(byUrl.body).toContain('value="https://www.instagram.com/pieksamaen_kaupunki"');
    expect(byUrl.body).toContain('<option value="instagram" selected');
    const byHandle = await browser.get('/report?platform=x&handle=pmk_virallinen&lang=en');
    expect(byHandle.body).toContain('value="pmk_virallinen"');
    expect(byHandle.body).toContain('<option value="x" selected');
    expect(byHandle.body).toContain('<h1>Report a fake profile</h1>');
    // An unknown platform in the link is ignored rather than refused.
    expect((await browser.get('/report?platform=myspace')).status).toBe(200);
  });

  it('answers with the case number on a page of its own', async () => {
    const browser = new Browser(app);
    const sent = await sendReport(browser, { contactEmail: 'asukas@example.fi' });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe('/report/received?case=1');
    const page = await browser.get(sent.location!);
    expect(page.body).toContain('Tapauksen numero: #1');
    const [stored] = await app.impersonation.reportsOf([1]);
    expect(stored).toMatchObject({ contactEmail: 'asukas@example.fi', lang: 'fi' });
  });

  it('names each field with a problem, in the reader’s language, and keeps what was typed', async () => {
    const browser = new Browser(app);
    await browser.get('/language/sv?next=/report');
    const answer = await sendReport(browser, { address: '@pieksamaen_kaupunki', description: '', evidence: 'kuvakaappaus.png', contactEmail: 'asukas@' });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('<a href="#address">Av ett användarnamn ensamt framgår inte tjänsten.');
    expect(answer.body).toContain('<a href="#description">Berätta vad som är fel med profilen.</a>');
    expect(answer.body).toContain('<a href="#evidence">Rad 1 är ingen webbadress');
    expect(answer.body).toContain('<a href="#contactEmail">E-postadressen har inte rätt form');
    expect(answer.body).toContain('aria-invalid="true"');
    expect(answer.body).toContain('value="@pieksamaen_kaupunki"');
    expect(await app.impersonation.list()).toEqual([]);
  });

  it('answers a filled honeypot like a person, but keeps nothing', async () => {
    const browser = new Browser(app);
    const answer = await sendReport(browser, { website: 'http://spam.example' });
    expect(answer.status).toBe(303);
    expect(answer.location).toMatch(/^\/report\/received\?case=\d+$/);
    expect(await app.impersonation.list()).toEqual([]);
    expect(await app.database.query("select 1 from audit_log where entity_type = 'impersonation-case'")).toEqual([]);
  });

  it('limits the reports from one address and says so in the reader’s language', async () => {
    const browser = new Browser(app);
    for (let i = 0; i < 3; i++) expect((await sendReport(browser, { address: `https://x.com/pmk_vale${i}` })).status).toBe(303);
    await browser.get('/language/en?next=/report');
    const limited = await sendReport(browser, { address: 'https://x.com/pmk_vale9' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3000);
    expect(limited.body).toContain('<h1>Too many reports</h1>');
    expect(limited.body).toContain('mailto:viestinta@pieksamaki.fi');
    expect((await app.impersonation.list()).length).toBe(3);
  });

  it('requires the form’s CSRF token', async () => {
    const browser = new Browser(app);
    await browser.get('/report');
    const answer = await browser.post('/report', reportForm());
    expect(answer.status).toBe(403);
    expect(await app.impersonation.list()).toEqual([]);
  });

  it('is in the public menu, with the warning list', async () => {
    const page = await new Browser(app).get('/');
    expect(page.body).toContain('<a href="/report">Ilmoita valeprofiilista</a>');
    expect(page.body).toContain('<a href="/warnings">Valeprofiilit</a>');
  });
});

describe('the public warning list', () => {
  it('lists confirmed fakes still online as text, with the profile they pose as', async () => {
    const number = await confirmedCase();
    const page = await new Browser(app).get('/warnings?lang=en');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<code class="fake-address">instagram.com/pieksamaen_kaupunki</code>');
    expect(page.body).not.toContain('href="https://www.instagram.com/pieksamaen_kaupunki');
    expect(page.body).toContain(`<a href="/profiles/${official.id}">Pieksämäen kaupunki</a>`);
    expect(page.body).toContain(`#${number}`);
    expect(page.body).toContain('23 November 2026');
  });

  it('offers the same list as open data, described in the OpenAPI document', async () => {
    const number = await confirmedCase();
    const answer = await app.server.inject({ method: 'GET', url: '/api/v1/reported-fakes' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      items: [
        {
          caseNumber: number,
          platform: 'instagram',
          address: 'instagram.com/pieksamaen_kaupunki',
          handle: 'pieksamaen_kaupunki',
          impersonates: { id: official.id, displayName: 'Pieksämäen kaupunki', url: `http://registry.test/profiles/${official.id}` },
          since: '2026-11-23',
        },
      ],
    });
    const doc = (await app.server.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/v1/reported-fakes'].get.tags).toEqual(['registry']);
    expect(doc.paths['/api/v1/staff/impersonation-cases'].get.tags).toEqual(['staff']);
    expect(doc.components.schemas.ReportedFake.properties.address).toBeDefined();
  });

  it('drops a fake once it is removed', async () => {
    const number = await confirmedCase();
    await app.impersonation.markRemoved(await staffUser(communications), number, { on: '2026-11-23', note: '' });
    expect((await app.server.inject({ method: 'GET', url: '/api/v1/reported-fakes' })).json()).toEqual({ items: [] });
    expect((await new Browser(app).get('/warnings')).body).toContain('Tällä hetkellä ei ole tiedossa valeprofiileja');
  });
});

describe('the communications unit’s cases', () => {
  it('goes from a report to a removed fake through the forms', async () => {
    await sendReport(new Browser(app), { contactEmail: 'asukas@example.fi' });
    const { browser } = await signedIn(app, communications);
    const list = await browser.get('/staff/cases');
    expect(list.status).toBe(200);
    expect(list.body).toContain('<a href="/staff/cases/1">#1</a>');

    const page = await browser.get('/staff/cases/1');
    expect(page.body).toContain('asukas@example.fi');
    expect(page.body).toContain('Profiili arpoo lahjakortteja');
    const csrf = csrfFrom(page.body);

    const early = await browser.post('/staff/cases/1/platform-report', { _csrf: csrf, platformReportedOn: '2026-11-23', platformChannel: 'report-form', platformReference: '' });
    expect(early.status).toBe(409);
    expect(early.body).toContain('Tätä vaihetta ei voi tehdä, kun tapauksen tila on ”Uusi”.');

    const noVerdict = await browser.post('/staff/cases/1/triage', { _csrf: csrf, verdict: '', duplicateOf: '', impersonatedProfileId: '', triageNote: '' });
    expect(noVerdict.status).toBe(400);
    expect(noVerdict.body).toContain('<a href="#verdict">Valitse arvio.</a>');

    const triaged = await browser.post('/staff/cases/1/triage', { _csrf: csrf, verdict: 'fake', duplicateOf: '', impersonatedProfileId: official.id, triageNote: 'Logo kopioitu.' });
    expect(triaged.status).toBe(303);
    expect(triaged.location).toBe('/staff/cases/1?done=triaged');
    expect((await browser.get(triaged.location!)).body).toContain('Arvio on tallennettu.');

    const future = await browser.post('/staff/cases/1/platform-report', { _csrf: csrf, platformReportedOn: '2026-12-01', platformChannel: 'report-form', platformReference: '' });
    expect(future.status).toBe(400);
    expect(future.body).toContain('<a href="#platformReportedOn">Päivä ei voi olla tulevaisuudessa.</a>');
    expect(future.body).toContain('value="2026-12-01"');

    expect((await browser.post('/staff/cases/1/platform-report', { _csrf: csrf, platformReportedOn: '2026-11-23', platformChannel: 'report-form', platformReference: 'IG-1' })).status).toBe(303);
    expect((await browser.post('/staff/cases/1/police-report', { _csrf: csrf, policeReportedOn: '2026-11-23', policeReference: '5500/R/1/26' })).status).toBe(303);
    const reported = await browser.get('/staff/cases/1');
    expect(reported.body).toContain('Ilmoitettu palveluun uudelleen');
    expect(reported.body).not.toContain('action="/staff/cases/1/police-report"');
    expect(reported.body).toContain('Valeprofiilista ilmoitettu poliisille');

    expect((await browser.post('/staff/cases/1/removed', { _csrf: csrf, removedOn: '2026-11-23', removedNote: '' })).status).toBe(303);
    const ended = await browser.get('/staff/cases/1');
    expect(ended.body).toContain('Tapaus on päättynyt.');
    expect(ended.body).not.toContain('<form method="post" action="/staff/cases/1/');
    expect(await app.database.query("select recipient from outbox where recipient = 'asukas@example.fi'")).toHaveLength(1);
  });

  it('requires the CSRF token for every step', async () => {
    await confirmedCase();
    const { browser } = await signedIn(app, communications);
    const answer = await browser.post('/staff/cases/1/removed', { removedOn: '2026-11-23', removedNote: '' });
    expect(answer.status).toBe(403);
    expect(await app.impersonation.get(1)).toMatchObject({ state: 'confirmed' });
  });

  it('shows the auditor the case without the reporter’s address or any form', async () => {
    await sendReport(new Browser(app), { contactEmail: 'asukas@example.fi' });
    const { browser } = await signedIn(app, auditor);
    const page = await browser.get('/staff/cases/1');
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('asukas@example.fi');
    expect(page.body).toContain('Annettu (näkyy vain viestinnälle)');
    expect(page.body).not.toContain('action="/staff/cases/1/triage"');
    const answer = await browser.post('/staff/cases/1/triage', { _csrf: csrfFrom(page.body), verdict: 'not-fake', duplicateOf: '', impersonatedProfileId: '', triageNote: '' });
    expect(answer.status).toBe(403);
    expect(await app.impersonation.get(1)).toMatchObject({ state: 'new' });
  });

  it('shows a supervisor, an employee or an anonymous visitor nothing', async () => {
    await confirmedCase();
    for (const roles of [[{ role: 'supervisor' as const, unitId: null }], [{ role: 'employee' as const, unitId: null }]]) {
      const unit = await app.registry.createUnit({ parentId: null, level: 'unit', name: { fi: 'Yksikkö', sv: 'Enhet', en: 'Unit' } }, 'test');
      const { browser } = await signedIn(app, roles.map((r) => ({ ...r, unitId: unit.id })));
      expect((await browser.get('/staff/cases')).status).toBe(403);
      const page = await browser.get('/staff/cases/1');
      expect(page.status).toBe(403);
      const staff = await browser.get('/staff');
      expect(staff.body).not.toContain('href="/staff/cases"');
      expect((await browser.post('/staff/cases/1/removed', { _csrf: csrfFrom(staff.body), removedOn: '2026-11-23', removedNote: '' })).status).toBe(403);
    }
    const anonymous = new Browser(app);
    const redirected = await anonymous.get('/staff/cases/1');
    expect(redirected.status).toBe(303);
    expect(redirected.location).toBe('/sign-in?next=%2Fstaff%2Fcases%2F1');
    expect(await app.impersonation.get(1)).toMatchObject({ state: 'confirmed' });
  });

  it('answers 404 for a case that does not exist', async () => {
    const { browser } = await signedIn(app, communications);
    expect((await browser.get('/staff/cases/99')).status).toBe(404);
    expect((await browser.get('/staff/cases/abc')).status).toBe(404);
  });

  it('lists stalled cases first and filters by state', async () => {
    await sendReport(new Browser(app));
    clock = new Date('2026-11-26T09:00:00Z');
    await sendReport(new Browser(app), { address: 'https://x.com/pmk_vale' });
    const { browser } = await signedIn(app, communications);
    const list = await browser.get('/staff/cases');
    expect(list.body.indexOf('/staff/cases/1"')).toBeLessThan(list.body.indexOf('/staff/cases/2"'));
    expect(list.body).toContain('Jumissa');
    expect((await browser.get('/staff/cases?state=closed')).body).toContain('Ei tapauksia.');
    const dashboard = await browser.get('/staff');
    expect(dashboard.body).toContain('<h2 id="cases-title">Valeprofiilitapaukset</h2>');
    expect(dashboard.body).toContain('#1 instagram.com/pieksamaen_kaupunki (Uusi)');
    expect(dashboard.body).toContain('href="/staff/cases"');
  });

  it('shows the cases fifty at a time, stalled first on the first page, and says which ones it shows (policy rule P6)', async () => {
    const report = (address: string) =>
      app.impersonation.report({ address, platform: '', description: 'Valeprofiili.', evidence: '', shownName: '', contactEmail: '' }, 'fi');
    await report('https://x.com/pmk_vanha');
    clock = new Date('2026-11-26T09:00:00Z');
    for (let i = 0; i < 51; i++) await report(`https://x.com/pmk_vale_${i}`);
    const { browser } = await signedIn(app, communications);
    const first = (await browser.get('/staff/cases')).body;
    expect(first).toContain('Tapaukset 1–50, kaikkiaan 52');
    expect(first.match(/href="\/staff\/cases\/\d+"/g)).toHaveLength(50);
    expect(first.indexOf('/staff/cases/1"')).toBeLessThan(first.indexOf('/staff/cases/52"'));
    expect(first).toContain('href="/staff/cases?state=open&amp;page=2" rel="next"');
    expect(first).not.toContain('rel="prev"');
    const second = (await browser.get('/staff/cases?state=open&page=2')).body;
    expect(second).toContain('Tapaukset 51–52, kaikkiaan 52');
    expect(second.match(/href="\/staff\/cases\/\d+"/g)).toHaveLength(2);
    expect(second).toContain('href="/staff/cases?state=open" rel="prev"');
    expect(second).not.toContain('rel="next"');
    const beyond = (await browser.get('/staff/cases?state=open&page=9')).body;
    expect(beyond).toContain('Ei tapauksia.');
    expect(beyond).toContain('href="/staff/cases?state=open&amp;page=2" rel="prev"');
    expect((await browser.get('/staff/cases?page=abc')).status).toBe(200);
  });

  it('shows a case about a registry profile as such, and refuses to call it a fake', async () => {
    await sendReport(new Browser(app), { address: 'instagram.com/pieksamaenkaupunki' });
    const { browser } = await signedIn(app, communications);
    const page = await browser.get('/staff/cases/1');
    expect(page.body).toContain('Tämä osoite on rekisterissä kaupungin virallisena profiilina: Pieksämäen kaupunki.');
    const refused = await browser.post('/staff/cases/1/triage', { _csrf: csrfFrom(page.body), verdict: 'fake', duplicateOf: '', impersonatedProfileId: '', triageNote: '' });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('ohje P5');
  });
});

describe('the staff API for cases', () => {
  it('answers a token with cases:read and refuses one without it, or an employee’s', async () => {
    await confirmedCase();
    const user = await staffUser(auditor);
    const reading = await app.auth.createAccessToken(user, { name: 'raportointi', scopes: ['cases:read'], expiresAt: null });
    const other = await app.auth.createAccessToken(user, { name: 'loki', scopes: ['audit:read'], expiresAt: null });
    const get = (token: string, url = '/api/v1/staff/impersonation-cases') => app.server.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    const answer = await get(reading.token);
    expect(answer.statusCode).toBe(200);
    expect(answer.json().items).toEqual([expect.objectContaining({ number: 1, state: 'confirmed', verdict: 'fake', impersonatedProfileId: official.id, reports: 1, stalled: false })]);
    expect(JSON.stringify(answer.json())).not.toContain('Valeprofiili.');
    expect((await get(reading.token, '/api/v1/staff/impersonation-cases?state=removed')).json().items).toEqual([]);
    expect(answer.json()).toMatchObject({ total: 1, limit: 50, offset: 0 });
    await app.impersonation.report({ address: 'https://x.com/pmk_toinen', platform: '', description: 'Vale.', evidence: '', shownName: '', contactEmail: '' }, 'fi');
    const paged = (await get(reading.token, '/api/v1/staff/impersonation-cases?limit=1&offset=1')).json();
    expect(paged).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(paged.items.map((c: { number: number }) => c.number)).toEqual([1]);
    expect((await get(reading.token, '/api/v1/staff/impersonation-cases?limit=0')).json()).toMatchObject({ field: 'limit' });
    expect((await get(reading.token, '/api/v1/staff/impersonation-cases?state=nonsense')).statusCode).toBe(400);
    expect((await get(other.token)).statusCode).toBe(403);
    const employee = await staffUser([]);
    const employeeToken = await app.auth.createAccessToken(employee, { name: 'x', scopes: ['cases:read'], expiresAt: null });
    expect((await get(employeeToken.token)).statusCode).toBe(403);
    expect((await app.server.inject({ method: 'GET', url: '/api/v1/staff/impersonation-cases' })).statusCode).toBe(401);
  });
});
