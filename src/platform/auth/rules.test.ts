import { describe, expect, it } from 'vitest';
import { afterFailedSignIn, isLocked, lockoutPolicy, sessionState } from './rules';

const now = new Date('2026-11-26T10:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('failed sign-ins', () => {
  it('counts wrong passwords until the limit', () => {
    expect(afterFailedSignIn({ failedSignIns: 0, lockedUntil: null }, now)).toEqual({ failedSignIns: 1, lockedUntil: null });
  });

  it(`locks the account for ${lockoutPolicy.minutes} minutes at the ${lockoutPolicy.maxFailures}th wrong password in a row`, () => {
    const state = afterFailedSignIn({ failedSignIns: lockoutPolicy.maxFailures - 1, lockedUntil: null }, now);
    expect(state.lockedUntil).toEqual(minutes(lockoutPolicy.minutes));
    expect(isLocked(state, minutes(lockoutPolicy.minutes - 1))).toBe(true);
  });

  it('lets the lock end by itself', () => {
    expect(isLocked({ failedSignIns: 0, lockedUntil: minutes(15) }, minutes(15))).toBe(false);
  });
});

describe('a session', () => {
  const limits = { idleMinutes: 30, maxHours: 10 };

  it('stays valid while it is used', () => {
    expect(sessionState({ lastSeenAt: minutes(-29), expiresAt: minutes(60) }, now, limits)).toBe('valid');
  });

  it('ends after the idle time without requests', () => {
    expect(sessionState({ lastSeenAt: minutes(-30), expiresAt: minutes(60) }, now, limits)).toBe('idle');
  });

  it('ends at its absolute end however active it is', () => {
    expect(sessionState({ lastSeenAt: now, expiresAt: now }, now, limits)).toBe('expired');
  });
});
