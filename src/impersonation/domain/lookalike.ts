import { domainToUnicode } from 'node:url';
import { parseProfileAddress } from '../../registry/domain/normalise';
import type { Platform } from '../../registry/domain/platforms';
import { compareNames, oneEdit, reasonCost, replaceable, umlautBehind, type Edit, type Folded, type Glyph, type LookalikeReason } from './reasons';
import { handleFold, readsAsEither } from './skeleton';

export type { LookalikeReason, LookalikeReasonCode } from './reasons';

// Lookalike detection (policy rule P6): does an address that is not in the registry look like one
// of the city's profiles, and by which tricks? docs/lookalike-detection.md tells the rules and
// their measured precision and recall.
//
// Every name is reduced to a canonical key: each character as it looks in a lower-case handle
// (the UTS #39 skeleton and the handle folds of skeleton.ts), accents removed, 'm' and 'rn' one
// letter, separators left out; for exact matches also 'ae'/'oe' read as 'a'/'o'. Official keys are
// kept in maps, and a one-letter edit is found with a deletion index (SymSpell): each long enough
// official key is also stored under each of its single-letter deletions, and a suspect is looked up
// by its key and its deletions. A request costs a few dozen map lookups, never a scan. Only once an
// official is found are the two names aligned letter by letter (reasons.ts), to tell which tricks
// the suspect actually needs.

export interface OfficialHandle {
  profileId: string;
  platform: Platform;
  kind: 'organisation' | 'expert';
  /** As the registry stores it: no '@'; mastodon 'user@host'; linkedin 'company/slug' or 'in/slug'; bluesky a domain. */
  handle: string | null;
  /** e.g. 'Pieksämäen kaupunki', 'Matti Meikäläinen – Pieksämäen kaupunki'. */
  displayName: string;
}

export interface SuspectAddress {
  platform: Platform;
  /** From parseProfileAddress(...).address.handle (same forms as OfficialHandle.handle). */
  handle: string | null;
  /** The name shown on the suspect profile, when the resident gives it. */
  displayName?: string | undefined;
}

export interface LookalikeMatch {
  profileId: string;
  reasons: LookalikeReason[];
}

/** No rule looks at a name shorter than this many letters (after the folds, without added words). */
export const minNameLength = 4;
/**
 * A one-letter edit (added, dropped, doubled, swapped or replaced letter) counts only against an
 * official name of at least this many letters (of its key: 'm' and 'rn' count as one). Shorter
 * names are a letter away from other real names and words all the time (Vaasa and Vaala, Kaarina
 * and Karina, Mikkeli and Mikkel): with 7, the corpus flagged 35 of 31,314 Finnish words and names
 * against a national registry; with 8, 15 (docs/lookalike-detection.md).
 */
export const minEditLength = 8;
/** A display name counts as copied only when it is this long, or has two words or more. */
const minDisplayNameLength = 10;
/** A handle made of an official display name without its generic words needs this many letters. */
const minDisplayCoreLength = 8;
/** Words a fake adds to an official name at most. */
const maxAddedWords = 3;
/** Candidates put through the letter-by-letter comparison per request at most. */
const maxExplained = 40;

/**
 * Words that add nothing but a claim of being official, or the obvious: a fake adds them to an
 * official name ('pieksamaki_official', 'virallinenpieksamaki'). Real words that make another
 * organisation's name ('seurakunta', 'hockey', 'uutiset', 'kirjasto') are deliberately not here:
 * 'pieksamaenseurakunta' is the parish, not a fake. Matched as the words look (so 'offic1al' is
 * 'official') and in any number up to three ('officialinfo').
 */
export const addedWords: Readonly<Record<'fi' | 'sv' | 'en', readonly string[]>> = {
  fi: ['virallinen', 'virallisesti', 'aito', 'oikea', 'info', 'tiedotus', 'tiedote', 'tiedotteet', 'viestinta', 'kaupunki', 'kunta', 'sivu', 'sivut', 'tili', 'tuki', 'asiakaspalvelu', 'suomi', 'fi'],
  sv: ['officiell', 'officiella', 'officiellt', 'stad', 'staden', 'kommun', 'kommunen', 'sida', 'konto', 'finland'],
  en: ['official', 'offical', 'the', 'real', 'verified', 'city', 'town', 'municipality', 'council', 'page', 'account', 'support', 'help', 'hq', 'info'],
};

// ---------------------------------------------------------------------------------------------
// Canonical forms

const hasLetterOrDigit = /[\p{L}\p{N}]/u;
const marks = /\p{M}/gu;
const combiningMark = /^\p{M}$/u;

/** A name folded twice: `plain` for one-letter edits, `merged` also reads 'ae'/'oe' as 'a'/'o', for exact matches. */
interface Names {
  plain: Folded;
  merged: Folded;
}

/** What one character (with its accents) looks like and adds to a key, worked out once per character. */
interface CharacterFold {
  look: string;
  key: string;
  separator: boolean;
}

// Names have few different characters: each is folded once, within a bound no input can push past.
const characterFolds = [new Map<string, CharacterFold>(), new Map<string, CharacterFold>()] as const;
const characterFoldsMax = 10_000;

function foldCharacter(char: string, eitherAsI: boolean): CharacterFold {
  const folds = characterFolds[eitherAsI ? 1 : 0];
  let fold = folds.get(char);
  if (fold) return fold;
  const look = eitherAsI && readsAsEither(char) ? 'i' : handleFold(char);
  const separator = !hasLetterOrDigit.test(look);
  const key = separator ? '' : look.normalize('NFD').replace(marks, '');
  // The skeleton writes 'm' as 'rn'; the key writes both as 'm', one letter for one character,
  // so that a letter added to or dropped from a name is one letter of its key.
  fold = { look, key: key === 'rn' ? 'm' : key, separator };
  if (folds.size >= characterFoldsMax) folds.clear();
  folds.set(char, fold);
  return fold;
}

/** The characters of a text, each with the accents (combining marks) that follow it. */
function charactersOf(text: string): string[] {
  const result: string[] = [];
  for (const char of text.normalize('NFC')) {
    if (result.length > 0 && char.charCodeAt(0) >= 0x300 && combiningMark.test(char)) result[result.length - 1] += char;
    else result.push(char);
  }
  return result;
}

/** `eitherAsI`: read '1' and '|' as 'i' rather than 'l' (a suspect is read both ways). */
function foldName(text: string, eitherAsI = false): Names {
  const glyphs: Glyph[] = [];
  let previous: Glyph | undefined;
  for (const char of charactersOf(text)) {
    const { look, key, separator } = foldCharacter(char, eitherAsI);
    const glyph: Glyph = { text: char, look, key, separator };
    if (key === 'n' && previous?.key === 'r') {
      previous.key = 'm';
      glyph.key = '';
    }
    glyphs.push(glyph);
    previous = glyph;
  }
  const plain = withKey(text, glyphs);
  // 'ä' and 'ö' written as 'ae' and 'oe': in the merged key the 'e' adds nothing, here as in every other name.
  let merged: Glyph[] | null = null;
  let afterVowel = false;
  for (let g = 0; g < glyphs.length; g++) {
    const glyph = glyphs[g]!;
    if (glyph.key === 'e' && afterVowel) {
      merged ??= glyphs.map((x) => ({ ...x }));
      merged[g]!.key = '';
    } else afterVowel = !glyph.separator && (glyph.key.endsWith('a') || glyph.key.endsWith('o'));
  }
  return { plain, merged: merged ? withKey(text, merged) : plain };
}

function withKey(text: string, glyphs: Glyph[]): Folded {
  let key = '';
  const keyGlyph: number[] = [];
  glyphs.forEach((glyph, index) => {
    key += glyph.key;
    for (let c = 0; c < glyph.key.length; c++) keyGlyph.push(index);
  });
  return { text, glyphs, key, keyGlyph };
}

/** The key of any text, as the index stores it for exact matches. */
export function lookalikeKey(text: string): string {
  return foldName(text).merged.key;
}

/** The key one-letter edits are counted on ('ae' kept as two letters). */
export function editKey(text: string): string {
  return foldName(text).plain.key;
}

/** The one-letter edit that turns `official` into `seen` (edit keys), or null when they differ by more. */
export function letterEdit(seen: string, official: string): Edit['kind'] | null {
  return oneEdit(editKey(seen), editKey(official))?.kind ?? null;
}

const wordByKey = new Map<string, string>();
for (const word of [...addedWords.fi, ...addedWords.sv, ...addedWords.en]) {
  wordByKey.set(lookalikeKey(word), word);
  wordByKey.set(editKey(word), word);
}
const wordKeys = [...wordByKey.keys()].sort((a, b) => b.length - a.length);

/** The part of a handle that is a name, and the server or page kind it lives under. */
export interface NamePart {
  name: string;
  /** Mastodon's server, Bluesky's domain suffix, LinkedIn's page kind; '' elsewhere. */
  server: string;
}

/** 'user@host' → user and host; 'company/slug' → slug and 'company'; 'kirjasto.pieksamaki.fi' → 'kirjasto.pieksamaki' and 'fi'. */
export function namePart(platform: Platform, handle: string): NamePart | null {
  switch (platform) {
    case 'mastodon': {
      const at = handle.indexOf('@');
      return at > 0 ? { name: handle.slice(0, at), server: handle.slice(at + 1).toLowerCase() } : { name: handle, server: '' };
    }
    case 'bluesky': {
      const domain = domainToUnicode(handle.toLowerCase()) || handle.toLowerCase();
      if (domain.endsWith('.bsky.social')) return { name: domain.slice(0, -'.bsky.social'.length), server: 'bsky.social' };
      const dot = domain.lastIndexOf('.');
      return dot > 0 ? { name: domain.slice(0, dot), server: domain.slice(dot + 1) } : { name: domain, server: '' };
    }
    case 'linkedin': {
      const slash = handle.indexOf('/');
      return slash > 0 ? { name: handle.slice(slash + 1), server: handle.slice(0, slash).toLowerCase() } : { name: handle, server: '' };
    }
    case 'other':
      return null;
    default:
      return { name: handle, server: '' };
  }
}

/** The registry's lookup keys of a handle on a platform, to tell the same account from a lookalike. */
function identityKeys(platform: Platform, handle: string): string[] {
  const parsed = parseProfileAddress(handle, platform);
  return parsed.ok ? parsed.address.keys : [`handle:${handle.toLowerCase()}`];
}

// ---------------------------------------------------------------------------------------------
// Added words

interface EdgeWords {
  /** Key position → the word keys that make up the key before it (position 0: none). */
  prefixes: Map<number, string[]>;
  /** Key position → the word keys that make up the key from it to the end. */
  suffixes: Map<number, string[]>;
}

function startsAtGlyph(folded: Folded, position: number): boolean {
  return position === 0 || position === folded.key.length || folded.keyGlyph[position] !== folded.keyGlyph[position - 1];
}

/** Every way the key begins and ends with added words, fewest words first. */
function edgeWords(folded: Folded): EdgeWords {
  const key = folded.key;
  const prefixes = new Map<number, string[]>([[0, []]]);
  for (let i = 0; i < key.length; i++) {
    const before = prefixes.get(i);
    if (!before || before.length >= maxAddedWords) continue;
    for (const word of wordKeys) {
      const end = i + word.length;
      if (key.startsWith(word, i) && startsAtGlyph(folded, end) && !prefixes.has(end)) prefixes.set(end, [...before, word]);
    }
  }
  const suffixes = new Map<number, string[]>([[key.length, []]]);
  for (let j = key.length; j > 0; j--) {
    const after = suffixes.get(j);
    if (!after || after.length >= maxAddedWords) continue;
    for (const word of wordKeys) {
      const start = j - word.length;
      if (start >= 0 && key.startsWith(word, start) && startsAtGlyph(folded, start) && !suffixes.has(start)) suffixes.set(start, [word, ...after]);
    }
  }
  return { prefixes, suffixes };
}

function isGeneric(folded: Folded): boolean {
  return edgeWords(folded).prefixes.has(folded.key.length);
}

/** Whether a name is made of the generic words alone ('info', 'kaupunki_info'): nobody's name but where it is. */
export function genericName(text: string): boolean {
  return isGeneric(foldName(text).merged);
}

/** A way to read a suspect's key as added words around a name. */
interface Reading {
  start: number;
  end: number;
  core: string;
  prefix: string[];
  suffix: string[];
}

function readings(folded: Folded): Reading[] {
  const { prefixes, suffixes } = edgeWords(folded);
  const result: Reading[] = [];
  for (const [start, prefix] of prefixes) {
    for (const [end, suffix] of suffixes) {
      if (end - start < minNameLength || prefix.length + suffix.length > maxAddedWords) continue;
      result.push({ start, end, core: folded.key.slice(start, end), prefix, suffix });
    }
  }
  return result.sort((a, b) => a.prefix.length + a.suffix.length - (b.prefix.length + b.suffix.length));
}

/** The text of the suspect's glyphs behind a stretch of its key, separators left out. */
function textOf(folded: Folded, from: number, to: number): string {
  if (to <= from) return '';
  const first = folded.keyGlyph[from]!;
  let last = folded.keyGlyph[to - 1]!;
  while (last + 1 < folded.glyphs.length && !folded.glyphs[last + 1]!.separator && folded.glyphs[last + 1]!.key === '') last++;
  return folded.glyphs
    .slice(first, last + 1)
    .filter((g) => !g.separator)
    .map((g) => g.text)
    .join('');
}

function wordsAsWritten(folded: Folded, start: number, words: string[]): string[] {
  const written: string[] = [];
  let at = start;
  for (const word of words) {
    written.push(textOf(folded, at, at + word.length).toLowerCase());
    at += word.length;
  }
  return written;
}

// ---------------------------------------------------------------------------------------------
// Display names as words

interface DisplayForm {
  key: string;
  /** Where the key starts in the whole display name's key. */
  from: number;
  /** Added words taken off the edges, as written. */
  dropped: string[];
}

/** The display name's key, and its key without generic words at either end ('Pieksämäen kaupunki' → 'pieksämäen'). */
function displayForms(folded: Folded): { full: string; tokens: number; core: DisplayForm | null } {
  const tokens: { key: string; text: string }[] = [];
  let key = '';
  let text = '';
  const flush = () => {
    if (key) tokens.push({ key, text });
    key = '';
    text = '';
  };
  for (const glyph of folded.glyphs) {
    if (glyph.separator) flush();
    else {
      key += glyph.key;
      text += glyph.text;
    }
  }
  flush();
  let from = 0;
  let to = tokens.length;
  while (from < to && wordByKey.has(tokens[from]!.key)) from++;
  while (to > from && wordByKey.has(tokens[to - 1]!.key)) to--;
  const full = tokens.map((t) => t.key).join('');
  if (from === 0 && to === tokens.length) return { full, tokens: tokens.length, core: null };
  const dropped = [...tokens.slice(0, from), ...tokens.slice(to)].map((t) => t.text.toLowerCase());
  const offset = tokens.slice(0, from).reduce((sum, t) => sum + t.key.length, 0);
  return { full, tokens: tokens.length, core: { key: tokens.slice(from, to).map((t) => t.key).join(''), from: offset, dropped } };
}

// ---------------------------------------------------------------------------------------------
// Postings: key → official form ids, a single number until a key has two

type Posting = number | number[];

function post<K>(map: Map<K, Posting>, key: K, id: number): void {
  const existing = map.get(key);
  if (existing === undefined) map.set(key, id);
  else if (typeof existing === 'number') {
    if (existing !== id) map.set(key, [existing, id]);
  } else if (!existing.includes(id)) existing.push(id);
}

const none: readonly number[] = [];

function postings(posting: Posting | undefined): readonly number[] {
  return posting === undefined ? none : typeof posting === 'number' ? [posting] : posting;
}

/**
 * 32-bit FNV-1a of the key without its letter at `skip` (-1: the whole key), folded into a small
 * integer without making the string: the deletion index stores no strings. A collision only adds
 * a candidate, which the letter-by-letter comparison drops.
 */
function hashKey(key: string, skip = -1): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    if (i === skip) continue;
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 2;
}

function deletions(key: string): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i < key.length; i++) result.add(key.slice(0, i) + key.slice(i + 1));
  return result;
}

// Forms of an official, in the form id's lowest two bits.
const handleForm = 0;
const displayFullForm = 1;
const displayCoreForm = 2;
const formOf = (id: number) => id & 3;
const officialOf = (id: number) => id >> 2;

// ---------------------------------------------------------------------------------------------
// The index

interface Official {
  source: OfficialHandle;
  /** The edit key of the handle's name part; null without a handle. */
  key: string | null;
  server: string;
  /** A name of generic words only ('info@some.city.fi'): it is nobody's but there, on that server. */
  generic: boolean;
}

interface Candidate {
  official: number;
  reasons: LookalikeReason[];
  cost: number;
  /** Found through the handle (not only the display name). */
  byHandle: boolean;
}

interface SuspectName {
  names: Names;
  server: string;
  identity: Set<string>;
}

type Mode = keyof Names;

export class LookalikeIndex {
  private readonly officials: Official[] = [];
  /** Merged key of an official handle or display name → form ids. */
  private readonly exact = new Map<string, Posting>();
  /** Hash of a single-letter deletion of an official handle's edit key → official indexes. */
  private readonly deleted = new Map<number, Posting>();
  /** Edit key of an official handle → official indexes, for a suspect with a letter added. */
  private readonly plain = new Map<string, Posting>();

  private constructor() {}

  static build(officials: Iterable<OfficialHandle>): LookalikeIndex {
    const index = new LookalikeIndex();
    for (const official of officials) index.add(official);
    return index;
  }

  get size(): number {
    return this.officials.length;
  }

  private add(source: OfficialHandle): void {
    const at = this.officials.length;
    const part = source.handle ? namePart(source.platform, source.handle) : null;
    const names = part ? foldName(part.name) : null;
    const generic = names !== null && isGeneric(names.merged);
    this.officials.push({ source, key: names?.plain.key ?? null, server: part?.server ?? '', generic });
    if (names) {
      // Every handle is kept, however short, so that an official profile is always known as itself.
      post(this.exact, names.merged.key, at * 4 + handleForm);
      const key = names.plain.key;
      if (key.length >= minEditLength) {
        if (key !== names.merged.key) post(this.plain, key, at);
        // A letter like the one before it deletes to the same key: once is enough.
        for (let i = 0; i < key.length; i++) if (i === 0 || key[i] !== key[i - 1]) post(this.deleted, hashKey(key, i), at);
      }
    }
    const display = displayForms(foldName(source.displayName).merged);
    if (display.full.length >= minNameLength && this.displayCounts(source, display.full, display.tokens)) post(this.exact, display.full, at * 4 + displayFullForm);
    if (source.kind === 'organisation' && display.core && display.core.key.length >= minDisplayCoreLength) post(this.exact, display.core.key, at * 4 + displayCoreForm);
  }

  /** Whether a display name is distinctive enough to be copied: an expert's needs more than a personal name. */
  private displayCounts(source: OfficialHandle, key: string, tokens: number): boolean {
    if (source.kind === 'expert') return tokens >= 3;
    return tokens >= 2 || key.length >= minDisplayNameLength;
  }

  /** Best first, at most `limit` (default 3). Never returns an official whose own handle on the same platform is the suspect's. */
  detect(suspect: SuspectAddress, limit = 3): LookalikeMatch[] {
    const found = new Map<number, Candidate>();
    const keep = (candidate: Candidate | null) => {
      if (!candidate) return;
      const before = found.get(candidate.official);
      if (!before || candidate.cost < before.cost) found.set(candidate.official, candidate);
    };

    const part = suspect.handle ? namePart(suspect.platform, suspect.handle) : null;
    if (suspect.handle && part) {
      const identity = new Set(identityKeys(suspect.platform, suspect.handle));
      // '1' and '|' may stand for 'l' or for 'i': the name is read both ways.
      const ways = [...part.name].some(readsAsEither) ? [foldName(part.name), foldName(part.name, true)] : [foldName(part.name)];
      const exactNames = new Set<number>();
      const byEdit = new Set<number>();
      let explained = 0;
      for (const names of ways) {
        const name: SuspectName = { names, server: part.server, identity };
        for (const id of postings(this.exact.get(names.merged.key))) {
          if (formOf(id) !== handleForm) continue;
          // The suspect is itself an official profile: nobody's lookalike.
          if (this.isSelf(officialOf(id), suspect, name)) return [];
          exactNames.add(officialOf(id));
        }
        for (const reading of readings(names.merged)) {
          for (const id of postings(this.exact.get(reading.core))) {
            if (explained++ >= maxExplained) break;
            keep(this.explainHandle(suspect, name, 'merged', reading, officialOf(id), formOf(id), { kind: 'none' }));
          }
        }
        for (const reading of readings(names.plain)) {
          if (reading.core.length < minEditLength - 1) continue;
          for (const o of this.editCandidates(reading.core)) {
            const official = this.officials[o]!;
            const edit = official.key ? oneEdit(reading.core, official.key) : null;
            // The first letter is what a reader sees first: a name with another one is another name.
            if (!edit || edit.kind === 'none' || edit.at === 0 || explained++ >= maxExplained) continue;
            const candidate = this.explainHandle(suspect, name, 'plain', reading, o, handleForm, edit);
            if (candidate) {
              keep(candidate);
              byEdit.add(o);
            }
          }
        }
      }
      // A suspect that is exactly some official's name is that name, not a misspelling of another.
      if (exactNames.size > 0) for (const o of byEdit) if (!exactNames.has(o) && found.get(o)?.reasons.some(isEdit)) found.delete(o);
    }

    if (suspect.displayName) this.matchDisplayName(suspect, suspect.displayName, found);

    // "The city has no such profile on this platform" is untrue once one on it is matched, and the
    // resident is better served by that one alone.
    const onPlatform = [...found.values()].some((c) => this.officials[c.official]!.source.platform === suspect.platform);
    if (onPlatform) for (const [o, c] of found) if (c.reasons.some((r) => r.code === 'other-platform')) found.delete(o);

    return [...found.values()]
      .sort((a, b) => this.rank(a, b, suspect.platform))
      .slice(0, Math.max(0, limit))
      .map((c) => ({ profileId: this.officials[c.official]!.source.profileId, reasons: c.reasons }));
  }

  private rank(a: Candidate, b: Candidate, platform: Platform): number {
    const oa = this.officials[a.official]!.source;
    const ob = this.officials[b.official]!.source;
    return (
      a.cost - b.cost ||
      Number(ob.platform === platform) - Number(oa.platform === platform) ||
      Number(b.byHandle) - Number(a.byHandle) ||
      Number(ob.kind === 'organisation') - Number(oa.kind === 'organisation') ||
      (oa.profileId < ob.profileId ? -1 : oa.profileId > ob.profileId ? 1 : 0)
    );
  }

  private isSelf(o: number, suspect: SuspectAddress, name: SuspectName): boolean {
    const official = this.officials[o]!.source;
    if (official.platform !== suspect.platform || !official.handle) return false;
    return identityKeys(official.platform, official.handle).some((k) => name.identity.has(k));
  }

  /** Officials whose handle's edit key is one edit from `core`, through the deletion index. */
  private editCandidates(core: string): Set<number> {
    const result = new Set<number>();
    // The suspect dropped a letter: its key is a deletion of an official key.
    for (const o of postings(this.deleted.get(hashKey(core)))) result.add(o);
    for (const d of deletions(core)) {
      // The suspect added a letter: one of its deletions is an official key.
      for (const id of postings(this.exact.get(d))) if (formOf(id) === handleForm) result.add(officialOf(id));
      for (const o of postings(this.plain.get(d))) result.add(o);
      // A letter replaced or two swapped: both lose a letter to the same key.
      for (const o of postings(this.deleted.get(hashKey(d)))) result.add(o);
    }
    return result;
  }

  /** The reasons a reading of the suspect's handle matches an official's handle or display name, or null when it must not count. */
  private explainHandle(suspect: SuspectAddress, name: SuspectName, mode: Mode, reading: Reading, o: number, form: number, edit: Edit): Candidate | null {
    const official = this.officials[o]!;
    const source = official.source;
    const samePlatform = source.platform === suspect.platform;
    const seen = name.names[mode];
    const words = [...wordsAsWritten(seen, 0, reading.prefix), ...wordsAsWritten(seen, reading.end, reading.suffix)];
    if (form === handleForm) {
      if (!source.handle) return null;
      const officialName = foldName(namePart(source.platform, source.handle)!.name)[mode];
      if (officialName.key.length < minNameLength || (edit.kind !== 'none' && officialName.key.length < minEditLength)) return null;
      if (samePlatform && this.isSelf(o, suspect, name)) return null;
      // An expert's account elsewhere (another platform, another server) may well be their own
      // private one; and a name of generic words elsewhere is anybody's.
      if ((source.kind === 'expert' || official.generic) && (!samePlatform || name.server !== official.server)) return null;
      const reasons = compareNames(seen, reading.start, reading.core.length, officialName, 0, officialName.key.length, edit, {
        separators: true,
        umlauts: true,
      });
      if (reasons.some((r) => r.code === 'letter-replaced' && !replaceable(r.seen, r.official))) return null;
      // 'ae' for a plain 'a' is 'ä' written out only where the official name has an 'ä' to write.
      if (reasons.some((r) => r.code === 'umlauts-rewritten' && r.pairs.some((p) => !umlautBehind(p, source)))) return null;
      if (words.length) reasons.push({ code: 'words-added', words });
      if (!samePlatform) reasons.push({ code: 'other-platform', officialPlatform: source.platform, officialHandle: source.handle });
      else if (name.server !== official.server) {
        if (suspect.platform === 'mastodon') reasons.push({ code: 'other-server', seen: name.server, official: official.server });
        else if (suspect.platform === 'bluesky') reasons.push({ code: 'other-domain', seen: suspect.handle!.toLowerCase(), official: source.handle.toLowerCase() });
        else if (suspect.platform === 'linkedin') reasons.push({ code: 'other-page-kind', seen: name.server, official: official.server });
      }
      if (reasons.length === 0) reasons.push({ code: 'confusable-characters', pairs: [{ seen: seen.text, looksLike: officialName.text }] });
      return { official: o, reasons, cost: costOf(reasons), byHandle: true };
    }
    // A handle made of an official display name: organisations only, and no letter edits.
    if (source.kind !== 'organisation' || edit.kind !== 'none') return null;
    const display = foldName(source.displayName).merged;
    const forms = displayForms(display);
    const dropped = form === displayCoreForm ? (forms.core?.dropped ?? []) : [];
    const officialFrom = form === displayCoreForm ? (forms.core?.from ?? 0) : 0;
    if (display.key.slice(officialFrom, officialFrom + reading.core.length) !== reading.core) return null;
    const letters = compareNames(seen, reading.start, reading.core.length, display, officialFrom, reading.core.length, edit, {
      separators: false,
      umlauts: false,
    });
    const reasons: LookalikeReason[] = [{ code: 'handle-from-display-name', displayName: source.displayName }, ...letters];
    if (words.length) reasons.push({ code: 'words-added', words });
    if (dropped.length) reasons.push({ code: 'words-dropped', words: dropped });
    return { official: o, reasons, cost: costOf(reasons), byHandle: false };
  }

  /** The suspect shows an official's display name, as it is or with generic words added or left out. */
  private matchDisplayName(suspect: SuspectAddress, shown: string, found: Map<number, Candidate>): void {
    const keys = new Set<string>();
    for (const eitherAsI of [...shown].some(readsAsEither) ? [false, true] : [false]) {
      const forms = displayForms(foldName(shown, eitherAsI).merged);
      keys.add(forms.full);
      if (forms.core) keys.add(forms.core.key);
    }
    const identity = suspect.handle ? new Set(identityKeys(suspect.platform, suspect.handle)) : new Set<string>();
    for (const key of keys) {
      if (key.length < minNameLength) continue;
      for (const id of postings(this.exact.get(key))) {
        const form = formOf(id);
        if (form === handleForm) continue;
        const o = officialOf(id);
        const source = this.officials[o]!.source;
        if (source.kind === 'expert' && form !== displayFullForm) continue;
        if (source.platform === suspect.platform && source.handle && identityKeys(source.platform, source.handle).some((k) => identity.has(k))) continue;
        const reason: LookalikeReason = { code: 'display-name-copied', seen: shown.trim(), displayName: source.displayName };
        const before = found.get(o);
        if (before) {
          if (!before.reasons.some((r) => r.code === 'display-name-copied')) {
            before.reasons.push(reason);
            // Two signs at once: better evidence than either alone.
            before.cost = Math.min(before.cost, 1) - 0.5;
          }
        } else found.set(o, { official: o, reasons: [reason], cost: 1, byHandle: false });
      }
    }
  }
}

function costOf(reasons: LookalikeReason[]): number {
  return reasons.reduce((sum, r) => sum + reasonCost(r), 0);
}

function isEdit(reason: LookalikeReason): boolean {
  return reasonCost(reason) > 1;
}
