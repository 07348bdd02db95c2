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
