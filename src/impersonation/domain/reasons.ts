import type { Platform } from '../../registry/domain/platforms';

// Why an address looks like an official profile: one entry per trick the address actually needs
// to look like it, each with what a plain-words sentence needs. Letters are given as written on
// the suspect profile ('seen') and on the official one ('official' or 'looksLike'), in lower case.

export type LookalikeReason =
  /** "uses the Cyrillic letter 'а' in place of 'a'", "uses 'rn' in place of 'm'", "uses '0' in place of 'o'". */
  | { code: 'confusable-characters'; pairs: { seen: string; looksLike: string }[] }
  /** "writes 'ä' as 'ae'" / "as 'a'"; other accents likewise ('é' for 'e'). */
  | { code: 'umlauts-rewritten'; pairs: { seen: string; official: string }[] }
  /** "adds the letter 's'". */
  | { code: 'letter-added'; letter: string }
  /** "doubles the letter 'k'". */
  | { code: 'letter-doubled'; letter: string }
  /** "leaves out the letter 'e'". */
  | { code: 'letter-dropped'; letter: string }
  /** "swaps the letters 'ie' to 'ei'". */
  | { code: 'letters-swapped'; seen: string; official: string }
  /** "has 'n' in place of 'm'". */
  | { code: 'letter-replaced'; seen: string; official: string }
  /** "adds the word 'virallinen'": the words as written on the suspect profile, in order. */
  | { code: 'words-added'; words: string[] }
  /** "leaves out the word 'kaupunki'" (of the official display name the handle is made of). */
  | { code: 'words-dropped'; words: string[] }
  /** "writes 'pieksamaen.kaupunki' where the official handle is 'pieksamaen_kaupunki'". */
  | { code: 'separators-changed'; seen: string; official: string }
  /**
   * "uses the handle of the city's Instagram profile 'pieksamaki' on TikTok, where the city has no
   * such profile". Organisation profiles only.
   */
  | { code: 'other-platform'; officialPlatform: Platform; officialHandle: string }
  /** "the same user name on the server mastodon.social; the official one is on mastodon.fi". */
  | { code: 'other-server'; seen: string; official: string }
  /** "the same name under bsky.social; the official handle is pieksamaki.fi" (whole handles). */
  | { code: 'other-domain'; seen: string; official: string }
  /** "a LinkedIn 'in' page; the official one is a 'company' page". */
  | { code: 'other-page-kind'; seen: string; official: string }
  /** "shows the name 'Pieksämäen kaupunki (virallinen)', copied from 'Pieksämäen kaupunki'". */
  | { code: 'display-name-copied'; seen: string; displayName: string }
  /** "makes its handle of the name 'Pieksämäen kaupunki'". Organisation profiles only. */
  | { code: 'handle-from-display-name'; displayName: string };

export type LookalikeReasonCode = LookalikeReason['code'];

export const lookalikeReasonCodes = [
  'confusable-characters',
  'umlauts-rewritten',
  'letter-added',
  'letter-doubled',
  'letter-dropped',
  'letters-swapped',
  'letter-replaced',
  'words-added',
  'words-dropped',
  'separators-changed',
  'other-platform',
  'other-server',
  'other-domain',
  'other-page-kind',
  'display-name-copied',
  'handle-from-display-name',
] as const satisfies readonly LookalikeReasonCode[];

/**
 * How much a trick weighs against a match: the lighter, the likelier a fake. One-letter edits weigh
 * more than the folds, since they are what ordinary names differ by; a replaced letter most of all,
 * since that is how two real names most often differ (Aura and Eura, Vaasa and Vaala), so that
 * 'emijarvi' is taken for Kemijärvi (a dropped 'k'), not for Evijärvi.
 */
export function reasonCost(reason: LookalikeReason): number {
  switch (reason.code) {
    case 'letter-added':
    case 'letter-doubled':
    case 'letter-dropped':
    case 'letters-swapped':
      return 2;
    case 'letter-replaced':
      return 2.25;
    default:
      return 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Names letter by letter: once an official is found, the two names are aligned letter by letter,
// and each difference between them is a reason.

/** One character as written (with its accents), how it looks, and what it adds to the key. */
export interface Glyph {
  text: string;
  /** handleFold(text): the character as it looks, accents kept. */
  look: string;
  /** The look without accents; '' for a separator and for the 'e' of 'ae'/'oe'. */
  key: string;
  separator: boolean;
}

/** A name reduced to its key, remembering which character each letter of the key came from. */
export interface Folded {
  text: string;
  glyphs: Glyph[];
  key: string;
  /** For each position of the key, the index of its glyph. */
  keyGlyph: number[];
}

const marks = /\p{M}/gu;

/**
 * Keys next to each other (a Finnish keyboard) and lower-case letters of one shape mirrored or cut
 * short: the replaced letters a fake chooses, or a reader's eye slides over. Any other replaced
 * letter is how two real names differ (Koskinen and Kaskinen, Kaarina and Katrina), not a trick.
 */
export const replaceableBy: Readonly<Record<string, string>> = {
  q: 'wag', w: 'qeas', e: 'wrsdc', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihjv', i: 'uojkl', o: 'ipklö', p: 'olå',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbvq', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kopi', ö: 'plä', ä: 'öå',
  z: 'asx', x: 'zsdc', c: 'xdfve', v: 'cfgbu', b: 'vghn', n: 'bhjm', m: 'njk', å: 'pä',
};

/** Whether a letter replaced by another is a trick: next to it on the keyboard, or alike in shape. */
export function replaceable(seen: string, official: string): boolean {
  const s = seen.toLowerCase();
  const o = official.toLowerCase();
  return [...s].length === 1 && [...o].length === 1 && ((replaceableBy[o] ?? '').includes(s) || (replaceableBy[s] ?? '').includes(o));
}

/** Whether an 'ae'/'oe' seen for the official's plain 'a'/'o' stands for an 'ä'/'ö' of its name. */
export function umlautBehind(pair: { seen: string; official: string }, official: { handle: string | null; displayName: string }): boolean {
  const written = /^([ao])e$/.exec(pair.seen.toLowerCase());
  if (!written || pair.official.toLowerCase() !== written[1]) return true;
  const umlaut = written[1] === 'a' ? 'ä' : 'ö';
  return `${official.handle ?? ''} ${official.displayName}`.toLowerCase().includes(umlaut);
}

// ---------------------------------------------------------------------------------------------
// Edits

export type Edit =
  | { kind: 'none' }
  | { kind: 'added'; at: number }
  | { kind: 'dropped'; at: number }
  | { kind: 'replaced'; at: number }
  | { kind: 'swapped'; at: number };

/** How `seen` differs from `official` by at most one letter (an adjacent swap counting as one), or null. */
export function oneEdit(seen: string, official: string): Edit | null {
  if (seen === official) return { kind: 'none' };
  let p = 0;
  while (p < seen.length && p < official.length && seen[p] === official[p]) p++;
  if (seen.length === official.length + 1) return seen.slice(p + 1) === official.slice(p) ? { kind: 'added', at: p } : null;
  if (seen.length + 1 === official.length) return seen.slice(p) === official.slice(p + 1) ? { kind: 'dropped', at: p } : null;
  if (seen.length !== official.length) return null;
  if (seen.slice(p + 1) === official.slice(p + 1)) return { kind: 'replaced', at: p };
  if (seen[p] === official[p + 1] && seen[p + 1] === official[p] && seen.slice(p + 2) === official.slice(p + 2)) return { kind: 'swapped', at: p };
  return null;
}

/** Pairs of key positions (suspect, official; -1 where one side has no letter) along the edit, and whether the pair is edited. */
function alignment(seenFrom: number, seenLength: number, officialFrom: number, edit: Edit): [number, number, boolean][] {
  const officialLength = seenLength + (edit.kind === 'added' ? -1 : edit.kind === 'dropped' ? 1 : 0);
  const pairs: [number, number, boolean][] = [];
  let s = 0;
  let o = 0;
  while (s < seenLength || o < officialLength) {
    if (edit.kind === 'added' && s === edit.at) {
      pairs.push([seenFrom + s, -1, true]);
      s++;
    } else if (edit.kind === 'dropped' && o === edit.at) {
      pairs.push([-1, officialFrom + o, true]);
      o++;
    } else {
      const edited = (edit.kind === 'replaced' && s === edit.at) || (edit.kind === 'swapped' && (s === edit.at || s === edit.at + 1));
      pairs.push([seenFrom + s, officialFrom + o, edited]);
      s++;
      o++;
    }
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// Telling the tricks

interface Block {
  seen: [number, number] | null; // glyph range, inclusive
  official: [number, number] | null;
  edited: boolean;
  swapped: boolean;
}

function extend(range: [number, number] | null, glyph: number): [number, number] {
  return range ? [Math.min(range[0], glyph), Math.max(range[1], glyph)] : [glyph, glyph];
}

function inRange(range: [number, number] | null, glyph: number): boolean {
  return range !== null && glyph >= range[0] && glyph <= range[1];
}

/** Aligned letters grouped into the smallest runs of whole characters on both sides ('rn' with 'm'). */
function blocks(seen: Folded, official: Folded, pairs: [number, number, boolean][], edit: Edit): Block[] {
  const result: Block[] = [];
  let current: Block | null = null;
  for (const [s, o, edited] of pairs) {
    const sg = s >= 0 ? seen.keyGlyph[s]! : -1;
    const og = o >= 0 ? official.keyGlyph[o]! : -1;
    const joins = current !== null && ((sg >= 0 && inRange(current.seen, sg)) || (og >= 0 && inRange(current.official, og)));
    if (!joins || current === null) {
      current = { seen: null, official: null, edited: false, swapped: false };
      result.push(current);
    }
    if (sg >= 0) current.seen = extend(current.seen, sg);
    if (og >= 0) current.official = extend(current.official, og);
    if (edited) {
      current.edited = true;
      if (edit.kind === 'swapped') current.swapped = true;
    }
  }
  // A swap is one edit over two letters: keep its two blocks together.
  for (let b = result.length - 1; b > 0; b--) {
    const here = result[b]!;
    const before = result[b - 1]!;
    if (here.swapped && before.swapped) {
      before.seen = before.seen && here.seen ? [before.seen[0], here.seen[1]] : (before.seen ?? here.seen);
      before.official = before.official && here.official ? [before.official[0], here.official[1]] : (before.official ?? here.official);
      result.splice(b, 1);
    }
  }
  return result;
}

function glyphsIn(folded: Folded, range: [number, number] | null): Glyph[] {
  if (!range) return [];
  let last = range[1];
  while (last + 1 < folded.glyphs.length && !folded.glyphs[last + 1]!.separator && folded.glyphs[last + 1]!.key === '') last++;
  return folded.glyphs.slice(range[0], last + 1).filter((g) => !g.separator);
}

/** A block without the characters it shares at either end, as long as both sides keep one: 'аe' and 'ae' differ in 'а'. */
function trimmed(seen: Glyph[], official: Glyph[]): [Glyph[], Glyph[]] {
  let from = 0;
  let to = 0;
  const same = (a: Glyph | undefined, b: Glyph | undefined) => a !== undefined && b !== undefined && a.text.toLowerCase() === b.text.toLowerCase();
  while (seen.length - from - to > 1 && official.length - from - to > 1 && same(seen[from], official[from])) from++;
  while (seen.length - from - to > 1 && official.length - from - to > 1 && same(seen[seen.length - 1 - to], official[official.length - 1 - to])) to++;
  return [seen.slice(from, seen.length - to), official.slice(from, official.length - to)];
}

const join = (glyphs: Glyph[], part: 'text' | 'look') => glyphs.map((g) => g[part]).join('');
const plain = (text: string) => text.normalize('NFD').replace(marks, '');

/** The separators written before each glyph of a name, after its previous letter. */
function separatorsBefore(folded: Folded): string[] {
  const before: string[] = [];
  let pending = '';
  for (const glyph of folded.glyphs) {
    before.push(pending);
    pending = glyph.separator ? pending + glyph.text : '';
  }
  before.push(pending);
  return before;
}

/**
 * The tricks that make the suspect's name (its key from `seenFrom` for `seenLength` letters) look
 * like the official name (its key from `officialFrom`), given the one edit between them.
 */
export function compareNames(
  seen: Folded,
  seenFrom: number,
  seenLength: number,
  official: Folded,
  officialFrom: number,
  officialLength: number,
  edit: Edit,
  options: { separators: boolean; umlauts: boolean },
): LookalikeReason[] {
  const pairs = alignment(seenFrom, seenLength, officialFrom, edit);
  const confusables: { seen: string; looksLike: string }[] = [];
  const umlauts: { seen: string; official: string }[] = [];
  const reasons: LookalikeReason[] = [];
  for (const block of blocks(seen, official, pairs, edit)) {
    const [s, o] = trimmed(glyphsIn(seen, block.seen), glyphsIn(official, block.official));
    const sText = join(s, 'text').toLowerCase();
    const oText = join(o, 'text').toLowerCase();
    if (block.edited) {
      if (o.length === 0) {
        const neighbours = [seen.glyphs[block.seen![0] - 1], seen.glyphs[block.seen![1] + 1]].map((g) => g?.look);
        const doubled = neighbours.includes(join(s, 'look'));
        reasons.push({ code: doubled ? 'letter-doubled' : 'letter-added', letter: sText });
      } else if (s.length === 0) reasons.push({ code: 'letter-dropped', letter: oText });
      else if (block.swapped) reasons.push({ code: 'letters-swapped', seen: sText, official: oText });
      else reasons.push({ code: 'letter-replaced', seen: sText, official: oText });
      continue;
    }
    if (sText === oText) continue;
    if (join(s, 'look') === join(o, 'look')) {
      if (!confusables.some((p) => p.seen === sText && p.looksLike === oText)) confusables.push({ seen: sText, looksLike: oText });
    } else if (o.length === 2 && s.length === 1) {
      // The official 'ae' (or 'äe', as in 'Pieksämäen') written with one letter: the 'e' is dropped.
      reasons.push({ code: 'letter-dropped', letter: o[1]!.text.toLowerCase() });
    } else if (plain(sText) === plain(oText) && !options.umlauts) {
      // Accents left out of a handle made of a display name: what any handle does.
    } else if (!umlauts.some((p) => p.seen === sText && p.official === oText)) {
      umlauts.push({ seen: sText, official: oText });
    }
  }
  if (confusables.length) reasons.unshift({ code: 'confusable-characters', pairs: confusables });
  if (umlauts.length) reasons.splice(confusables.length ? 1 : 0, 0, { code: 'umlauts-rewritten', pairs: umlauts });
  if (options.separators && separatorsDiffer(seen, official, pairs, seenFrom, seenLength, officialFrom, officialLength)) {
    reasons.push({ code: 'separators-changed', seen: spanText(seen, seenFrom, seenLength), official: spanText(official, officialFrom, officialLength) });
  }
  return reasons;
}

/** Separators inside the compared names, and at their ends where nothing was added, differ. */
function separatorsDiffer(
  seen: Folded,
  official: Folded,
  pairs: [number, number, boolean][],
  seenFrom: number,
  seenLength: number,
  officialFrom: number,
  officialLength: number,
): boolean {
  const seenBefore = separatorsBefore(seen);
  const officialBefore = separatorsBefore(official);
  let first = true;
  for (const [s, o] of pairs) {
    if (s < 0 || o < 0) continue;
    const sg = seen.keyGlyph[s]!;
    const og = official.keyGlyph[o]!;
    const sStarts = s === 0 || seen.keyGlyph[s - 1] !== sg;
    const oStarts = o === 0 || official.keyGlyph[o - 1] !== og;
    if (!sStarts || !oStarts) continue;
    if (!first && seenBefore[sg] !== officialBefore[og]) return true;
    first = false;
  }
  // Separators at the very ends count where the name reaches the end on both sides.
  const seenEnd = seenFrom + seenLength === seen.key.length;
  const officialEnd = officialFrom + officialLength === official.key.length;
  if (seenFrom === 0 && officialFrom === 0 && seenBefore[seen.keyGlyph[0] ?? 0] !== officialBefore[official.keyGlyph[0] ?? 0]) return true;
  if (seenEnd && officialEnd && seenBefore[seen.glyphs.length] !== officialBefore[official.glyphs.length]) return true;
  return false;
}

/** The name as written from one key position to another, separators inside it included. */
function spanText(folded: Folded, from: number, length: number): string {
  if (length === 0) return '';
  let first = folded.keyGlyph[from]!;
  let last = folded.keyGlyph[from + length - 1]!;
  if (from === 0) first = 0;
  if (from + length === folded.key.length) last = folded.glyphs.length - 1;
  return folded.glyphs
    .slice(first, last + 1)
    .map((g) => g.text)
    .join('')
    .toLowerCase();
}
