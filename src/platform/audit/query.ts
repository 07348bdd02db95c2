import { and, asc, desc, eq, gte, like, lt, lte, max, notLike, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database';
import { outbox } from '../mail/schema';
import { auditLog } from './schema';

// One reading of the audit log's filters for the page, the CSV export and the API, so that the
// three always agree on which entries a filter means.

/** The city's clock: a day in a filter is a whole day as people in the city live it. */
export const cityTimeZone = 'Europe/Helsinki';

/** The `actor` filter value that stands for every actor that is not a person. */
export const systemActors = 'system';

export const filterFields = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
export type FilterField = (typeof filterFields)[number];

/** Filters that passed `readAuditFilters`; days are YYYY-MM-DD, both ends included. */
export type AuditFilters = Partial<Record<FilterField, string>>;

export type FilterProblemCode = 'invalid-date' | 'to-before-from' | 'invalid-actor' | 'invalid-id' | 'too-long';
export interface FilterProblem {
  field: FilterField | 'before';
  code: FilterProblemCode;
}

const maxLength: Record<FilterField, number> = { actor: 200, action: 200, entityType: 200, entityId: 200, from: 10, to: 10 };
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The person's id in a `user:<id>` actor; null for every other actor, and for a malformed one. */
export function personIdOf(actor: string): string | null {
  if (!actor.startsWith('user:')) return null;
  const id = actor.slice('user:'.length);
  // Ids go on to a uuid column, where a malformed one would fail the whole query.
  return uuidPattern.test(id) ? id.toLowerCase() : null;
}

/** A calendar date as YYYY-MM-DD that really exists (no 2026-02-30). */
export function isDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function first(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== 'string') return undefined;
  const trimmed = v.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Reads filters as a query string gives them. Whatever does not pass is left out of the filters
 * and named in `problems`: the page shows them beside the fields, the API refuses the request.
 */
export function readAuditFilters(raw: Record<string, unknown>): { filters: AuditFilters; before?: number; problems: FilterProblem[] } {
  const filters: AuditFilters = {};
  const problems: FilterProblem[] = [];
  for (const field of filterFields) {
    const value = first(raw[field]);
    if (value === undefined) continue;
    if (value.length > maxLength[field]) {
      problems.push({ field, code: (field === 'from' || field === 'to') ? 'invalid-date' : 'too-long' });
      continue;
    }
    if ((field === 'from' || field === 'to') && !isDay(value)) {
      problems.push({ field, code: 'invalid-date' });
      continue;
    }
    if (field === 'actor' && value.startsWith('user:') && !personIdOf(value)) {
      problems.push({ field, code: 'invalid-actor' });
      continue;
    }
    filters[field] = field === 'actor' && personIdOf(value) ? `user:${personIdOf(value)}` : value;
  }
  // Same-length YYYY-MM-DD strings compare as the days they name.
  if (filters.from && filters.to && filters.to < filters.from) {
    problems.push({ field: 'to', code: 'to-before-from' });
    delete filters.to;
  }
  let before: number | undefined;
  const rawBefore = first(raw.before);
  if (rawBefore !== undefined) {
    const n = /^\d{1,15}$/.test(rawBefore) ? Number(rawBefore) : NaN;
    if (Number.isSafeInteger(n) && n > 0) before = n;
    else problems.push({ field: 'before', code: 'invalid-id' });
  }
  return { filters, ...(before === undefined ? {} : { before }), problems };
}

/** The filters as a query string, for links that keep them (paging, the CSV export). */
export function filterQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const field of filterFields) {
    const value = filters[field];
    if (value) params.set(field, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

export function hasFilters(filters: AuditFilters): boolean {
  return filterFields.some((f) => filters[f]);
}

// Offset of the zone from UTC at a moment, in milliseconds (positive east of Greenwich).
function zoneOffset(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The moment a day (YYYY-MM-DD) begins on the city's clock, whether in summer or winter time. */
export function startOfDay(day: string, timeZone = cityTimeZone): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(year, month - 1, date);
  // The offset at midnight is the one to use; asking twice settles a guess on the wrong side of
  // a daylight saving change (Helsinki changes at 03:00 or 04:00, never across midnight).
  const guess = midnightUtc - zoneOffset(new Date(midnightUtc), timeZone);
  return new Date(midnightUtc - zoneOffset(new Date(guess), timeZone));
}

export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** Today's date on the city's clock, as YYYY-MM-DD. */
export function cityDay(moment: Date, timeZone = cityTimeZone): string {
  return moment.toLocaleDateString('en-CA', { timeZone });
}

/**
 * The filters as conditions on audit_log. `before` pages back by id (ids grow with time, so
 * "older than" is "smaller id"); `through` fixes the newest entry an export may contain.
 */
export function auditConditions(filters: AuditFilters, page: { before?: number; through?: number } = {}): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.actor === systemActors) conditions.push(notLike(auditLog.actor, 'user:%'));
  else if (filters.actor) conditions.push(eq(auditLog.actor, filters.actor));
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  if (filters.from) conditions.push(gte(auditLog.occurredAt, startOfDay(filters.from)));
  if (filters.to) conditions.push(lt(auditLog.occurredAt, startOfDay(nextDay(filters.to))));
  if (page.before !== undefined) conditions.push(lt(auditLog.id, page.before));
  if (page.through !== undefined) conditions.push(lte(auditLog.id, page.through));
  return and(...conditions);
}

export type AuditRow = typeof auditLog.$inferSelect;

/** One page of matching entries, newest first, and the id to page back from when there are more. */
export async function findAuditEntries(
  db: DbOrTx,
  filters: AuditFilters,
  page: { before?: number; limit: number },
): Promise<{ items: AuditRow[]; nextBefore: number | null }> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(auditConditions(filters, { ...(page.before === undefined ? {} : { before: page.before }) }))
    .orderBy(desc(auditLog.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit);
  return { items, nextBefore: rows.length > page.limit ? items[items.length - 1]!.id : null };
}

/** The id of the newest entry, or 0 for an empty log. */
export async function newestAuditId(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ id: max(auditLog.id) }).from(auditLog);
  return Number(row?.id ?? 0);
}

/**
 * Every matching entry up to `through`, newest first, at most `limit`, in batches: an export of a
 * long log is not held in memory at once.
 */
export async function* exportAuditEntries(
  db: DbOrTx,
  filters: AuditFilters,
  options: { through: number; limit: number; batchSize?: number },
): AsyncGenerator<AuditRow[]> {
  const batchSize = options.batchSize ?? 2000;
  let before = options.through + 1;
  let left = options.limit;
  while (left > 0) {
    const size = Math.min(batchSize, left);
    const rows = await db.select().from(auditLog).where(auditConditions(filters, { before })).orderBy(desc(auditLog.id)).limit(size);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < size) return;
    left -= rows.length;
    before = rows[rows.length - 1]!.id;
  }
}

/** What the filter form offers: the people, actions and record types the log holds. */
export async function auditFilterChoices(db: DbOrTx): Promise<{ people: string[]; actions: string[]; entityTypes: string[] }> {
  const [actors, actions, entityTypes] = await Promise.all([
    db.selectDistinct({ value: auditLog.actor }).from(auditLog).where(like(auditLog.actor, 'user:%')),
    db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action)),
    db.selectDistinct({ value: auditLog.entityType }).from(auditLog).orderBy(asc(auditLog.entityType)),
  ]);
  const people = [...new Set(actors.map((a) => personIdOf(a.value)).filter((id): id is string => id !== null))];
  return { people, actions: actions.map((a) => a.value), entityTypes: entityTypes.map((e) => e.value) };
}

export type OutboxRow = typeof outbox.$inferSelect;

export async function latestOutbox(db: DbOrTx, limit: number): Promise<OutboxRow[]> {
  return db.select().from(outbox).orderBy(desc(outbox.id)).limit(limit);
}
