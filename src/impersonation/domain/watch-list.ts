import { hasRole, scopeAllows, type StaffUser } from '../../platform/auth/staff';
import { parseProfileAddress } from '../../registry/domain/normalise';
import type { Platform } from '../../registry/domain/platforms';
import { lookalikeVariants, type VariantTrick } from './variants';

// The watch list: for every official handle, the lookalikes a fake would most likely take, so
// that the communications unit can check them on the platform, or take them first (P6). Closed
// profiles stay on it: a handle the city has left is a fake's easiest disguise. They
// are the very variants the detector is tested against, so what is listed here is also caught.
// Each look on the platform is recorded (free, taken, reserved for the city), so that the list
// says what has been checked and when, and a taken handle becomes a case.

/** Communications keep the watch; auditors may read it. */
export function authorizeWatchList(user: StaffUser): boolean {
  return scopeAllows(user, 'registry:read') && (hasRole(user, 'communications') || hasRole(user, 'auditor'));
}

export interface WatchedProfile {
  id: string;
  platform: Platform;
  kind: 'organisation' | 'expert';
  handle: string | null;
  displayName: string;
}

export interface WatchItem {
  profileId: string;
  displayName: string;
  platform: Platform;
  officialHandle: string;
  variant: string;
  trick: VariantTrick;
  /** Where the variant would be on the platform, to look whether someone has taken it. */
  checkUrl: string | null;
}

/** Enough to cover every trick several times over, few enough to check by hand. */
export const variantsPerHandle = 60;

export function watchItems(profile: WatchedProfile, max = variantsPerHandle): WatchItem[] {
  if (!profile.handle) return [];
  return lookalikeVariants({ platform: profile.platform, handle: profile.handle, kind: profile.kind }, { max }).map((v) => {
    const parsed = parseProfileAddress(v.handle, profile.platform);
    return {
      profileId: profile.id,
      displayName: profile.displayName,
      platform: profile.platform,
      officialHandle: profile.handle!,
      variant: v.handle,
      trick: v.trick,
      checkUrl: parsed.ok ? parsed.address.canonicalUrl : null,
    };
  });
}

/** What a look on the platform found: nobody has the variant, someone has it, or the city took it first. */
export const watchOutcomes = ['free', 'taken', 'reserved'] as const;
export type WatchOutcome = (typeof watchOutcomes)[number];

/** Communications look and record; auditors only read. */
export function authorizeWatchCheck(user: StaffUser): boolean {
  return scopeAllows(user, 'registry:write') && hasRole(user, 'communications');
}

export interface WatchCheck {
  profileId: string;
  variant: string;
  outcome: WatchOutcome;
  note: string;
  checkedOn: string;
  checkedBy: string;
}

export const watchNoteMax = 500;

export type WatchCheckProblem = { field: 'variant'; problem: 'not-a-variant' } | { field: 'outcome'; problem: 'required' } | { field: 'note'; problem: 'too-long' };

/**
 * The check to record from the form, or what is wrong with it. Only the profile's own listed
 * variants are checked: the watch list is of those, and anything else would be a typo kept forever.
 */
export function checkWatchForm(
  form: { variant: string; outcome: string; note: string },
  profile: WatchedProfile,
): { ok: true; variant: string; outcome: WatchOutcome; note: string } | { ok: false; problems: WatchCheckProblem[] } {
  const problems: WatchCheckProblem[] = [];
  const variant = form.variant.trim();
  if (!watchItems(profile).some((item) => item.variant === variant)) problems.push({ field: 'variant', problem: 'not-a-variant' });
  const outcome = (watchOutcomes as readonly string[]).includes(form.outcome) ? (form.outcome as WatchOutcome) : null;
  if (!outcome) problems.push({ field: 'outcome', problem: 'required' });
  const note = form.note.trim();
  if (note.length > watchNoteMax) problems.push({ field: 'note', problem: 'too-long' });
  return problems.length || !outcome ? { ok: false, problems } : { ok: true, variant, outcome, note };
}
