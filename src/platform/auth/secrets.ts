import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database';

/**
 * A secret every app server on this database shares, made by whichever starts first. Cookies
 * signed by one server are then accepted by the others without any configuration.
 */
export async function sharedSecret(database: Database, name: string): Promise<string> {
  await database.query('insert into app_secrets (name, value) values ($1, $2) on conflict (name) do nothing', [
    name,
    randomBytes(48).toString('base64url'),
  ]);
  const [row] = await database.query<{ value: string }>('select value from app_secrets where name = $1', [name]);
  return row!.value;
}
