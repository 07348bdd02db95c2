import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit, recordAuditBatch, type Actor } from '../platform/audit/audit';
import { auditLog } from '../platform/audit/schema';
import { actorOf } from '../platform/auth/service';
import type { StaffUser } from '../platform/auth/staff';
import type { Database, DbOrTx } from '../platform/db/database';
import type { Lang } from '../platform/i18n/i18n';
import type { ProfileAddress } from '../registry/domain/normalise';
import type { Platform } from '../registry/domain/platforms';
import { cityToday } from '../registry/domain/profile';
import type { RegistryService } from '../registry/service';
import {
  caseStates,
  isEnded,
  isOnlineFake,
  openStates,
  transition,
  type CaseEvent,
  type CaseState,
  type CloseOutcome,
  type Outcome,
  type PlatformChannel,
  type Refusal,
  type Verdict,
} from './domain/case';
import { authorizeCase } from './domain/policy';
import { checkReport, type ReportForm, type ReportProblem } from './domain/report';
import { addDays, dueOn, isStalled, reminderDue, reminderIntervalDays, stalledIfSinceOnOrBefore } from './domain/stall';
import { impersonationCaseKeys, impersonationCases, impersonationReports } from './schema';

/** NOTIFY channel on which every change to the cases is announced to all app servers. */
export const impersonationChangedChannel = 'impersonation_changed';

/** Who the audit log names for a resident's report: residents do not sign in. */
export const publicReportActor: Actor = 'system:public-report';
/** Who the audit log names for the daily jobs. */
export const jobsActor: Actor = 'system:jobs';

/** A reporter's contact address is erased this many days after the report even if the case is still open. */
export const contactMaxAgeDays = 180;

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Reports are taken one at a time, so that two reports of one new account at once make one case.
const intakeLock = 7_311_100_010;

/** A confirmed fake that is still online: what verify and the public warning list need. */
export interface OnlineFake {
  caseNumber: number;
  platform: Platform;
  keys: string[];
  url: string;
  handle: string | null;
  impersonatedProfileId: string | null;
  /** YYYY-MM-DD */
  confirmedOn: string;
}

export interface ImpersonationCase {
  number: number;
  state: CaseState;
  platform: Platform;
  url: string;
  handle: string | null;
  shownName: string | null;
  registeredProfileId: string | null;
  impersonatedProfileId: string | null;
  verdict: Verdict | null;
  duplicateOf: number | null;
  triageNote: string;
  confirmedOn: string | null;
  platformReportedOn: string | null;
  platformChannel: PlatformChannel | null;
  platformReference: string | null;
  policeReportedOn: string | null;
  policeReference: string | null;
  outcome: Outcome | null;
  outcomeNote: string;
  endedOn: string | null;
  stateSince: string;
  remindedAt: Date | null;
  lastActivityAt: Date;
  createdAt: Date;
}

/** A case in a list: with how many reports it has and whether it has waited too long. */
export interface CaseSummary extends ImpersonationCase {
  reports: number;
  stalled: boolean;
  /** The last day the case may stay in its state (stall rules); null for ended cases. */
  dueOn: string | null;
}

export interface CaseReport {
  id: string;
  caseNumber: number;
  address: string;
  platform: Platform;
  description: string;
  evidence: string[];
  shownName: string | null;
  contactEmail: string | null;
  contactErasedAt: Date | null;
  lang: Lang;
  notifiedAt: Date | null;
  createdAt: Date;
}

export interface CaseHistoryEntry {
  id: number;
  occurredAt: Date;
  actor: string;
  action: string;
  after: unknown;
}

export type IntakeResult = { ok: true; caseNumber: number; merged: boolean } | { ok: false; problems: ReportProblem[] };

export type StepRefusal = Refusal | 'forbidden' | 'not-found' | 'unknown-profile';
export type StepResult = { ok: true; case: ImpersonationCase } | { ok: false; refusal: StepRefusal; field: string | null; rule: string | null };

/** Mail the cases cause; sent after the change has committed, so a failed mail never undoes it. */
export interface CaseMail {
  caseOpened(c: ImpersonationCase): Promise<unknown>;
  caseEnded(c: ImpersonationCase): Promise<unknown>;
  stalled(cases: CaseSummary[]): Promise<number>;
}

type Row = typeof impersonationCases.$inferSelect;
type ReportRow = typeof impersonationReports.$inferSelect;

function toCase(row: Row): ImpersonationCase {
  return {
    ...row,
    state: row.state as CaseState,
    platform: row.platform as Platform,
    verdict: row.verdict as Verdict | null,
    platformChannel: row.platformChannel as PlatformChannel | null,
    outcome: row.outcome as Outcome | null,
  };
}

function toReport(row: ReportRow): CaseReport {
  return { ...row, platform: row.platform as Platform, evidence: row.evidence as string[], lang: row.lang as Lang };
}

/** An audit entry's view of a case: the case's own record, which names no resident. */
function auditView(c: ImpersonationCase) {
  const { remindedAt: _r, lastActivityAt: _l, createdAt: _c, ...rest } = c;
  return rest;
}

const stepActions: Record<CaseEvent['type'], string> = {
  triage: 'triaged',
  reportToPlatform: 'reported-to-platform',
  reportToPolice: 'reported-to-police',
  markRemoved: 'removed',
  close: 'closed',
  setImpersonated: 'impersonated-set',
};

/**
 * Residents' reports of fake profiles and the communications unit's cases (P6). Each report
 * joins the open case of the same account or opens one; each step of a case asks the policy and
 * the state machine, and writes its change, its audit entry and a NOTIFY in one transaction.
 */
export class ImpersonationService {
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly deps: {
      database: Database;
      registry: RegistryService;
      mail?: CaseMail;
      now?: () => Date;
      /** The official profiles (ids) an address looks like; suggests what a new case impersonates. */
      resembles?: (address: ProfileAddress, displayName?: string) => Promise<string[]>;
    },
  ) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  today(): string {
    return cityToday(this.now());
  }

  /** Called after every change this process commits (other processes hear the NOTIFY). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /**
   * Runs a change in one transaction that also tells every app server about it; `changedAnything`
   * says whether the work did change something (a refused step did not).
   */
  private async change<T>(work: (tx: DbOrTx) => Promise<T>, changedAnything: (value: T) => boolean = () => true): Promise<T> {
    let announced = false;
    const result = await this.deps.database.db.transaction(async (tx) => {
      const value = await work(tx);
      if (changedAnything(value)) {
        await tx.execute(sql`select pg_notify(${impersonationChangedChannel}, '')`);
        announced = true;
      }
      return value;
    });
    if (announced) this.changed();
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // Reports from residents

  /**
   * Takes a resident's report: checks it, then adds it to the open case of the same account (same
   * platform and a shared lookup key) or opens a new case. An address that is an official registry
   * entry is accepted too (the account may be hijacked); the case records it.
   */
  async report(form: ReportForm, lang: Lang): Promise<IntakeResult> {
    const checked = checkReport(form);
    if (!checked.ok) return checked;
    const report = checked.report;
    const { address } = report;
    // Read before the transaction: on PGlite the transaction holds the only connection.
    const registered = await this.registeredProfile(report.given, address.platform);
    const open = await this.findOpenCase(this.deps.database.db, address.platform, address.keys);
    const suggestion = open?.impersonatedProfileId ? null : await this.suggest(address, report.shownName);
    const now = this.now();
    const today = cityToday(now);
    const outcome = await this.change(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${intakeLock})`);
      const existing = await this.findOpenCase(tx, address.platform, address.keys);
      let current: ImpersonationCase;
      if (existing) {
        const [row] = await tx
          .update(impersonationCases)
          .set({
            lastActivityAt: now,
            impersonatedProfileId: existing.impersonatedProfileId ?? suggestion,
            shownName: existing.shownName ?? report.shownName,
          })
          .where(eq(impersonationCases.number, existing.number))
          .returning();
        current = toCase(row!);
      } else {
        const [row] = await tx
          .insert(impersonationCases)
          .values({
            state: 'new',
            platform: address.platform,
            url: address.canonicalUrl ?? report.given,
            handle: address.handle,
            shownName: report.shownName,
            registeredProfileId: registered,
            impersonatedProfileId: suggestion,
            stateSince: today,
            lastActivityAt: now,
            createdAt: now,
          })
          .returning();
        current = toCase(row!);
      }
      await tx
        .insert(impersonationCaseKeys)
        .values(address.keys.map((key) => ({ caseNumber: current.number, platform: address.platform, key })))
        .onConflictDoNothing();
      const [inserted] = await tx
        .insert(impersonationReports)
        .values({
          caseNumber: current.number,
          address: report.given,
          platform: address.platform,
          description: report.description,
          evidence: report.evidence,
          shownName: report.shownName,
          contactEmail: report.contactEmail,
          lang,
          createdAt: now,
        })
        .returning({ id: impersonationReports.id });
      // The resident's words and address stay out of the log: it is kept for good, they are not.
      const reportFacts = { reportId: inserted!.id, platform: address.platform, keys: address.keys, evidence: report.evidence.length, contactGiven: report.contactEmail !== null, lang };
      await recordAudit(tx, {
        actor: publicReportActor,
        action: existing ? 'impersonation-case.report-added' : 'impersonation-case.opened',
        entityType: 'impersonation-case',
        entityId: String(current.number),
        before: existing ? auditView(existing) : null,
        after: { ...auditView(current), report: reportFacts },
      });
      return { case: current, merged: existing !== null };
    });
    if (!outcome.merged) await this.deps.mail?.caseOpened(outcome.case);
    return { ok: true, caseNumber: outcome.case.number, merged: outcome.merged };
  }

  /** The registry entry at this address when it is the city's own profile (official or closed). */
  private async registeredProfile(given: string, platform: Platform): Promise<string | null> {
    // The registry's own answer is enough: whether the address looks like a fake is this case's question.
    const found = await this.deps.registry.verify({ url: given, platform }, { suspicion: false });
    return found.ok && found.profile ? found.profile.id : null;
  }

  private async suggest(address: ProfileAddress, shownName: string | null): Promise<string | null> {
    if (!this.deps.resembles) return null;
    try {
      const [first] = await this.deps.resembles(address, shownName ?? undefined);
      return first ?? null;
    } catch {
      // A suggestion is a help to communications; a report is never lost for the want of one.
      return null;
    }
  }

  private async findOpenCase(db: DbOrTx, platform: Platform, keys: string[]): Promise<ImpersonationCase | null> {
    if (keys.length === 0) return null;
    const [row] = await db
      .select({ c: impersonationCases })
      .from(impersonationCases)
      .innerJoin(impersonationCaseKeys, eq(impersonationCaseKeys.caseNumber, impersonationCases.number))
      .where(and(eq(impersonationCaseKeys.platform, platform), inArray(impersonationCaseKeys.key, keys), inArray(impersonationCases.state, [...openStates])))
      .orderBy(asc(impersonationCases.number))
      .limit(1);
    return row ? toCase(row.c) : null;
  }

  /** The highest case number so far, to show a believable number to a form filled by a robot. */
  async lastCaseNumber(): Promise<number> {
    const [row] = await this.deps.database.query<{ n: number | null }>('select max(number)::int as n from impersonation_cases');
    return row?.n ?? 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  async get(number: number): Promise<ImpersonationCase | null> {
    const [row] = await this.deps.database.db.select().from(impersonationCases).where(eq(impersonationCases.number, number));
    return row ? toCase(row) : null;
  }

  async keysOf(number: number): Promise<string[]> {
    const rows = await this.deps.database.db
      .select({ key: impersonationCaseKeys.key })
      .from(impersonationCaseKeys)
      .where(eq(impersonationCaseKeys.caseNumber, number))
      .orderBy(asc(impersonationCaseKeys.key));
    return rows.map((r) => r.key);
  }

  /** The case's reports, oldest first. */
  async reportsOf(numbers: number[]): Promise<CaseReport[]> {
    if (numbers.length === 0) return [];
    const rows = await this.deps.database.db
      .select()
      .from(impersonationReports)
      .where(inArray(impersonationReports.caseNumber, numbers))
      .orderBy(asc(impersonationReports.createdAt), asc(impersonationReports.id));
    return rows.map(toReport);
  }

  /** The cases closed as duplicates of this one. */
  async duplicatesOf(number: number): Promise<number[]> {
    const rows = await this.deps.database.db
      .select({ number: impersonationCases.number })
      .from(impersonationCases)
      .where(eq(impersonationCases.duplicateOf, number))
      .orderBy(asc(impersonationCases.number));
    return rows.map((r) => r.number);
  }

  /** Everything the audit log holds about the case, oldest first: its timeline. */
  async history(number: number): Promise<CaseHistoryEntry[]> {
    return this.deps.database.db
      .select({ id: auditLog.id, occurredAt: auditLog.occurredAt, actor: auditLog.actor, action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'impersonation-case'), eq(auditLog.entityId, String(number))))
      .orderBy(asc(auditLog.id));
  }

  /** Cases in the given states (all when none are given): stalled first, then the latest activity first. */
  async list(filter: { states?: readonly CaseState[] } = {}): Promise<CaseSummary[]> {
    return (await this.page(filter, { limit: null, offset: 0 })).items;
  }

  /** One page of `list`, and how many cases the filter holds in all. */
  async page(filter: { states?: readonly CaseState[] }, paging: { limit: number | null; offset: number }): Promise<{ items: CaseSummary[]; total: number }> {
    const db = this.deps.database.db;
    const where = filter.states?.length ? inArray(impersonationCases.state, [...filter.states]) : undefined;
    const today = this.today();
    // Stalled first, in the database so that a page is a page of the whole order: a case is
    // stalled when it came to its state on or before its state's day (stall.ts).
    const stalledWhen = caseStates.flatMap((state) => {
      const latest = stalledIfSinceOnOrBefore(state, today);
      return latest === null ? [] : [sql`(${impersonationCases.state} = ${state} and ${impersonationCases.stateSince} <= ${latest})`];
    });
    const stalledFirst = stalledWhen.length ? sql`case when ${sql.join(stalledWhen, sql` or `)} then 0 else 1 end` : sql`1`;
    const ordered = db
      .select()
      .from(impersonationCases)
      .where(where)
      .orderBy(stalledFirst, desc(impersonationCases.lastActivityAt), desc(impersonationCases.number))
      .offset(paging.offset);
    const [rows, [total]] = await Promise.all([
      paging.limit === null ? ordered : ordered.limit(paging.limit),
      db.select({ n: count() }).from(impersonationCases).where(where),
    ]);
    // A page's reports are counted for its cases only; the whole list's for all.
    const counted = db.select({ caseNumber: impersonationReports.caseNumber, n: count() }).from(impersonationReports);
    const counts =
      paging.limit === null
        ? await counted.groupBy(impersonationReports.caseNumber)
        : rows.length
          ? await counted.where(inArray(impersonationReports.caseNumber, rows.map((row) => row.number))).groupBy(impersonationReports.caseNumber)
          : [];
    const reports = new Map(counts.map((c) => [c.caseNumber, Number(c.n)]));
    return { items: rows.map((row) => this.summarise(toCase(row), reports.get(row.number) ?? 0, today)), total: Number(total?.n ?? 0) };
  }

  private summarise(c: ImpersonationCase, reports: number, today: string): CaseSummary {
    return { ...c, reports, stalled: isStalled({ state: c.state, since: c.stateSince }, today), dueOn: dueOn(c.state, c.stateSince) };
  }

  /** What the dashboard shows a person who handles cases: the stalled ones and the new ones; null for others. */
  async waitingFor(user: StaffUser): Promise<{ stalled: CaseSummary[]; fresh: CaseSummary[] } | null> {
    if (!authorizeCase(user, 'handle')) return null;
    const open = await this.list({ states: openStates });
    return { stalled: open.filter((c) => c.stalled), fresh: open.filter((c) => c.state === 'new' && !c.stalled) };
  }

  /** Confirmed fakes still online, the most recently confirmed first (verify and the warning list). */
  async onlineFakes(): Promise<OnlineFake[]> {
    const db = this.deps.database.db;
    const rows = await db
      .select()
      .from(impersonationCases)
      .where(and(eq(impersonationCases.verdict, 'fake'), inArray(impersonationCases.state, ['confirmed', 'reported'])))
      .orderBy(desc(impersonationCases.confirmedOn), desc(impersonationCases.number));
    const cases = rows.map(toCase).filter(isOnlineFake);
    if (cases.length === 0) return [];
    const keys = await db
      .select()
      .from(impersonationCaseKeys)
      .where(
        inArray(
          impersonationCaseKeys.caseNumber,
          cases.map((c) => c.number),
        ),
      );
    const byCase = new Map<number, string[]>();
    for (const k of keys) byCase.set(k.caseNumber, [...(byCase.get(k.caseNumber) ?? []), k.key]);
    return cases.map((c) => ({
      caseNumber: c.number,
      platform: c.platform,
      keys: (byCase.get(c.number) ?? []).sort(),
      url: c.url,
      handle: c.handle,
      impersonatedProfileId: c.impersonatedProfileId,
      confirmedOn: c.confirmedOn!,
    }));
  }

  // ---------------------------------------------------------------------------------------------
  // Steps of a case (communications)

  async triage(
    user: StaffUser,
    number: number,
    input: { verdict: Verdict | null; duplicateOf: number | null; note: string; impersonatedProfileId?: string | null },
  ): Promise<StepResult> {
    return this.step(user, number, { type: 'triage', verdict: input.verdict, duplicateOf: input.duplicateOf, note: input.note }, input.impersonatedProfileId);
  }

  async reportToPlatform(user: StaffUser, number: number, input: { on: string; channel: PlatformChannel | null; reference: string }): Promise<StepResult> {
    return this.step(user, number, { type: 'reportToPlatform', ...input });
  }

  async reportToPolice(user: StaffUser, number: number, input: { on: string; reference: string }): Promise<StepResult> {
    return this.step(user, number, { type: 'reportToPolice', ...input });
  }

  async markRemoved(user: StaffUser, number: number, input: { on: string; note: string }): Promise<StepResult> {
    return this.step(user, number, { type: 'markRemoved', ...input });
  }

  async close(user: StaffUser, number: number, input: { outcome: CloseOutcome | null; note: string }): Promise<StepResult> {
    return this.step(user, number, { type: 'close', ...input });
  }

  /** Sets or corrects the official profile the suspect impersonates. */
  async setImpersonated(user: StaffUser, number: number, profileId: string | null): Promise<StepResult> {
    return this.step(user, number, { type: 'setImpersonated', profileId }, undefined);
  }

  /**
   * One step: the policy, then the state machine on the locked row, then the change, its audit
   * entry and the NOTIFY in one transaction. The reporters hear the outcome once the case ends.
   */
  private async step(user: StaffUser, number: number, event: CaseEvent, impersonated?: string | null): Promise<StepResult> {
    if (!authorizeCase(user, 'handle')) return { ok: false, refusal: 'forbidden', field: null, rule: null };
    const found = await this.get(number);
    if (!found) return { ok: false, refusal: 'not-found', field: null, rule: null };
    // Registry reads before the transaction: on PGlite the transaction holds the only connection.
    const profileId = event.type === 'setImpersonated' ? event.profileId : (impersonated ?? null);
    if (profileId && !(uuidShape.test(profileId) && (await this.deps.registry.getProfile(profileId)))) {
      return { ok: false, refusal: 'unknown-profile', field: 'impersonatedProfileId', rule: null };
    }
    const isOfficialProfile = event.type === 'triage' && event.verdict === 'fake' ? await this.isOfficialProfile(found) : false;
    const now = this.now();
    const today = cityToday(now);
    const outcome = await this.change(async (tx) => {
      const [row] = await tx.select().from(impersonationCases).where(eq(impersonationCases.number, number)).for('update');
      const current = toCase(row!);
      let duplicateTarget = null;
      if (event.type === 'triage' && event.verdict === 'duplicate' && event.duplicateOf !== null) {
        const [target] = await tx
          .select({ number: impersonationCases.number, state: impersonationCases.state, outcome: impersonationCases.outcome })
          .from(impersonationCases)
          .where(eq(impersonationCases.number, event.duplicateOf));
        duplicateTarget = target ? { number: target.number, state: target.state as CaseState, outcome: target.outcome as Outcome | null } : null;
      }
      const result = transition({ number, state: current.state, isOfficialProfile, policeReportedOn: current.policeReportedOn, duplicateTarget }, event, today);
      if (!result.ok) return { ok: false as const, refusal: result.refusal, field: result.field, rule: result.rule };
      // The stall rules count from the day a case entered its state, or from the latest report to
      // the platform; a reminder belongs to the state it was about.
      const restart = result.to !== current.state || event.type === 'reportToPlatform';
      const [updated] = await tx
        .update(impersonationCases)
        .set({
          ...result.changes,
          ...(impersonated !== undefined && event.type === 'triage' ? { impersonatedProfileId: impersonated } : {}),
          state: result.to,
          lastActivityAt: now,
          ...(restart ? { stateSince: result.changes.platformReportedOn ?? today, remindedAt: null } : {}),
        })
        .where(eq(impersonationCases.number, number))
        .returning();
      const after = toCase(updated!);
      await recordAudit(tx, {
        actor: actorOf(user),
        action: `impersonation-case.${stepActions[event.type]}`,
        entityType: 'impersonation-case',
        entityId: String(number),
        before: auditView(current),
        after: { ...auditView(after), rule: result.rule },
      });
      return { ok: true as const, case: after, ended: !isEnded(current.state) && isEnded(after.state) };
    }, (value) => value.ok);
    if (!outcome.ok) return outcome;
    if (outcome.ended) await this.deps.mail?.caseEnded(outcome.case);
    return { ok: true, case: outcome.case };
  }

  /** Whether the suspect address is, today, an official profile in the registry (active or closing). */
  async isOfficialProfile(c: Pick<ImpersonationCase, 'url' | 'platform'>): Promise<boolean> {
    const found = await this.deps.registry.verify({ url: c.url, platform: c.platform }, { suspicion: false });
    return found.ok && found.status === 'official';
  }

  // ---------------------------------------------------------------------------------------------
  // Daily jobs

  /**
   * Mails communications about every stalled open case, at most once per case every few days. A
   * case is claimed (reminded_at) before the mail goes, so two runs at once cannot both remind.
   */
  async remindStalled(): Promise<{ reminded: number; mails: number }> {
    const now = this.now();
    const today = cityToday(now);
    const candidates = (await this.list({ states: openStates })).filter((c) => c.stalled && reminderDue(c.remindedAt ? cityToday(c.remindedAt) : null, today));
    if (candidates.length === 0) return { reminded: 0, mails: 0 };
    const lastDay = addDays(today, -reminderIntervalDays);
    const claimed = await this.deps.database.db
      .update(impersonationCases)
      .set({ remindedAt: now })
      .where(
        and(
          inArray(
            impersonationCases.number,
            candidates.map((c) => c.number),
          ),
          inArray(impersonationCases.state, [...openStates]),
          sql`(${impersonationCases.remindedAt} is null or (${impersonationCases.remindedAt} at time zone 'Europe/Helsinki')::date <= ${lastDay}::date)`,
        ),
      )
      .returning({ number: impersonationCases.number });
    const numbers = new Set(claimed.map((c) => c.number));
    const reminded = candidates.filter((c) => numbers.has(c.number));
    const mails = reminded.length && this.deps.mail ? await this.deps.mail.stalled(reminded) : 0;
    return { reminded: reminded.length, mails };
  }

  /**
   * Erases reporters' contact addresses that are no longer needed: those of ended cases once the
   * outcome has been mailed (or a day after the case ended, whatever became of the mail), and any
   * older than the longest time they are kept, even on an open case. One audit entry per case.
   */
  async eraseReporterContacts(): Promise<{ erased: number; cases: number }> {
    const now = this.now();
    const today = cityToday(now);
    const oldest = new Date(now.getTime() - contactMaxAgeDays * 86_400_000);
    return this.change(async (tx) => {
      const erased = await tx
        .update(impersonationReports)
        .set({ contactEmail: null, contactErasedAt: now })
        .where(
          and(
            sql`${impersonationReports.contactEmail} is not null`,
            sql`(${impersonationReports.createdAt} < ${oldest.toISOString()}::timestamptz or exists (
              select 1 from ${impersonationCases} c
              where c.number = ${impersonationReports.caseNumber}
                and c.state in ('removed', 'closed')
                and (${impersonationReports.notifiedAt} is not null or c.ended_on < ${today}::date)))`,
          ),
        )
        .returning({ caseNumber: impersonationReports.caseNumber });
      const perCase = new Map<number, number>();
      for (const r of erased) perCase.set(r.caseNumber, (perCase.get(r.caseNumber) ?? 0) + 1);
      await recordAuditBatch(
        tx,
        [...perCase].map(([caseNumber, reports]) => ({
          actor: jobsActor,
          action: 'impersonation-case.contacts-erased',
          entityType: 'impersonation-case',
          entityId: String(caseNumber),
          after: { reports },
        })),
      );
      return { erased: erased.length, cases: perCase.size };
    }, (value) => value.erased > 0);
  }
}
