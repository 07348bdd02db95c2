import type { ProfileStatus } from './profile';

/** The audit actions of registry changes that residents follow in the change feed. */
export const profileActions = {
  added: 'profile.added',
  updated: 'profile.updated',
  closingAnnounced: 'profile.closing-announced',
  closed: 'profile.closed',
  reopened: 'profile.reopened',
} as const;

export const feedActions = [profileActions.added, profileActions.closingAnnounced, profileActions.closed] as const;

/** Names a change to a profile by what it means to a follower of the registry. */
export function classifyChange(before: { status: ProfileStatus } | null, after: { status: ProfileStatus }): string {
  if (!before) return profileActions.added;
  if (before.status === after.status) return profileActions.updated;
  if (after.status === 'closing') return profileActions.closingAnnounced;
  if (after.status === 'closed') return profileActions.closed;
  return profileActions.reopened;
}
