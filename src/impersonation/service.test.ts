import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../app';
import { freshAppPerTest } from '../../test/helpers/app';
import { createStaff } from '../../test/helpers/client';
import { createProfile } from '../../test/helpers/factories';
import type { StaffUser } from '../platform/auth/staff';
import type { ReportForm } from './domain/report';
import { impersonationChangedChannel, ImpersonationService } from './service';

// Reports and cases through the service, on the real database: how reports become cases, how
// a case moves and leaves its trail, the daily jobs, and the mail they cause (kept in the outbox,
// since no SMTP server is configured here).

let app: App;
let clock = new Date('2026-11-23T09:00:00Z'); // a Monday
freshAppPerTest(
  (a) => {
    app = a;
    clock = new Date('2026-11-23T09:00:00Z');
  },
  { now: () => clock },
);

const days = (n: number) => {
  clock = new Date(clock.getTime() + n * 24 * 3600_000);
};

let comms: StaffUser;
let official: { id: string };

beforeEach(async () => {
  const account = await createStaff(app, { email: 'ville.viestija@pieksamaki.fi', displayName: 'Ville Viestijä', roles: [{ role: 'communications', unitId: null }] });
  comms = (await app.auth.staffUser(app.database.db, account.id))!;
  official = await createProfile(app.registry, { displayName: 'Pieksämäen kaupunki', handle: 'pieksamaenkaupunki', url: 'https://www.instagram.com/pieksamaenkaupunki/' });
});

const report = (overrides: Partial<ReportForm> = {}): ReportForm => ({
  address: 'https://www.instagram.com/pieksamaen_kaupunki/',
  platform: '',
  description: 'Profiili käyttää kaupungin logoa ja arpoo lahjakortteja henkilötietoja vastaan.',
  evidence: 'https://www.instagram.com/p/Cabc123/',
  shownName: 'Pieksämäen kaupunki',
  contactEmail: 'asukas@example.fi',
  ...overrides,
});

const auditOf = (entityId: number) =>
  app.database.query<{ action: string; actor: string; after: Record<string, unknown> }>("select action, actor, after from audit_log where entity_type = 'impersonation-case' and entity_id = $1 order by id", [
    String(entityId),
  ]);
const outbox = () => app.database.query<{ recipient: string; subject: string; body: string }>('select recipient, subject, body from outbox order by id');

async function opened(form: Partial<ReportForm> = {}, lang: 'fi' | 'sv' | 'en' = 'fi'): Promise<number> {
  const result = await app.impersonation.report(report(form), lang);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.caseNumber;
}

async function confirmed(form: Partial<ReportForm> = {}): Promise<number> {
  const number = await opened(form);
  const triaged = await app.impersonation.triage(comms, number, { verdict: 'fake', duplicateOf: null, note: '', impersonatedProfileId: official.id });
  expect(triaged.ok).toBe(true);
  return number;
}

describe('taking a report from a resident', () => {
  it('opens a numbered case with the report, its lookup keys and an audit entry naming no resident', async () => {
    const result = await app.impersonation.report(report(), 'sv');
    expect(result).toEqual({ ok: true, caseNumber: 1, merged: false });
    const c = (await app.impersonation.get(1))!;
    expect(c).toMatchObject({ state: 'new', platform: 'instagram', url: 'https://www.instagram.com/pieksamaen_kaupunki', handle: 'pieksamaen_kaupunki', shownName: 'Pieksämäen kaupunki', stateSince: '2026-11-23' });
    expect(await app.impersonation.keysOf(1)).toEqual(['handle:pieksamaen_kaupunki']);
    const [stored] = await app.impersonation.reportsOf([1]);
    expect(stored).toMatchObject({ contactEmail: 'asukas@example.fi', lang: 'sv', evidence: ['https://www.instagram.com/p/Cabc123/'] });
    const [entry] = await auditOf(1);
    expect(entry).toMatchObject({ action: 'impersonation-case.opened', actor: 'system:public-report' });
    const logged = JSON.stringify(entry!.after);
    expect(logged).not.toContain('asukas@example.fi');
    expect(logged).not.toContain('lahjakortteja');
  });

  it('tells communications of a new case, in their language', async () => {
    await createStaff(app, { email: 'sara.kommunikation@pieksamaki.fi', lang: 'sv', roles: [{ role: 'communications', unitId: null }] });
    await createStaff(app, { email: 'tarkastaja@pieksamaki.fi', roles: [{ role: 'auditor', unitId: null }] });
    await opened();
    const mail = await outbox();
    expect(mail.map((m) => m.recipient).sort()).toEqual(['sara.kommunikation@pieksamaki.fi', 'ville.viestija@pieksamaki.fi']);
    expect(mail.find((m) => m.recipient.startsWith('sara'))!.subject).toBe('Ny anmälan om en falsk profil: ärende #1');
    expect(mail.find((m) => m.recipient.startsWith('ville'))!.body).toContain('http://registry.test/staff/cases/1');
  });

  it('joins another report of the same account, in another spelling, to the open case', async () => {
    const first = await opened();
    const second = await app.impersonation.report(report({ address: '@Pieksamaen_Kaupunki', platform: 'instagram', contactEmail: '' }), 'en');
    expect(second).toEqual({ ok: true, caseNumber: first, merged: true });
    expect(await app.impersonation.reportsOf([first])).toHaveLength(2);
    expect((await auditOf(first)).map((e) => e.action)).toEqual(['impersonation-case.opened', 'impersonation-case.report-added']);
    // Only a new case is announced to communications.
    expect(await outbox()).toHaveLength(1);
    const [summary] = await app.impersonation.list();
    expect(summary).toMatchObject({ number: first, reports: 2 });
  });

  it('joins reports while the case is being pursued, but opens a new case once it has ended', async () => {
    const number = await confirmed();
    expect(await app.impersonation.report(report({ contactEmail: '' }), 'fi')).toMatchObject({ caseNumber: number, merged: true });
    await app.impersonation.markRemoved(comms, number, { on: '2026-11-23', note: '' });
    expect(await app.impersonation.report(report({ contactEmail: '' }), 'fi')).toEqual({ ok: true, caseNumber: number + 1, merged: false });
  });

  it('keeps the same handle on another platform apart', async () => {
    const instagram = await opened();
    const x = await opened({ address: 'https://x.com/pmk_kaupunki' });
    const threads = await opened({ address: '@pieksamaen_kaupunki', platform: 'threads' });
    expect(new Set([instagram, x, threads]).size).toBe(3);
  });

  it('takes two reports of one new account sent at the same moment as one case', async () => {
    const results = await Promise.all([app.impersonation.report(report(), 'fi'), app.impersonation.report(report({ address: 'instagram.com/pieksamaen_kaupunki' }), 'fi')]);
    expect(results.map((r) => r.ok && r.caseNumber)).toEqual([1, 1]);
    expect((await app.impersonation.list()).length).toBe(1);
  });

  it('accepts a report of an official registry profile, and the case says so (a hijacked account?)', async () => {
    const number = await opened({ address: 'https://www.instagram.com/pieksamaenkaupunki/' });
    expect(await app.impersonation.get(number)).toMatchObject({ registeredProfileId: official.id });
    const refused = await app.impersonation.triage(comms, number, { verdict: 'fake', duplicateOf: null, note: '' });
    expect(refused).toEqual({ ok: false, refusal: 'official-profile', field: 'verdict', rule: 'P5' });
    expect((await app.impersonation.triage(comms, number, { verdict: 'not-fake', duplicateOf: null, note: 'Tili on kaupungin oma.' })).ok).toBe(true);
  });

  it('records the official profile the detector says the suspect looks like, and loses no report when the detector fails', async () => {
    const asked: { handle: string | null; name: string | undefined }[] = [];
    const suggesting = new ImpersonationService({
      database: app.database,
      registry: app.registry,
      now: () => clock,
      resembles: async (address, name) => {
        asked.push({ handle: address.handle, name });
        return [official.id];
      },
    });
    const result = await suggesting.report(report(), 'fi');
    expect(result.ok && (await app.impersonation.get(result.caseNumber))?.impersonatedProfileId).toBe(official.id);
    expect(asked).toEqual([{ handle: 'pieksamaen_kaupunki', name: 'Pieksämäen kaupunki' }]);
    const failing = new ImpersonationService({ database: app.database, registry: app.registry, resembles: async () => Promise.reject(new Error('index not ready')) });
    expect(await failing.report(report({ address: 'https://x.com/pmk_kaupunki' }), 'fi')).toMatchObject({ ok: true, merged: false });
  });

  it('stores nothing from a report with problems', async () => {
    const result = await app.impersonation.report(report({ address: 'hello world', description: '' }), 'fi');
    expect(result).toEqual({ ok: false, problems: [{ field: 'address', code: 'not-an-address' }, { field: 'description', code: 'required' }] });
    expect(await app.impersonation.list()).toEqual([]);
  });
});

describe('handling a case (policy rule P6)', () => {
  it('goes from report to removal, each step in the audit trail, announced on the change channel', async () => {
    const notifications: number[] = [];
    const stop = await app.database.listen(impersonationChangedChannel, () => notifications.push(1), () => {});
    let local = 0;
    app.impersonation.onChange(() => local++);
    try {
      const number = await opened();
      expect(await app.impersonation.onlineFakes()).toEqual([]);

      const triaged = await app.impersonation.triage(comms, number, { verdict: 'fake', duplicateOf: null, note: 'Logo ja nimi kopioitu.', impersonatedProfileId: official.id });
      expect(triaged).toMatchObject({ ok: true, case: { state: 'confirmed', verdict: 'fake', confirmedOn: '2026-11-23', impersonatedProfileId: official.id } });
      expect(await app.impersonation.onlineFakes()).toEqual([
        {
          caseNumber: number,
          platform: 'instagram',
          keys: ['handle:pieksamaen_kaupunki'],
          url: 'https://www.instagram.com/pieksamaen_kaupunki',
          handle: 'pieksamaen_kaupunki',
          impersonatedProfileId: official.id,
          confirmedOn: '2026-11-23',
        },
      ]);

      days(1);
      expect(await app.impersonation.reportToPlatform(comms, number, { on: '2026-11-24', channel: 'report-form', reference: 'IG-4711' })).toMatchObject({
        ok: true,
        case: { state: 'reported', platformReportedOn: '2026-11-24', platformReference: 'IG-4711', stateSince: '2026-11-24' },
      });
      expect(await app.impersonation.reportToPolice(comms, number, { on: '2026-11-24', reference: '5500/R/1234/26' })).toMatchObject({ ok: true, case: { state: 'reported' } });
      days(2);
      expect(await app.impersonation.markRemoved(comms, number, { on: '2026-11-26', note: 'Instagram poisti tilin.' })).toMatchObject({
        ok: true,
        case: { state: 'removed', outcome: 'removed', endedOn: '2026-11-26' },
      });
      expect(await app.impersonation.onlineFakes()).toEqual([]);

      const trail = await auditOf(number);
      expect(trail.map((e) => e.action)).toEqual([
        'impersonation-case.opened',
        'impersonation-case.triaged',
        'impersonation-case.reported-to-platform',
        'impersonation-case.reported-to-police',
        'impersonation-case.removed',
      ]);
      expect(trail.slice(1).every((e) => e.actor === `user:${comms.id}` && e.after.rule === 'P6')).toBe(true);
      expect(local).toBe(5);
      await expect.poll(() => notifications.length).toBeGreaterThanOrEqual(5);
    } finally {
      await stop();
    }
  });

  it('refuses to report to the platform before the case is confirmed as fake, and changes nothing', async () => {
    const number = await opened();
    let changes = 0;
    app.impersonation.onChange(() => changes++);
    expect(await app.impersonation.reportToPlatform(comms, number, { on: '2026-11-23', channel: 'email', reference: '' })).toEqual({
      ok: false,
      refusal: 'not-allowed-in-state',
      field: 'platformReportedOn',
      rule: 'P6',
    });
    expect(await app.impersonation.get(number)).toMatchObject({ state: 'new', platformReportedOn: null });
    expect(await auditOf(number)).toHaveLength(1);
    expect(changes).toBe(0);
  });

  it('lets only communications handle a case', async () => {
    const number = await opened();
    for (const roles of [[{ role: 'auditor' as const, unitId: null }], [{ role: 'supervisor' as const, unitId: null }], []]) {
      const someone = { ...comms, id: comms.id, roles };
      expect(await app.impersonation.triage(someone, number, { verdict: 'fake', duplicateOf: null, note: '' })).toMatchObject({ ok: false, refusal: 'forbidden' });
    }
    const token = { ...comms, tokenScopes: ['cases:read' as const] };
    expect(await app.impersonation.triage(token, number, { verdict: 'fake', duplicateOf: null, note: '' })).toMatchObject({ ok: false, refusal: 'forbidden' });
  });

  it('closes a duplicate as the same as the earlier case, and the earlier case lists it', async () => {
    const first = await confirmed();
    const second = await opened({ address: 'https://www.instagram.com/pieksamaen.kaupunki/' });
    expect(await app.impersonation.triage(comms, second, { verdict: 'duplicate', duplicateOf: 999, note: '' })).toMatchObject({ refusal: 'duplicate-of-unknown' });
    expect(await app.impersonation.triage(comms, second, { verdict: 'duplicate', duplicateOf: first, note: 'Sama tili, nimi vaihtunut.' })).toMatchObject({
      ok: true,
      case: { state: 'closed', outcome: 'duplicate', duplicateOf: first },
    });
    expect(await app.impersonation.duplicatesOf(first)).toEqual([second]);
  });

  it('sets and corrects the impersonated profile, only with a profile of the registry', async () => {
    const number = await confirmed();
    expect(await app.impersonation.setImpersonated(comms, number, '00000000-0000-4000-8000-000000000000')).toMatchObject({ ok: false, refusal: 'unknown-profile' });
    expect(await app.impersonation.setImpersonated(comms, number, 'not-a-uuid')).toMatchObject({ ok: false, refusal: 'unknown-profile' });
    expect(await app.impersonation.setImpersonated(comms, number, null)).toMatchObject({ ok: true, case: { impersonatedProfileId: null } });
  });

  it('tells the reporters who left an address the outcome once, each in their language', async () => {
    const number = await opened({ contactEmail: 'anna.asukas@example.fi' });
    await app.impersonation.report(report({ contactEmail: 'sven.invanare@example.fi' }), 'sv');
    await app.impersonation.report(report({ contactEmail: '' }), 'en');
    await app.impersonation.triage(comms, number, { verdict: 'not-fake', duplicateOf: null, note: 'Harrastajien fanisivu.' });
    const toReporters = (await outbox()).filter((m) => m.recipient.endsWith('@example.fi'));
    expect(toReporters.map((m) => [m.recipient, m.subject])).toEqual([
      ['anna.asukas@example.fi', 'Ilmoituksesi valeprofiilista on käsitelty (tapaus #1)'],
      ['sven.invanare@example.fi', 'Din anmälan om en falsk profil har behandlats (ärende #1)'],
    ]);
    expect(toReporters[0]!.body).toContain('Se ei ole kaupungin nimissä esiintyvä valeprofiili');
    // The staff's own reasoning stays inside the city.
    expect(toReporters[0]!.body).not.toContain('fanisivu');
    expect((await app.impersonation.reportsOf([number])).filter((r) => r.notifiedAt !== null)).toHaveLength(2);
  });
});

describe('the daily jobs', () => {
  it('reminds communications of stalled cases, at most every three days per case', async () => {
    const number = await opened();
    expect(await app.impersonation.remindStalled()).toEqual({ reminded: 0, mails: 0 });
    days(3); // Thursday: two working days have passed since Monday
    expect(await app.impersonation.remindStalled()).toEqual({ reminded: 1, mails: 1 });
    const reminder = (await outbox()).at(-1)!;
    expect(reminder).toMatchObject({ recipient: 'ville.viestija@pieksamaki.fi', subject: 'Muistutus: 1 valeprofiilitapaus on jumissa' });
    expect(reminder.body).toContain(`#${number}`);
    expect(await app.impersonation.remindStalled()).toEqual({ reminded: 0, mails: 0 });
    days(3);
    expect(await app.impersonation.remindStalled()).toEqual({ reminded: 1, mails: 1 });
    // A step starts the clock again.
    await app.impersonation.triage(comms, number, { verdict: 'fake', duplicateOf: null, note: '' });
    expect(await app.impersonation.remindStalled()).toEqual({ reminded: 0, mails: 0 });
    expect((await app.impersonation.waitingFor(comms))!.stalled).toEqual([]);
  });

  it('shows the stalled and the new on the dashboard of those who handle cases only', async () => {
    const stalled = await opened();
    days(3);
    const fresh = await opened({ address: 'https://x.com/pmk_kaupunki' });
    const waiting = (await app.impersonation.waitingFor(comms))!;
    expect(waiting.stalled.map((c) => c.number)).toEqual([stalled]);
    expect(waiting.fresh.map((c) => c.number)).toEqual([fresh]);
    expect(await app.impersonation.waitingFor({ ...comms, roles: [{ role: 'auditor', unitId: null }] })).toBeNull();
    expect((await app.impersonation.list()).map((c) => c.number)).toEqual([stalled, fresh]);
  });

  it('erases the contact addresses of ended cases once the outcome is told, and of any report after 180 days', async () => {
    const ended = await opened({ contactEmail: 'anna.asukas@example.fi' });
    const open = await opened({ address: 'https://x.com/pmk_kaupunki', contactEmail: 'olli.odottaja@example.fi' });
    await app.impersonation.triage(comms, ended, { verdict: 'not-fake', duplicateOf: null, note: '' });
    expect(await app.impersonation.eraseReporterContacts()).toEqual({ erased: 1, cases: 1 });
    const [erased] = await app.impersonation.reportsOf([ended]);
    expect(erased).toMatchObject({ contactEmail: null });
    expect(erased!.contactErasedAt).not.toBeNull();
    expect((await app.impersonation.reportsOf([open]))[0]!.contactEmail).toBe('olli.odottaja@example.fi');
    expect((await auditOf(ended)).at(-1)).toMatchObject({ action: 'impersonation-case.contacts-erased', actor: 'system:jobs', after: { reports: 1 } });

    days(179);
    expect(await app.impersonation.eraseReporterContacts()).toEqual({ erased: 0, cases: 0 });
    days(2);
    expect(await app.impersonation.eraseReporterContacts()).toEqual({ erased: 1, cases: 1 });
    expect((await app.impersonation.reportsOf([open]))[0]!.contactEmail).toBeNull();
  });
});
