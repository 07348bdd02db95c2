import { latestAuditEntries, recordAudit, recordAuditBatch, type Actor, type AuditEntry } from '../platform/audit/audit';
import type { Database, DbOrTx } from '../platform/db/database';
import { classifyChange } from './domain/changes';
import { completeAddress, keyFormatVersion, parseProfileAddress, registeredKeys, type AddressError, type ProfileAddress } from './domain/normalise';
import type { Platform } from './domain/platforms';
import { cityToday, effectiveStatus, type Profile, type ProfileDetails, type Unit } from './domain/profile';
import { checkProfileRules, errorsOf, type CityRules, type RuleViolation } from './domain/rules';
import { parentWouldLoop } from './domain/upkeep';
import { verifyVerdict, type SuspicionCheck, type SuspicionReason, type VerifyStatus } from './domain/verify';
import type { ImportProfile, PublicProfile } from './schemas';
import * as store from './store';
import { VerifyCache } from './verify-cache';
import { sql } from 'drizzle-orm';

const verifyIndexRefreshMs = 10 * 60_000;

/** NOTIFY channel on which every registry change is announced to all app servers. */
export const registryChangedChannel = 'registry_changed';

/** A change refused by the registry's rules; nothing was written. */
export class RegistryRuleError extends Error {
  constructor(readonly violations: RuleViolation[]) {
    super(`Registry rules broken: ${violations.map((v) => `${v.field}: ${v.code}`).join(', ')}`);
    this.name = 'RegistryRuleError';
  }
}

/** One or more import rows were refused; nothing was imported. */
export class ImportRejectedError extends Error {
  constructor(readonly rows: { row: number; violations: RuleViolation[] }[]) {
    super(`Import rejected: ${rows.length} row(s) with errors`);
    this.name = 'ImportRejectedError';
  }
}

export type VerifyInput = {
  url?: string | undefined;
  platform?: Platform | undefined;
  handle?: string | undefined;
  /** The name shown on the profile, when the resident gives it: a copied official name is a sign of a fake. */
  name?: string | undefined;
};
/** An official profile that the checked address looks like. */
export interface VerifyResemblance {
  profile: Profile;
  unit: Unit | null;
  reasons: SuspicionReason[];
}
export type VerifyResult =
  | {
      ok: true;
      status: VerifyStatus;
      /** The registry entry of the address itself: only for official and closed. */
      profile: Profile | null;
      unit: Unit | null;
      resembles: VerifyResemblance[];
      fakeCase: { number: number; confirmedOn: string } | null;
      /** The checked address as parsed. */
      address: ProfileAddress;
    }
  | { ok: false; error: AddressError; field: 'url' | 'handle' };

/** A profile as the audit log stored it: dates are ISO strings there. */
export type ProfileSnapshot = Omit<Profile, 'createdAt' | 'updatedAt' | 'lastConfirmedAt'> & {
  createdAt: string;
  updatedAt: string;
  lastConfirmedAt: string;
};

export interface RegistryChange {
  id: number;
  action: string;
  occurredAt: Date;
  profile: ProfileSnapshot;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export interface RegistryDeps {
  database: Database;
  city: CityRules;
  now?: () => Date;
}

/** The registry's use cases, shared by the web routes, the pages and the CLI. */
export class RegistryService {
  private readonly database: Database;
  readonly cityRules: CityRules;
  private readonly now: () => Date;
  private readonly verifyCache = new VerifyCache<store.VerifyEntry>(undefined, undefined, undefined, (entry) => entry.profile.id);
  private unsubscribe: (() => Promise<void>) | null = null;
  private reloading: Promise<void> | null = null;
  private refreshTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private suspicionCheck: SuspicionCheck | null = null;
  private readonly changeListeners: (() => void)[] = [];

  constructor(deps: RegistryDeps) {
    this.database = deps.database;
    this.cityRules = deps.city;
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * Recomputes every profile's lookup keys when they were stored by another version of the
   * address rules, so that no profile is missed, or found under a form that no longer names it.
   */
  async refreshLookupKeys(actor: Actor): Promise<boolean> {
    return this.change(async (tx) => {
      const stored = await store.getMeta(tx, 'keyFormatVersion');
      if (stored === String(keyFormatVersion)) return false;
      const profiles = await store.allProfiles(tx);
      const rows = profiles.flatMap((p) => registeredKeys(p).map((key) => ({ platform: p.platform, key, profileId: p.id })));
      const owners = new Map<string, string>();
      for (const row of rows) {
        const id = `${row.platform} ${row.key}`;
        const other = owners.get(id);
        if (other && other !== row.profileId) {
          throw new Error(`Profiles ${other} and ${row.profileId} both claim ${id}; correct one of them before starting.`);
        }
        owners.set(id, row.profileId);
      }
      await store.replaceAllKeys(tx, rows);
      await store.setMeta(tx, 'keyFormatVersion', String(keyFormatVersion));
      // An empty registry has no keys to change: nothing happened worth recording.
      if (profiles.length === 0) return true;
      await recordAudit(tx, {
        actor,
        action: 'registry.keys-recomputed',
        entityType: 'registry',
        entityId: 'profile_keys',
        before: { keyFormatVersion: stored },
        after: { keyFormatVersion, profiles: profiles.length, keys: rows.length },
      });
      return true;
    });
  }

  /**
   * Starts answering verify from memory between changes. Until the subscription to change
   * notifications stands, and after it is lost, every answer comes from the database.
   */
  async startVerifyCache(): Promise<void> {
    this.unsubscribe = await this.database.listen(
      registryChangedChannel,
      () => this.changed(),
      () => this.verifyCache.disable(),
    );
    this.verifyCache.enable();
    await this.reloadVerifyIndex();
    // A change made behind the app's back (plain SQL) is announced to nobody: reload now and then.
    this.refreshTimer = setInterval(() => this.changed(), verifyIndexRefreshMs);
    this.refreshTimer.unref();
  }

  /**
   * Loads the whole key index into memory, again after every change. A change that arrives during
   * the load makes it worthless (the cache refuses it) and starts another; after three such, the
   * next try waits a second, so that a burst of changes (an import) is not chased load by load.
   */
  async reloadVerifyIndex(): Promise<void> {
    if (!this.verifyCache.isEnabled) return;
    this.reloading ??= (async () => {
      try {
        for (let attempt = 0; attempt < 3; attempt++) {
          const generation = this.verifyCache.begin();
          const entries = await store.allVerifyEntries(this.database.query);
          if (this.verifyCache.load(entries, generation) || !this.verifyCache.isEnabled) return;
        }
        this.retryTimer ??= setTimeout(() => {
          this.retryTimer = null;
          void this.reloadVerifyIndex().catch(() => this.verifyCache.disable());
        }, 1000);
        this.retryTimer.unref();
      } finally {
        this.reloading = null;
      }
    })();
    return this.reloading;
  }

  /** Lets verify warn about fakes and lookalikes of the addresses the registry does not hold. */
  useSuspicionCheck(check: SuspicionCheck): void {
    this.suspicionCheck = check;
  }

  /** Called after every registry change, made here or, through NOTIFY, by another app server. */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
    this.verifyCache.clear();
    // Until the index is loaded again, answers come from the database one by one.
    void this.reloadVerifyIndex().catch(() => this.verifyCache.disable());
  }

  async stopVerifyCache(): Promise<void> {
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.refreshTimer = null;
    this.retryTimer = null;
    this.verifyCache.disable();
    await this.reloading?.catch(() => {});
    await this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Runs a registry change in one transaction that also tells every app server about it. */
  private async change<T>(work: (tx: DbOrTx) => Promise<T>): Promise<T> {
    const result = await this.database.db.transaction(async (tx) => {
      const value = await work(tx);
      await tx.execute(sql`select pg_notify(${registryChangedChannel}, '')`);
      return value;
    });
    this.changed();
    return result;
  }

  today(): string {
    return cityToday(this.now());
  }

  /**
   * Whether an address is an official profile. Addresses the registry does not hold are also
   * checked for fakes and lookalikes, unless `suspicion` is false (a platform's own handle check
   * wants the registry's answer alone).
   */
  async verify(input: VerifyInput, options: { suspicion?: boolean } = {}): Promise<VerifyResult> {
    const field = input.url !== undefined ? 'url' : 'handle';
    const raw = input.url ?? input.handle ?? '';
    const parsed = parseProfileAddress(raw, input.platform);
    if (!parsed.ok) return { ok: false, error: parsed.error, field };
    const cacheKeys = parsed.address.keys.map((key) => store.verifyKey(parsed.address.platform, key));
    let found = this.verifyCache.lookup(cacheKeys);
    if (found === undefined) {
      const generation = this.verifyCache.begin();
      found = await store.findProfileForVerify(this.database.query, parsed.address.platform, parsed.address.keys);
      this.verifyCache.remember(cacheKeys, found, generation);
    }
    const profile = found?.profile ?? null;
    const answer = { ok: true as const, status: verifyVerdict(profile, this.today()), profile, unit: found?.unit ?? null, resembles: [], fakeCase: null, address: parsed.address };
    if (profile || !this.suspicionCheck || options.suspicion === false) return answer;
    const suspicion = await this.suspicionCheck(parsed.address, input.name?.trim() || undefined);
    if (!suspicion) return answer;
    const ids = suspicion.resembles.map((r) => r.profileId);
    const cached = ids.flatMap((id) => this.verifyCache.byEntryId(id) ?? []);
    const entries = cached.length === ids.length ? cached : await store.findProfilesForVerifyByIds(this.database.query, ids);
    const byId = new Map(entries.map((e) => [e.profile.id, e]));
    const resembles = suspicion.resembles.flatMap((r) => {
      const entry = byId.get(r.profileId);
      return entry ? [{ profile: entry.profile, unit: entry.unit, reasons: r.reasons }] : [];
    });
    return { ...answer, status: suspicion.status, resembles, fakeCase: suspicion.fakeCase };
  }

  /** Platform, handle and name of every registry entry: what lookalike detection compares with. */
  allHandles() {
    return store.allHandles(this.database.query);
  }

  getProfile(id: string) {
    return store.getProfile(this.database.db, id);
  }

  getProfilesByIds(ids: string[]) {
    return store.getProfilesByIds(this.database.db, ids);
  }

  listProfiles(filter: store.ProfileFilter, page: { limit: number; offset: number }) {
    return store.listProfiles(this.database.db, filter, page);
  }

  allProfiles(filter: store.ProfileFilter = {}) {
    return store.allProfiles(this.database.db, filter);
  }

  /** The latest additions and closings, for the change feed: what the audit log recorded at the time. */
  async recentChanges(actions: string[], limit: number): Promise<RegistryChange[]> {
    const entries = await latestAuditEntries(this.database.db, { entityType: 'profile', actions, limit });
    return entries.map((e) => ({ id: e.id, action: e.action, occurredAt: e.occurredAt, profile: e.after as ProfileSnapshot }));
  }

  listUnits() {
    return store.listUnits(this.database.db);
  }

  /** The public view of a profile: its status as of today and its unit's name. */
  present(profile: Profile, unitsById: Map<string, Unit>): PublicProfile {
    const unit = profile.unitId ? unitsById.get(profile.unitId) : undefined;
    return {
      id: profile.id,
      kind: profile.kind,
      platform: profile.platform,
      url: profile.url,
      handle: profile.handle,
      platformId: profile.platformId,
      displayName: profile.displayName,
      unitId: profile.unitId,
      unitName: unit ? unit.name : null,
      purpose: profile.purpose,
      administrators: profile.administrators,
      contactEmail: profile.contactEmail,
      employeeName: profile.employeeName,
      employeeTitle: profile.employeeTitle,
      status: effectiveStatus(profile, this.today()),
      closingDate: profile.closingDate,
      closingReason: profile.closingReason,
      successorProfileId: profile.successorProfileId,
      successorUrl: profile.successorUrl,
      createdAt: profile.createdAt.toISOString(),
      updatedAt: profile.updatedAt.toISOString(),
      lastConfirmedAt: profile.lastConfirmedAt.toISOString(),
    };
  }

  async unitsById(): Promise<Map<string, Unit>> {
    return new Map((await this.listUnits()).map((u) => [u.id, u]));
  }

  /** Creates or replaces one registry entry, checked against the policy rules, with its audit entry. */
  async saveProfile(
    given: ProfileDetails,
    options: { id?: string; actor: Actor; /** Runs in the same transaction, after the entry is saved. */ alsoInTransaction?: (tx: DbOrTx, saved: Profile) => Promise<void> },
  ): Promise<Profile> {
    const details = completeAddress(given);
    return this.change(async (tx) => {
      const { violations, keys } = await this.check(tx, details, options.id ?? null);
      const errors = errorsOf(violations);
      if (errors.length) throw new RegistryRuleError(errors);
      const before = options.id ? await store.getProfile(tx, options.id) : null;
      const now = this.now();
      const id = await store.writeProfile(tx, options.id ?? null, details, keys, {
        updatedAt: now,
        ...(before ? {} : { createdAt: now, lastConfirmedAt: now }),
      });
      const after = (await store.getProfile(tx, id))!;
      await recordAudit(tx, this.auditEntry(options.actor, before, after));
      await options.alsoInTransaction?.(tx, after);
      return after;
    });
  }

  async createUnit(unit: Omit<Unit, 'id'> & { id?: string }, actor: Actor): Promise<Unit> {
    return this.change(async (tx) => {
      const created = await store.insertUnit(tx, unit);
      await recordAudit(tx, { actor, action: 'unit.added', entityType: 'unit', entityId: created.id, after: created });
      return created;
    });
  }

  /** Moves or renames a unit; refuses a parent that would put the unit below itself. */
  async updateUnit(unit: Unit, actor: Actor): Promise<Unit | 'loop' | null> {
    return this.change(async (tx) => {
      const all = new Map((await store.listUnits(tx)).map((u) => [u.id, u]));
      const before = all.get(unit.id);
      if (!before) return null;
      if (parentWouldLoop(unit.id, unit.parentId, (id) => all.get(id)?.parentId)) return 'loop' as const;
      const after = (await store.updateUnit(tx, unit))!;
      await recordAudit(tx, { actor, action: 'unit.updated', entityType: 'unit', entityId: unit.id, before, after });
      return after;
    });
  }

  /**
   * Announces the closing of an entry inside the caller's transaction: closing on the day the
   * notice period ends (O8), with the reason shown to residents.
   */
  async announceClosingIn(
    tx: DbOrTx,
    profileId: string,
    closing: { reason: string; noticeDays?: number; closingDate?: string; successorProfileId?: string | null; successorUrl?: string | null },
    actor: Actor,
    now: Date,
  ): Promise<Profile | null> {
    const before = await store.getProfile(tx, profileId);
    if (!before || before.status !== 'active') return null;
    const { id: _id, createdAt: _c, updatedAt: _u, lastConfirmedAt: _l, ...details } = before;
    const closingDate = closing.closingDate ?? addDays(cityToday(now), closing.noticeDays ?? 30);
    const next: ProfileDetails = {
      ...details,
      status: 'closing',
      closingDate,
      closingReason: closing.reason,
      ...(closing.successorProfileId !== undefined ? { successorProfileId: closing.successorProfileId } : {}),
      ...(closing.successorUrl !== undefined ? { successorUrl: closing.successorUrl } : {}),
    };
    await store.writeProfile(tx, profileId, next, registeredKeys(next), { updatedAt: now });
    const after = (await store.getProfile(tx, profileId))!;
    await recordAudit(tx, this.auditEntry(actor, before, after));
    await tx.execute(sql`select pg_notify(${registryChangedChannel}, '')`);
    this.changed();
    return after;
  }

  /**
   * Closes the entries whose announced closing day has come (O8). Safe to run again: an entry
   * already closed is not touched, so a second run on the same day changes nothing.
   */
  async closeDueProfiles(actor: Actor): Promise<number> {
    const today = this.today();
    return this.change(async (tx) => {
      const due = (await store.allProfiles(tx, { status: 'closing' })).filter((p) => p.closingDate !== null && p.closingDate <= today);
      for (const before of due) {
        const { id, createdAt: _c, updatedAt: _u, lastConfirmedAt: _l, ...details } = before;
        const next: ProfileDetails = { ...details, status: 'closed' };
        await store.writeProfile(tx, id, next, registeredKeys(next), { updatedAt: this.now() });
        await recordAudit(tx, this.auditEntry(actor, before, (await store.getProfile(tx, id))!));
      }
      return due.length;
    });
  }

  /** Records that someone responsible has checked the entry is still right (P5). */
  async confirmProfile(id: string, actor: Actor): Promise<boolean> {
    return this.change(async (tx) => {
      const before = await store.getProfile(tx, id);
      if (!before) return false;
      const at = this.now();
      await store.setConfirmed(tx, id, at);
      await recordAudit(tx, {
        actor,
        action: 'profile.confirmed',
        entityType: 'profile',
        entityId: id,
        before: { lastConfirmedAt: before.lastConfirmedAt.toISOString() },
        after: { lastConfirmedAt: at.toISOString() },
      });
      return true;
    });
  }

  /**
   * Imports profiles (and the units of a JSON export) all or nothing: every row is checked first,
   * and one bad row leaves the registry as it was. Rows matching an entry by id or by address
   * update it; rows equal to what is stored change nothing.
   */
  async importProfiles(rows: { row: number; profile: ImportProfile }[], units: Unit[], actor: Actor): Promise<ImportSummary> {
    return this.change(async (tx) => {
      const audit: AuditEntry[] = [];
      const existingUnits = new Map((await store.listUnits(tx)).map((u) => [u.id, u]));
      for (const unit of orderParentsFirst(units)) {
        if (existingUnits.has(unit.id)) continue;
        const created = await store.insertUnit(tx, unit);
        existingUnits.set(created.id, created);
        audit.push({ actor, action: 'unit.added', entityType: 'unit', entityId: created.id, after: created });
      }

      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
      const rejected: { row: number; violations: RuleViolation[] }[] = [];
      const claimedKeys = new Map<string, number>();
      const now = this.now();

      const idsInFile = new Set(rows.map((r) => r.profile.id).filter((id): id is string => Boolean(id)));
      for (const { row: rowNumber, profile: row } of orderSuccessorsFirst(rows)) {
        const unitId = await this.resolveUnit(tx, row, existingUnits, audit, actor);
        const details = toDetails(row, unitId ?? null);
        const match = await this.findExisting(tx, row, details);
        const { violations, keys } = await this.check(tx, details, match?.id ?? null, idsInFile);
        if (unitId === undefined) violations.push({ field: 'unitId', code: 'rules.unitUnknown', severity: 'error', params: { unit: row.unitId ?? '' } });
        for (const key of keys) {
          const claimKey = `${details.platform} ${key}`;
          const earlier = claimedKeys.get(claimKey);
          if (earlier !== undefined && earlier !== rowNumber) {
            violations.push({ field: 'url', code: 'rules.duplicateInFile', severity: 'error', params: { row: String(earlier) } });
            break;
          }
          claimedKeys.set(claimKey, rowNumber);
        }
        const errors = errorsOf(violations);
        if (errors.length) {
          rejected.push({ row: rowNumber, violations: errors });
          continue;
        }
        if (rejected.length) continue;
        if (match && sameDetails(match, details)) {
          summary.unchanged++;
          continue;
        }
        const id = await store.writeProfile(tx, match?.id ?? row.id ?? null, details, keys, {
          updatedAt: match ? now : row.updatedAt ? new Date(row.updatedAt) : now,
          ...(match ? {} : { createdAt: row.createdAt ? new Date(row.createdAt) : now }),
          ...(row.lastConfirmedAt ? { lastConfirmedAt: new Date(row.lastConfirmedAt) } : match ? {} : { lastConfirmedAt: now }),
        });
        const after = (await store.getProfile(tx, id))!;
        audit.push(this.auditEntry(actor, match, after));
        if (match) summary.updated++;
        else summary.added++;
      }
      if (rejected.length) throw new ImportRejectedError(rejected.sort((a, b) => a.row - b.row));
      await recordAuditBatch(tx, audit);
      return summary;
    });
  }

  private async resolveUnit(
    tx: DbOrTx,
    row: ImportProfile,
    units: Map<string, Unit>,
    audit: AuditEntry[],
    actor: Actor,
  ): Promise<string | null | undefined> {
    if (row.unitId && units.has(row.unitId)) return row.unitId;
    const names = row.unitName;
    const fiName = names?.fi ?? names?.sv ?? names?.en;
    // An id that names no unit, with no name to create it by, is a mistake to report, not to guess.
    if (!fiName) return row.unitId ? undefined : null;
    const wanted = fiName.toLowerCase();
    for (const unit of units.values()) {
      if ([unit.name.fi, unit.name.sv, unit.name.en].some((n) => n.toLowerCase() === wanted)) return unit.id;
    }
    // A spreadsheet names units it does not define: create them flat, for communications to arrange later.
    const created = await store.insertUnit(tx, {
      ...(row.unitId ? { id: row.unitId } : {}),
      parentId: null,
      level: 'unit',
      name: { fi: fiName, sv: names?.sv ?? fiName, en: names?.en ?? fiName },
    });
    units.set(created.id, created);
    audit.push({ actor, action: 'unit.added', entityType: 'unit', entityId: created.id, after: created });
    return created.id;
  }

  private async findExisting(tx: DbOrTx, row: ImportProfile, details: ProfileDetails): Promise<Profile | null> {
    if (row.id) {
      const byId = await store.getProfile(tx, row.id);
      if (byId) return byId;
    }
    const keys = registeredKeys(details);
    return store.findProfileByKeys(tx, details.platform, keys);
  }

  private async check(tx: DbOrTx, details: ProfileDetails, selfId: string | null, idsInFile = new Set<string>()) {
    const violations = checkProfileRules(details, this.cityRules);
    const keys = registeredKeys(details);
    const owners = await store.keyOwners(tx, details.platform, keys, selfId);
    if (owners[0]) {
      const other = await store.getProfile(tx, owners[0].profileId);
      violations.push({ field: 'url', code: 'rules.alreadyRegistered', severity: 'error', params: { name: other?.displayName ?? '' } });
    }
    if (details.successorProfileId) {
      if (details.successorProfileId === selfId) violations.push({ field: 'successorProfileId', code: 'rules.successorIsSelf', severity: 'error' });
      else if (!idsInFile.has(details.successorProfileId) && !(await store.getProfile(tx, details.successorProfileId)))
        violations.push({ field: 'successorProfileId', code: 'rules.successorUnknown', severity: 'error' });
    }
    return { violations, keys };
  }

  private auditEntry(actor: Actor, before: Profile | null, after: Profile): AuditEntry {
    return { actor, action: classifyChange(before, after), entityType: 'profile', entityId: after.id, before, after };
  }
}

/** A YYYY-MM-DD date some days later, counted on the calendar. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function toDetails(row: ImportProfile, unitId: string | null): ProfileDetails {
  const parsed = parseProfileAddress(row.url ?? row.handle ?? '', row.platform);
  const address = parsed.ok ? parsed.address : null;
  return completeAddress({
    kind: row.kind,
    platform: row.platform,
    url: row.url ?? address?.canonicalUrl ?? row.handle ?? '',
    handle: row.handle ?? null,
    platformId: row.platformId ?? null,
    displayName: row.displayName,
    unitId,
    purpose: { fi: row.purpose?.fi ?? '', sv: row.purpose?.sv ?? '', en: row.purpose?.en ?? '' },
    administrators: row.administrators ?? [],
    contactEmail: row.contactEmail ?? null,
    employeeName: row.employeeName ?? null,
    employeeTitle: row.employeeTitle ?? null,
    status: row.status,
    closingDate: row.closingDate ?? null,
    closingReason: row.closingReason ?? null,
    successorProfileId: row.successorProfileId ?? null,
    successorUrl: row.successorUrl ?? null,
  });
}

function sameDetails(stored: Profile, details: ProfileDetails): boolean {
  const { id: _id, createdAt: _c, updatedAt: _u, lastConfirmedAt: _l, ...storedDetails } = stored;
  return JSON.stringify(canonical(storedDetails)) === JSON.stringify(canonical(details));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** A closed profile may name a successor further down the file; the successor is written first. */
function orderSuccessorsFirst<T extends { profile: ImportProfile }>(rows: T[]): T[] {
  const byId = new Map(rows.filter((r) => r.profile.id).map((r) => [r.profile.id!, r]));
  const ordered: T[] = [];
  const seen = new Set<T>();
  const visit = (row: T) => {
    if (seen.has(row)) return;
    seen.add(row);
    const successor = row.profile.successorProfileId ? byId.get(row.profile.successorProfileId) : undefined;
    if (successor) visit(successor);
    ordered.push(row);
  };
  rows.forEach(visit);
  return ordered;
}

function orderParentsFirst(units: Unit[]): Unit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const ordered: Unit[] = [];
  const seen = new Set<string>();
  const visit = (unit: Unit) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    if (parent) visit(parent);
    ordered.push(unit);
  };
  units.forEach(visit);
  return ordered;
}
