import { hasRole, scopeAllows, type StaffUser } from '../../platform/auth/staff';
import { parseProfileAddress } from '../../registry/domain/normalise';
import type { Platform } from '../../registry/domain/platforms';
import { lookalikeVariants, type VariantTrick } from './variants';

// The watch list: for every official handle, the lookalikes a fake would most likely take, so
// that the communications unit can check them on the platform, or take them first (P6). Closed
// profiles stay on it: a handle the city has left is a fake's easiest disguise. They
// are the very variants the detector is tested against, so what is listed here is also caught.

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
