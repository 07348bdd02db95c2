import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { freshAppPerTest } from '../../../test/helpers/app';
import { csrfFrom, signedIn } from '../../../test/helpers/client';
import { buildUnit, createProfile } from '../../../test/helpers/factories';
import type { RoleAssignment } from '../../platform/auth/staff';
import { readOpenTermsArchiveFolder } from '../../terms/ota-files';

let app: App;
let clock = new Date('2026-11-26T09:00:00Z');
freshAppPerTest(
  (a) => {
    app = a;
    clock = new Date('2026-11-26T09:00:00Z');
  },
  { now: () => clock },
);

const days = (n: number) => {
  clock = new Date(clock.getTime() + n * 24 * 3600_000);
};

let units: { sector: string; youth: string; other: string };
let profiles: { youth: string; other: string; closed: string; facebook: string };

beforeEach(async () => {
  const sector = await app.registry.createUnit(buildUnit({ level: 'sector' }), 'test');
  const youth = await app.registry.createUnit(buildUnit({ parentId: sector.id }), 'test');
  const other = await app.registry.createUnit(buildUnit(), 'test');
  units = { sector: sector.id, youth: youth.id, other: other.id };
  const youthProfile = await createProfile(app.registry, { platform: 'instagram', unitId: units.youth, displayName: 'Pieksämäen nuoriso' });
  const otherProfile = await createProfile(app.registry, { platform: 'instagram', unitId: units.other, displayName: 'Pieksämäen kirjasto' });
  const closed = await createProfile(app.registry, { platform: 'instagram', unitId: units.youth, displayName: 'Vanha nuorisotila' });
  await app.database.query("update profiles set status = 'closed', closing_date = '2026-01-31', closing_reason = 'Toiminta päättyi.' where id = $1", [closed.id]);
  const facebook = await createProfile(app.registry, {
    platform: 'facebook',
    url: 'https://www.facebook.com/pieksamaennuoriso',
    handle: 'pieksamaennuoriso',
    unitId: units.youth,
    displayName: 'Pieksämäen nuoriso Facebookissa',
  });
  profiles = { youth: youthProfile.id, other: otherProfile.id, closed: closed.id, facebook: facebook.id };
});

const reviewRows = () =>
  app.database.query<{ id: string; profile_id: string; platform: string; terms_version: string; due_on: string; outcome: string | null; note: string; reviewed_by: string | null }>(
    'select id, profile_id, platform, terms_version, due_on::text as due_on, outcome, note, reviewed_by from terms_reviews order by created_at, id',
  );
const reviewOf = async (profileId: string) => (await reviewRows()).find((r) => r.profile_id === profileId)!;
const auditOf = (action: string) => app.database.query<{ actor: string; entity_id: string; after: Record<string, unknown> }>('select actor, entity_id, after from audit_log where action = $1 order by id', [action]);
const outbox = () => app.database.query<{ recipient: string; subject: string; body: string }>('select recipient, subject, body from outbox order by id');
const person = (roles: RoleAssignment[], name = 'Testi Henkilö') => signedIn(app, roles, { displayName: name });

describe('opening re-reviews when a platform changes its terms (policy rule O5)', () => {
  it('opens a review of each active profile on the platform, due in 30 days, and none for other platforms or closed profiles', async () => {
    const { account: supervisor } = await person([{ role: 'supervisor', unitId: units.sector }], 'Sanna Esihenkilö');
    await app.terms.recordVersion('instagram', { version: '2026-11-20', note: 'Tekoälykoulutus lisätty' }, 'user:tester');

    const rows = await reviewRows();
    expect(rows.map((r) => r.profile_id).sort()).toEqual([profiles.youth, profiles.other].sort());
    expect(rows.every((r) => r.platform === 'instagram' && r.terms_version === '2026-11-20' && r.due_on === '2026-12-26' && r.outcome === null)).toBe(true);
    const audit = await auditOf('terms-review.opened');
    expect(audit.map((a) => a.entity_id).sort()).toEqual(rows.map((r) => r.id).sort());

    // The supervisor above the youth unit is asked to review the youth profile, after the commit.
    const mails = (await outbox()).filter((m) => m.recipient === supervisor.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Käyttöehdot muuttuivat: tarkista profiilit palvelussa Instagram');
    expect(mails[0]!.body).toContain(`http://registry.test/staff/reviews/${(await reviewOf(profiles.youth)).id}`);
    expect(mails[0]!.body).not.toContain('Pieksämäen kirjasto');
  });

  it('opens no second review when the same Open Terms Archive version is imported again', async () => {
    const files = await readOpenTermsArchiveFolder(resolve(import.meta.dirname, '../../terms/fixtures/open-terms-archive'));
    await app.terms.importOpenTermsArchive(files, 'cli:terms-import');
    const first = await reviewRows();
    // Only the newest version, the one now current, asks for reviews.
    expect(first.map((r) => `${r.platform} ${r.terms_version}`)).toEqual(['instagram 2024-07-26', 'instagram 2024-07-26']);

    const again = await app.terms.importOpenTermsArchive(files, 'cli:terms-import');
    expect(again.recorded).toBe(0);
    expect(await reviewRows()).toEqual(first);
  });

  it('opens none for a version older than the current one', async () => {
    await app.terms.recordVersion('instagram', { version: '2026-11-20' }, 'test');
    const files = await readOpenTermsArchiveFolder(resolve(import.meta.dirname, '../../terms/fixtures/open-terms-archive'));
    await app.terms.importOpenTermsArchive(files, 'cli:terms-import');
    expect((await reviewRows()).map((r) => r.terms_version)).toEqual(['2026-11-20', '2026-11-20']);
  });
});

describe('recording the outcome of a re-review (policy rule O5)', () => {
  beforeEach(async () => {
    await app.terms.recordVersion('instagram', { version: '2026-11-20' }, 'test');
  });

  it('records continue with its note, audited, and the profile stays active', async () => {
    const { browser, account } = await person([{ role: 'supervisor', unitId: units.sector }]);
    expect((await browser.get('/staff')).body).toContain('href="/staff/reviews"');
    const list = await browser.get('/staff/reviews');
    expect(list.body).toContain('Pieksämäen nuoriso');
    expect(list.body).not.toContain('Pieksämäen kirjasto');
    const review = await reviewOf(profiles.youth);
    const page = await browser.get(`/staff/reviews/${review.id}`);
    expect(page.body).toContain('href="https://help.instagram.com/581066165581870"');
    expect(page.body).toContain(`href="/profiles/${profiles.youth}"`);

    const answer = await browser.post(`/staff/reviews/${review.id}`, { _csrf: csrfFrom(page.body), outcome: 'continue', note: 'Muutos ei koske kaupungin käyttöä.' });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Ratkaisu on tallennettu: profiilin käyttö jatkuu.');
    expect(await reviewOf(profiles.youth)).toMatchObject({ outcome: 'continue', note: 'Muutos ei koske kaupungin käyttöä.', reviewed_by: account.id });
    const [audit] = await auditOf('terms-review.reviewed');
    expect(audit).toMatchObject({ actor: `user:${account.id}`, entity_id: review.id, after: { outcome: 'continue', profileId: profiles.youth, termsVersion: '2026-11-20' } });
    expect((await app.registry.getProfile(profiles.youth))!.status).toBe('active');
  });

  it('on close announces the closing with notice in the registry, closing in 30 days (policy rules O5, O8)', async () => {
    const { browser } = await person([{ role: 'communications', unitId: null }]);
    const review = await reviewOf(profiles.other);
    const answer = await browser.submit(`/staff/reviews/${review.id}`, `/staff/reviews/${review.id}`, { outcome: 'close', note: '' });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('profiilin sulkeminen on ilmoitettu rekisterissä');
    const profile = (await app.registry.getProfile(profiles.other))!;
    expect(profile).toMatchObject({ status: 'closing', closingDate: '2026-12-26', closingReason: app.i18n.t('fi')('reviews:closingReason') });
    expect((await app.database.query<{ n: number }>("select count(*)::int as n from audit_log where action = 'profile.closing-announced' and entity_id = $1", [profiles.other]))[0]!.n).toBe(1);
  });

  it('refuses a second outcome', async () => {
    const { browser } = await person([{ role: 'communications', unitId: null }]);
    const review = await reviewOf(profiles.youth);
    const page = await browser.get(`/staff/reviews/${review.id}`);
    await browser.post(`/staff/reviews/${review.id}`, { _csrf: csrfFrom(page.body), outcome: 'continue', note: '' });
    const second = await browser.post(`/staff/reviews/${review.id}`, { _csrf: csrfFrom(page.body), outcome: 'close', note: '' });
    expect(second.status).toBe(409);
    expect(second.body).toContain('Tarkistus on jo ratkaistu, eikä ratkaisua voi muuttaa.');
    expect((await reviewOf(profiles.youth)).outcome).toBe('continue');
    expect((await app.registry.getProfile(profiles.youth))!.status).toBe('active');
  });

  it('names the field when no outcome is chosen', async () => {
    const { browser } = await person([{ role: 'supervisor', unitId: units.youth }]);
    const review = await reviewOf(profiles.youth);
    const answer = await browser.submit(`/staff/reviews/${review.id}`, `/staff/reviews/${review.id}`, { note: 'Mietin vielä.' });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('href="#outcome"');
    expect(answer.body).toContain('Valitse, jatketaanko profiilin käyttöä vai suljetaanko profiili.');
    expect(answer.body).toContain('Mietin vielä.');
    expect((await reviewOf(profiles.youth)).outcome).toBeNull();
  });

  it('forbids a supervisor of another unit', async () => {
    const { browser } = await person([{ role: 'supervisor', unitId: units.other }]);
    const review = await reviewOf(profiles.youth);
    expect((await browser.get(`/staff/reviews/${review.id}`)).status).toBe(403);
    const page = await browser.get('/staff/reviews');
    expect(page.body).not.toContain('Pieksämäen nuoriso');
    const answer = await browser.post(`/staff/reviews/${review.id}`, { _csrf: csrfFrom(page.body), outcome: 'close', note: '' });
    expect(answer.status).toBe(403);
    expect((await reviewOf(profiles.youth)).outcome).toBeNull();
  });

  it('lets the employee who proposed the profile review it', async () => {
    const { browser, account } = await person([{ role: 'employee', unitId: units.youth }]);
    await app.database.query("insert into proposals (kind, platform, working_name, proposer_id, profile_id) values ('organisation', 'instagram', 'Pieksämäen nuoriso', $1, $2)", [
      account.id,
      profiles.youth,
    ]);
    const review = await reviewOf(profiles.youth);
    expect((await browser.get('/staff/reviews')).body).toContain(`/staff/reviews/${review.id}`);
    const answer = await browser.submit(`/staff/reviews/${review.id}`, `/staff/reviews/${review.id}`, { outcome: 'continue', note: '' });
    expect(answer.status).toBe(200);
    expect((await browser.get(`/staff/reviews/${(await reviewOf(profiles.other)).id}`)).status).toBe(403);
  });
});

describe('overdue re-reviews (policy rule O5)', () => {
  beforeEach(async () => {
    await app.terms.recordVersion('instagram', { version: '2026-11-20' }, 'test');
  });

  it('shows on the dashboard, marked overdue after the due day', async () => {
    const { browser } = await person([{ role: 'supervisor', unitId: units.youth }]);
    const before = await browser.get('/staff');
    expect(before.body).toContain('Käyttöehtojen tarkistukset odottavat sinua');
    expect(before.body).not.toContain('myöhässä');
    days(31);
    // A month later, signed in again (sessions do not last that long).
    const { browser: later } = await person([{ role: 'supervisor', unitId: units.youth }]);
    const after = await later.get('/staff');
    expect(after.body).toContain('Pieksämäen nuoriso');
    expect(after.body).toContain('myöhässä');
    expect((await later.get('/staff/reviews')).body).toContain('Myöhässä');
  });

  it('reminds the reviewers once, and not again the same week', async () => {
    const { account: supervisor } = await person([{ role: 'supervisor', unitId: units.youth }], 'Sanna Esihenkilö');
    const { account: librarian } = await person([{ role: 'supervisor', unitId: units.other }], 'Kalle Kirjasto');
    const reminders = async () => (await outbox()).filter((m) => m.subject === 'Muistutus: käyttöehtojen tarkistus on myöhässä');

    days(30);
    expect(await app.termsReviews.remindOverdue()).toEqual({ reminded: 0, mails: 0 });
    days(1);
    expect(await app.termsReviews.remindOverdue()).toEqual({ reminded: 2, mails: 2 });
    const sent = await reminders();
    expect(sent.map((m) => m.recipient).sort()).toEqual([supervisor.email, librarian.email].sort());
    expect(sent.find((m) => m.recipient === supervisor.email)!.body).toContain('Pieksämäen nuoriso');

    expect(await app.termsReviews.remindOverdue()).toEqual({ reminded: 0, mails: 0 });
    days(6);
    expect(await app.termsReviews.remindOverdue()).toEqual({ reminded: 0, mails: 0 });
    days(1);
    expect(await app.termsReviews.remindOverdue()).toEqual({ reminded: 2, mails: 2 });
    expect(await reminders()).toHaveLength(4);
  });

  it('stops reminding once the outcome is recorded', async () => {
    days(31);
    const { browser } = await person([{ role: 'communications', unitId: null }]);
    for (const id of [profiles.youth, profiles.other]) {
      const review = await reviewOf(id);
      await browser.submit(`/staff/reviews/${review.id}`, `/staff/reviews/${review.id}`, { outcome: 'continue', note: '' });
    }
    expect(await app.termsReviews.remindOverdue()).toEqual({ reminded: 0, mails: 0 });
  });
});
