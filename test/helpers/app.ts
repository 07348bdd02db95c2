import { afterAll, beforeEach } from 'vitest';
import { buildApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { resetDatabase, testDatabase } from './database';

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ DEMO_DATA: 'false', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://registry.test', ...env });
}

/** The real app on the shared test database, emptied first. */
export async function startTestApp(options: { env?: Record<string, string>; now?: () => Date } = {}): Promise<App> {
  const database = await testDatabase();
  await resetDatabase(database);
  return buildApp(testConfig(options.env), {
    database,
    skipMigrations: true,
    ...(options.now ? { now: options.now } : {}),
  });
}

/**
 * Gives every test of the file a fresh app on emptied tables, handed to `use`, and closes the
 * last one after the file.
 */
export function freshAppPerTest(use: (app: App) => void, options: Parameters<typeof startTestApp>[0] = {}): void {
  let app: App | undefined;
  beforeEach(async () => {
    await app?.close();
    app = await startTestApp(options);
    use(app);
  });
  afterAll(async () => {
    await app?.close();
  });
}
