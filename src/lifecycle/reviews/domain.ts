import { hasRole, hasRoleIn, isStaff, scopeAllows, type StaffUser, type UnitPath } from '../../platform/auth/staff';

// Re-reviews of profiles when a platform's terms of service change (policy rule O5: the
// platform's terms are checked before opening, and their changes are followed afterwards).
// Pure rules: who may review, when a review is due, when it is overdue, when to remind.

export const reviewOutcomes = ['continue', 'close'] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];

export function isReviewOutcome(value: unknown): value is ReviewOutcome {
  return typeof value === 'string' && (reviewOutcomes as readonly string[]).includes(value);
}

/** Days from recording a new terms version to the day its re-reviews are due. */
export const reviewDueDays = 30;

/** A person is reminded of an overdue review at most this often. */
export const reminderIntervalDays = 7;

/** The longest note kept with an outcome. */
export const maxReviewNoteLength = 2000;

/** `list` and `read` read (the second a review one may record for); `record` answers one. */
export const reviewActions = ['list', 'read', 'record'] as const;
export type ReviewAction = (typeof reviewActions)[number];

export interface ReviewRecord {
  /** The profile's unit and the units above it; empty while the unit is not recorded. */
  unitPath: UnitPath;
  /** Whoever proposed the profile (the proposals that became this registry entry). */
  proposerIds: readonly string[];
}

/**
 * Who may re-review a profile: communications (which owns the registry, P5), a supervisor of
 * the profile's unit or a unit above it, and the employee who proposed the profile. Reviews are
 * done in the browser; the staff API reads them with proposals:read.
 */
export function authorizeReview(user: StaffUser, action: ReviewAction, record: ReviewRecord | null): boolean {
  if (!scopeAllows(user, action === 'record' ? null : 'proposals:read')) return false;
  switch (action) {
    case 'list':
      return hasRole(user, 'communications') || user.roles.some((r) => r.role === 'supervisor' || r.role === 'employee');
    case 'read':
    case 'record':
      if (!record) return false;
      return hasRole(user, 'communications') || hasRoleIn(user, 'supervisor', record.unitPath) || (isStaff(user) && record.proposerIds.includes(user.id));
  }
}

/** A YYYY-MM-DD date some days later. */
export function addDaysTo(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day a review of a version recorded on `recordedOn` (YYYY-MM-DD) is due. */
export function reviewDueOn(recordedOn: string): string {
  return addDaysTo(recordedOn, reviewDueDays);
}

/** Overdue: the due day has passed and no outcome has been recorded. */
export function isOverdue(review: { dueOn: string; outcome: string | null }, today: string): boolean {
  return review.outcome === null && review.dueOn < today;
}

/** Whether the reviewers of an overdue review may be reminded today: never before, or a week ago or more. */
export function reminderDue(remindedOn: string | null, today: string): boolean {
  return remindedOn === null || addDaysTo(remindedOn, reminderIntervalDays) <= today;
}

/** Open reviews first, the most overdue (earliest due) first among them. */
export function byUrgency<T extends { dueOn: string }>(a: T, b: T): number {
  return a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0;
}
