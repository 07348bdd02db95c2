import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/database';
import { auditLog } from './schema';

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
  await tx.insert(auditLog).values(
    entries.map((e) => ({
      actor: e.actor,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );
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
