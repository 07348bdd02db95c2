import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database, DbOrTx } from '../platform/db/database';
import type { Platform } from './domain/platforms';
import type { Administrator, Profile, ProfileDetails, ProfileKind, ProfileStatus, Unit, UnitLevel } from './domain/profile';
import { profileAdministrators, profileKeys, profiles, registryMeta, units } from './schema';

const administratorsJson = sql<Administrator[]>`(
  select coalesce(json_agg(json_build_object('name', a.name, 'jobTitle', a.job_title) order by a.position), '[]'::json)
  from ${profileAdministrators} a where a.profile_id = ${profiles.id}
)`.as('administrators');

const profileColumns = {
  row: profiles,
  administrators: administratorsJson,
};

type ProfileRow = typeof profiles.$inferSelect;

function toProfile(row: ProfileRow, administrators: Administrator[]): Profile {
  return {
    id: row.id,
    kind: row.kind as ProfileKind,
    platform: row.platform as Platform,
    url: row.url,
    handle: row.handle,
    platformId: row.platformId,
    displayName: row.displayName,
    unitId: row.unitId,
    purpose: { fi: row.purposeFi, sv: row.purposeSv, en: row.purposeEn },
    administrators,
    contactEmail: row.contactEmail,
    employeeName: row.employeeName,
    employeeTitle: row.employeeTitle,
    status: row.status as ProfileStatus,
    closingDate: row.closingDate,
    closingReason: row.closingReason,
    successorProfileId: row.successorProfileId,
    successorUrl: row.successorUrl,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lastConfirmedAt: row.lastConfirmedAt,
  };
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[äå]/g, 'a').replace(/ö/g, 'o');
}

const platformNames: Record<string, Platform> = {
  facebook: 'facebook', fb: 'facebook', instagram: 'instagram', ig: 'instagram', x: 'x', twitter: 'x',
  youtube: 'youtube', linkedin: 'linkedin', tiktok: 'tiktok', mastodon: 'mastodon', bluesky: 'bluesky',
  bsky: 'bluesky', threads: 'threads',
};
function platformNamed(q: string): Platform | undefined {
  return platformNames[q.toLowerCase().replace(/[\s()]/g, '')];
}

const folded = (column: SQL | typeof profiles.displayName) => sql`translate(lower(coalesce(${column}, '')), 'äåö', 'aao')`;

export interface ProfileFilter {
  q?: string | undefined;
  platform?: Platform | undefined;
  unitId?: string | undefined;
  kind?: ProfileKind | undefined;
  status?: ProfileStatus | undefined;
}

function whereOf(filter: ProfileFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.platform) conditions.push(eq(profiles.platform, filter.platform));
  if (filter.kind) conditions.push(eq(profiles.kind, filter.kind));
  if (filter.status) conditions.push(eq(profiles.status, filter.status));
  if (filter.unitId) {
    // A unit's listing includes its sub-units: a sector shows every team under it.
    conditions.push(sql`${profiles.unitId} in (
      with recursive tree(id) as (
        select ${filter.unitId}::uuid
        union all select u.id from ${units} u join tree on u.parent_id = tree.id
      ) select id from tree)`);
  }
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${fold(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Typing a platform's name ("instagram", "twitter") finds that platform's profiles too.
    const platform = platformNamed(q);
    conditions.push(sql`(
      ${platform ? sql`${profiles.platform} = ${platform} or ` : sql``}${folded(profiles.displayName)} like ${pattern}
      or ${folded(sql`${profiles.handle}`)} like ${pattern}
      or ${folded(sql`${profiles.employeeName}`)} like ${pattern}
      or exists (select 1 from ${units} u where u.id = ${profiles.unitId} and (
        ${folded(sql`u.name_fi`)} like ${pattern} or ${folded(sql`u.name_sv`)} like ${pattern} or ${folded(sql`u.name_en`)} like ${pattern}))
    )`);
  }
  return conditions.length ? and(...conditions) : undefined;
}

export async function listProfiles(
  db: DbOrTx,
  filter: ProfileFilter,
  page: { limit: number; offset: number },
): Promise<{ items: Profile[]; total: number }> {
  const where = whereOf(filter);
  const [rows, [count]] = await Promise.all([
    db
      .select(profileColumns)
      .from(profiles)
      .where(where)
      .orderBy(asc(profiles.displayName), asc(profiles.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(profiles).where(where),
  ]);
  return { items: rows.map((r) => toProfile(r.row, r.administrators)), total: count?.total ?? 0 };
}

/** Every profile, in a stable order, for exports and the public listing. */
export async function allProfiles(db: DbOrTx, filter: ProfileFilter = {}): Promise<Profile[]> {
  const rows = await db
    .select(profileColumns)
    .from(profiles)
    .where(whereOf(filter))
    .orderBy(asc(profiles.displayName), asc(profiles.id));
  return rows.map((r) => toProfile(r.row, r.administrators));
}

export async function getProfile(db: DbOrTx, id: string): Promise<Profile | null> {
  const [row] = await db.select(profileColumns).from(profiles).where(eq(profiles.id, id));
  return row ? toProfile(row.row, row.administrators) : null;
}

export async function getProfilesByIds(db: DbOrTx, ids: string[]): Promise<Profile[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(profileColumns).from(profiles).where(inArray(profiles.id, ids));
  return rows.map((r) => toProfile(r.row, r.administrators));
}

/** The registered profile that owns any of these keys on the platform, if one does. */
export async function findProfileByKeys(db: DbOrTx, platform: Platform, keys: string[]): Promise<Profile | null> {
  if (keys.length === 0) return null;
  const [row] = await db
    .select(profileColumns)
    .from(profileKeys)
    .innerJoin(profiles, eq(profiles.id, profileKeys.profileId))
    .where(and(eq(profileKeys.platform, platform), inArray(profileKeys.key, keys)))
    .limit(1);
  return row ? toProfile(row.row, row.administrators) : null;
}

/** Which other profiles already own any of these keys. */
export async function keyOwners(db: DbOrTx, platform: Platform, keys: string[], exceptProfileId: string | null) {
  if (keys.length === 0) return [];
  const rows = await db
    .select({ key: profileKeys.key, profileId: profileKeys.profileId })
    .from(profileKeys)
    .where(and(eq(profileKeys.platform, platform), inArray(profileKeys.key, keys)));
  return rows.filter((r) => r.profileId !== exceptProfileId);
}

function detailColumns(d: ProfileDetails) {
  return {
    kind: d.kind,
    platform: d.platform,
    url: d.url,
    handle: d.handle,
    platformId: d.platformId,
    displayName: d.displayName,
    unitId: d.unitId,
    purposeFi: d.purpose.fi,
    purposeSv: d.purpose.sv,
    purposeEn: d.purpose.en,
    contactEmail: d.contactEmail,
    employeeName: d.employeeName,
    employeeTitle: d.employeeTitle,
    status: d.status,
    closingDate: d.closingDate,
    closingReason: d.closingReason,
    successorProfileId: d.successorProfileId,
    successorUrl: d.successorUrl,
  };
}

export interface StoredTimes {
  createdAt?: Date;
  updatedAt: Date;
  lastConfirmedAt?: Date;
}

/** Inserts or replaces a profile with its administrators and lookup keys. */
export async function writeProfile(
  tx: DbOrTx,
  id: string | null,
  details: ProfileDetails,
  keys: string[],
  times: StoredTimes,
): Promise<string> {
  const values = { ...detailColumns(details), ...times };
  let profileId: string;
  if (id && (await tx.select({ id: profiles.id }).from(profiles).where(eq(profiles.id, id))).length > 0) {
    await tx.update(profiles).set(values).where(eq(profiles.id, id));
    profileId = id;
  } else {
    const [inserted] = await tx
      .insert(profiles)
      .values(id ? { ...values, id } : values)
      .returning({ id: profiles.id });
    profileId = inserted!.id;
  }
  await tx.delete(profileAdministrators).where(eq(profileAdministrators.profileId, profileId));
  if (details.administrators.length) {
    await tx.insert(profileAdministrators).values(
      details.administrators.map((a, position) => ({ profileId, position, name: a.name, jobTitle: a.jobTitle })),
    );
  }
  await tx.delete(profileKeys).where(eq(profileKeys.profileId, profileId));
  if (keys.length) {
    await tx.insert(profileKeys).values(keys.map((key) => ({ platform: details.platform, key, profileId })));
  }
  return profileId;
}

type UnitRow = typeof units.$inferSelect;

function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parentId,
    level: row.level as UnitLevel,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
  };
}

export async function listUnits(db: DbOrTx): Promise<Unit[]> {
  const rows = await db.select().from(units).orderBy(asc(units.nameFi));
  return rows.map(toUnit);
}

export async function insertUnit(tx: DbOrTx, unit: Omit<Unit, 'id'> & { id?: string }): Promise<Unit> {
  const [row] = await tx
    .insert(units)
    .values({
      ...(unit.id ? { id: unit.id } : {}),
      parentId: unit.parentId,
      level: unit.level,
      nameFi: unit.name.fi,
      nameSv: unit.name.sv,
      nameEn: unit.name.en,
    })
    .returning();
  return toUnit(row!);
}


export async function updateUnit(tx: DbOrTx, unit: Unit): Promise<Unit | null> {
  const [row] = await tx
    .update(units)
    .set({ parentId: unit.parentId, level: unit.level, nameFi: unit.name.fi, nameSv: unit.name.sv, nameEn: unit.name.en, updatedAt: new Date() })
    .where(eq(units.id, unit.id))
    .returning();
  return row ? toUnit(row) : null;
}

export async function setConfirmed(tx: DbOrTx, id: string, at: Date): Promise<boolean> {
  const rows = await tx.update(profiles).set({ lastConfirmedAt: at }).where(eq(profiles.id, id)).returning({ id: profiles.id });
  return rows.length > 0;
}

// Named as Drizzle names the profile's fields, so the same toProfile() reads both kinds of row.
const verifyColumns = `
  p.id, p.kind, p.platform, p.url, p.handle, p.platform_id as "platformId", p.display_name as "displayName",
  p.unit_id as "unitId", p.purpose_fi as "purposeFi", p.purpose_sv as "purposeSv", p.purpose_en as "purposeEn",
  p.contact_email as "contactEmail", p.employee_name as "employeeName", p.employee_title as "employeeTitle",
  p.status, p.closing_date::text as "closingDate", p.closing_reason as "closingReason",
  p.successor_profile_id as "successorProfileId", p.successor_url as "successorUrl", p.created_at as "createdAt",
  p.updated_at as "updatedAt", p.last_confirmed_at as "lastConfirmedAt",
  u.parent_id as unit_parent_id, u.level as unit_level, u.name_fi as unit_name_fi, u.name_sv as unit_name_sv, u.name_en as unit_name_en`;

/** A verify entry's columns: the profile, its unit and its administrators as JSON. */
const verifyEntryColumns = `${verifyColumns},
         coalesce((select json_agg(json_build_object('name', a.name, 'jobTitle', a.job_title) order by a.position)
                   from profile_administrators a where a.profile_id = p.id), '[]'::json) as administrators`;

const verifySql = `
  select ${verifyEntryColumns}
  from profile_keys k
  join profiles p on p.id = k.profile_id
  left join units u on u.id = p.unit_id
  where k.platform = $1 and k.key = any($2)
  limit 1`;

const allVerifySql = `
  select ${verifyEntryColumns}
  from profiles p
  left join units u on u.id = p.unit_id
  where p.id > $1::uuid
  order by p.id
  limit $2`;

interface VerifyRow extends ProfileRow {
  administrators: Administrator[];
  unit_parent_id: string | null;
  unit_level: string | null;
  unit_name_fi: string | null;
  unit_name_sv: string | null;
  unit_name_en: string | null;
}

/**
 * The profile behind any of these keys, with its unit, in one indexed query written by hand:
 * verify is the registry's hot path, and a query builder costs more here than the query.
 */
export async function findProfileForVerify(
  query: Database['query'],
  platform: Platform,
  keys: string[],
): Promise<VerifyEntry | null> {
  if (keys.length === 0) return null;
  const [row] = await query<VerifyRow>(verifySql, [platform, keys]);
  return row ? verifyEntry(row) : null;
}

/** Profiles by id with their units, for the official profiles a suspect address looks like. */
export async function findProfilesForVerifyByIds(query: Database['query'], ids: string[]): Promise<VerifyEntry[]> {
  if (ids.length === 0) return [];
  const rows = await query<VerifyRow>(verifyByIdsSql, [ids]);
  const byId = new Map(rows.map((row) => [row.id, verifyEntry(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const verifyByIdsSql = `
  select ${verifyEntryColumns}
  from profiles p
  left join units u on u.id = p.unit_id
  where p.id = any($1::uuid[])`;

/** What lookalike detection needs of every registered profile: its platform, handle and name. */
export interface HandleRow {
  id: string;
  platform: Platform;
  kind: 'organisation' | 'expert';
  handle: string | null;
  displayName: string;
}

export async function allHandles(query: Database['query'], pageSize = 20_000): Promise<HandleRow[]> {
  const all: HandleRow[] = [];
  for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
    const rows = await query<HandleRow>(
      'select id, platform, kind, handle, display_name as "displayName" from profiles where id > $1::uuid order by id limit $2',
      [after, pageSize],
    );
    all.push(...rows);
    if (rows.length < pageSize) return all;
    after = rows[rows.length - 1]!.id;
  }
}

/** A verify lookup key: the platform and one of its keys. */
export const verifyKey = (platform: string, key: string) => `${platform}\n${key}`;

/** The whole key index with the profile behind each key, for answering verify from memory. */
export async function allVerifyEntries(query: Database['query'], pageSize = 5000): Promise<[string, VerifyEntry][]> {
  // Read in pages: one result of every profile would make the embedded database grow its memory
  // to that size for good.
  const byId = new Map<string, VerifyEntry>();
  for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
    const rows = await query<VerifyRow>(allVerifySql, [after, pageSize]);
    for (const row of rows) byId.set(row.id, verifyEntry(row));
    if (rows.length < pageSize) break;
    after = rows[rows.length - 1]!.id;
  }
  const keys = await query<{ platform: string; key: string; profile_id: string }>('select platform, key, profile_id from profile_keys');
  const entries: [string, VerifyEntry][] = [];
  for (const k of keys) {
    const entry = byId.get(k.profile_id);
    if (entry) entries.push([verifyKey(k.platform, k.key), entry]);
  }
  return entries;
}

export interface VerifyEntry {
  profile: Profile;
  unit: Unit | null;
}

function verifyEntry(row: VerifyRow): VerifyEntry {
  const profile = toProfile(row, row.administrators);
  const unit: Unit | null =
    row.unitId && row.unit_level
      ? {
          id: row.unitId,
          parentId: row.unit_parent_id,
          level: row.unit_level as UnitLevel,
          name: { fi: row.unit_name_fi ?? '', sv: row.unit_name_sv ?? '', en: row.unit_name_en ?? '' },
        }
      : null;
  return { profile, unit };
}

export async function getMeta(db: DbOrTx, name: string): Promise<string | null> {
  const [row] = await db.select().from(registryMeta).where(eq(registryMeta.name, name));
  return row?.value ?? null;
}

export async function setMeta(tx: DbOrTx, name: string, value: string): Promise<void> {
  await tx.insert(registryMeta).values({ name, value }).onConflictDoUpdate({ target: registryMeta.name, set: { value } });
}

/** Replaces every stored lookup key; the primary key still refuses two profiles on one key. */
export async function replaceAllKeys(tx: DbOrTx, rows: { platform: Platform; key: string; profileId: string }[]): Promise<void> {
  await tx.delete(profileKeys);
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(profileKeys).values(rows.slice(i, i + 1000));
}
