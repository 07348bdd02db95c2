import { openDatabase, type Database } from '../../src/platform/db/database';

// One database per test run, migrated once: opening PGlite costs seconds, a TRUNCATE costs
// milliseconds. DATABASE_URL runs the same tests against a PostgreSQL server.
let shared: Promise<Database> | null = null;

export function testDatabase(): Promise<Database> {
  shared ??= (async () => {
    const url = process.env.DATABASE_URL;
    const database = url
      ? await openDatabase({ kind: 'postgres', url, maxConnections: 5 })
      : await openDatabase({ kind: 'pglite', dataDir: null });
    await database.migrate();
    return database;
  })();
  return shared;
}

/** Empties every table the app owns, leaving the schema and the migration record. */
export async function resetDatabase(database: Database): Promise<void> {
  const tables = await database.query<{ tablename: string }>(
    "select tablename from pg_tables where schemaname = 'public' order by tablename",
  );
  const names = tables.map((t) => `"${t.tablename}"`).join(', ');
  if (names) await database.query(`truncate ${names} restart identity cascade`);
}
