import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as finnish from '@zxcvbn-ts/language-fi';

// Policy rule G9: strong passwords, not reused. Length alone is a poor test of strength, so a
// password is also scored against Finnish and English words, Finnish first names and surnames,
// keyboard patterns and the person's own details.

export const passwordMinLength = 12;
export const passwordMaxLength = 200;
/**
 * zxcvbn's top score (at least 10^10 guesses). Its score 3 lets "Kissankello1" and
 * "VirtanenMatti1" through: a Finnish word or name with a digit.
 */
const minimumScore = 4;

// argon2id (the library's default algorithm) with OWASP's minimum memory and time cost.
const hashOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, hashOptions);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a password nobody knows: unknown addresses are checked against it, so that a sign-in
 * takes as long whether or not the address has an account.
 */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hash(`decoy-${Math.random()}-${Date.now()}`, hashOptions);
  return decoy;
}

export type PasswordProblem =
  | { code: 'too-short'; minimum: number }
  | { code: 'too-long'; maximum: number }
  | { code: 'contains-email' }
  | { code: 'weak'; hint: PasswordHint };

/** Why zxcvbn finds a password guessable, grouped into what we explain to people. */
export type PasswordHint = 'keyboard' | 'repeat' | 'sequence' | 'dates' | 'common' | 'word' | 'names' | 'personal' | 'general';

const hintOfWarning: Record<string, PasswordHint> = {
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  sequences: 'sequence',
  recentYears: 'dates',
  dates: 'dates',
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  wordByItself: 'word',
  namesByThemselves: 'names',
  commonNames: 'names',
  userInputs: 'personal',
};

let checker: ZxcvbnFactory | null = null;
function strengthChecker(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...finnish.dictionary },
    graphs: common.adjacencyGraphs,
    useLevenshteinDistance: true,
  });
  return checker;
}

export interface PasswordOwner {
  email: string;
  displayName: string;
  /** Words anyone would try first for this city: its name, its domain. */
  cityWords: string[];
}

/** What is wrong with a new password, or null when it may be used. */
export function passwordProblem(password: string, owner: PasswordOwner): PasswordProblem | null {
  if (password.length < passwordMinLength) return { code: 'too-short', minimum: passwordMinLength };
  if (password.length > passwordMaxLength) return { code: 'too-long', maximum: passwordMaxLength };
  const lower = password.toLowerCase();
  const email = owner.email.toLowerCase();
  const localPart = email.split('@')[0] ?? email;
  if (lower.includes(email) || (localPart.length >= 4 && lower.includes(localPart))) return { code: 'contains-email' };
  const personal = [email, localPart, ...localPart.split(/[._-]/), ...owner.displayName.split(/\s+/), ...owner.cityWords].filter(
    (w) => w.length >= 3,
  );
  const result = strengthChecker().check(password, personal);
  if (result.score >= minimumScore) return null;
  const warning = result.feedback.warning ?? '';
  return { code: 'weak', hint: hintOfWarning[warning] ?? 'general' };
}
