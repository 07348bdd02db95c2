import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app';
import { testConfig } from '../../../test/helpers/app';
import { resetDatabase, testDatabase } from '../../../test/helpers/database';
import { createProfile } from '../../../test/helpers/factories';

// Scheduled work as app servers run it: in the database, once per day however many servers.

const apps: App[] = [];
afterEach(async () => {
  while (apps.length) await apps.pop()!.close();
});

async function server(now: Date): Promise<App> {
  const database = await testDatabase();
  const app = await buildApp(testConfig(), { database, skipMigrations: true, jobs: true, now: () => now });
  apps.push(app);
  return app;
}

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out waiting');
}

describe('closing profiles on their closing day (policy rule O8)', () => {
  it('closes a profile whose closing day has come, once, though two servers run the jobs', async () => {
    await resetDatabase(await testDatabase());
    const now = new Date('2026-12-31T08:00:00Z');
    const first = await server(now);
    const due = await createProfile(first.registry, { status: 'closing', closingDate: '2026-12-31', closingReason: 'Siirtyy verkkosivuille.', successorUrl: 'https://www.pieksamaki.fi/' });
    const later = await createProfile(first.registry, { status: 'closing', closingDate: '2027-01-31', closingReason: 'Siirtyy verkkosivuille.', successorUrl: 'https://www.pieksamaki.fi/' });
    const second = await server(now);
    await first.jobs!.requestToday('close-due-profiles');
    await second.jobs!.requestToday('close-due-profiles');
    await until(async () => (await first.registry.getProfile(due.id))!.status === 'closed');
    // Give a duplicate run the chance to happen, were pg-boss to allow one.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await first.registry.getProfile(later.id))!.status).toBe('closing');
    const entries = await first.database.query<{ actor: string }>("select actor from audit_log where action = 'profile.closed'");
    expect(entries).toEqual([{ actor: 'system:jobs' }]);
  }, 60_000);

  it('does the day’s work when a server starts after the scheduled hour', async () => {
    await resetDatabase(await testDatabase());
    const seed = await server(new Date('2026-12-01T08:00:00Z'));
    const due = await createProfile(seed.registry, { status: 'closing', closingDate: '2026-12-15', closingReason: 'Loppuu.', successorUrl: 'https://www.pieksamaki.fi/' });
    await apps.pop()!.close();
    const restarted = await server(new Date('2026-12-16T12:00:00Z'));
    await until(async () => (await restarted.registry.getProfile(due.id))!.status === 'closed');
  }, 60_000);
});
