import type { ProfileAddress } from './normalise';
import type { Profile } from './profile';
import { effectiveStatus } from './profile';

/**
 * What verify tells a resident. Kept open: clients must treat an unknown status as "not
 * official".
 */
export const verifyStatuses = ['official', 'closed', 'reported-fake', 'suspected-impersonation', 'not-registered'] as const;
export type VerifyStatus = (typeof verifyStatuses)[number];

export function verifyVerdict(profile: Profile | null, today: string): VerifyStatus {
  if (!profile) return 'not-registered';
  return effectiveStatus(profile, today) === 'closed' ? 'closed' : 'official';
}

/** One trick that makes an address look like an official profile's; `code` names it, the rest are its details. */
export interface SuspicionReason {
  code: string;
  [detail: string]: unknown;
}

/** An official profile that an unregistered address looks like, and why. */
export interface Resemblance {
  profileId: string;
  reasons: SuspicionReason[];
}

/**
 * Why an address that is not in the registry should not be trusted (P6): the city has confirmed
 * it as a fake, or it looks like one of the city's profiles.
 */
export interface Suspicion {
  status: Extract<VerifyStatus, 'reported-fake' | 'suspected-impersonation'>;
  resembles: Resemblance[];
  /** The case in which the city confirmed the address as a fake. */
  fakeCase: { number: number; confirmedOn: string } | null;
}

/**
 * Asked only about addresses the registry does not hold: an exact registry entry always wins, so
 * no detection rule can ever turn an official profile into a suspect.
 */
export type SuspicionCheck = (address: ProfileAddress, shownName: string | undefined) => Promise<Suspicion | null>;
