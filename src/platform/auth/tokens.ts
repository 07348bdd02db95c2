import { createHash, randomBytes } from 'node:crypto';

// Secrets handed to a browser or a client are random; only their SHA-256 is stored, so a copy of
// the database lets nobody sign in. A fast hash is enough: the secrets are 256 random bits.

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Personal access tokens carry a prefix so that secret scanners and people can recognise them. */
export const accessTokenPrefix = 'srk_';

export function newAccessToken(): string {
  return accessTokenPrefix + newSecret();
}
