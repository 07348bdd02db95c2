// Closing a profile properly (policy rule O8): announced well in advance, with the reason, and
// with where its followers should go instead — not abandoned.

export interface ClosingPlan {
  /** YYYY-MM-DD: the day the registry starts showing "closing on …". */
  announceOn: string;
  /** YYYY-MM-DD: the day it is closed. */
  closeOn: string;
  reason: string;
  successorProfileId: string | null;
  successorUrl: string | null;
}

export interface ClosingProblem {
  field: keyof ClosingPlan;
  code: 'dateInvalid' | 'announceInPast' | 'noticeTooShort' | 'reasonRequired' | 'successorRequired' | 'successorUrlInvalid';
  params?: Record<string, string | number>;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function closingProblems(plan: ClosingPlan, ctx: { today: string; noticeDays: number }): ClosingProblem[] {
  const problems: ClosingProblem[] = [];
  const announceValid = validDate(plan.announceOn);
  const closeValid = validDate(plan.closeOn);
  if (!announceValid) problems.push({ field: 'announceOn', code: 'dateInvalid' });
  else if (plan.announceOn < ctx.today) problems.push({ field: 'announceOn', code: 'announceInPast' });
  if (!closeValid) problems.push({ field: 'closeOn', code: 'dateInvalid' });
  else if (announceValid && daysBetween(plan.announceOn, plan.closeOn) < ctx.noticeDays) {
    problems.push({ field: 'closeOn', code: 'noticeTooShort', params: { days: ctx.noticeDays } });
  }
  if (!plan.reason.trim()) problems.push({ field: 'reason', code: 'reasonRequired' });
  if (plan.successorUrl && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(plan.successorUrl)) problems.push({ field: 'successorUrl', code: 'successorUrlInvalid' });
  else if (!plan.successorProfileId && !plan.successorUrl) problems.push({ field: 'successorUrl', code: 'successorRequired' });
  return problems;
}

/** The earliest closing day the notice period allows for an announcement on `announceOn`. */
export function earliestClosing(announceOn: string, noticeDays: number): string {
  const d = new Date(`${announceOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + noticeDays);
  return d.toISOString().slice(0, 10);
}
