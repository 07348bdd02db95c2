import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { freshAppPerTest } from '../../test/helpers/app';
import { Browser, csrfFrom, signedIn } from '../../test/helpers/client';
import { buildUnit, createProfile } from '../../test/helpers/factories';
import type { App } from '../app';
import type { RoleAssignment } from '../platform/auth/staff';

let app: App;
freshAppPerTest((a) => (app = a), { now: () => new Date('2026-11-24T10:00:00Z') });

const communications: RoleAssignment[] = [{ role: 'communications', unitId: null }];

async function official() {
  return createProfile(app.registry, { displayName: 'Pieksämäen kirjasto', handle: 'pieksamaenkirjasto', url: 'https://www.instagram.com/pieksamaenkirjasto/' });
}

describe('the watch list of lookalike handles (policy rule P6)', () => {
  it("lists an official handle's lookalikes, each with its trick and where to look for it", async () => {
    const profile = await official();
    const { browser } = await signedIn(app, communications);
    const page = await browser.get(`/staff/watch-list?profile=${profile.id}&lang=en`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Handles that look like pieksamaenkirjasto');
    expect(page.body).toContain('<code>pieksamaenkirjasto_virallinen</code>');
    expect(page.body).toContain('Word added');
    expect(page.body).toContain('href="https://www.instagram.com/pieksamaenkirjasto_virallinen"');
  });

  it('exports every variant as CSV, and verify catches every one of them', async () => {
    const profile = await official();
    const { browser } = await signedIn(app, communications);
    const csv = await browser.get('/staff/watch-list.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows: Record<string, string>[] = parse(csv.body.replace(/^\uFEFF/, ''), { columns: true });
    expect(rows.length).toBeGreaterThan(20);
    expect(new Set(rows.map((r) => r.profile_id))).toEqual(new Set([profile.id]));
    for (const row of rows) {
      const answer = (await app.server.inject(`/api/v1/verify?platform=instagram&handle=${encodeURIComponent(row.variant!)}`)).json();
      expect(answer.status, row.variant).toBe('suspected-impersonation');
      expect(answer.resembles[0].profile.id, row.variant).toBe(profile.id);
    }
  });

  it('is closed to those who do not keep the registry, and to visitors', async () => {
    await official();
    const unit = await app.registry.createUnit(buildUnit(), 'test:setup');
    for (const roles of [[{ role: 'supervisor', unitId: unit.id }], [{ role: 'employee', unitId: unit.id }]] as RoleAssignment[][]) {
      const { browser } = await signedIn(app, roles);
      expect((await browser.get('/staff/watch-list')).status).toBe(403);
      expect((await browser.get('/staff/watch-list.csv')).status).toBe(403);
    }
    const visitor = new Browser(app);
    expect((await visitor.get('/staff/watch-list')).status).toBe(303);
    const { browser: auditor } = await signedIn(app, [{ role: 'auditor', unitId: null }]);
    expect((await auditor.get('/staff/watch-list')).status).toBe(200);
  });

  describe('recording what a look on the platform found', () => {
    it('records a look, shows it as the latest with a way to report a taken handle, audits it and exports it', async () => {
      const profile = await official();
      const { browser } = await signedIn(app, communications);
      const url = `/staff/watch-list?profile=${profile.id}&lang=en`;
      const done = await browser.submit(url, '/staff/watch-list/checks', { profile: profile.id, variant: 'pieksamaenkirjasto_virallinen', outcome: 'taken', note: 'Profile picture copied' });
      expect(done.status).toBe(303);
      expect(done.headers.location).toMatch(/^\/staff\/watch-list\?profile=[^&]+&recorded=pieksamaenkirjasto_virallinen#variant-\d+$/);
      const page = await browser.get(`${String(done.headers.location).replace(/#.*/, '')}&lang=en`);
      expect(page.body).toContain('Recorded: pieksamaenkirjasto_virallinen – taken by someone.');
      expect(page.body).toContain('24 November 2026: taken by someone');
      expect(page.body).toContain('Profile picture copied');
      expect(page.body).toContain(`href="/report?url=${encodeURIComponent('https://www.instagram.com/pieksamaenkirjasto_virallinen')}"`);
      expect(page.body.match(/Not looked up yet/g)!.length).toBeGreaterThan(20);

      // A later look replaces it as the latest.
      await browser.submit(url, '/staff/watch-list/checks', { profile: profile.id, variant: 'pieksamaenkirjasto_virallinen', outcome: 'reserved', note: '' });
      expect((await browser.get(url)).body).toContain('24 November 2026: reserved for the city');

      const audit = await app.database.query<{ action: string; after: { variant: string; outcome: string } }>(
        "select action, after from audit_log where entity_type = 'watch-check' order by id",
      );
      expect(audit.map((a) => [a.action, a.after.variant, a.after.outcome])).toEqual([
        ['watch-check.recorded', 'pieksamaenkirjasto_virallinen', 'taken'],
        ['watch-check.recorded', 'pieksamaenkirjasto_virallinen', 'reserved'],
      ]);
      const rows: Record<string, string>[] = parse((await browser.get('/staff/watch-list.csv')).body.replace(/^\uFEFF/, ''), { columns: true });
      expect(rows.find((r) => r.variant === 'pieksamaenkirjasto_virallinen')).toMatchObject({ last_checked_on: '2026-11-24', last_outcome: 'reserved' });
      expect(rows.filter((r) => r.last_outcome === '').length).toBe(rows.length - 1);
    });

    it('names the field in the language asked, keeps what was typed, and stores nothing when the form is wrong', async () => {
      const profile = await official();
      const { browser } = await signedIn(app, communications);
      const page = await browser.get(`/staff/watch-list?profile=${profile.id}`);
      const refused = await browser.post('/staff/watch-list/checks?lang=sv', {
        _csrf: csrfFrom(page.body),
        profile: profile.id,
        variant: 'pieksamaenkirjasto_virallinen',
        outcome: '',
        note: 'x'.repeat(501),
      });
      expect(refused.status).toBe(400);
      expect(refused.body).toContain('Välj vad som hittades i tjänsten.');
      expect(refused.body).toContain('Anteckningen är för lång: högst 500 tecken.');
      expect(refused.body).toMatch(/href="#outcome-\d+"/);
      expect(refused.body).toContain(`value="${'x'.repeat(501)}"`);
      const notVariant = await browser.post('/staff/watch-list/checks', { _csrf: csrfFrom(page.body), profile: profile.id, variant: 'joku_muu', outcome: 'free', note: '' });
      expect(notVariant.status).toBe(400);
      expect(notVariant.body).toContain('Tunnus ei ole tämän profiilin muunnelmia.');
      expect((await browser.post('/staff/watch-list/checks', { profile: profile.id, variant: 'pieksamaenkirjasto_virallinen', outcome: 'free', note: '' })).status).toBe(403);
      expect(await app.database.query('select * from watch_checks')).toEqual([]);
    });

    it('lets an auditor read the looks but not record one', async () => {
      const profile = await official();
      const { browser } = await signedIn(app, [{ role: 'auditor', unitId: null }]);
      const page = await browser.get(`/staff/watch-list?profile=${profile.id}`);
      expect(page.body).not.toContain('action="/staff/watch-list/checks"');
      const { browser: keeper } = await signedIn(app, communications);
      const csrf = csrfFrom((await keeper.get(`/staff/watch-list?profile=${profile.id}`)).body);
      expect((await browser.post('/staff/watch-list/checks', { _csrf: csrf, profile: profile.id, variant: 'pieksamaenkirjasto_virallinen', outcome: 'free', note: '' })).status).toBe(403);
      expect(await app.database.query('select * from watch_checks')).toEqual([]);
    });
  });
});
