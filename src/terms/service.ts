import { asc, desc, eq, inArray } from 'drizzle-orm';
import { recordAuditBatch, type Actor, type AuditEntry } from '../platform/audit/audit';
import type { Database, DbOrTx } from '../platform/db/database';
import { isPlatform, platforms, type Platform } from '../registry/domain/platforms';
import {
  bioFields,
  builtInCatalogue,
  checkNewVersion,
  compareWithLatest,
  defaultsFor,
  maxNoteLength,
  termsSources,
  type BioField,
  type TermsSource,
  type TextLimits,
  type VersionProblem,
} from './domain/catalogue';
import { mastodonServer, parseMastodonTerms, type MastodonTerms } from './domain/mastodon';
import { parseOpenTermsArchive, planOtaImport, type OtaFile, type OtaProblem } from './domain/open-terms-archive';
import { platformTerms, termsVersions } from './schema';

export interface TermsVersion {
  id: string;
  platform: Platform;
  /** The version's date label, YYYY-MM-DD. */
  version: string;
  effectiveDate: string | null;
  recordedAt: Date;
  recordedBy: Actor;
  source: TermsSource;
  note: string;
  contentHash: string | null;
}

export interface PlatformTermsEntry {
  platform: Platform;
  termsUrl: string | null;
  limits: TextLimits;
  /** The newest recorded version; null until one is recorded. */
  current: TermsVersion | null;
}

/** What another capability needs to know of a platform (the lifecycle's proposals, O4 and O5). */
export interface PlatformFacts {
  termsVersion: string | null;
  termsUrl: string | null;
  displayNameLimit: number | null;
  descriptionLimit: number | null;
}

/** A version a person typed that cannot be recorded; nothing was written. */
export class TermsRuleError extends Error {
  constructor(readonly problems: VersionProblem[]) {
    super(`terms version refused: ${problems.map((p) => `${p.field}:${p.code}`).join(', ')}`);
    this.name = 'TermsRuleError';
  }
}

/** An Open Terms Archive dataset that cannot be imported; nothing was written. */
export class TermsImportError extends Error {
  constructor(
    readonly code: 'bad-files' | 'no-versions',
    readonly problems: OtaProblem[] = [],
  ) {
    super(code === 'bad-files' ? `files with unreadable timestamps: ${problems.map((p) => p.path).join(', ')}` : 'no terms versions of known platforms in the dataset');
    this.name = 'TermsImportError';
  }
}

export const fetchProblems = ['invalid-url', 'timeout', 'unreachable', 'no-terms', 'bad-status', 'bad-answer'] as const;
export type FetchProblem = (typeof fetchProblems)[number];

/** A Mastodon server's terms could not be read; nothing was written. */
export class TermsFetchError extends Error {
  constructor(
    readonly code: FetchProblem,
    readonly detail: string = '',
  ) {
    super(`Mastodon terms of service not read (${code})${detail ? `: ${detail}` : ''}`);
    this.name = 'TermsFetchError';
  }
}

export interface OtaImportResult {
  /** Files read from the dataset. */
  files: number;
  /** Versions of the imported terms types whose text changed, before comparing with those recorded. */
  versions: number;
  recorded: number;
  /** Versions whose date was already recorded (an earlier import, or a person). */
  alreadyRecorded: number;
  /** Snapshots whose text did not change from the one before. */
  unchanged: number;
  /** Files that are no version of a service the registry knows. */
  ignored: number;
  platforms: { platform: Platform; recorded: string[]; current: string | null }[];
}

export interface MastodonFetchResult {
  /** recorded: a new version; unchanged: the server's version is the current one; older: a newer one is recorded. */
  status: 'recorded' | 'unchanged' | 'older';
  host: string;
  fetched: MastodonTerms;
  /** The version now current for Mastodon. */
  current: TermsVersion;
}

/**
 * Called inside the transaction that records a platform's new current terms version (O5), so
 * that what it writes commits or rolls back with the version; a function it returns runs after
 * the commit (mail, for one).
 */
export type NewTermsVersionHook = (tx: DbOrTx, platform: Platform, version: string) => Promise<void | (() => Promise<unknown>)>;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The longest terms answer read: terms are long, but not megabytes. */
const maxAnswerBytes = 2_000_000;
const defaultImportTypes = ['Terms of Service'];

type VersionRow = typeof termsVersions.$inferSelect;
type CatalogueRow = typeof platformTerms.$inferSelect;

function toVersion(row: VersionRow): TermsVersion {
  return {
    id: row.id,
    platform: row.platform as Platform,
    version: row.version,
    effectiveDate: row.effectiveDate,
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
    source: (termsSources as readonly string[]).includes(row.source) ? (row.source as TermsSource) : 'manual',
    note: row.note,
    contentHash: row.contentHash,
  };
}

function limitsOf(row: CatalogueRow | undefined, platform: Platform): TextLimits {
  if (!row) return defaultsFor(platform).limits;
  const bioField = row.bioField && (bioFields as readonly string[]).includes(row.bioField) ? (row.bioField as BioField) : null;
  return { displayName: row.displayNameMax, bio: row.bioMax, bioField };
}

function seedRows() {
  return platforms.map((platform) => {
    const { termsUrl, limits } = builtInCatalogue[platform];
    return { platform, termsUrl, displayNameMax: limits.displayName, bioMax: limits.bio, bioField: limits.bioField };
  });
}

function versionAudit(version: TermsVersion, extra: Record<string, unknown> = {}) {
  return { version: version.version, effectiveDate: version.effectiveDate, source: version.source, note: version.note || null, contentHash: version.contentHash, ...extra };
}

/**
 * The platform catalogue and the versions of each platform's terms of service (policy rule O5).
 * Every recorded version writes its audit entry in the same transaction.
 */
export class TermsService {
  constructor(private readonly deps: { database: Database; now?: () => Date; onNewVersion?: NewTermsVersionHook }) {}

  /** Runs the work in a transaction, then the follow-ups the new-version hook returned, once it has committed. */
  private async afterCommit<T>(work: (tx: DbOrTx, followUps: (() => Promise<unknown>)[]) => Promise<T>): Promise<T> {
    const followUps: (() => Promise<unknown>)[] = [];
    const result = await this.db.transaction((tx) => work(tx, followUps));
    for (const followUp of followUps) await followUp();
    return result;
  }

  /** Tells the hook, inside the recording transaction, that the platform has a new current version. */
  private async announceVersion(tx: DbOrTx, platform: Platform, version: string, followUps: (() => Promise<unknown>)[]): Promise<void> {
    const followUp = await this.deps.onNewVersion?.(tx, platform, version);
    if (followUp) followUps.push(followUp);
  }

  private get db() {
    return this.deps.database.db;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** Today in the city's time zone, YYYY-MM-DD. */
  today(): string {
    return this.now().toLocaleDateString('en-CA', { timeZone: 'Europe/Helsinki' });
  }

  /**
   * Adds the built-in entry of every platform the table lacks; entries already there are left
   * as they are. Idempotent, and safe when several servers start at once. Returns how many were added.
   */
  async ensureCatalogue(db: DbOrTx = this.db): Promise<number> {
    const added = await db.insert(platformTerms).values(seedRows()).onConflictDoNothing().returning({ platform: platformTerms.platform });
    return added.length;
  }

  /** Every platform, in the registry's order, with its current terms version. */
  async catalogue(db: DbOrTx = this.db): Promise<PlatformTermsEntry[]> {
    const [rows, latest] = await Promise.all([
      db.select().from(platformTerms),
      db.selectDistinctOn([termsVersions.platform]).from(termsVersions).orderBy(asc(termsVersions.platform), desc(termsVersions.version)),
    ]);
    const byPlatform = new Map(rows.map((r) => [r.platform, r]));
    const currentOf = new Map(latest.map((r) => [r.platform, toVersion(r)]));
    return platforms.map((platform) => {
      const row = byPlatform.get(platform);
      return {
        platform,
        termsUrl: row ? row.termsUrl : defaultsFor(platform).termsUrl,
        limits: limitsOf(row, platform),
        current: currentOf.get(platform) ?? null,
      };
    });
  }

  /** One platform's catalogue entry. Pass a transaction to read inside it. */
  async entry(platform: Platform, db: DbOrTx = this.db): Promise<PlatformTermsEntry> {
    const [[row], current] = await Promise.all([db.select().from(platformTerms).where(eq(platformTerms.platform, platform)), this.currentVersion(platform, db)]);
    return { platform, termsUrl: row ? row.termsUrl : defaultsFor(platform).termsUrl, limits: limitsOf(row, platform), current };
  }

  /** The label of the platform's current terms version (YYYY-MM-DD), or null when none is recorded. */
  async current(platform: Platform, db: DbOrTx = this.db): Promise<string | null> {
    const [row] = await db
      .select({ version: termsVersions.version })
      .from(termsVersions)
      .where(eq(termsVersions.platform, platform))
      .orderBy(desc(termsVersions.version))
      .limit(1);
    return row?.version ?? null;
  }

  async currentVersion(platform: Platform, db: DbOrTx = this.db): Promise<TermsVersion | null> {
    const [row] = await db.select().from(termsVersions).where(eq(termsVersions.platform, platform)).orderBy(desc(termsVersions.version)).limit(1);
    return row ? toVersion(row) : null;
  }

  /** The platform's profile text limits. */
  async limits(platform: Platform, db: DbOrTx = this.db): Promise<TextLimits> {
    const [row] = await db.select().from(platformTerms).where(eq(platformTerms.platform, platform));
    return limitsOf(row, platform);
  }

  /** What a proposal needs to know of its platform: the terms version to review and the text limits. */
  async facts(platform: Platform, db: DbOrTx = this.db): Promise<PlatformFacts> {
    const entry = await this.entry(platform, db);
    return { termsVersion: entry.current?.version ?? null, termsUrl: entry.termsUrl, displayNameLimit: entry.limits.displayName, descriptionLimit: entry.limits.bio };
  }

  /** Every recorded version of the platform's terms, newest first. */
  async history(platform: Platform, db: DbOrTx = this.db): Promise<TermsVersion[]> {
    const rows = await db.select().from(termsVersions).where(eq(termsVersions.platform, platform)).orderBy(desc(termsVersions.version));
    return rows.map(toVersion);
  }

  /** Makes sure the platform has its row, and holds it until the transaction ends. */
  private async lockPlatforms(tx: DbOrTx, list: readonly Platform[]): Promise<void> {
    if (list.length === 0) return;
    await tx
      .insert(platformTerms)
      .values(seedRows().filter((r) => list.includes(r.platform)))
      .onConflictDoNothing();
    await tx.select({ platform: platformTerms.platform }).from(platformTerms).where(inArray(platformTerms.platform, [...list])).orderBy(asc(platformTerms.platform)).for('update');
  }

  /**
   * Records a new version of a platform's terms, typed in by a person: a real date, not a year
   * ahead, and newer than the current version (an equal one is refused). Audited. Throws
   * TermsRuleError with the problems, by field, when the version cannot be recorded.
   */
  async recordVersion(platform: Platform, input: { version: string; note?: string; source?: TermsSource; effectiveDate?: string | null; contentHash?: string | null }, actor: Actor): Promise<TermsVersion> {
    if (!isPlatform(platform)) throw new Error(`unknown platform ${String(platform)}`);
    const note = (input.note ?? '').trim();
    const today = this.today();
    return this.afterCommit(async (tx, followUps) => {
      await this.lockPlatforms(tx, [platform]);
      const latest = await this.current(platform, tx);
      const { version, problems } = checkNewVersion({ version: input.version, note }, latest, today);
      if (!version || problems.length) throw new TermsRuleError(problems);
      const [row] = await tx
        .insert(termsVersions)
        .values({
          platform,
          version,
          effectiveDate: input.effectiveDate === undefined ? version : input.effectiveDate,
          recordedAt: this.now(),
          recordedBy: actor,
          source: input.source ?? 'manual',
          note,
          contentHash: input.contentHash ?? null,
        })
        .returning();
      const recorded = toVersion(row!);
      await recordAuditBatch(tx, [{ actor, action: 'platform-terms.version-recorded', entityType: 'platform-terms', entityId: platform, before: { version: latest }, after: versionAudit(recorded) }]);
      await this.announceVersion(tx, platform, recorded.version, followUps);
      return recorded;
    });
  }

  /**
   * Imports the versions in an Open Terms Archive dataset, given as its files
   * (`<Service>/<Terms type>/<timestamp>.md` and their text). Only the terms of service are
   * imported unless `termsTypes` names others; versions whose date is already recorded are
   * skipped, so a weekly import records only what is new. All or nothing, audited per platform.
   */
  async importOpenTermsArchive(files: readonly OtaFile[], actor: Actor, options: { termsTypes?: readonly string[] } = {}): Promise<OtaImportResult> {
    const parsed = parseOpenTermsArchive(files);
    if (parsed.problems.length) throw new TermsImportError('bad-files', parsed.problems);
    const types = new Set((options.termsTypes ?? defaultImportTypes).map((t) => t.toLowerCase()));
    const wanted = parsed.versions.filter((v) => types.has(v.termsType.toLowerCase()));
    if (wanted.length === 0) throw new TermsImportError('no-versions');
    const involved = platforms.filter((p) => wanted.some((v) => v.platform === p));
    const now = this.now();

    return this.afterCommit(async (tx, followUps) => {
      await this.lockPlatforms(tx, involved);
      const existing = await tx
        .select({ platform: termsVersions.platform, version: termsVersions.version, contentHash: termsVersions.contentHash })
        .from(termsVersions)
        .where(inArray(termsVersions.platform, involved));
      const result: OtaImportResult = { files: files.length, versions: wanted.length, recorded: 0, alreadyRecorded: 0, unchanged: parsed.unchanged, ignored: parsed.ignored, platforms: [] };
      const audit: AuditEntry[] = [];
      for (const platform of involved) {
        const before = existing.filter((e) => e.platform === platform);
        const plan = planOtaImport(before, wanted.filter((v) => v.platform === platform));
        result.alreadyRecorded += plan.alreadyRecorded;
        result.unchanged += plan.unchanged;
        const latestBefore = before.map((e) => e.version).sort().pop() ?? null;
        if (plan.record.length) {
          await tx.insert(termsVersions).values(
            plan.record.map((v) => ({
              platform,
              version: v.version,
              effectiveDate: null,
              recordedAt: now,
              recordedBy: actor,
              source: 'open-terms-archive' as const,
              note: `${v.service} / ${v.termsType}`.slice(0, maxNoteLength),
              contentHash: v.contentHash,
            })),
          );
          result.recorded += plan.record.length;
          const labels = plan.record.map((v) => v.version);
          const current = [latestBefore, ...labels].filter((l): l is string => l !== null).sort().pop() ?? null;
          audit.push({
            actor,
            action: 'platform-terms.versions-imported',
            entityType: 'platform-terms',
            entityId: platform,
            before: { version: latestBefore },
            after: { source: 'open-terms-archive', versions: labels, version: current },
          });
          result.platforms.push({ platform, recorded: labels, current });
        } else {
          result.platforms.push({ platform, recorded: [], current: latestBefore });
        }
      }
      await recordAuditBatch(tx, audit);
      // Only a version that becomes the current one asks for re-reviews, not older history.
      for (const p of result.platforms) {
        const before = existing.filter((e) => e.platform === p.platform).map((e) => e.version).sort().pop() ?? null;
        if (p.current !== null && p.current !== before) await this.announceVersion(tx, p.platform, p.current, followUps);
      }
      return result;
    });
  }

  /**
   * Reads a Mastodon server's terms of service (Mastodon 4.4 or newer) and records their version
   * when it is newer than the current one; the catalogue's terms link then points to that server.
   * `fetchImpl` is the global fetch unless a test gives another. Throws TermsFetchError, with a
   * code the page explains, when the terms cannot be read.
   */
  async fetchMastodonInstanceTerms(instanceUrl: string, actor: Actor, fetchImpl: FetchLike = fetch, options: { timeoutMs?: number } = {}): Promise<MastodonFetchResult> {
    const server = mastodonServer(instanceUrl);
    if (!server) throw new TermsFetchError('invalid-url');
    const fetched = await readMastodonTerms(server.endpoint, fetchImpl, options.timeoutMs ?? 10_000);
    const platform: Platform = 'mastodon';

    return this.afterCommit(async (tx, followUps) => {
      await this.lockPlatforms(tx, [platform]);
      const [row] = await tx.select().from(platformTerms).where(eq(platformTerms.platform, platform));
      const latest = await this.currentVersion(platform, tx);
      const urlChanged = row!.termsUrl !== server.termsPage;
      if (urlChanged) await tx.update(platformTerms).set({ termsUrl: server.termsPage, updatedAt: this.now() }).where(eq(platformTerms.platform, platform));
      const change = compareWithLatest(fetched.version, latest?.version ?? null);
      if (latest && (change === 'same' || change === 'older')) {
        if (urlChanged) {
          await recordAuditBatch(tx, [{ actor, action: 'platform-terms.updated', entityType: 'platform-terms', entityId: platform, before: { termsUrl: row!.termsUrl }, after: { termsUrl: server.termsPage } }]);
        }
        return { status: change === 'same' ? ('unchanged' as const) : ('older' as const), host: server.host, fetched, current: latest };
      }
      const [inserted] = await tx
        .insert(termsVersions)
        .values({
          platform,
          version: fetched.version,
          effectiveDate: fetched.version,
          recordedAt: this.now(),
          recordedBy: actor,
          source: 'mastodon-instance',
          note: server.host,
          contentHash: fetched.contentHash,
        })
        .returning();
      const recorded = toVersion(inserted!);
      await recordAuditBatch(tx, [
        {
          actor,
          action: 'platform-terms.version-recorded',
          entityType: 'platform-terms',
          entityId: platform,
          before: { version: latest?.version ?? null, ...(urlChanged ? { termsUrl: row!.termsUrl } : {}) },
          after: versionAudit(recorded, { succeededBy: fetched.succeededBy, ...(urlChanged ? { termsUrl: server.termsPage } : {}) }),
        },
      ]);
      await this.announceVersion(tx, platform, recorded.version, followUps);
      return { status: 'recorded' as const, host: server.host, fetched, current: recorded };
    });
  }
}

/** Reads the terms answer within the time allowed; every failure becomes a TermsFetchError. */
async function readMastodonTerms(endpoint: string, fetchImpl: FetchLike, timeoutMs: number): Promise<MastodonTerms> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TermsFetchError('timeout', `${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([
      (async () => {
        let response: Response;
        try {
          // No redirects: a server must not send the registry on to another address.
          response = await fetchImpl(endpoint, { signal: controller.signal, redirect: 'manual', headers: { accept: 'application/json' } });
        } catch (error) {
          if (controller.signal.aborted) throw new TermsFetchError('timeout', `${timeoutMs} ms`);
          throw new TermsFetchError('unreachable', error instanceof Error ? error.message : String(error));
        }
        if (response.status === 404) throw new TermsFetchError('no-terms');
        if (response.status < 200 || response.status >= 300) throw new TermsFetchError('bad-status', String(response.status));
        const length = Number(response.headers.get('content-length') ?? 0);
        if (length > maxAnswerBytes) throw new TermsFetchError('bad-answer', 'too large');
        let text: string;
        try {
          text = await response.text();
        } catch (error) {
          if (controller.signal.aborted) throw new TermsFetchError('timeout', `${timeoutMs} ms`);
          throw new TermsFetchError('unreachable', error instanceof Error ? error.message : String(error));
        }
        if (text.length > maxAnswerBytes) throw new TermsFetchError('bad-answer', 'too large');
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          throw new TermsFetchError('bad-answer', 'not JSON');
        }
        const terms = parseMastodonTerms(body);
        if (!terms) throw new TermsFetchError('bad-answer', 'not a terms of service answer');
        return terms;
      })(),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
