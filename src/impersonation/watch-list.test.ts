import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { freshAppPerTest } from '../../test/helpers/app';
import { Browser, signedIn } from '../../test/helpers/client';
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
});
