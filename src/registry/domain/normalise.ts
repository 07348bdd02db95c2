import type { Platform } from './platforms';

// Every accepted spelling of a profile's address is reduced to lookup keys. A lookup finds a
// registered profile only through an exact key on the same platform, so a key must be exactly as
// specific as the platform's own notion of identity: two accounts never share a key, and every
// spelling of one account shares at least one. Where we are unsure whether two spellings name the
// same account, they get different keys: a resident told "not found" can ask the city, while one
// told "official" about a copycat has no reason to doubt it.
//
// Namespaces (always within one platform):
//   handle:  a username, folded the way the platform folds it (Mastodon as user@host,
//            LinkedIn as company/slug or in/slug)
//   id:      a permanent numeric id (Facebook, X) or a YouTube channel id, case kept
//   did:…    a Bluesky DID, which carries its own namespace and is kept as written
//   c: user: YouTube's legacy custom and user names, which may belong to other channels than an
//            @handle of the same spelling
//   url:     any other web address: host, path and the parts of the query that may name something

/**
 * Raised whenever a change here gives a stored profile other keys than before: the app then
 * recomputes every profile's keys at start (see RegistryService.refreshLookupKeys).
 */
export const keyFormatVersion = 2;

export interface ProfileAddress {
  platform: Platform;
  /** Lookup keys under which this address may be registered, e.g. 'handle:pieksamaki', 'id:UCxxxx'. Never empty. */
  keys: string[];
  /** Canonical https URL of the profile, when derivable (e.g. 'https://www.instagram.com/pieksamaki'). */
  canonicalUrl: string | null;
  /** Handle as displayed, without leading @; mastodon as 'user@host'; linkedin as 'company/slug' or 'in/slug'. */
  handle: string | null;
  /** Platform's permanent id when the input carries one (YouTube channel id, Bluesky DID, Facebook or X numeric id, Mastodon account URL). */
  platformId: string | null;
}

export type AddressError =
  | 'empty' // nothing given
  | 'too-long' // over 2048 chars
  | 'not-an-address' // not a profile address at all
  | 'needs-platform' // a bare handle that does not say which platform it is on
  | 'invalid-handle' // a handle with characters the platform does not allow
  | 'platform-mismatch'; // the given platform and the address disagree

export type ParseResult = { ok: true; address: ProfileAddress } | { ok: false; error: AddressError };

const maxLength = 2048;

const fail = (error: AddressError): ParseResult => ({ ok: false, error });
const ok = (address: ProfileAddress): ParseResult => ({ ok: true, address });

// ---------------------------------------------------------------------------------------------
// Hosts

interface Site {
  domain: string;
  platform: Platform;
  /**
   * Subdomains that serve the same profiles as the bare domain. Any other subdomain of a platform
   * (developers.facebook.com, l.facebook.com, vm.tiktok.com) has pages of its own whose paths
   * would otherwise read as usernames.
   */
  subdomains: RegExp;
}

const sites: Site[] = [
  { domain: 'facebook.com', platform: 'facebook', subdomains: /^(?:www|m|mobile|web|mbasic|touch|[a-z]{2}-[a-z]{2})$/ },
  { domain: 'fb.com', platform: 'facebook', subdomains: /^(?:www|m)$/ },
  { domain: 'instagram.com', platform: 'instagram', subdomains: /^(?:www|m)$/ },
  { domain: 'instagr.am', platform: 'instagram', subdomains: /^www$/ },
  { domain: 'x.com', platform: 'x', subdomains: /^(?:www|m|mobile)$/ },
  { domain: 'twitter.com', platform: 'x', subdomains: /^(?:www|m|mobile)$/ },
  { domain: 'youtube.com', platform: 'youtube', subdomains: /^(?:www|m|music)$/ },
  { domain: 'youtu.be', platform: 'youtube', subdomains: /^www$/ },
  { domain: 'linkedin.com', platform: 'linkedin', subdomains: /^(?:www|m|[a-z]{2})$/ },
  { domain: 'tiktok.com', platform: 'tiktok', subdomains: /^(?:www|m)$/ },
  { domain: 'bsky.app', platform: 'bluesky', subdomains: /^www$/ },
  { domain: 'threads.net', platform: 'threads', subdomains: /^www$/ },
  { domain: 'threads.com', platform: 'threads', subdomains: /^www$/ },
];

/** The platform whose domain `host` is or lies under; only a whole label boundary counts, so instagram.com.evil.example is not Instagram. */
function siteOf(host: string): { site: Site; subdomain: string } | null {
  for (const site of sites) {
    if (host === site.domain) return { site, subdomain: '' };
    if (host.endsWith(`.${site.domain}`)) return { site, subdomain: host.slice(0, -site.domain.length - 1) };
  }
  return null;
}

const patterns = {
  instagram: /^[a-z0-9._]{1,30}$/,
  threads: /^[a-z0-9._]{1,30}$/,
  x: /^[a-z0-9_]{1,15}$/,
  tiktok: /^[a-z0-9._]{2,24}$/,
  // YouTube handles may be written in many scripts; see foldAscii for why only A–Z is folded.
  youtubeHandle: /^[\p{L}\p{M}\p{N}._·-]{3,30}$/u,
  youtubeChannel: /^UC[A-Za-z0-9_-]{22}$/,
  youtubeLegacy: /^[\p{L}\p{M}\p{N}._-]{1,100}$/u,
  facebookVanity: /^[a-z0-9.]{1,50}$/,
  digits: /^\d{1,25}$/,
  linkedinSlug: /^[\p{L}\p{M}\p{N}_-][\p{L}\p{M}\p{N}._-]{0,99}$/u,
  mastodonUser: /^[a-z0-9_]+(?:[.-][a-z0-9_]+)*$/,
  domain: /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/,
  didPlc: /^did:plc:[a-z2-7]{24}$/,
  didWeb: /^did:web:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/,
};

/**
 * Lower-cases A–Z only. A platform that ignores case in Latin letters may still tell other scripts'
 * letters apart; folding them too could merge two accounts, leaving them apart at worst misses one.
 */
function foldAscii(value: string): string {
  return value.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** An internationalised or mixed-case host name in the form DNS and the URL parser agree on, or null. */
function asciiHost(name: string): string | null {
  // Anything the URL parser would read as userinfo, port, path or an escape is no host name.
  if (!/^[^\s/?#@:\\%[\]]+$/u.test(name)) return null;
  let host: string;
  try {
    host = new URL(`https://${name}/`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  return patterns.domain.test(host) ? host : null;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize('NFC');
  } catch {
    return segment;
  }
}

function segmentsOf(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean).map(decode);
}

function stripAt(value: string): string {
  return value.startsWith('@') ? value.slice(1) : value;
}

/**
 * The single value of an identity-carrying query parameter, or null when it is missing or repeated.
 * A repeated parameter is refused rather than read: servers differ in which copy they honour (PHP
 * takes the last, URLSearchParams the first), so `?id=<official>&id=<copycat>` could show one
 * account while naming another. Names that PHP would read as the same parameter count as repeats.
 */
function singleParam(url: URL, name: string): string | null {
  let value: string | null = null;
  let count = 0;
  for (const [key, v] of url.searchParams) {
    if (key.replace(/^\s+/, '').split('[')[0] !== name) continue;
    count += 1;
    value = key === name ? v : null;
  }
  return count === 1 ? value : null;
}

// ---------------------------------------------------------------------------------------------
// Builders per platform, shared by URL and handle parsing.

function simpleHandle(platform: 'instagram' | 'x' | 'tiktok' | 'threads', raw: string): ParseResult {
  const handle = stripAt(raw).toLowerCase();
  if (!patterns[platform].test(handle)) return fail('invalid-handle');
  const canonicalUrl = {
    instagram: `https://www.instagram.com/${handle}`,
    x: `https://x.com/${handle}`,
    tiktok: `https://www.tiktok.com/@${handle}`,
    threads: `https://www.threads.com/@${handle}`,
  }[platform];
  return ok({ platform, keys: [`handle:${handle}`], canonicalUrl, handle, platformId: null });
}

function facebookVanity(raw: string): ParseResult {
  const shown = stripAt(raw);
  const lower = shown.toLowerCase();
  if (!patterns.facebookVanity.test(lower)) return fail('invalid-handle');
  // A bare number is an account id, which facebook.com/<id> also opens; with dots it is neither.
  if (patterns.digits.test(lower)) return facebookId(lower);
  // Facebook ignores dots and letter case in usernames: Pieksamaen.Kaupunki is pieksamaenkaupunki.
  const folded = lower.replace(/\./g, '');
  if (folded === '' || patterns.digits.test(folded)) return fail('invalid-handle');
  if (facebookReserved.has(folded)) return fail('not-an-address');
  return ok({
    platform: 'facebook',
    keys: [`handle:${folded}`],
    canonicalUrl: `https://www.facebook.com/${shown}`,
    handle: shown,
    platformId: null,
  });
}

function facebookId(id: string): ParseResult {
  if (!patterns.digits.test(id)) return fail('invalid-handle');
  return ok({
    platform: 'facebook',
    keys: [`id:${id}`],
    canonicalUrl: `https://www.facebook.com/profile.php?id=${id}`,
    handle: null,
    platformId: id,
  });
}

function xId(id: string): ParseResult {
  if (!patterns.digits.test(id)) return fail('invalid-handle');
  return ok({ platform: 'x', keys: [`id:${id}`], canonicalUrl: `https://x.com/i/user/${id}`, handle: null, platformId: id });
}

function youtubeHandle(raw: string): ParseResult {
  const handle = foldAscii(stripAt(raw));
  if (!patterns.youtubeHandle.test(handle)) return fail('invalid-handle');
  return ok({
    platform: 'youtube',
    keys: [`handle:${handle}`],
    canonicalUrl: new URL(`/@${handle}`, 'https://www.youtube.com').href,
    handle,
    platformId: null,
  });
}

function youtubeChannel(id: string): ParseResult {
  // Channel ids are case-sensitive: UCabc… and UCABC… are different channels.
  if (!patterns.youtubeChannel.test(id)) return fail('invalid-handle');
  return ok({
    platform: 'youtube',
    keys: [`id:${id}`],
    canonicalUrl: `https://www.youtube.com/channel/${id}`,
    handle: null,
    platformId: id,
  });
}

function youtubeLegacy(kind: 'c' | 'user', name: string): ParseResult {
  if (!patterns.youtubeLegacy.test(name)) return fail('invalid-handle');
  const folded = foldAscii(name);
  return ok({
    platform: 'youtube',
    keys: [`${kind}:${folded}`],
    canonicalUrl: new URL(`/${kind}/${encodeURIComponent(folded)}`, 'https://www.youtube.com').href,
    handle: null,
    platformId: null,
  });
}

const linkedinKinds: readonly string[] = ['company', 'in', 'school', 'showcase'];

function linkedinPage(kind: string, slug: string): ParseResult {
  if (!linkedinKinds.includes(kind)) return fail('not-an-address');
  if (!patterns.linkedinSlug.test(slug)) return fail('invalid-handle');
  const handle = `${kind}/${foldAscii(slug)}`;
  return ok({
    platform: 'linkedin',
    keys: [`handle:${handle}`],
    canonicalUrl: `https://www.linkedin.com/${kind}/${encodeURIComponent(foldAscii(slug))}/`,
    handle,
    platformId: null,
  });
}

function mastodonAccount(user: string, hostName: string): ParseResult {
  const u = user.toLowerCase();
  const host = asciiHost(hostName);
  if (!patterns.mastodonUser.test(u) || host === null) return fail('invalid-handle');
  return ok({
    platform: 'mastodon',
    keys: [`handle:${u}@${host}`],
    canonicalUrl: `https://${host}/@${u}`,
    handle: `${u}@${host}`,
    platformId: `https://${host}/users/${u}`,
  });
}

/** user@host, @user@host */
function mastodonHandle(text: string): ParseResult {
  const account = stripAt(text);
  const at = account.indexOf('@');
  if (at === -1) return fail('invalid-handle');
  return mastodonAccount(account.slice(0, at), account.slice(at + 1));
}

function blueskyHandle(raw: string): ParseResult {
  // A handle is a DNS name, so it folds and internationalises as DNS does.
  const handle = asciiHost(stripAt(raw));
  if (handle === null) return fail('invalid-handle');
  return ok({
    platform: 'bluesky',
    keys: [`handle:${handle}`],
    canonicalUrl: `https://bsky.app/profile/${handle}`,
    handle,
    platformId: null,
  });
}

function blueskyDid(did: string): ParseResult {
  // A DID is compared as written: did:plc ids are lowercase by definition, and a did:web in other
  // letter case is left to miss rather than be guessed at.
  if (!patterns.didPlc.test(did) && !patterns.didWeb.test(did)) return fail('invalid-handle');
  return ok({ platform: 'bluesky', keys: [did], canonicalUrl: `https://bsky.app/profile/${did}`, handle: null, platformId: did });
}

function blueskyActor(value: string): ParseResult {
  return value.startsWith('did:') ? blueskyDid(value) : blueskyHandle(value);
}

// ---------------------------------------------------------------------------------------------
// URLs on the known platforms

// First path segments that are the platform's own pages, never a username.
const facebookReserved: ReadonlySet<string> = new Set([
  'groups', 'events', 'watch', 'share', 'sharer', 'login', 'logout', 'help', 'policies', 'policy', 'marketplace', 'gaming',
  'hashtag', 'photo', 'photos', 'plugins', 'dialog', 'notifications', 'messages', 'friends', 'settings', 'search', 'reel',
  'reels', 'stories', 'story', 'business', 'ads', 'privacy', 'legal', 'terms', 'about', 'media', 'bookmarks', 'fundraisers',
  'live', 'recover', 'checkpoint', 'me', 'home', 'people', 'pages', 'pg', 'p', 'profile', 'permalink', 'video', 'videos',
  'watchparty', 'saved', 'memories', 'games', 'jobs', 'places', 'offers', 'l', 'r', 'reg', 'signup', 'careers', 'campaign',
  'messenger', 'composer', 'ajax', 'tr', 'find-friends', 'latest', 'public', 'notes', 'community', 'donate',
]);

export const instagramReserved: ReadonlySet<string> = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'direct', 'about', 'legal', 'developer', 'web', 'challenge', 'emails',
  'stories', 'session', 'oauth', 'api', 'static', 'privacy', 'terms', 'ar', '_u', 'graphql', 'create', 'nametag', 'topics',
]);

const xReserved: ReadonlySet<string> = new Set([
  'home', 'explore', 'search', 'settings', 'notifications', 'messages', 'share', 'hashtag', 'login', 'logout', 'signup', 'tos',
  'privacy', 'compose', 'about', 'download', 'jobs', 'i', 'intent', 'account', 'lists', 'communities', 'bookmarks', 'premium',
  'topics', 'help', 'rules', 'oauth', 'verified-choose', 'x', 'twitter',
]);

const youtubeReserved: ReadonlySet<string> = new Set([
  'watch', 'shorts', 'playlist', 'results', 'embed', 'feed', 'live', 'premium', 'gaming', 'account', 'redirect', 'hashtag',
  'post', 'attribution_link', 'channels', 'about', 'kids', 'music', 'signin', 'logout', 'upload', 'subscription_manager',
  'view_all_playlists', 'supported_browsers', 'new', 'create_channel', 'ads', 'howyoutubeworks', 'creators', 'trends',
  'jobs', 't', 'api', 'source', 'v', 'e', 'yt', 'paid_memberships', 'reporthistory', 'select_site', 'c', 'user', 'channel',
]);

function parseFacebookUrl(url: URL, segments: string[]): ParseResult {
  const [first, second, third] = segments;
  if (!first) return fail('not-an-address');
  const lower = first.toLowerCase();
  if (lower === 'profile.php') {
    const id = singleParam(url, 'id');
    return id === null ? fail('not-an-address') : facebookId(id);
  }
  // /people/Some-Name/123 and /pages/Name/123: the number, not the name, is the account.
  if (lower === 'people' || lower === 'pages') return third && patterns.digits.test(third) ? facebookId(third) : fail('not-an-address');
  // /p/Some-Name-123/: a page without a username, named by its id at the end.
  if (lower === 'p') {
    const match = second ? /-(\d{5,25})$/.exec(second) : null;
    return match ? facebookId(match[1]!) : fail('not-an-address');
  }
  // /pg/<vanity>/about is an older page address.
  if (lower === 'pg') return second ? facebookVanity(second) : fail('not-an-address');
  // Scripts (home.php, story.php, l.php) are Facebook's own pages.
  if (lower.endsWith('.php')) return fail('not-an-address');
  // Older page addresses: /Some-Page-Name-123456789/. Usernames cannot hold a hyphen, so this is no username.
  const named = /^[^/]+-(\d{5,25})$/.exec(first);
  if (named) return facebookId(named[1]!);
  if (facebookReserved.has(lower)) return fail('not-an-address');
  return facebookVanity(first);
}

function parseInstagramUrl(segments: string[]): ParseResult {
  const [first, second] = segments;
  if (!first) return fail('not-an-address');
  const lower = first.toLowerCase();
  // /stories/<handle>/<id>/ and the app-link form /_u/<handle> name the account in their second segment.
  if ((lower === 'stories' || lower === '_u') && second && !instagramReserved.has(second.toLowerCase())) {
    return simpleHandle('instagram', second);
  }
  if (instagramReserved.has(lower)) return fail('not-an-address');
  return simpleHandle('instagram', first);
}

function parseXUrl(url: URL, segments: string[]): ParseResult {
  const [first, second, third] = segments;
  if (!first) return fail('not-an-address');
  const lower = first.toLowerCase();
  if (lower === 'i') return second?.toLowerCase() === 'user' && third ? xId(third) : fail('not-an-address');
  if (lower === 'intent') {
    const action = second?.toLowerCase();
    if (action !== 'user' && action !== 'follow') return fail('not-an-address');
    // A name and an id together could be two accounts; which one X shows is not ours to guess.
    if (url.searchParams.has('screen_name') && url.searchParams.has('user_id')) return fail('not-an-address');
    const screenName = singleParam(url, 'screen_name');
    const userId = singleParam(url, 'user_id');
    if (screenName !== null) return simpleHandle('x', screenName);
    if (userId !== null) return xId(userId);
    return fail('not-an-address');
  }
  if (xReserved.has(lower)) return fail('not-an-address');
  return simpleHandle('x', first);
}

function parseYoutubeUrl(domain: string, segments: string[]): ParseResult {
  // A youtu.be address is always a video, never a channel.
  if (domain === 'youtu.be') return fail('not-an-address');
  const [first, second] = segments;
  if (!first) return fail('not-an-address');
  if (first.startsWith('@')) return youtubeHandle(first);
  const lower = first.toLowerCase();
  if (lower === 'channel') return second ? youtubeChannel(second) : fail('not-an-address');
  if (lower === 'c' || lower === 'user') return second ? youtubeLegacy(lower, second) : fail('not-an-address');
  if (youtubeReserved.has(lower)) return fail('not-an-address');
  // youtube.com/Name is YouTube's short form of a custom URL (youtube.com/c/Name).
  return youtubeLegacy('c', first);
}

function parseLinkedinUrl(segments: string[]): ParseResult {
  const [first, second] = segments;
  if (!first || !second) return fail('not-an-address');
  return linkedinPage(first.toLowerCase(), second);
}

function parseAtPath(segments: string[], platform: 'tiktok' | 'threads'): ParseResult {
  const [first] = segments;
  if (!first?.startsWith('@')) return fail('not-an-address');
  return simpleHandle(platform, first);
}

function parseBlueskyUrl(segments: string[]): ParseResult {
  const [first, second] = segments;
  if (first?.toLowerCase() !== 'profile' || !second) return fail('not-an-address');
  return blueskyActor(second);
}

// ---------------------------------------------------------------------------------------------
// URLs on any other host

/**
 * A Mastodon profile address on any server: /@user, /@user@home (an account of another server
 * viewed here) and, only when the platform is given, /users/user, which too many other sites use.
 */
function parseMastodonUrl(host: string, segments: string[], platformGiven: boolean): ParseResult | null {
  const [first, second] = segments;
  if (first?.startsWith('@')) {
    const account = first.slice(1);
    const at = account.indexOf('@');
    // On https://a.example/@user@b.example the account lives on b.example, not on the viewing server.
    return at === -1 ? mastodonAccount(account, host) : mastodonAccount(account.slice(0, at), account.slice(at + 1));
  }
  if (platformGiven && first === 'users' && second) return mastodonAccount(second, host);
  return null;
}

// Query parameters that only say where a link was shared; every other parameter may name the
// page (?user=…, ?id=…) and stays in the key, so one site's two accounts never share one.
const trackingParams = /^(?:utm_.*|fbclid|gclid|gclsrc|dclid|msclkid|mc_cid|mc_eid|igsh|igshid|_ga|_gl|yclid|twclid|si)$/i;

/** Percent escapes in one spelling: unreserved characters decoded, the rest in upper-case hex (RFC 3986 §6.2.2). */
function normalisePercent(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

function otherUrl(url: URL, fullHost: string): ParseResult {
  const host = fullHost.startsWith('www.') ? fullHost.slice(4) : fullHost;
  // A different port can be a different server.
  const port = url.port ? `:${url.port}` : '';
  const path = normalisePercent(url.pathname).replace(/\/+$/, '');
  const query = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !trackingParams.test(decode(pair.split('=')[0] ?? '')))
    .map(normalisePercent)
    .join('&');
  // A fragment is only the place on the page, unless it is a route of a single-page app (#/…, #!…).
  const fragment = /^#[/!]/.test(url.hash) ? normalisePercent(url.hash) : '';
  const location = `${host}${port}${path}${query ? `?${query}` : ''}${fragment}`;
  return ok({
    platform: 'other',
    keys: [`url:${location}`],
    canonicalUrl: `https://${host}${port}${path || '/'}${query ? `?${query}` : ''}${fragment}`,
    handle: null,
    platformId: null,
  });
}

function parseUrl(text: string, hint: Platform | undefined): ParseResult {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('not-an-address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('not-an-address');
  // The parser has already taken any user:password@ off, so evil.example in
  // https://instagram.com@evil.example/ is the host, as it is for a browser.
  const host = url.hostname.replace(/\.$/, '');
  // IP addresses and single-label names (localhost) are no public profile's home.
  if (!patterns.domain.test(host)) return fail('not-an-address');
  const segments = segmentsOf(url);
  const known = siteOf(host);

  if (known === null) {
    if (hint !== undefined && hint !== 'mastodon' && hint !== 'other') return fail('platform-mismatch');
    if (hint !== 'other' && !url.port) {
      const mastodon = parseMastodonUrl(host, segments, hint === 'mastodon');
      if (mastodon) return mastodon;
    }
    if (hint === 'mastodon') return fail('not-an-address');
    return otherUrl(url, host);
  }

  const { site, subdomain } = known;
  if (hint === 'other') return otherUrl(url, host);
  if (hint !== undefined && hint !== site.platform) return fail('platform-mismatch');
  if (url.port || (subdomain !== '' && !site.subdomains.test(subdomain))) return fail('not-an-address');

  switch (site.platform) {
    case 'facebook':
      return parseFacebookUrl(url, segments);
    case 'instagram':
      return parseInstagramUrl(segments);
    case 'x':
      return parseXUrl(url, segments);
    case 'youtube':
      return parseYoutubeUrl(site.domain, segments);
    case 'linkedin':
      return parseLinkedinUrl(segments);
    case 'tiktok':
    case 'threads':
      return parseAtPath(segments, site.platform);
    case 'bluesky':
      return parseBlueskyUrl(segments);
    default:
      return otherUrl(url, host);
  }
}

// ---------------------------------------------------------------------------------------------
// Handles typed without a URL

function parseHandle(text: string, platform: Platform): ParseResult {
  switch (platform) {
    case 'instagram':
    case 'x':
    case 'tiktok':
    case 'threads':
      return simpleHandle(platform, text);
    case 'facebook':
      return facebookVanity(text);
    case 'youtube':
      return patterns.youtubeChannel.test(text) ? youtubeChannel(text) : youtubeHandle(text);
    case 'linkedin': {
      // A bare slug is ambiguous: the same name can be a person (in/) and a company (company/).
      const match = /^([a-z]+)\/([^/]+)\/?$/i.exec(text);
      if (!match) return fail('invalid-handle');
      return linkedinPage(match[1]!.toLowerCase(), match[2]!);
    }
    case 'mastodon':
      return mastodonHandle(text);
    case 'bluesky':
      return blueskyActor(stripAt(text));
    case 'other':
      return fail('not-an-address');
  }
}

const mastodonHandleShape = /^@?[^@/?#]+@[^@/?#]+\.[^@/?#]+$/;

/** Parse what a resident pasted (URL in any common form, or a handle). `platform` is a hint/constraint (from a select box or the API's ?platform=&handle=). */
export function parseProfileAddress(input: string, platform?: Platform): ParseResult {
  const trimmed = input.trim();
  if (trimmed === '') return fail('empty');
  if (trimmed.length > maxLength) return fail('too-long');
  const text = trimmed.normalize('NFC');
  // Spaces, control and invisible formatting characters (zero-width, bidi overrides) have no place
  // in an address and can make one read as another; a backslash is a slash to browsers only.
  if (/[\s\p{Cc}\p{Cf}\\]/u.test(text)) return fail('not-an-address');

  const mismatch = (actual: Platform) => platform !== undefined && platform !== actual;

  if (text.startsWith('did:') || /^at:\/\//i.test(text)) {
    if (mismatch('bluesky')) return fail('platform-mismatch');
    const actor = text.startsWith('did:') ? text : (text.slice(5).split(/[/?#]/)[0] ?? '');
    return blueskyActor(actor);
  }
  if (/^acct:/i.test(text)) {
    if (mismatch('mastodon')) return fail('platform-mismatch');
    return mastodonHandle(text.slice(5));
  }
  if (/^https?:/i.test(text)) return parseUrl(text, platform);
  // Any other scheme (javascript:, mailto:, ftp:) is no profile address; host:port is not a scheme.
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) return fail('not-an-address');

  if (mastodonHandleShape.test(text)) return mismatch('mastodon') ? fail('platform-mismatch') : mastodonHandle(text);

  const hostPart = text.split(/[/?#]/)[0] ?? '';
  const hasPath = hostPart.length < text.length;

  if (!hasPath) {
    // A Bluesky handle is itself a domain name, so with the platform given even bsky.app is a handle.
    if (platform === 'bluesky') return parseHandle(text, 'bluesky');
    if (platform === undefined && /\.bsky\.social$/i.test(text)) return parseHandle(text, 'bluesky');
    if (text.startsWith('@')) {
      if (platform === undefined) return fail('needs-platform');
      return parseHandle(text, platform);
    }
  }
  if (platform === 'linkedin' && /^[a-z]+\/[^/]+\/?$/i.test(text) && !hostPart.includes('.')) return parseHandle(text, 'linkedin');

  if (hostPart.includes('.')) {
    const isKnownHost = siteOf(asciiHost(hostPart.replace(/:\d+$/, '')) ?? '') !== null;
    if (hasPath || isKnownHost || platform === undefined || platform === 'other') return parseUrl(`https://${text}`, platform);
  }
  if (hasPath) return fail('not-an-address');
  if (platform === 'other') return fail('not-an-address');
  if (platform !== undefined) return parseHandle(text, platform);
  return fail('needs-platform');
}

/** Every key under which a registered profile must be found, from all the forms stored for it. Throws nothing; ignores unusable fields. */
export function registeredKeys(entry: {
  platform: Platform;
  url: string | null;
  handle: string | null;
  platformId: string | null;
}): string[] {
  const keys = new Set<string>();
  const add = (result: ParseResult) => {
    if (result.ok && result.address.platform === entry.platform) result.address.keys.forEach((k) => keys.add(k));
  };
  if (entry.url) add(parseProfileAddress(entry.url, entry.platform));
  if (entry.handle) add(parseProfileAddress(entry.handle, entry.platform));
  const id = entry.platformId?.trim();
  if (id) {
    if (entry.platform === 'youtube') add(youtubeChannel(id));
    else if (entry.platform === 'bluesky') add(blueskyDid(id));
    else if (entry.platform === 'facebook') add(facebookId(id));
    else if (entry.platform === 'x') add(xId(id));
    else if (entry.platform === 'mastodon') add(parseProfileAddress(id, 'mastodon'));
  }
  return [...keys];
}

/**
 * Fills in the handle and permanent id that a stored URL already implies, so that an entry reads
 * the same whichever form it was given in.
 */
export function completeAddress<T extends { platform: Platform; url: string; handle: string | null; platformId: string | null }>(entry: T): T {
  const parsed = parseProfileAddress(entry.url, entry.platform);
  if (!parsed.ok) return entry;
  return {
    ...entry,
    handle: entry.handle ?? parsed.address.handle,
    platformId: entry.platformId ?? parsed.address.platformId,
  };
}
