import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The Drizzle handle every store uses; the same type on PGlite and on a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: stores accept either so callers decide the transaction. */
export type DbOrTx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Plain SQL for plumbing that lives below Drizzle (job queue, maintenance). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * SQL for libraries that bring their own (the job queue): several statements at once when
   * there are no parameters, as a PostgreSQL server allows.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  ping(): Promise<void>;
  migrate(): Promise<void>;
  /**
   * Calls `onNotify` for every NOTIFY on the channel, from any process on this database;
   * `onLost` when the subscription breaks (notifications may then have been missed).
   * Resolves to a function that unsubscribes.
   */
  listen(channel: string, onNotify: () => void, onLost: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const migrationsFolder = resolve(import.meta.dirname, '../../../migrations');

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: string) {
    super(
      `The data folder ${dir} is already in use by another process (pid ${pid}). ` +
        'Stop that process, or set DATA_DIR to another folder.',
    );
    this.name = 'DataDirLockedError';
  }
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; maxConnections?: number }
  | { kind: 'pglite'; dataDir: string | null };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'postgres' ? openPostgres(options.url, options.maxConnections ?? 10) : openPglite(options.dataDir);
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async query<T>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as T[];
    },
    async executeSql(text: string, values: unknown[] = []) {
      const result = values.length ? await pool.query(text, values) : await pool.query(text);
      // Several statements give several results; the library wants the last one's rows.
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      return { rows: (last?.rows ?? []) as unknown[] };
    },
    async ping() {
      await pool.query('select 1');
    },
    async migrate() {
      await migratePg(drizzlePg({ client: pool }), { migrationsFolder });
    },
    async listen(channel, onNotify, onLost) {
      // A dedicated connection: a pooled one would be handed to other queries and lose the LISTEN.
      const client = new pg.Client({ connectionString: url });
      let stopped = false;
      client.on('notification', (message) => {
        if (message.channel === channel) onNotify();
      });
      const lost = () => {
        if (!stopped) onLost();
      };
      client.on('error', lost);
      client.on('end', lost);
      await client.connect();
      await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      return async () => {
        stopped = true;
        await client.end();
      };
    },
    async close() {
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string | null): Promise<Database> {
  let releaseLock = () => {};
  let client: PGlite;
  if (dataDir) {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    releaseLock = takeLock(join(dir, 'somerekisteri.lock'), dir);
    try {
      client = await PGlite.create({ dataDir: join(dir, 'pglite') });
    } catch (error) {
      releaseLock();
      throw error;
    }
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  let closed = false;
  return {
    kind: 'pglite',
    db,
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as T[];
    },
    async executeSql(text: string, values: unknown[] = []) {
      if (values.length) return { rows: (await client.query(text, values)).rows as unknown[] };
      // PGlite runs several statements only through exec, which takes no parameters.
      const results = await client.exec(text);
      return { rows: (results[results.length - 1]?.rows ?? []) as unknown[] };
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async migrate() {
      await migratePglite(drizzlePglite({ client }), { migrationsFolder });
    },
    async listen(channel, onNotify) {
      return client.listen(channel, () => onNotify());
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
      releaseLock();
    },
  };
}

/**
 * Two processes writing one PGlite folder corrupt it, so the folder is claimed with a lock file
 * holding the owner's pid. A lock left by a process that no longer runs is taken over.
 */
function takeLock(lockPath: string, dir: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readFileSync(lockPath, 'utf8').trim();
      if (isRunning(Number(owner))) throw new DataDirLockedError(dir, owner);
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(dir, 'unknown');
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
