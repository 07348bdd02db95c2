import type { Database } from '../db/database';

/**
 * A fixed-window counter kept in the database, so that a limit holds across every app server.
 * Meant for rare, costly requests (sign-in, password reset), not for every page view.
 */
export async function countAttempt(database: Database, key: string, windowMs: number, now: Date): Promise<{ count: number; resetsAt: Date }> {
  return (await addAttempts(database, [[key, 1, windowMs]], now)).get(key)!;
}

export async function purgeRateLimits(database: Database, now: Date): Promise<void> {
  await database.query('delete from rate_limits where resets_at <= $1', [now.toISOString()]);
}

/** Adds attempts to each key's count at once, opening a window of the key's length where the last has ended. */
async function addAttempts(database: Database, added: readonly (readonly [key: string, count: number, windowMs: number])[], now: Date): Promise<Map<string, { count: number; resetsAt: Date }>> {
  const counts = new Map<string, { count: number; resetsAt: Date }>();
  // A statement takes at most 65,535 parameters.
  for (let from = 0; from < added.length; from += 10_000) {
    const batch = added.slice(from, from + 10_000);
    const params: unknown[] = [now.toISOString()];
    const rows = batch.map(([key, count, windowMs]) => {
      params.push(key, count, new Date(now.getTime() + windowMs).toISOString());
      const at = params.length;
      return `($${at - 2}, $${at - 1}::integer, $${at}::timestamptz)`;
    });
    const answered = await database.query<{ key: string; count: number; resets_at: string | Date }>(
      `insert into rate_limits (key, count, resets_at) values ${rows.join(', ')}
       on conflict (key) do update set
         count = case when rate_limits.resets_at <= $1 then excluded.count else rate_limits.count + excluded.count end,
         resets_at = case when rate_limits.resets_at <= $1 then excluded.resets_at else rate_limits.resets_at end
       returning key, count, resets_at`,
      params,
    );
    for (const row of answered) counts.set(row.key, { count: Number(row.count), resetsAt: new Date(row.resets_at) });
  }
  return counts;
}

interface Tally {
  /** The count in the database when this server last wrote or read it. */
  known: number;
  /** Attempts seen here since, not yet written. */
  pending: number;
  resetsAt: number;
  windowMs: number;
}

/**
 * Counts for a limit on frequent requests (the public verify API), shared by every app server
 * through the rate_limits table without a database write per request. A key's first attempt in a
 * window is counted in the database and answered from there; later ones are counted here and
 * written in one statement for all keys `flushMs` after the first of them, which also brings back
 * what the other servers counted. Behind N servers a client can so pass the limit by what it asks
 * of the other servers within one `flushMs`; a database write for every request cost about two
 * thirds of the verify API's throughput.
 */
export class SharedRateCounter {
  private readonly tallies = new Map<string, Tally>();
  private readonly unwritten = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly database: Database,
    private readonly now: () => Date,
    private readonly onError: (error: unknown) => void,
    private readonly flushMs = 200,
  ) {}

  /** Counts one attempt of `key` and answers its count so far in the window of `windowMs`. */
  async count(key: string, windowMs: number): Promise<{ count: number; resetsAt: Date }> {
    const at = this.now();
    const tally = this.tallies.get(key);
    if (!tally || tally.resetsAt <= at.getTime() || this.stopped) {
      const counted = await countAttempt(this.database, key, windowMs, at);
      if (!this.stopped) this.tallies.set(key, { known: counted.count, pending: 0, resetsAt: counted.resetsAt.getTime(), windowMs });
      return counted;
    }
    tally.pending++;
    this.unwritten.add(key);
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush().catch(this.onError), this.flushMs);
      this.timer.unref();
    }
    return { count: tally.known + tally.pending, resetsAt: new Date(tally.resetsAt) };
  }

  /** Writes the attempts counted here and reads back every server's counts of those keys. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const at = this.now();
    this.forgetEnded(at.getTime());
    const added: [string, number, number][] = [];
    for (const key of this.unwritten) {
      const tally = this.tallies.get(key);
      if (!tally || tally.pending === 0) continue;
      added.push([key, tally.pending, tally.windowMs]);
      tally.pending = 0;
    }
    this.unwritten.clear();
    if (!added.length) return;
    let counts: Map<string, { count: number; resetsAt: Date }>;
    try {
      counts = await addAttempts(this.database, added, at);
    } catch (error) {
      // Not lost: written with the next write.
      for (const [key, count] of added) {
        const tally = this.tallies.get(key);
        if (!tally) continue;
        tally.pending += count;
        this.unwritten.add(key);
      }
      throw error;
    }
    for (const [key, { count, resetsAt }] of counts) {
      const tally = this.tallies.get(key);
      if (!tally) continue;
      tally.known = count;
      tally.resetsAt = resetsAt.getTime();
    }
  }

  /** Writes what is left; every later attempt is counted in the database. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.flush();
    this.tallies.clear();
  }

  /** Keys whose window has ended with nothing left to write are read afresh when next seen. */
  private forgetEnded(at: number): void {
    for (const [key, tally] of this.tallies) if (tally.resetsAt <= at && tally.pending === 0) this.tallies.delete(key);
  }
}

type StoreCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** What @fastify/rate-limit asks of a store: to count one request, and a store for a route's own limit. */
export interface RateLimitStore {
  incr(key: string, callback: StoreCallback, timeWindow: number, max?: number): void;
  child(routeOptions: unknown): RateLimitStore;
}

/**
 * A store for @fastify/rate-limit that counts with `counter` under `namespace`: a server's memory
 * would let N servers behind a load balancer take N times the limit, and would forget every count
 * when a server restarts.
 */
export function sharedRateLimitStore(counter: SharedRateCounter, namespace: string, now: () => Date): new () => RateLimitStore {
  const store: RateLimitStore = {
    incr(key, callback, timeWindow) {
      const at = now();
      counter.count(`${namespace}:${key}`, timeWindow).then(
        ({ count, resetsAt }) => callback(null, { current: count, ttl: Math.max(0, resetsAt.getTime() - at.getTime()) }),
        (error: Error) => callback(error),
      );
    },
    // Every route counts under the one namespace: a route with a limit of its own would need its own.
    child: () => store,
  };
  // The plugin makes its store with `new`; the function hands back the one store bound to the counter.
  return function SharedRateLimitStore() {
    return store;
  } as unknown as new () => RateLimitStore;
}
