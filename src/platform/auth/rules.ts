// The rules of signing in, apart from any storage: lockout after failed attempts, session
// lifetimes, and how long a password link lives.

export const lockoutPolicy = {
  /** Failed passwords in a row that lock the account. */
  maxFailures: 5,
  /** How long the lock lasts; it ends by itself, or earlier by a password reset. */
  minutes: 15,
};

export interface FailedSignInState {
  failedSignIns: number;
  lockedUntil: Date | null;
}

export function isLocked(state: FailedSignInState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/** The account's state after one more wrong password. */
export function afterFailedSignIn(state: FailedSignInState, now: Date): FailedSignInState {
  const failures = state.failedSignIns + 1;
  if (failures >= lockoutPolicy.maxFailures) {
    return { failedSignIns: 0, lockedUntil: new Date(now.getTime() + lockoutPolicy.minutes * 60_000) };
  }
  return { failedSignIns: failures, lockedUntil: null };
}

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
}

export type SessionState = 'valid' | 'idle' | 'expired';

export function sessionState(session: SessionTimes, now: Date, limits: SessionLimits): SessionState {
  if (session.expiresAt <= now) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleMinutes * 60_000) return 'idle';
  return 'valid';
}

export function sessionExpiry(startedAt: Date, limits: SessionLimits): Date {
  return new Date(startedAt.getTime() + limits.maxHours * 3_600_000);
}

/** Writing last_seen_at on every request would make every page a write; a minute is precise enough. */
export const lastSeenResolutionMs = 60_000;

export const passwordLinkLifetime = {
  /** A forgotten password: the person is waiting for the mail. */
  reset: 60 * 60_000,
  /** A new account's first password: the mail may wait over a weekend. */
  invite: 7 * 24 * 60 * 60_000,
} as const;
export type PasswordLinkPurpose = keyof typeof passwordLinkLifetime;
