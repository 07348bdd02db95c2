import type { Database } from '../db/database';

/**
 * A fixed-window counter kept in the database, so that a limit holds across every app server.
 * Meant for rare, costly requests (sign-in, password reset), not for every page view.
 */
export async function countAttempt(database: Database, key: string, windowMs: number, now: Date): Promise<{ count: number; resetsAt: Date }> {
  const resetsAt = new Date(now.getTime() + windowMs);
  const [row] = await database.query<{ count: number; resets_at: string | Date }>(
    `insert into rate_limits (key, count, resets_at) values ($1, 1, $2)
     on conflict (key) do update set
       count = case when rate_limits.resets_at <= $3 then 1 else rate_limits.count + 1 end,
       resets_at = case when rate_limits.resets_at <= $3 then excluded.resets_at else rate_limits.resets_at end
     returning count, resets_at`,
    [key, resetsAt.toISOString(), now.toISOString()],
  );
  return { count: Number(row!.count), resetsAt: new Date(row!.resets_at) };
}

export async function purgeRateLimits(database: Database, now: Date): Promise<void> {
  await database.query('delete from rate_limits where resets_at <= $1', [now.toISOString()]);
}
