import { createHash } from 'node:crypto';

// Each audit entry carries a hash over its content and the previous entry's hash, so an entry
// edited, removed or inserted by hand in the database breaks the chain from that point on.

export interface ChainedContent {
  occurredAt: Date;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** JSON with object keys sorted: the form survives jsonb, which reorders keys. */
function canonical(value: unknown): string {
  const plain: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value ?? null));
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as Record<string, unknown>)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(plain));
}

export function entryHash(prevHash: string | null, content: ChainedContent): string {
  const body = canonical([
    prevHash ?? '',
    content.occurredAt.toISOString(),
    content.actor,
    content.action,
    content.entityType,
    content.entityId,
    content.before ?? null,
    content.after ?? null,
  ]);
  return createHash('sha256').update(body).digest('hex');
}

export interface StoredLink extends ChainedContent {
  id: number;
  prevHash: string | null;
  hash: string | null;
}

export type ChainBreak = { id: number; reason: 'missing-hash' | 'wrong-link' | 'content-changed' };

/**
 * Walks entries in id order from `prevHash` (the hash before the first given entry) and reports
 * the first that does not fit, or the hash of the last one.
 */
export function checkChain(entries: StoredLink[], prevHash: string | null): { ok: true; lastHash: string | null } | { ok: false; broken: ChainBreak } {
  let expectedPrev = prevHash;
  for (const entry of entries) {
    if (!entry.hash) return { ok: false, broken: { id: entry.id, reason: 'missing-hash' } };
    if ((entry.prevHash ?? null) !== expectedPrev) return { ok: false, broken: { id: entry.id, reason: 'wrong-link' } };
    if (entryHash(expectedPrev, entry) !== entry.hash) return { ok: false, broken: { id: entry.id, reason: 'content-changed' } };
    expectedPrev = entry.hash;
  }
  return { ok: true, lastHash: expectedPrev };
}
