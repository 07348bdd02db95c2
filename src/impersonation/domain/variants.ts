import { parseProfileAddress } from '../../registry/domain/normalise';
import type { Platform } from '../../registry/domain/platforms';
import { genericName, letterEdit, lookalikeKey, minEditLength, minNameLength, namePart } from './lookalike';
import { replaceableBy } from './reasons';

// The handles a fake would most likely take in place of an official one (P6), each made with one
// trick. The communications unit's watch list shows them, to be looked up or taken first on the
// platform, so every variant is a handle the platform accepts (checked with the registry's own
// address rules) and never the official account itself. The detector's tests and the evaluation
// corpus use the same variants, and each of them is caught by the detector: edits are made only
// where the detector looks for them (names of at least `minEditLength` letters).

export type VariantTrick =
  | 'confusable-characters'
  | 'letter-added'
  | 'letter-doubled'
  | 'letter-dropped'
  | 'letters-swapped'
  | 'letter-replaced'
  | 'words-added'
  | 'separators-changed'
  | 'umlauts-rewritten'
  | 'other-server'
  | 'other-domain'
  | 'other-page-kind';

export interface LookalikeVariant {
  handle: string;
  trick: VariantTrick;
}

/** Variants per handle when the caller does not say. */
export const defaultVariantCount = 100;

/** Letters that pass for others in a lower-case handle, in ASCII (every platform takes these). */
const asciiLookalikes: [string, string][] = [
  ['o', '0'], ['0', 'o'], ['l', '1'], ['i', '1'], ['1', 'l'], ['m', 'rn'], ['rn', 'm'],
];
/** Cyrillic and Greek letters for the platforms whose handles take any script. */
const scriptLookalikes: [string, string][] = [
  ['a', 'а'], ['e', 'е'], ['o', 'о'], ['p', 'р'], ['c', 'с'], ['x', 'х'], ['y', 'у'], ['i', 'і'], ['o', 'ο'],
];
const unicodeHandles: ReadonlySet<Platform> = new Set(['youtube', 'linkedin']);

/** Words a fake adds, after the name and before it. */
const suffixWords = ['official', 'virallinen', 'info', 'fi', 'kaupunki', 'officiell'];
const prefixWords = ['official', 'virallinen', 'the', 'real'];

/** The edit each one-letter trick makes, as the detector counts it. */
const editTricks: Partial<Record<VariantTrick, string>> = {
  'letter-added': 'added',
  'letter-doubled': 'added',
  'letter-dropped': 'dropped',
  'letters-swapped': 'swapped',
  'letter-replaced': 'replaced',
};

const largeMastodonServers = ['mastodon.social', 'mstdn.social', 'mastodon.online'];

/** The separators a platform allows inside a handle's name. */
function separatorsOf(platform: Platform): string[] {
  switch (platform) {
    case 'x':
      return ['_'];
    case 'facebook':
      return ['.'];
    case 'bluesky':
    case 'linkedin':
      return ['-'];
    case 'mastodon':
      return ['_'];
    case 'youtube':
      return ['_', '.', '-'];
    default:
      return ['_', '.'];
  }
}

const isSeparator = (char: string) => !/[\p{L}\p{N}]/u.test(char);
const isLetter = (char: string) => /\p{L}/u.test(char);

/** Each way to make one trick's variants of a name, as names. */
function nameVariants(platform: Platform, name: string): Map<VariantTrick, string[]> {
  const chars = [...name];
  const result = new Map<VariantTrick, string[]>();
  const add = (trick: VariantTrick, variant: string) => {
    if (variant === name) return;
    // An edit that makes 'rn' (read as 'm') or 'ae' (read as 'ä') is two tricks, not one.
    if (editTricks[trick] !== undefined && letterEdit(variant, name) !== editTricks[trick]) return;
    const list = result.get(trick) ?? [];
    if (!list.includes(variant)) list.push(variant);
    result.set(trick, list);
  };
  const key = lookalikeKey(name);
  const separators = separatorsOf(platform);
  const joiners = ['', ...separators];

  // Names shorter than this are left alone by the detector: nothing to watch.
  if (key.length < minNameLength) return result;

  // Look-alike characters, one place at a time.
  const pairs = unicodeHandles.has(platform) ? [...asciiLookalikes, ...scriptLookalikes] : asciiLookalikes;
  for (const [from, to] of pairs) {
    for (let at = name.indexOf(from); at >= 0; at = name.indexOf(from, at + 1)) add('confusable-characters', name.slice(0, at) + to + name.slice(at + from.length));
  }

  {
    for (const word of suffixWords) for (const joiner of joiners) add('words-added', `${name}${joiner}${word}`);
    for (const word of prefixWords) for (const joiner of joiners) add('words-added', `${word}${joiner}${name}`);
    const inside = chars.filter(isSeparator);
    if (inside.length > 0) {
      for (const other of joiners) add('separators-changed', chars.map((c) => (isSeparator(c) ? other : c)).join(''));
    }
    for (const separator of separators) {
      if (!name.startsWith(separator)) add('separators-changed', `${separator}${name}`);
      if (!name.endsWith(separator)) add('separators-changed', `${name}${separator}`);
    }
  }

  if (/[äöå]/.test(name)) {
    add('umlauts-rewritten', name.replace(/[äå]/g, 'a').replace(/ö/g, 'o'));
    add('umlauts-rewritten', name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/å/g, 'a'));
  }

  if (key.length >= minEditLength) {
    // The first letter stays: the detector takes a name with another first letter for another name.
    for (let at = 1; at < chars.length; at++) {
      const char = chars[at]!;
      if (!isLetter(char)) continue;
      const before = chars.slice(0, at).join('');
      const after = chars.slice(at + 1).join('');
      // An 'e' after 'a' or 'o' reads as 'ä' or 'ö' written out, not as an added letter.
      if (!(char === 'e' && /[aoäöå]$/.test(before))) add('letter-doubled', `${before}${char}${char}${after}`);
      add('letter-dropped', `${before}${after}`);
      const next = chars[at + 1];
      if (next !== undefined && isLetter(next) && next !== char) add('letters-swapped', `${before}${next}${char}${chars.slice(at + 2).join('')}`);
      for (const other of replaceableBy[char] ?? '') add('letter-replaced', `${before}${other}${after}`);
    }
    for (const letter of ['s', 'x', '2']) add('letter-added', `${name}${letter}`);
  }
  return result;
}

/** Puts a name variant back into a whole handle of the platform. */
function asHandle(platform: Platform, name: string, server: string): string[] {
  switch (platform) {
    case 'mastodon':
      return [`${name}@${server}`];
    case 'linkedin':
      return [`${server}/${name}`];
    case 'bluesky':
      // A fake cannot take the city's own domain; it takes a name under bsky.social.
      return [`${name.replace(/[._]/g, '-')}.bsky.social`];
    default:
      return [name];
  }
}

/**
 * Lookalike variants of an official handle, each made with one trick, valid on the platform and
 * not the official account itself. Tricks take turns, so that even a short list shows each of them.
 * An expert's name on another server or domain is not watched: it may be their own account, and
 * the detector does not flag it (pass `kind` to leave those out); nor is a name of generic words.
 */
export function lookalikeVariants(
  official: { platform: Platform; handle: string; kind?: 'organisation' | 'expert' },
  options: { max?: number } = {},
): LookalikeVariant[] {
  const max = options.max ?? defaultVariantCount;
  const { platform, handle } = official;
  const parsedOfficial = parseProfileAddress(handle, platform);
  if (!parsedOfficial.ok) return [];
  const part = namePart(platform, parsedOfficial.address.handle ?? handle);
  if (!part) return [];
  // The same name elsewhere is watched only where the detector would flag it.
  const elsewhere = official.kind !== 'expert' && !genericName(part.name);
  const officialKeys = new Set(parsedOfficial.address.keys);

  const perTrick = new Map<VariantTrick, string[]>();
  const offer = (trick: VariantTrick, candidate: string) => {
    const list = perTrick.get(trick) ?? [];
    list.push(candidate);
    perTrick.set(trick, list);
  };
  for (const [trick, names] of nameVariants(platform, part.name)) for (const name of names) for (const h of asHandle(platform, name, part.server)) offer(trick, h);

  if (platform === 'mastodon' && elsewhere) for (const server of largeMastodonServers) if (server !== part.server) offer('other-server', `${part.name}@${server}`);
  if (platform === 'bluesky' && elsewhere && part.server !== 'bsky.social') {
    offer('other-domain', `${part.name.replace(/[._]/g, '-')}.bsky.social`);
    for (const tld of ['com', 'net', 'org']) if (tld !== part.server) offer('other-domain', `${part.name}.${tld}`);
  }
  if (platform === 'linkedin' && elsewhere) for (const kind of ['company', 'showcase', 'in']) if (kind !== part.server) offer('other-page-kind', `${kind}/${part.name}`);

  // Only handles the platform accepts, each once, and never the official account itself.
  const seen = new Set<string>();
  const valid = new Map<VariantTrick, LookalikeVariant[]>();
  for (const [trick, candidates] of perTrick) {
    const list: LookalikeVariant[] = [];
    for (const candidate of candidates) {
      const parsed = parseProfileAddress(candidate, platform);
      if (!parsed.ok || parsed.address.platform !== platform || !parsed.address.handle) continue;
      if (parsed.address.keys.some((k) => officialKeys.has(k))) continue;
      const id = parsed.address.keys.join(' ');
      if (seen.has(id)) continue;
      seen.add(id);
      list.push({ handle: parsed.address.handle, trick });
    }
    if (list.length) valid.set(trick, list);
  }

  const result: LookalikeVariant[] = [];
  const queues = [...valid.values()];
  for (let round = 0; result.length < max && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const variant = queue[round];
      if (variant && result.length < max) result.push(variant);
    }
  }
  return result;
}
