import type { Profile } from './profile';
import { effectiveStatus } from './profile';

/**
 * The DID that `https://<host>/.well-known/atproto-did` must answer so that Bluesky accepts
 * `<host>` as the handle of a registered profile. Only handles under the city's own domain are
 * answered, and never for a closed profile: the domain must not vouch for an account the city
 * has given up.
 */
export function blueskyDidForHost(host: string, profile: Profile | null, cityDomain: string, today: string): string | null {
  const name = host.toLowerCase().replace(/\.$/, '');
  const domain = cityDomain.toLowerCase();
  if (name !== domain && !name.endsWith(`.${domain}`)) return null;
  if (!profile || profile.platform !== 'bluesky') return null;
  if (effectiveStatus(profile, today) === 'closed') return null;
  if (profile.handle?.toLowerCase() !== name) return null;
  const did = profile.platformId;
  return did && /^did:(plc|web):[a-zA-Z0-9._:%-]+$/.test(did) ? did : null;
}
