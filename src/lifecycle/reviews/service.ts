import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { recordAudit, recordAuditBatch, type Actor } from '../../platform/audit/audit';
import { roleAssignments, users } from '../../platform/auth/schema';
import { actorOf } from '../../platform/auth/service';
import type { StaffUser } from '../../platform/auth/staff';
import type { Database, DbOrTx } from '../../platform/db/database';
import type { I18n, Lang } from '../../platform/i18n/i18n';
import type { Mailer } from '../../platform/mail/mailer';
import type { Platform } from '../../registry/domain/platforms';
import { cityToday, type ProfileStatus } from '../../registry/domain/profile';
import { formatDate } from '../../registry/pages/components';
import { profiles } from '../../registry/schema';
import type { RegistryService } from '../../registry/service';
import { pathIn } from '../../registry/staff-routes';
import { proposals, termsReviews } from '../schema';
import { addDaysTo, authorizeReview, byUrgency, isOverdue, maxReviewNoteLength, reminderDue, reminderIntervalDays, reviewDueOn, type ReviewOutcome, type ReviewRecord } from './domain';

/** A re-review of one registry entry against one version of its platform's terms (O5). */
export interface TermsReview {
  id: string;
  profileId: string;
  profileName: string;
  profileUrl: string;
  profileStatus: ProfileStatus;
  unitId: string | null;
  platform: Platform;
  termsVersion: string;
  dueOn: string;
  outcome: ReviewOutcome | null;
  note: string;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  remindedAt: Date | null;
  createdAt: Date;
}

export type ReviewResult =
  | { ok: true; review: TermsReview; closingDate: string | null }
  | { ok: false; refusal: 'not-found' | 'forbidden' | 'already-reviewed' | 'note-too-long' };

interface Recipient {
  id: string;
  email: string;
  name: string;
  lang: Lang;
}

/** Who the audit log names as the author of the reviews opened when a version is recorded. */
export const reviewSystemActor: Actor = 'system:terms-reviews';

const columns = {
  id: termsReviews.id,
  profileId: termsReviews.profileId,
  profileName: profiles.displayName,
  profileUrl: profiles.url,
  profileStatus: profiles.status,
  unitId: profiles.unitId,
  platform: termsReviews.platform,
  termsVersion: termsReviews.termsVersion,
  dueOn: termsReviews.dueOn,
  outcome: termsReviews.outcome,
  note: termsReviews.note,
  reviewedBy: termsReviews.reviewedBy,
  reviewedAt: termsReviews.reviewedAt,
  remindedAt: termsReviews.remindedAt,
  createdAt: termsReviews.createdAt,
};

function selectReviews(db: DbOrTx) {
  return db.select(columns).from(termsReviews).innerJoin(profiles, eq(profiles.id, termsReviews.profileId));
}

type Row = Awaited<ReturnType<typeof selectReviews>>[number];

function toReview(row: Row): TermsReview {
  return { ...row, profileStatus: row.profileStatus as ProfileStatus, platform: row.platform as Platform, outcome: row.outcome as ReviewOutcome | null };
}

/**
 * Re-reviews after a platform changes its terms (O5). A new version opens one review per active
 * registry entry on the platform, in the transaction that records the version; someone
 * responsible for the profile records continue or close; close starts the closing with notice
 * (O8). Overdue reviews are reminded of once a week at most.
 */
export class TermsReviewService {
  constructor(
    private readonly deps: {
      database: Database;
      registry: RegistryService;
      i18n: I18n;
      /** Where links in mail point to. */
      publicUrl: string;
      /** Days between announcing a closing and the closing (O8). */
      closingNoticeDays: number;
      mailer?: Mailer;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /**
   * The hook TermsService calls inside the transaction that records a new current version:
   * opens the reviews there, and mails the reviewers once the transaction has committed.
   */
  async onNewVersion(tx: DbOrTx, platform: Platform, version: string): Promise<() => Promise<number>> {
    const ids = await this.createFor(tx, platform, version);
    return () => this.notifyOpened(ids);
  }

  /**
   * Opens a review of every active registry entry on the platform against the version, inside
   * the caller's transaction; an entry already under review for that version is skipped. One
   * audit entry per review opened. Returns the ids of the reviews opened.
   */
  async createFor(tx: DbOrTx, platform: Platform, version: string): Promise<string[]> {
    const active = await tx
      .select({ id: profiles.id })
      .from(profiles)
      .where(and(eq(profiles.platform, platform), eq(profiles.status, 'active')));
    if (active.length === 0) return [];
    const now = this.now();
    const dueOn = reviewDueOn(cityToday(now));
    const opened = await tx
      .insert(termsReviews)
      .values(active.map((p) => ({ profileId: p.id, platform, termsVersion: version, dueOn, createdAt: now })))
      .onConflictDoNothing()
      .returning({ id: termsReviews.id, profileId: termsReviews.profileId });
    await recordAuditBatch(
      tx,
      opened.map((r) => ({
        actor: reviewSystemActor,
        action: 'terms-review.opened',
        entityType: 'terms-review',
        entityId: r.id,
        after: { profileId: r.profileId, platform, termsVersion: version, dueOn },
      })),
    );
    return opened.map((r) => r.id);
  }

  async get(id: string): Promise<TermsReview | null> {
    const [row] = await selectReviews(this.deps.database.db).where(eq(termsReviews.id, id));
    return row ? toReview(row) : null;
  }

  /** What the policy needs to know of a review's profile: its unit path and its proposers. */
  async recordOf(review: Pick<TermsReview, 'profileId' | 'unitId'>): Promise<ReviewRecord> {
    const [units, proposers] = await Promise.all([this.deps.registry.unitsById(), this.proposersOf([review.profileId])]);
    return { unitPath: pathIn(units, review.unitId), proposerIds: proposers.get(review.profileId) ?? [] };
  }

  private async proposersOf(profileIds: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (profileIds.length === 0) return map;
    const rows = await this.deps.database.db
      .select({ profileId: proposals.profileId, proposerId: proposals.proposerId })
      .from(proposals)
      .where(inArray(proposals.profileId, [...new Set(profileIds)]));
    for (const r of rows) map.set(r.profileId!, [...(map.get(r.profileId!) ?? []), r.proposerId]);
    return map;
  }

  /** The reviews with the policy's record of each, read in one go. */
  private async withRecords(list: TermsReview[]): Promise<{ review: TermsReview; record: ReviewRecord }[]> {
    const [units, proposers] = await Promise.all([this.deps.registry.unitsById(), this.proposersOf(list.map((r) => r.profileId))]);
    return list.map((review) => ({ review, record: { unitPath: pathIn(units, review.unitId), proposerIds: proposers.get(review.profileId) ?? [] } }));
  }

  /** Open reviews of active entries this person may record an outcome for, the most overdue first. */
  async openFor(user: StaffUser): Promise<TermsReview[]> {
    const rows = await selectReviews(this.deps.database.db)
      .where(and(isNull(termsReviews.outcome), eq(profiles.status, 'active')))
      .orderBy(asc(termsReviews.dueOn), asc(profiles.displayName));
    const list = await this.withRecords(rows.map(toReview));
    return list.filter(({ record }) => authorizeReview(user, 'read', record)).map(({ review }) => review).sort(byUrgency);
  }

  /** The latest outcomes on reviews this person may act on, newest first. */
  async recentFor(user: StaffUser, limit = 20): Promise<TermsReview[]> {
    const rows = await selectReviews(this.deps.database.db).where(isNotNull(termsReviews.outcome)).orderBy(desc(termsReviews.reviewedAt)).limit(200);
    const list = await this.withRecords(rows.map(toReview));
    return list.filter(({ record }) => authorizeReview(user, 'read', record)).map(({ review }) => review).slice(0, limit);
  }

  /** What the dashboard shows: this person's open reviews, the overdue marked. */
  async waitingFor(user: StaffUser): Promise<{ id: string; profileName: string; platform: Platform; dueOn: string; overdue: boolean }[]> {
    const today = cityToday(this.now());
    return (await this.openFor(user)).map((r) => ({ id: r.id, profileName: r.profileName, platform: r.platform, dueOn: r.dueOn, overdue: isOverdue(r, today) }));
  }

  /**
   * Records the outcome of a review, once: the row is locked, so of two people answering at once
   * only the first succeeds. Close announces the closing of the entry with notice (O8) in the
   * same transaction. Audited.
   */
  async record(user: StaffUser, reviewId: string, outcome: ReviewOutcome, note: string): Promise<ReviewResult> {
    const found = await this.get(reviewId);
    if (!found) return { ok: false, refusal: 'not-found' };
    // Read before the transaction: on PGlite the transaction holds the only connection.
    if (!authorizeReview(user, 'record', await this.recordOf(found))) return { ok: false, refusal: 'forbidden' };
    const text = note.trim();
    if (text.length > maxReviewNoteLength) return { ok: false, refusal: 'note-too-long' };
    const reason = this.deps.i18n.t('fi')('reviews:closingReason');
    const now = this.now();
    const actor = actorOf(user);
    return this.deps.database.db.transaction(async (tx) => {
      const [locked] = await tx.select().from(termsReviews).where(eq(termsReviews.id, reviewId)).for('update');
      if (!locked) return { ok: false as const, refusal: 'not-found' as const };
      if (locked.outcome !== null) return { ok: false as const, refusal: 'already-reviewed' as const };
      await tx.update(termsReviews).set({ outcome, note: text, reviewedBy: user.id, reviewedAt: now }).where(eq(termsReviews.id, reviewId));
      const closing = outcome === 'close' ? await this.deps.registry.announceClosingIn(tx, locked.profileId, { reason, noticeDays: this.deps.closingNoticeDays }, actor, now) : null;
      await recordAudit(tx, {
        actor,
        action: 'terms-review.reviewed',
        entityType: 'terms-review',
        entityId: reviewId,
        before: { outcome: null },
        after: { profileId: locked.profileId, platform: locked.platform, termsVersion: locked.termsVersion, outcome, note: text || null, closingDate: closing?.closingDate ?? null },
      });
      const [row] = await selectReviews(tx).where(eq(termsReviews.id, reviewId));
      return { ok: true as const, review: toReview(row!), closingDate: closing?.closingDate ?? null };
    });
  }

  /**
   * The daily job: mails the reviewers of every overdue review of an active entry, at most once a
   * week per review. A review is claimed (reminded_at) before the mail goes, so two runs at once
   * cannot both remind. Returns how many reviews were reminded of and how many mails went.
   */
  async remindOverdue(): Promise<{ reminded: number; mails: number }> {
    const now = this.now();
    const today = cityToday(now);
    const candidates = (
      await selectReviews(this.deps.database.db).where(and(isNull(termsReviews.outcome), lt(termsReviews.dueOn, today), eq(profiles.status, 'active')))
    )
      .map(toReview)
      .filter((r) => reminderDue(r.remindedAt ? cityToday(r.remindedAt) : null, today));
    if (candidates.length === 0) return { reminded: 0, mails: 0 };
    const lastDay = addDaysTo(today, -reminderIntervalDays);
    const claimed = await this.deps.database.db
      .update(termsReviews)
      .set({ remindedAt: now })
      .where(
        and(
          inArray(
            termsReviews.id,
            candidates.map((r) => r.id),
          ),
          isNull(termsReviews.outcome),
          sql`(${termsReviews.remindedAt} is null or (${termsReviews.remindedAt} at time zone 'Europe/Helsinki')::date <= ${lastDay}::date)`,
        ),
      )
      .returning({ id: termsReviews.id });
    const ids = new Set(claimed.map((r) => r.id));
    const mails = await this.mailReviewers(
      candidates.filter((r) => ids.has(r.id)),
      'reminder',
    );
    return { reminded: ids.size, mails };
  }

  /** Mails the reviewers of reviews just opened; called after the recording transaction commits. */
  async notifyOpened(ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = await selectReviews(this.deps.database.db).where(inArray(termsReviews.id, ids)).orderBy(asc(profiles.displayName));
    return this.mailReviewers(rows.map(toReview), 'opened');
  }

  /** One mail per person, in their language, listing the reviews they are asked to do. */
  private async mailReviewers(list: TermsReview[], kind: 'opened' | 'reminder'): Promise<number> {
    const mailer = this.deps.mailer;
    if (!mailer || list.length === 0) return 0;
    const byPerson = await this.reviewersOf(list);
    const base = this.deps.publicUrl;
    for (const { person, reviews } of byPerson.values()) {
      const t = this.deps.i18n.t(person.lang);
      const lines = reviews.map((r) =>
        t('reviews:mail.line', { name: r.profileName, platform: t(`registry:platform.${r.platform}`), due: formatDate(r.dueOn, person.lang), link: `${base}/staff/reviews/${r.id}` }),
      );
      const first = reviews[0]!;
      const params = {
        recipient: person.name,
        platform: t(`registry:platform.${first.platform}`),
        version: first.termsVersion,
        list: lines.join('\n'),
        link: `${base}/staff/reviews`,
      };
      await mailer.send({ to: person.email, subject: t(`reviews:mail.${kind}.subject`, params), text: t(`reviews:mail.${kind}.body`, params) });
    }
    return byPerson.size;
  }

  /**
   * Who is asked to review each profile: the people who proposed it and the supervisors of its
   * unit and the units above; communications when there is no one of them. Only active accounts
   * with a role are mailed.
   */
  private async reviewersOf(list: TermsReview[]): Promise<Map<string, { person: Recipient; reviews: TermsReview[] }>> {
    const db = this.deps.database.db;
    const [withRecords, assignments, people] = await Promise.all([
      this.withRecords(list),
      db.select({ userId: roleAssignments.userId, role: roleAssignments.role, unitId: roleAssignments.unitId }).from(roleAssignments),
      db.select({ id: users.id, email: users.email, name: users.displayName, lang: users.lang }).from(users).where(eq(users.active, true)),
    ]);
    const byId = new Map(people.map((p) => [p.id, { ...p, lang: p.lang as Lang }]));
    const withRole = new Set(assignments.map((a) => a.userId));
    const reachable = (ids: string[]) => [...new Set(ids)].filter((id) => byId.has(id) && withRole.has(id));
    const communications = reachable(assignments.filter((a) => a.role === 'communications').map((a) => a.userId));
    const result = new Map<string, { person: Recipient; reviews: TermsReview[] }>();
    for (const { review, record } of withRecords) {
      const responsible = reachable([
        ...record.proposerIds,
        ...assignments.filter((a) => a.role === 'supervisor' && a.unitId !== null && record.unitPath.includes(a.unitId)).map((a) => a.userId),
      ]);
      for (const id of responsible.length ? responsible : communications) {
        const entry = result.get(id) ?? { person: byId.get(id)!, reviews: [] };
        entry.reviews.push(review);
        result.set(id, entry);
      }
    }
    return result;
  }
}
