import { and, asc, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database';
import { checkChain, entryHash, type ChainBreak, type StoredLink } from './chain';
import { auditLog } from './schema';

// Writers of the audit log take this transaction-scoped lock, so that each entry links to the
// one committed before it, even with several app servers writing at once.
const chainLock = 7_311_100_001;

/** Who made a change: a signed-in person later, a CLI command or the system itself now. */
export type Actor = string;

export interface AuditEntry {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit entry; call it inside the transaction that makes the change it records. */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await recordAuditBatch(tx, [entry]);
}

export async function recordAuditBatch(tx: DbOrTx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${chainLock})`);
  let prevHash = await sealUnsealed(tx);
  const occurredAt = new Date();
  const rows = entries.map((e) => {
    // Stored as JSON: what is hashed must be what jsonb gives back.
    const content = {
      occurredAt,
      actor: e.actor,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: toJson(e.before),
      after: toJson(e.after),
    };
    const hash = entryHash(prevHash, content);
    const row = { ...content, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await tx.insert(auditLog).values(rows);
}

function toJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}

const linkColumns = {
  id: auditLog.id,
  occurredAt: auditLog.occurredAt,
  actor: auditLog.actor,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  before: auditLog.before,
  after: auditLog.after,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
};

/**
 * Entries written before the log was chained have no hash; they are linked once, in id order,
 * under the writers' lock. Returns the hash of the newest entry. Sealed entries are never touched.
 */
async function sealUnsealed(tx: DbOrTx): Promise<string | null> {
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  if (!last || last.hash) return last?.hash ?? null;
  const [firstUnsealed] = await tx.select({ id: auditLog.id }).from(auditLog).where(isNull(auditLog.hash)).orderBy(asc(auditLog.id)).limit(1);
  const [before] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(sql`${auditLog.id} < ${firstUnsealed!.id}`)
    .orderBy(desc(auditLog.id))
    .limit(1);
  let prevHash = before?.hash ?? null;
  const rows = await tx.select(linkColumns).from(auditLog).where(sql`${auditLog.id} >= ${firstUnsealed!.id}`).orderBy(asc(auditLog.id));
  for (const row of rows) {
    const hash = entryHash(prevHash, row);
    await tx.update(auditLog).set({ prevHash, hash }).where(and(eq(auditLog.id, row.id), isNull(auditLog.hash)));
    prevHash = hash;
  }
  return prevHash;
}

/** Checks the whole chain, oldest first, and names the first entry that does not fit. */
export async function verifyAuditChain(db: DbOrTx, pageSize = 1000): Promise<{ ok: true; entries: number } | { ok: false; broken: ChainBreak; entries: number }> {
  let prevHash: string | null = null;
  let afterId = 0;
  let count = 0;
  for (;;) {
    const page: StoredLink[] = await db.select(linkColumns).from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(pageSize);
    const result = checkChain(page, prevHash);
    if (!result.ok) return { ok: false, broken: result.broken, entries: count };
    count += page.length;
    if (page.length < pageSize) return { ok: true, entries: count };
    prevHash = result.lastHash;
    afterId = page[page.length - 1]!.id;
  }
}

export interface StoredAuditEntry extends Required<AuditEntry> {
  id: number;
  occurredAt: Date;
}

/** The newest entries of the given actions, newest first. */
export async function latestAuditEntries(
  db: DbOrTx,
  filter: { entityType: string; actions: string[]; limit: number },
): Promise<StoredAuditEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, filter.entityType), inArray(auditLog.action, filter.actions)))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
  return rows.map((r) => ({ ...r, before: r.before ?? null, after: r.after ?? null }));
}
