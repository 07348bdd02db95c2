import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest } from '../../test/helpers/app';
import { Browser, createStaff, csrfFrom, testPassword } from '../../test/helpers/client';
import { buildUnit } from '../../test/helpers/factories';
import type { RoleAssignment } from '../platform/auth/staff';

let app: App;
let clock = new Date('2026-11-26T09:00:00Z');
freshAppPerTest(
  (a) => {
    app = a;
    clock = new Date('2026-11-26T09:00:00Z');
  },
  { now: () => clock },
);

let units: { sector: string; youth: string; other: string };
let termsVersion: string;

beforeEach(async () => {
  const sector = await app.registry.createUnit(buildUnit({ level: 'sector' }), 'test');
  const youth = await app.registry.createUnit(buildUnit({ parentId: sector.id }), 'test');
  const other = await app.registry.createUnit(buildUnit(), 'test');
  units = { sector: sector.id, youth: youth.id, other: other.id };
  termsVersion = '2026-01-01';
  await app.terms.recordVersion('instagram', { version: termsVersion, note: '', source: 'manual' }, 'test');
});

async function person(roles: RoleAssignment[], name = 'Testi Henkilö') {
  const account = await createStaff(app, { roles, displayName: name });
  const browser = new Browser(app);
  const answer = await browser.signIn(account.email, testPassword);
  expect(answer.status).toBe(303);
  return { browser, account };
}

const organisationForm = () => ({
  kind: 'organisation',
  platform: 'instagram',
  workingName: 'Pieksämäen nuoriso',
  unitId: units.youth,
  purpose: 'Nuorisopalvelujen tapahtumat ja aukioloajat.',
  audience: '13–20-vuotiaat',
  hoursPerWeek: '2,5',
  'use-comments': '1',
  'handling-comments': 'Vastaamme arkisin kahden päivän sisällä.',
  privateMessagePolicy: 'Ohjaamme yksityisviestit palautejärjestelmään.',
  'adminName-0': 'Seija Laitinen',
  'adminTitle-0': 'nuoriso-ohjaaja',
  'adminName-1': 'Matti Virtanen',
  'adminTitle-1': 'nuorisosihteeri',
  contactEmail: 'nuoriso@pieksamaki.fi',
  'terms-instagram': termsVersion,
});

const idFrom = (html: string) => /\/staff\/proposals\/([0-9a-f-]{36})\//.exec(html)?.[1] ?? null;

describe('proposing an organisation profile (policy rules O1–O5, O9)', () => {
  it('goes from proposal to decision to the public registry', async () => {
    const { browser: employee } = await person([{ role: 'employee', unitId: units.youth }], 'Eero Työntekijä');
    const submitted = await employee.submit('/staff/proposals/new', '/staff/proposals/new', { ...organisationForm(), intent: 'submit' });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toContain('Ehdotus on lähetetty yksikön esihenkilölle päätettäväksi.');
    const id = idFrom(submitted.body)!;

    // The supervisor of the sector above decides (O3), with a written reason.
    const { browser: supervisor } = await person([{ role: 'supervisor', unitId: units.sector }], 'Sanna Esihenkilö');
    expect((await supervisor.get('/staff/proposals')).body).toContain('Odottaa päätöstäsi');
    const page = await supervisor.get(`/staff/proposals/${id}`);
    const noReason = await supervisor.post(`/staff/proposals/${id}/decide`, { _csrf: csrfFrom(page.body), decision: 'approve', reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toContain('Kirjoita päätöksen perustelu (ohje O3).');
    const approved = await supervisor.post(`/staff/proposals/${id}/decide`, { _csrf: csrfFrom(page.body), decision: 'approve', reason: 'Resurssit ja tarkoitus ovat selvät.' });
    expect(approved.body).toContain('Ehdotus on hyväksytty.');

    // The proposer records the address; the profile is then official (O6).
    const view = await employee.get(`/staff/proposals/${id}`);
    expect(view.body).toContain('Ehdotus profiilin kuvaukseksi (ohje O4)');
    const published = await employee.post(`/staff/proposals/${id}/publish`, { _csrf: csrfFrom(view.body), url: 'https://www.instagram.com/pieksamaen_nuoriso/', handle: '' });
    expect(published.body).toContain('Profiili on nyt julkisessa rekisterissä.');
    const verify = await app.server.inject({ url: '/api/v1/verify?url=https://www.instagram.com/pieksamaen_nuoriso/' });
    expect(verify.json().status).toBe('official');
    const actions = (await app.database.query<{ action: string }>("select action from audit_log where entity_type = 'proposal' order by id")).map((r) => r.action);
    expect(actions).toEqual(['proposal.drafted', 'proposal.submitted', 'proposal.approved', 'proposal.published']);
  });

  it('mails whoever must act next, in their own language', async () => {
    const { browser: employee, account } = await person([{ role: 'employee', unitId: units.youth }], 'Eero Työntekijä');
    const { account: boss } = await person([{ role: 'supervisor', unitId: units.sector }], 'Sanna Esihenkilö');
    await app.database.query("update users set lang = 'sv' where id = $1", [boss.id]);
    await person([{ role: 'supervisor', unitId: units.other }], 'Muun Yksikön Esihenkilö');
    const submitted = await employee.submit('/staff/proposals/new', '/staff/proposals/new', { ...organisationForm(), intent: 'submit' });
    const id = idFrom(submitted.body)!;
    const mails = await app.database.query<{ recipient: string; subject: string; body: string }>('select recipient, subject, body from outbox order by id');
    expect(mails.map((m) => m.recipient)).toEqual([boss.email]);
    expect(mails[0]!.subject).toBe('Profilförslag att besluta om: Pieksämäen nuoriso');
    expect(mails[0]!.body).toContain(`http://registry.test/staff/proposals/${id}`);

    const { browser: supervisor } = await person([{ role: 'supervisor', unitId: units.youth }]);
    const page = await supervisor.get(`/staff/proposals/${id}`);
    await supervisor.post(`/staff/proposals/${id}/decide`, { _csrf: csrfFrom(page.body), decision: 'reject', reason: 'Ei resursseja tänä vuonna.' });
    const [last] = await app.database.query<{ recipient: string; body: string }>('select recipient, body from outbox order by id desc limit 1');
    expect(last!.recipient).toBe(account.email);
    expect(last!.body).toContain('Perustelu: Ei resursseja tänä vuonna.');
  });

  it('refuses zero working time with a message quoting the rule (policy rule O2)', async () => {
    const { browser } = await person([{ role: 'employee', unitId: units.youth }]);
    const answer = await browser.submit('/staff/proposals/new', '/staff/proposals/new', { ...organisationForm(), hoursPerWeek: '0', intent: 'submit' });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('href="#hoursPerWeek"');
    expect(answer.body).toContain('(ohje O2)');
  });

  it('saves an incomplete draft, and lists what is missing before it can be sent', async () => {
    const { browser } = await person([{ role: 'employee', unitId: units.youth }]);
    const answer = await browser.submit('/staff/proposals/new', '/staff/proposals/new', { ...organisationForm(), privateMessagePolicy: '', intent: 'save' });
    expect(answer.status).toBe(201);
    expect(answer.body).toContain('Ennen lähettämistä puuttuu');
    expect(answer.body).toContain('Kerro, miten yksityisviestit käsitellään (ohje O9).');
  });

  it('requires the current terms to have been reviewed (policy rule O5)', async () => {
    const { browser } = await person([{ role: 'employee', unitId: units.youth }]);
    const answer = await browser.submit('/staff/proposals/new', '/staff/proposals/new', { ...organisationForm(), 'terms-instagram': '', intent: 'submit' });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('href="#termsVersionReviewed"');
  });

  it('locks a submitted proposal against editing, except by withdrawing it', async () => {
    const { browser } = await person([{ role: 'employee', unitId: units.youth }]);
    const submitted = await browser.submit('/staff/proposals/new', '/staff/proposals/new', { ...organisationForm(), intent: 'submit' });
    const id = idFrom(submitted.body)!;
    expect((await browser.get(`/staff/proposals/${id}/edit`)).status).toBe(409);
    const token = csrfFrom(submitted.body);
    expect((await browser.post(`/staff/proposals/${id}/edit`, { _csrf: token, ...organisationForm(), workingName: 'Muutettu' })).status).toBe(409);
    const withdrawn = await browser.post(`/staff/proposals/${id}/withdraw`, { _csrf: token });
    expect(withdrawn.body).toContain('Ehdotus on peruttu.');
  });
});

describe('who decides (policy rule O3)', () => {
  async function submittedBy(roles: Parameters<typeof person>[0]) {
    const { browser, account } = await person(roles);
    const answer = await browser.submit('/staff/proposals/new', '/staff/proposals/new', { ...organisationForm(), intent: 'submit' });
    return { id: idFrom(answer.body)!, browser, account };
  }

  it('forbids a supervisor to decide their own proposal', async () => {
    const { id, browser } = await submittedBy([{ role: 'supervisor', unitId: units.youth }]);
    const page = await browser.get(`/staff/proposals/${id}`);
    const answer = await browser.post(`/staff/proposals/${id}/decide`, { _csrf: csrfFrom(page.body), decision: 'approve', reason: 'Hyvä.' });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('Omasta ehdotuksesta ei voi päättää itse (ohje O3).');
  });

  it("forbids a supervisor of another unit to see or decide the proposal", async () => {
    const { id } = await submittedBy([{ role: 'employee', unitId: units.youth }]);
    const { browser } = await person([{ role: 'supervisor', unitId: units.other }]);
    expect((await browser.get(`/staff/proposals/${id}`)).status).toBe(403);
    const token = csrfFrom((await browser.get('/staff')).body);
    expect((await browser.post(`/staff/proposals/${id}/decide`, { _csrf: token, decision: 'approve', reason: 'x' })).status).toBe(403);
    const [row] = await app.database.query<{ state: string }>('select state from proposals where id = $1', [id]);
    expect(row!.state).toBe('submitted');
  });

  it('makes a decision final', async () => {
    const { id } = await submittedBy([{ role: 'employee', unitId: units.youth }]);
    const { browser } = await person([{ role: 'supervisor', unitId: units.youth }]);
    const page = await browser.get(`/staff/proposals/${id}`);
    await browser.post(`/staff/proposals/${id}/decide`, { _csrf: csrfFrom(page.body), decision: 'reject', reason: 'Ei resursseja.' });
    const again = await browser.post(`/staff/proposals/${id}/decide`, { _csrf: csrfFrom(page.body), decision: 'approve', reason: 'Sittenkin.' });
    expect(again.status).toBe(409);
  });
});

describe('an expert profile and the employee’s consent (policy rules E1–E3)', () => {
  it('cannot be approved before the named employee consents, signed in; withdrawing consent later starts the closing', async () => {
    const { browser: expert, account: expertAccount } = await person([{ role: 'employee', unitId: units.youth }], 'Seija Laitinen');
    const { browser: proposer } = await person([{ role: 'employee', unitId: units.youth }], 'Eero Ehdottaja');
    const form = {
      ...organisationForm(),
      kind: 'expert',
      workingName: 'Pieksämäen Nuorisotoimi Seija Laitinen',
      'adminName-1': '',
      'adminTitle-1': '',
      contactEmail: 'seija.laitinen@pieksamaki.fi',
      expertUserId: expertAccount.id,
      expertRole: 'Nuorisotyön asiantuntija',
      separationConfirmed: '1',
      intent: 'submit',
    };
    const submitted = await proposer.submit('/staff/proposals/new', '/staff/proposals/new', form);
    const id = idFrom(submitted.body)!;
    // The proposer cannot consent for the expert.
    expect((await proposer.post(`/staff/proposals/${id}/consent`, { _csrf: csrfFrom(submitted.body) })).status).toBe(403);

    const { browser: supervisor } = await person([{ role: 'supervisor', unitId: units.youth }]);
    const decidePage = await supervisor.get(`/staff/proposals/${id}`);
    const early = await supervisor.post(`/staff/proposals/${id}/decide`, { _csrf: csrfFrom(decidePage.body), decision: 'approve', reason: 'Hyvä.' });
    expect(early.status).toBe(400);
    expect(early.body).toContain('Asiantuntijaprofiilia ei voi hyväksyä ennen työntekijän suostumusta (ohje E2).');

    const consentPage = await expert.get(`/staff/proposals/${id}`);
    expect((await expert.post(`/staff/proposals/${id}/consent`, { _csrf: csrfFrom(consentPage.body) })).body).toContain('Suostumuksesi on tallennettu.');
    expect((await supervisor.post(`/staff/proposals/${id}/decide`, { _csrf: csrfFrom(decidePage.body), decision: 'approve', reason: 'Hyvä.' })).body).toContain('Ehdotus on hyväksytty.');
    const publishPage = await proposer.get(`/staff/proposals/${id}`);
    await proposer.post(`/staff/proposals/${id}/publish`, { _csrf: csrfFrom(publishPage.body), url: 'https://www.instagram.com/seija_nuoriso/', handle: '' });
    const [profile] = await app.registry.allProfiles();
    expect(profile!.employeeName).toBe('Seija Laitinen');

    const withdrawPage = await expert.get(`/staff/proposals/${id}`);
    const withdrawn = await expert.post(`/staff/proposals/${id}/withdraw-consent`, { _csrf: csrfFrom(withdrawPage.body) });
    expect(withdrawn.body).toContain('Profiilin sulkeminen on ilmoitettu rekisterissä.');
    const closing = (await app.registry.getProfile(profile!.id))!;
    expect(closing.status).toBe('closing');
    expect(closing.closingDate).toBe('2026-12-26');
  });
});
