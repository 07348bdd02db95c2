import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app';
import { testConfig } from '../../test/helpers/app';
import { createStaff } from '../../test/helpers/client';
import { resetDatabase, testDatabase } from '../../test/helpers/database';

// The cases' daily jobs as a server runs them: scheduled in the database and run once at start.

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out waiting');
}

describe('the daily jobs of fake-profile cases (policy rule P6)', () => {
  it('erase the contacts of ended cases and remind of stalled ones when a server starts', async () => {
    const database = await testDatabase();
    await resetDatabase(database);
    // Cases reported a week before the server starts: one ended, one stalled.
    const seed = await buildApp(testConfig(), { database, skipMigrations: true, now: () => new Date('2026-11-16T09:00:00Z') });
    const account = await createStaff(seed, { roles: [{ role: 'communications', unitId: null }] });
    const comms = (await seed.auth.staffUser(seed.database.db, account.id))!;
    const form = { platform: '', description: 'Valeprofiili.', evidence: '', shownName: '', contactEmail: 'asukas@example.fi' };
    const ended = await seed.impersonation.report({ ...form, address: 'https://x.com/pmk_vale1' }, 'fi');
    const stalled = await seed.impersonation.report({ ...form, address: 'https://x.com/pmk_vale2' }, 'fi');
    if (!ended.ok || !stalled.ok) throw new Error('report refused');
    await seed.impersonation.triage(comms, ended.caseNumber, { verdict: 'not-fake', duplicateOf: null, note: '' });
    await seed.close();

    app = await buildApp(testConfig(), { database, skipMigrations: true, jobs: true, now: () => new Date('2026-11-23T09:00:00Z') });
    const running = app;
    await until(async () => (await running.impersonation.reportsOf([ended.caseNumber]))[0]!.contactEmail === null);
    await until(async () => (await running.impersonation.get(stalled.caseNumber))!.remindedAt !== null);
    expect((await running.impersonation.reportsOf([stalled.caseNumber]))[0]!.contactEmail).toBe('asukas@example.fi');
  }, 60_000);
});
