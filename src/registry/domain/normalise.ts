import type { Platform } from './platforms';

// Every accepted spelling of a profile's address is reduced to lookup keys. A lookup finds a
// registered profile only through an exact key on the same platform, so a key must be exactly as
// specific as the platform's own notion of identity: two accounts never share a key, and every
// spelling of one account shares at least one.
//
// Namespaces: handle: (a username, folded as the platform folds it), id: (a permanent numeric or
// channel id), did: (Bluesky), c: and user: (YouTube's legacy names), url: (any other site).

export interface ProfileAddress {
  platform: Platform;
  /** Lookup keys under which this address may be registered. Never empty. */
  keys: string[];
  /** Canonical https URL of the profile, when derivable. */
  canonicalUrl: string | null;
  /** Handle as displayed, without a leading @; Mastodon as user@host; LinkedIn as company/slug. */
  handle: string | null;
  /** The platform's permanent id, when the input carries one. */
  platformId: string | null;
}

export type AddressError = 'empty' | 'too-long' | 'not-an-address' | 'needs-platform' | 'invalid-handle' | 'platform-mismatch';

export type ParseResult = { ok: true; address: ProfileAddress } | { ok: false; error: AddressError };

const fail = (error: AddressError): ParseResult => ({ ok: false, error });
const ok = (address: ProfileAddress): ParseResult => ({ ok: true, address });

/** Platforms recognised by their web hosts (a host matches exactly or as a subdomain). */
const platformHosts: [string, Platform][] = [
  ['facebook.com', 'facebook'],
  ['fb.com', 'facebook'],
  ['instagram.com', 'instagram'],
  ['instagr.am', 'instagram'],
  ['x.com', 'x'],
  ['twitter.com', 'x'],
  ['youtube.com', 'youtube'],
  ['youtu.be', 'youtube'],
  ['linkedin.com', 'linkedin'],
  ['tiktok.com', 'tiktok'],
  ['bsky.app', 'bluesky'],
  ['threads.net', 'threads'],
  ['threads.com', 'threads'],
];

function platformOfHost(host: string): Platform | null {
  for (const [domain, platform] of platformHosts) {
    if (host === domain || host.endsWith(`.${domain}`)) return platform;
  }
  return null;
}

const patterns = {
  instagram: /^[a-z0-9._]{1,30}$/,
  threads: /^[a-z0-9._]{1,30}$/,
  x: /^[a-z0-9_]{1,15}$/,
  tiktok: /^[a-z0-9._]{2,24}$/,
  youtubeHandle: /^[a-z0-9._-]{3,30}$/,
  youtubeChannel: /^UC[A-Za-z0-9_-]{22}$/,
  youtubeLegacy: /^[\p{L}\p{N}._-]{1,100}$/u,
  facebookVanity: /^[a-z0-9.]{1,50}$/,
  digits: /^\d{1,25}$/,
  linkedinSlug: /^[\p{L}\p{N}_-][\p{L}\p{N}._-]{0,99}$/u,
  mastodonUser: /^[a-z0-9_]+(?:[.-][a-z0-9_]+)*$/,
  domain: /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/,
  did: /^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.%:-]+)$/,
};

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function segmentsOf(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map(decode);
}

function stripAt(value: string): string {
  return value.startsWith('@') ? value.slice(1) : value;
}

// ---------------------------------------------------------------------------------------------
// Builders per platform, shared by URL and handle parsing.

function simpleHandle(platform: 'instagram' | 'x' | 'tiktok' | 'threads', raw: string): ParseResult {
  const handle = stripAt(raw).toLowerCase();
  if (!patterns[platform].test(handle)) return fail('invalid-handle');
  const canonicalUrl = {
    instagram: `https://www.instagram.com/${handle}/`,
    x: `https://x.com/${handle}`,
    tiktok: `https://www.tiktok.com/@${handle}`,
    threads: `https://www.threads.com/@${handle}`,
  }[platform];
  return ok({ platform, keys: [`handle:${handle}`], canonicalUrl, handle, platformId: null });
}

function facebookVanity(raw: string): ParseResult {
  const shown = stripAt(raw);
  // Facebook ignores dots and letter case in usernames.
  const folded = shown.toLowerCase().replace(/\./g, '');
  if (!patterns.facebookVanity.test(shown.toLowerCase()) || folded === '') return fail('invalid-handle');
  if (patterns.digits.test(folded)) return facebookId(folded);
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
  const handle = stripAt(raw).toLowerCase();
  if (!patterns.youtubeHandle.test(handle)) return fail('invalid-handle');
  return ok({
    platform: 'youtube',
    keys: [`handle:${handle}`],
    canonicalUrl: `https://www.youtube.com/@${handle}`,
    handle,
    platformId: null,
  });
}

function youtubeChannel(id: string): ParseResult {
  // Channel ids are case-sensitive: UCabc and UCABC are different channels.
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
  const folded = name.toLowerCase();
  return ok({
    platform: 'youtube',
    keys: [`${kind}:${folded}`],
    canonicalUrl: `https://www.youtube.com/${kind}/${name}`,
    handle: null,
    platformId: null,
  });
}

const linkedinKinds = ['company', 'in', 'school', 'showcase'] as const;

function linkedinPage(kind: string, slug: string): ParseResult {
  if (!(linkedinKinds as readonly string[]).includes(kind)) return fail('not-an-address');
  if (!patterns.linkedinSlug.test(slug)) return fail('invalid-handle');
  const handle = `${kind}/${slug.toLowerCase()}`;
  return ok({
    platform: 'linkedin',
    keys: [`handle:${handle}`],
    canonicalUrl: `https://www.linkedin.com/${kind}/${encodeURIComponent(slug.toLowerCase())}/`,
    handle,
    platformId: null,
  });
}

function mastodonAccount(user: string, host: string): ParseResult {
  const u = user.toLowerCase();
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!patterns.mastodonUser.test(u) || !patterns.domain.test(h)) return fail('invalid-handle');
  return ok({
    platform: 'mastodon',
    keys: [`handle:${u}@${h}`],
    canonicalUrl: `https://${h}/@${u}`,
    handle: `${u}@${h}`,
    platformId: `https://${h}/users/${u}`,
  });
}

function blueskyHandle(raw: string): ParseResult {
  const handle = stripAt(raw).toLowerCase().replace(/\.$/, '');
  if (!patterns.domain.test(handle)) return fail('invalid-handle');
  return ok({
    platform: 'bluesky',
    keys: [`handle:${handle}`],
    canonicalUrl: `https://bsky.app/profile/${handle}`,
    handle,
    platformId: null,
  });
}

function blueskyDid(raw: string): ParseResult {
  // did:plc identifiers are lowercase base32; did:web names a host, which DNS folds.
  const did = raw.startsWith('did:web:') ? raw.toLowerCase() : raw;
  if (!patterns.did.test(did)) return fail('invalid-handle');
  return ok({ platform: 'bluesky', keys: [`did:${did}`], canonicalUrl: `https://bsky.app/profile/${did}`, handle: null, platformId: did });
}

// ---------------------------------------------------------------------------------------------
// URLs

const facebookReserved = new Set([
  'groups', 'events', 'watch', 'share', 'sharer', 'sharer.php', 'login', 'login.php', 'help', 'policies', 'marketplace',
  'gaming', 'hashtag', 'photo', 'photo.php', 'photos', 'story.php', 'permalink.php', 'plugins', 'dialog', 'home.php',
  'notifications', 'messages', 'friends', 'settings', 'search', 'l.php', 'reel', 'reels', 'stories', 'business', 'ads',
  'privacy', 'legal', 'terms', 'about', 'video.php', 'media', 'bookmarks', 'fundraisers', 'live', 'recover', 'checkpoint',
]);
export const instagramReserved: ReadonlySet<string> = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'direct', 'about', 'legal', 'developer', 'web', 'challenge', 'emails']);
const xReserved = new Set([
  'home', 'explore', 'search', 'settings', 'notifications', 'messages', 'share', 'hashtag', 'login', 'signup', 'tos',
  'privacy', 'compose', 'logout', 'about', 'download', 'jobs',
]);
const youtubeReserved = new Set(['watch', 'shorts', 'playlist', 'results', 'embed', 'feed', 'live', 'premium', 'gaming', 'account', 'redirect', 'hashtag', 'post']);

function parseFacebookUrl(url: URL, segments: string[]): ParseResult {
  const [first, second, third] = segments;
  if (!first) return fail('not-an-address');
  const lower = first.toLowerCase();
  if (lower === 'profile.php') {
    const id = url.searchParams.get('id');
    return id ? facebookId(id) : fail('not-an-address');
  }
  if ((lower === 'people' || lower === 'pages') && third) return facebookId(third);
  if (lower === 'p' && second) {
    const match = /-(\d{5,25})$/.exec(second);
    return match ? facebookId(match[1]!) : fail('not-an-address');
  }
  if (facebookReserved.has(lower)) return fail('not-an-address');
  return facebookVanity(first);
}

function parseInstagramUrl(segments: string[]): ParseResult {
  const [first, second] = segments;
  if (!first) return fail('not-an-address');
  const lower = first.toLowerCase();
  if (lower === 'stories' && second) return simpleHandle('instagram', second);
  if (instagramReserved.has(lower) || lower === 'stories') return fail('not-an-address');
  return simpleHandle('instagram', first);
}

function parseXUrl(url: URL, segments: string[]): ParseResult {
  const [first, second, third] = segments;
  if (!first) return fail('not-an-address');
  const lower = first.toLowerCase();
  if (lower === 'i') return second === 'user' && third ? xId(third) : fail('not-an-address');
  if (lower === 'intent') {
    const screenName = url.searchParams.get('screen_name');
    const userId = url.searchParams.get('user_id');
    if (screenName) return simpleHandle('x', screenName);
    if (userId) return xId(userId);
    return fail('not-an-address');
  }
  if (xReserved.has(lower)) return fail('not-an-address');
  return simpleHandle('x', first);
}

function parseYoutubeUrl(host: string, segments: string[]): ParseResult {
  // A youtu.be address is always a video, never a channel.
  if (host === 'youtu.be' || host.endsWith('.youtu.be')) return fail('not-an-address');
  const [first, second] = segments;
  if (!first) return fail('not-an-address');
  if (first.startsWith('@')) return youtubeHandle(first);
  const lower = first.toLowerCase();
  if (lower === 'channel') return second ? youtubeChannel(second) : fail('not-an-address');
  if (lower === 'c' || lower === 'user') return second ? youtubeLegacy(lower, second) : fail('not-an-address');
  if (youtubeReserved.has(lower)) return fail('not-an-address');
  // youtube.com/Name is the old short form of a custom URL.
  return youtubeLegacy('c', first);
}

function parseLinkedinUrl(segments: string[]): ParseResult {
  const [first, second] = segments;
  if (!first || !second) return fail('not-an-address');
  return linkedinPage(first.toLowerCase(), second);
}

function parseTiktokUrl(host: string, segments: string[]): ParseResult {
  // vm. and vt. addresses are short links whose target we cannot know without following them.
  if (host.startsWith('vm.') || host.startsWith('vt.')) return fail('not-an-address');
  const [first] = segments;
  if (!first?.startsWith('@')) return fail('not-an-address');
  return simpleHandle('tiktok', first);
}

function parseThreadsUrl(segments: string[]): ParseResult {
  const [first] = segments;
  if (!first?.startsWith('@')) return fail('not-an-address');
  return simpleHandle('threads', first);
}

function parseBlueskyUrl(segments: string[]): ParseResult {
  const [first, second] = segments;
  if (first?.toLowerCase() !== 'profile' || !second) return fail('not-an-address');
  return second.startsWith('did:') ? blueskyDid(second) : blueskyHandle(second);
}

/** A Mastodon profile address on any server: /@user, /@user@remote (a remote account viewed here), /users/user. */
function parseMastodonUrl(host: string, segments: string[], allowUsersPath: boolean): ParseResult | null {
  const [first, second] = segments;
  if (first?.startsWith('@')) {
    const account = first.slice(1);
    const at = account.indexOf('@');
    // On https://a.example/@user@b.example the account lives on b.example, not on the viewing server.
    return at === -1 ? mastodonAccount(account, host) : mastodonAccount(account.slice(0, at), account.slice(at + 1));
  }
  if (allowUsersPath && first === 'users' && second) return mastodonAccount(second, host);
  return null;
}

function otherUrl(url: URL, fullHost: string): ParseResult {
  if (!patterns.domain.test(fullHost)) return fail('not-an-address');
  const host = fullHost.startsWith('www.') ? fullHost.slice(4) : fullHost;
  const path = url.pathname.replace(/\/+$/, '');
  const key = `url:${host}${path}`;
  return ok({ platform: 'other', keys: [key], canonicalUrl: `https://${host}${path || '/'}`, handle: null, platformId: null });
}

function parseUrl(text: string, hint: Platform | undefined): ParseResult {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('not-an-address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('not-an-address');
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host.includes('.')) return fail('not-an-address');
  const platform = platformOfHost(host);
  const segments = segmentsOf(url);

  if (platform === null) {
    if (hint && hint !== 'mastodon' && hint !== 'other') return fail('platform-mismatch');
    if (hint !== 'other') {
      const mastodon = parseMastodonUrl(host, segments, hint === 'mastodon');
      if (mastodon) return mastodon;
      if (hint === 'mastodon') return fail('not-an-address');
    }
    return otherUrl(url, host);
  }
  if (hint && hint !== platform) return hint === 'other' ? otherUrl(url, host) : fail('platform-mismatch');

  switch (platform) {
    case 'facebook':
      return parseFacebookUrl(url, segments);
    case 'instagram':
      return parseInstagramUrl(segments);
    case 'x':
      return parseXUrl(url, segments);
    case 'youtube':
      return parseYoutubeUrl(host, segments);
    case 'linkedin':
      return parseLinkedinUrl(segments);
    case 'tiktok':
      return parseTiktokUrl(host, segments);
    case 'threads':
      return parseThreadsUrl(segments);
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
      const [kind, slug, ...rest] = text.split('/');
      // A bare slug is ambiguous: the same name can be a person (in/) and a company (company/).
      if (!kind || !slug || rest.some(Boolean)) return fail('invalid-handle');
      return linkedinPage(kind.toLowerCase(), slug);
    }
    case 'mastodon': {
      const account = stripAt(text);
      const at = account.indexOf('@');
      return at === -1 ? fail('invalid-handle') : mastodonAccount(account.slice(0, at), account.slice(at + 1));
    }
    case 'bluesky':
      return text.startsWith('did:') ? blueskyDid(text) : blueskyHandle(text);
    case 'other':
      return fail('not-an-address');
  }
}

const mastodonHandleShape = /^@?[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;
const knownHostStart = new RegExp(`^(?:[a-z0-9-]+\\.)*(?:${platformHosts.map(([d]) => d.replace(/\./g, '\\.')).join('|')})(?:[/?#:]|$)`, 'i');

/** Parses what a resident pasted: a URL in any common form, or a handle. `platform` is a hint and a constraint. */
export function parseProfileAddress(input: string, platform?: Platform): ParseResult {
  const text = input.normalize('NFC').trim();
  if (text === '') return fail('empty');
  if (text.length > 2048) return fail('too-long');
  if (/\s/.test(text)) return fail('not-an-address');

  const mismatch = (actual: Platform) => platform !== undefined && platform !== actual;

  if (text.startsWith('did:') || text.startsWith('at://')) {
    if (mismatch('bluesky')) return fail('platform-mismatch');
    const did = text.startsWith('at://') ? (text.slice(5).split('/')[0] ?? '') : text;
    return did.startsWith('did:') ? blueskyDid(did) : blueskyHandle(did);
  }
  if (/^acct:/i.test(text)) {
    if (mismatch('mastodon')) return fail('platform-mismatch');
    return parseHandle(text.slice(5), 'mastodon');
  }
  if (/^https?:\/\//i.test(text)) return parseUrl(text, platform);
  // Any other scheme (javascript:, mailto:, ftp:) is no profile address; host:port is not a scheme.
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) return fail('not-an-address');

  if (mastodonHandleShape.test(text)) {
    if (platform === undefined || platform === 'mastodon') return parseHandle(text, 'mastodon');
    if (!text.includes('/')) return fail(mismatch('mastodon') ? 'platform-mismatch' : 'invalid-handle');
  }
  if (knownHostStart.test(text)) return parseUrl(`https://${text}`, platform);
  if (platform === 'linkedin' && /^(company|in|school|showcase)\//i.test(text)) return parseHandle(text, 'linkedin');
  if (text.includes('/')) {
    const firstSegment = text.split('/')[0] ?? '';
    return firstSegment.includes('.') ? parseUrl(`https://${text}`, platform) : fail('not-an-address');
  }
  if (platform !== undefined && platform !== 'other') return parseHandle(text, platform);
  if (text.includes('.')) {
    if (text.toLowerCase().endsWith('.bsky.social')) return blueskyHandle(text);
    return parseUrl(`https://${text}`, platform);
  }
  return fail(platform === 'other' ? 'not-an-address' : 'needs-platform');
}

/** Every key under which a registered profile must be found, from all the forms stored for it. */
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
