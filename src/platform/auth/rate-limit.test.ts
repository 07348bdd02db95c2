import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, testDatabase } from '../../../test/helpers/database';
import type { Database } from '../db/database';
import { countAttempt, SharedRateCounter } from './rate-limit';

let database: Database;
let now: Date;
const clock = () => now;
const minute = 60_000;
const failOnError = (error: unknown) => {
  throw error;
};

beforeEach(async () => {
  database = await testDatabase();
  await resetDatabase(database);
  now = new Date('2026-11-24T10:00:00Z');
});

const stored = async (key: string) =>
  (await database.query<{ count: number }>('select count from rate_limits where key = $1', [key]))[0]?.count ?? null;

describe('a rate limit shared by app servers', () => {
  it("counts a key's first attempt in a window in the database at once", async () => {
    const counter = new SharedRateCounter(database, clock, failOnError, 60_000);
    expect((await counter.count('verify:10.0.0.1', minute)).count).toBe(1);
    expect(Number(await stored('verify:10.0.0.1'))).toBe(1);
    await counter.stop();
  });

  it('answers later attempts from its own count and writes them together', async () => {
    const counter = new SharedRateCounter(database, clock, failOnError, 60_000);
    await counter.count('verify:a', minute);
    expect((await counter.count('verify:a', minute)).count).toBe(2);
    expect((await counter.count('verify:a', minute)).count).toBe(3);
    expect((await counter.count('verify:b', minute)).count).toBe(1);
    expect(Number(await stored('verify:a'))).toBe(1);
    await counter.flush();
    expect(Number(await stored('verify:a'))).toBe(3);
    expect(Number(await stored('verify:b'))).toBe(1);
    await counter.stop();
  });

  it('brings back what the other servers counted when it writes', async () => {
    const first = new SharedRateCounter(database, clock, failOnError, 60_000);
    const second = new SharedRateCounter(database, clock, failOnError, 60_000);
    await first.count('verify:a', minute);
    await second.count('verify:a', minute);
    for (let i = 0; i < 5; i++) await second.count('verify:a', minute);
    await second.flush();
    // The first server learns of them when it next writes its own.
    expect((await first.count('verify:a', minute)).count).toBe(2);
    await first.flush();
    expect((await first.count('verify:a', minute)).count).toBe(9);
    await Promise.all([first.stop(), second.stop()]);
    expect(Number(await stored('verify:a'))).toBe(9);
  });

  it('writes on its own a moment after an attempt', async () => {
    const counter = new SharedRateCounter(database, clock, failOnError, 20);
    await counter.count('verify:a', minute);
    await counter.count('verify:a', minute);
    await expect.poll(() => stored('verify:a').then(Number), { timeout: 2000 }).toBe(2);
    await counter.stop();
  });

  it('starts a new window when the last has ended, here and in the database', async () => {
    const counter = new SharedRateCounter(database, clock, failOnError, 60_000);
    await counter.count('verify:a', minute);
    await counter.count('verify:a', minute);
    now = new Date(now.getTime() + minute);
    const fresh = await counter.count('verify:a', minute);
    expect(fresh.count).toBe(1);
    expect(fresh.resetsAt).toEqual(new Date(now.getTime() + minute));
    await counter.stop();
    expect(Number(await stored('verify:a'))).toBe(1);
  });

  it('keeps the attempts it could not write for the next write', async () => {
    let failing = false;
    const flaky: Database = {
      ...database,
      query: ((text: string, params?: unknown[]) => (failing ? Promise.reject(new Error('connection lost')) : database.query(text, params))) as Database['query'],
    };
    const counter = new SharedRateCounter(flaky, clock, failOnError, 60_000);
    await counter.count('verify:a', minute);
    await counter.count('verify:a', minute);
    failing = true;
    await expect(counter.flush()).rejects.toThrow('connection lost');
    failing = false;
    await counter.flush();
    expect(Number(await stored('verify:a'))).toBe(2);
    await counter.stop();
  });

  it('adds to the count that sign-in attempts keep in the same table', async () => {
    await countAttempt(database, 'verify:a', minute, now);
    const counter = new SharedRateCounter(database, clock, failOnError, 60_000);
    expect((await counter.count('verify:a', minute)).count).toBe(2);
    await counter.stop();
  });
});
