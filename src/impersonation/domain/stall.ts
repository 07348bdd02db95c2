import type { CaseState } from './case';
import { isWorkingDay } from './holidays';

// When a case has waited too long in its state (P6: removal is pursued as fast as possible).
// A stalled case is listed first for communications and reminded of by the daily job.
//
//   new        triaged within 2 working days (Monday to Friday, not a public holiday) of the
//              first report
//   confirmed  reported to the platform within 3 days of the verdict
//   reported   an outcome within 14 days of the latest report to the platform; after that,
//              follow up: report again, report to the police, or record the outcome

export interface StallRule {
  limit: number;
  unit: 'working-days' | 'days';
}

export const stallRules: Partial<Record<CaseState, StallRule>> = {
  new: { limit: 2, unit: 'working-days' },
  confirmed: { limit: 3, unit: 'days' },
  reported: { limit: 14, unit: 'days' },
};

/** A stalled case is reminded of again after this many days at the soonest. */
export const reminderIntervalDays = 3;

/** A YYYY-MM-DD day some calendar days later (or earlier). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The working day `count` working days after `day`: weekends and Finland's public holidays are not counted. */
export function addWorkingDays(day: string, count: number): string {
  let current = day;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** The last day the case may stay in its state, counted from the day it got there; null when it may stay. */
export function dueOn(state: CaseState, since: string): string | null {
  const rule = stallRules[state];
  if (!rule) return null;
  return rule.unit === 'working-days' ? addWorkingDays(since, rule.limit) : addDays(since, rule.limit);
}

/**
 * The latest day a case may have come to `state` and be stalled on `today`: a case is stalled
 * exactly when it came there on this day or before, since the due day never comes sooner for a
 * later start. Null when the state never stalls. Lets a database sort stalled cases first.
 */
export function stalledIfSinceOnOrBefore(state: CaseState, today: string): string | null {
  const rule = stallRules[state];
  if (!rule) return null;
  if (rule.unit === 'days') return addDays(today, -rule.limit - 1);
  let since = addDays(today, -1);
  while (addWorkingDays(since, rule.limit) >= today) since = addDays(since, -1);
  return since;
}

/** Whether the case has waited past its rule's limit on `today`. */
export function isStalled(c: { state: CaseState; since: string }, today: string): boolean {
  const due = dueOn(c.state, c.since);
  return due !== null && today > due;
}

/** A stalled case may be reminded of today: never in this state before, or long enough ago. */
export function reminderDue(remindedOn: string | null, today: string): boolean {
  return remindedOn === null || addDays(remindedOn, reminderIntervalDays) <= today;
}
