import type { Profile } from './profile';
import { effectiveStatus } from './profile';

/**
 * What verify tells a resident. Kept open: lookalike detection adds statuses later, so clients
 * must treat an unknown status as "not official".
 */
export const verifyStatuses = ['official', 'closed', 'not-registered'] as const;
export type VerifyStatus = (typeof verifyStatuses)[number];

export function verifyVerdict(profile: Profile | null, today: string): VerifyStatus {
  if (!profile) return 'not-registered';
  return effectiveStatus(profile, today) === 'closed' ? 'closed' : 'official';
}
