import { dictionary as finnish } from '@zxcvbn-ts/language-fi';
import { calendarWords, ordinaryNameWords, type TextLanguage } from './data/ordinary-words';
import { municipalityNames } from './data/postal-codes';
import { findingAt, type Finding } from './finding';

// Names of people in running text (P8), in Finnish, Swedish and English. The names come from the
// public lists of Finnish first names and surnames (@zxcvbn-ts/language-fi, which hold the
// Swedish and foreign names common in Finland too). A capitalised word on a list is not yet a
// person: "Kivi on kova", "Salo" the town, "Kuopion yliopisto". The rules, in the order tried:
//
// 1. Full name: one to three first names (as written, not inflected) or initials, then a surname
//    from the list, which may be inflected (Virtaselle, Mattilan, Anderssons). After a first name
//    that is not also an ordinary word, an unlisted word shaped like a surname (Kuukkarinen,
//    Kuukkarisen, -sson, -qvist) will do too. Not a person when the "first name" is an ordinary
//    word or an initial and the "surname" a municipality or an ordinary Finnish word ("Aina
//    Kuopiossa", "Eli Lahdessa", "B. Kivi"), nor when the name in the genitive names a street, a
//    school or a foundation ("Aleksis Kiven katu", "Alvar Aallon säätiö").
// 2. Title: a single name after a title or a form of address (rehtori Virtanen, fru Lindqvist,
//    Mr Smith). After a role (rehtori, opettaja, asukas) the word must be a listed name or shaped
//    like a surname; after a form of address (Mr, fru, herra, tri) any capitalised word will do.
// 3. A first name alone counts when it is no ordinary word of the text's language, month or firm
//    (Päivi, Juhani; not Anna, Toivo, May, Elisa) and not part of a longer capitalised name.
// A surname alone is never a person: it is as often a place, a firm or a word at a sentence's start.
// Municipalities never count under rules 2 and 3 (asukas Kuopiosta, Kaarina).
//
// Speed: the text is scanned once for capitalised words; each is looked up in maps built once
// from the lists, through a small table of Finnish case endings: never a loop over the lists.
// What a word is as a name is worked out once per word as written and kept (a bounded cache), so
// a word seen before costs one look-up.

export type { TextLanguage };

// ---------------------------------------------------------------------------------------------
// Finnish inflection of names

const vowels = 'aeiouyäö';

/** Case endings after a name's vowel stem: Virtase|lle, Mattila|n, Lainee|seen, Lindqvisti|ä. */
const vowelStemEndings = [
  'n', 'lle', 'lla', 'llä', 'lta', 'ltä', 'ssa', 'ssä', 'sta', 'stä', 'ksi', 'na', 'nä', 'a', 'ä', 'tta', 'ttä', 't',
  'an', 'än', 'en', 'in', 'on', 'un', 'yn', 'ön', 'hin', 'hen', 'han', 'hän', 'hon', 'hun', 'seen',
];
/** The partitive after a consonant stem: Virtas|ta, Markus|ta. */
const consonantStemEndings = ['ta', 'tä'];
/** Clitics that may follow any form: Virtasenkin, Annakaan. */
const clitics = ['kin', 'kaan', 'kään', 'han', 'hän', 'pa', 'pä', 'ko', 'kö'];

/** Consonant gradation before the last vowel, strong to weak: Pekka → Pekan, Aalto → Aallon, Lahti → Lahden. */
const gradation: readonly (readonly [string, string])[] = [
  ['kk', 'k'], ['pp', 'p'], ['tt', 't'], ['nk', 'ng'], ['mp', 'mm'], ['lt', 'll'], ['nt', 'nn'], ['rt', 'rr'], ['ht', 'hd'],
];

function weakGrade(stem: string): string | null {
  const body = stem.slice(0, -1);
  const last = stem.slice(-1);
  for (const [strong, weak] of gradation) if (body.endsWith(strong)) return body.slice(0, -2) + weak + last;
  if (body.length >= 2 && vowels.includes(body[body.length - 2]!)) {
    const consonant = body[body.length - 1];
    const rest = body.slice(0, -1);
    if (consonant === 'k') return rest + last; // Mäki → Mäen
    if (consonant === 'p') return `${rest}v${last}`; // Lepo → Levon
    if (consonant === 't') return `${rest}d${last}`; // Satu → Sadun
  }
  return null;
}

/** The stems a name inflects on: vowel stems take `vowelStemEndings`, consonant stems the partitive. */
function stemsOf(name: string): { vowel: string[]; consonant: string[] } {
  const vowel: string[] = [];
  const consonant: string[] = [];
  const withWeak = (stem: string): void => {
    vowel.push(stem);
    const weak = weakGrade(stem);
    if (weak) vowel.push(weak);
  };
  if (name.endsWith('nen')) {
    const root = name.slice(0, -3);
    vowel.push(`${root}se`, `${root}si`); // Virtasen, Virtasille
    consonant.push(`${root}s`); // Virtasta
  } else if (vowels.includes(name.slice(-1))) {
    withWeak(name);
    if (name.endsWith('i')) withWeak(`${name.slice(0, -1)}e`); // Niemi → Niemen, Lahti → Lahden
    if (name.endsWith('e')) vowel.push(`${name}e`); // Laine → Laineen
  } else if (name.endsWith('s')) {
    vowel.push(`${name.slice(0, -1)}kse`); // Markus → Markuksen
    consonant.push(name); // Markusta
  } else {
    vowel.push(`${name}i`); // Lindqvist → Lindqvistin, Andersson → Anderssonille
  }
  return { vowel, consonant };
}

// ---------------------------------------------------------------------------------------------
// The lexicon of names

class NameEntry {
  first = false;
  last = false;
  /** The names (nominative, lower case) that take this form. */
  readonly bases: string[] = [];
  /** The two readings of a word of this form, made once: a scan allocates none. */
  readonly asWritten: NameReading = { entry: this, inflected: false };
  readonly asInflected: NameReading = { entry: this, inflected: true };
}

/** What one word may be as a name: the entry, and whether the word is inflected. */
export interface NameReading {
  entry: NameEntry;
  inflected: boolean;
}

const nominatives = new Map<string, NameEntry>();
const vowelStems = new Map<string, NameEntry>();
const consonantStems = new Map<string, NameEntry>();

function enter(map: Map<string, NameEntry>, key: string, base: string, kind: 'first' | 'last'): void {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = new NameEntry()));
  entry[kind] = true;
  if (!entry.bases.includes(base)) entry.bases.push(base);
}

function addName(name: string, kind: 'first' | 'last'): void {
  enter(nominatives, name, name, kind);
  const { vowel, consonant } = stemsOf(name);
  for (const stem of vowel) enter(vowelStems, stem, name, kind);
  for (const stem of consonant) enter(consonantStems, stem, name, kind);
}

const calendar = new Set(calendarWords);
for (const name of [...finnish.femaleFirstnames, ...finnish.maleFirstnames]) if (!calendar.has(name)) addName(name, 'first');
for (const name of finnish.lastnames) if (!calendar.has(name)) addName(name, 'last');

/**
 * Surnames that are also ordinary Finnish words (Kivi, Järvi, Virta, Aalto): on the lists' frequency
 * list of Finnish and ending in a vowel, as Finnish words do. The frequency list, counted from
 * film subtitles, also holds foreign names (smith, johnson), which end in consonants and are kept out.
 */
const commonFinnishWords: ReadonlySet<string> = new Set(finnish.commonWords);
function isOrdinaryFinnishWord(base: string): boolean {
  return commonFinnishWords.has(base) && vowels.includes(base.slice(-1));
}

const ordinaryByLanguage: Readonly<Record<TextLanguage, ReadonlySet<string>>> = {
  fi: new Set(ordinaryNameWords.fi),
  sv: new Set(ordinaryNameWords.sv),
  en: new Set(ordinaryNameWords.en),
};
const ordinaryInAnyLanguage: ReadonlySet<string> = new Set([...ordinaryNameWords.fi, ...ordinaryNameWords.sv, ...ordinaryNameWords.en]);

/** Stems shorter than this are not read as inflected names: "Han" is no form of Ha, nor "Kun" of Ku. */
const minStem = 3;

const vowelStemEndingSet: ReadonlySet<string> = new Set(vowelStemEndings);
const longestEnding = Math.max(...vowelStemEndings.map((ending) => ending.length));

function readingsOf(lower: string, into: NameReading[]): void {
  const nominative = nominatives.get(lower);
  if (nominative) into.push(nominative.asWritten);
  // Endings by length, not one by one: four look-ups per word whatever the table holds.
  for (let length = 1; length <= longestEnding && lower.length - length >= minStem; length++) {
    const ending = lower.slice(-length);
    if (vowelStemEndingSet.has(ending)) {
      const entry = vowelStems.get(lower.slice(0, -length));
      if (entry) into.push(entry.asInflected);
    }
    if (length === 2 && consonantStemEndings.includes(ending)) {
      const entry = consonantStems.get(lower.slice(0, -length));
      if (entry) into.push(entry.asInflected);
    }
  }
  // The Swedish and English genitive: Anderssons, Annas.
  if (lower.length > minStem && lower.endsWith('s')) {
    const entry = nominatives.get(lower.slice(0, -1));
    if (entry) into.push(entry.asInflected);
  }
}

/** Every way `word` (any case) reads as a listed name, inflected or not. */
export function nameReadings(word: string): NameReading[] {
  const lower = word.toLowerCase();
  const found: NameReading[] = [];
  if (lower.includes('-')) {
    const parts = lower.split('-');
    // Anna-Liisa, Juha-Pekka, Korhonen-Virtanen: the whole on the list, or every part a name of one
    // kind with only the last inflected.
    readingsOf(lower, found);
    if (found.length) return found;
    const last: NameReading[] = [];
    readingsOf(parts[parts.length - 1]!, last);
    for (const reading of last) {
      const kind = reading.entry.first ? 'first' : 'last';
      if (parts.slice(0, -1).every((part) => nominatives.get(part)?.[kind])) found.push(reading);
    }
    return found;
  }
  readingsOf(lower, found);
  if (!found.length) {
    for (const clitic of clitics) {
      if (lower.length > clitic.length + 2 && lower.endsWith(clitic)) readingsOf(lower.slice(0, -clitic.length), found);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Context: titles, forms of address, what a genitive name may name

/** Forms of address: whatever capitalised word follows is a name (Mr Bean, fru Lindqvist). */
const formsOfAddress = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'herra', 'rouva', 'neiti', 'tri', 'tohtori', 'herr', 'fru', 'fröken', 'doktor']);
const longestFormOfAddress = Math.max(...[...formsOfAddress].map((form) => form.length));

/** Roles and titles before a name (rehtori Virtanen, rektor Lindqvist, nurse Korhonen). */
const roleTitles = new Set(
  `rehtori opettaja hoitaja asukas oppilas opiskelija työntekijä kollega naapuri johtaja päällikkö pormestari
   professori lääkäri pastori kirkkoherra kanttori diakoni valtuutettu kansanedustaja ministeri presidentti
   puheenjohtaja sihteeri asiantuntija koordinaattori ohjaaja valmentaja kapteeni komisario konstaapeli tuomari
   insinööri arkkitehti kuraattori psykologi lehtori dosentti kirjailija taiteilija muusikko kuvaaja toimittaja
   rektor lärare lärarinna skötare sjukskötare invånare elev studerande kollega granne chef direktör borgmästare
   professor läkare präst kyrkoherde kantor ledamot ordförande minister president sekreterare expert tränare
   kapten kommissarie konstapel domare arkitekt kurator psykolog lektor författare konstnär musiker fotograf
   teacher principal headteacher headmaster headmistress nurse resident pupil student employee colleague
   neighbour neighbor manager director mayor doctor physician pastor reverend vicar councillor councilor
   chairman chairwoman chairperson secretary coordinator coach captain inspector sergeant officer constable
   judge architect counsellor psychologist lecturer author artist musician photographer editor`.split(/\s+/u),
);

/** Titles that end compounds: apulaisrehtori, luokanopettaja, sairaanhoitaja, sivistysjohtaja. */
const compoundTitleHeads = ['rehtori', 'opettaja', 'hoitaja', 'johtaja', 'päällikkö', 'lääkäri', 'sihteeri', 'asiantuntija', 'ohjaaja', 'lärare', 'skötare', 'direktör', 'läkare'];

type Title = 'address' | 'role';

/** What the word before a name makes of it; after a full stop only an abbreviated form of address counts (Dr. Smith, not "…opettaja. Kivi"). */
function titleKind({ word, dotted }: { word: string; dotted: boolean }): Title | null {
  const lower = word.toLowerCase();
  if (formsOfAddress.has(lower)) return !dotted || lower.length <= 3 ? 'address' : null;
  if (dotted) return null;
  if (roleTitles.has(lower)) return 'role';
  for (const head of compoundTitleHeads) if (lower.length > head.length + 2 && lower.endsWith(head)) return 'role';
  return null;
}

/**
 * Words a name in the genitive names, not a person: Aleksis Kiven katu, Kuopion yliopisto, Alvar
 * Aallon säätiö, Runebergs gata. Whole words in their case forms: "Virtasen koulutus" is his training.
 */
const namedThing = new RegExp(
  '^(?:(?:katu|kadu|kuja|polku|polu|puisto|aukio|tori|koulu|lukio|yliopisto|opisto|säätiö|rahasto|palkinto|palkinno|stipendi|museo|kirjasto)' +
    '(?:n|a|ä|an|un|on|oon|uun|lla|llä|lle|lta|ltä|ssa|ssä|sta|stä)?' +
    '|tie(?:n|llä|lle|ltä|tä|hen)?|gatan?|vägen?|skolan?|stiftelsen?|parken?|street|road|school|foundation|prize|award|museum)$',
  'iu',
);

function namesAThing(word: string): boolean {
  return namedThing.test(word);
}

/** Unlisted surnames by their shape: Pekkarinen, Pekkarisen, Holmström, Nyqvist, Karlsson. */
const surnameShape = /(?:nen|sen|selle|sella|sellä|selta|seltä|sessa|sessä|sesta|sestä|seen|sson|berg|qvist|kvist|ström|lund|holm|gren|blad|dahl|fors|stedt|roos)$/u;

// ---------------------------------------------------------------------------------------------
// The scan

interface Word {
  start: number;
  end: number;
  /** What the word is as a name. */
  token: Token;
}

/** What a word (as written) is as a name, worked out once for every word seen. */
class Token {
  /** The word as written. */
  readonly text: string;
  readonly lower: string;
  /** Whether the word is all in capitals (a heading). */
  readonly capitals: boolean;
  readonly readings: readonly NameReading[];
  /** The first name as written (not inflected) that the word is, if any. */
  readonly firstAsWritten: NameEntry | null = null;
  /** The first reading as a surname, if any. */
  readonly surname: NameReading | null = null;
  readonly anyFirst: boolean = false;
  readonly municipality: boolean = false;
  readonly surnameShaped: boolean;
  /** Whether a reading is an ordinary word or a month (isOrdinary), by the ordinary words' set, filled in when asked. */
  readonly ordinary = new Map<ReadonlySet<string>, boolean>();

  constructor(text: string) {
    this.text = text;
    this.lower = text.toLowerCase();
    this.capitals = text === text.toUpperCase();
    const found = nameReadings(text);
    this.readings = found.length ? found : noReadings;
    for (const reading of found) {
      if (reading.entry.first) {
        this.anyFirst = true;
        if (!reading.inflected) this.firstAsWritten ??= reading.entry;
      }
      if (reading.entry.last) this.surname ??= reading;
      if (isMunicipality(reading.entry)) this.municipality = true;
    }
    this.surnameShaped = surnameShape.test(this.lower);
  }

  /** Whether a reading is an ordinary word of the text's language or a month rather than a name. */
  isOrdinary(ordinary: ReadonlySet<string>): boolean {
    let found = this.ordinary.get(ordinary);
    if (found === undefined) this.ordinary.set(ordinary, (found = this.readings.some((reading) => isOrdinary(ordinary, reading.entry))));
    return found;
  }
}

/** Whether the word at `start` continues another (McDonald's D, iPhone's P), a number, a handle, a hashtag or a path. */
function continuesSomething(text: string, start: number): boolean {
  if (start === 0) return false;
  const code = text.charCodeAt(start - 1);
  return isLetterCode(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x40 || code === 0x23 || code === 0x2f;
}

const noReadings: readonly NameReading[] = Object.freeze([]);

/** The tokens of words seen before, by the word as written: a text repeats its words, and so do drafts. */
const tokenCache = new Map<string, Token>();
const tokenCacheLimit = 50_000;
/** Longer words are not kept: no name is this long, and the cache should stay small. */
const longestCachedWord = 64;

/** The token of the word at [start, end) of `text`. */
function tokenAt(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  let token = tokenCache.get(word);
  if (!token) {
    token = new Token(word);
    if (word.length > longestCachedWord) return token;
    if (tokenCache.size >= tokenCacheLimit) tokenCache.clear();
    tokenCache.set(word, token);
  }
  return token;
}

function tokenOf(word: Word): Token {
  return word.token;
}

const letterOrMark = /[\p{L}\p{M}]/u;
const upperLetter = /\p{Lu}/u;

/** Whether a UTF-16 code unit is a letter: Latin by its code, the rest by Unicode's classes. */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code < 0x250) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  return letterOrMark.test(String.fromCharCode(code));
}

/** Classes of the code units (and code points) seen, made on first sight: 1 known, 2 an upper-case letter, 4 a letter or a mark. */
const known = 1;
const upper = 2;
const letter = 4;
const unitClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classify(char: string): number {
  return known | (upperLetter.test(char) ? upper : 0) | (letterOrMark.test(char) ? letter : 0);
}

/** The class of the character at `i` and its length in code units (a surrogate pair is one character), as `class | length << 3`. */
function charAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let found = astralClasses.get(point);
      if (found === undefined) astralClasses.set(point, (found = classify(String.fromCodePoint(point))));
      return found | (2 << 3);
    }
  }
  let found = unitClasses[code]!;
  if (!found) unitClasses[code] = found = classify(String.fromCharCode(code));
  return found | (1 << 3);
}

/** The end of the letters and marks from `i` on. */
function lettersEnd(text: string, i: number): number {
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
      i++;
      continue;
    }
    if (code < 0x80) return i;
    const found = charAt(text, i);
    if (!(found & letter)) return i;
    i += found >> 3;
  }
  return i;
}

/**
 * Where an upper-case letter may stand: the upper-case letters of Latin-1 and any character beyond
 * it, checked one by one. Lower-case letters (ä and ö too), digits and punctuation are skipped by
 * the regular expression engine, without Unicode mode.
 */
const upperCandidate = /[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\uffff]/g;

/**
 * The capitalised words of `text` that continue nothing: an upper-case letter, letters and marks,
 * and hyphenated parts (Anna-Liisa, Korhonen-Virtanen). One pass over the code units.
 */
function capitalisedWords(text: string): Word[] {
  const words: Word[] = [];
  const length = text.length;
  const candidate = upperCandidate;
  candidate.lastIndex = 0;
  while (candidate.test(text)) {
    const i = candidate.lastIndex - 1;
    const found = charAt(text, i);
    if (!(found & upper)) continue;
    let end = lettersEnd(text, i + (found >> 3));
    while (end + 1 < length && text.charCodeAt(end) === 0x2d) {
      const partEnd = lettersEnd(text, end + 1);
      if (partEnd === end + 1) break;
      end = partEnd;
    }
    if (!continuesSomething(text, i)) words.push({ start: i, end, token: tokenAt(text, i, end) });
    candidate.lastIndex = end;
  }
  return words;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f;
}

/** Whether only spaces (no punctuation, no line break) stand between `left` and `right`. */
function adjacent(text: string, left: Word, right: Word): boolean {
  if (right.start === left.end) return false;
  for (let i = left.end; i < right.start; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** An initial: one capital letter and a full stop, then a space (A. Korhonen). */
function isInitial(text: string, word: Word): boolean {
  return word.end - word.start === 1 && text.charCodeAt(word.end) === 0x2e && isBlank(text.charCodeAt(word.end + 1));
}

/** Whether `right` follows `left` as the next part of a name: after spaces, or after an initial's full stop. */
function follows(text: string, left: Word, right: Word): boolean {
  if (isInitial(text, left)) {
    for (let i = left.end + 1; i < right.start; i++) if (!isBlank(text.charCodeAt(i))) return false;
    return right.start > left.end + 1;
  }
  return adjacent(text, left, right);
}

/** The word just after `end`, across spaces. */
function wordAfter(text: string, end: number): string {
  let i = end;
  if (!isBlank(text.charCodeAt(i))) return '';
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && isLetterCode(text.charCodeAt(i))) i++;
  return text.slice(start, i);
}

/** Whether the word is an ordinary word (by the text's language) or a month rather than a name. */
function isOrdinary(ordinary: ReadonlySet<string>, entry: NameEntry): boolean {
  return entry.bases.some((base) => ordinary.has(base) || calendar.has(base));
}

function isMunicipality(entry: NameEntry): boolean {
  return entry.bases.some((base) => municipalityNames.has(base));
}

/** A first name as written before a surname: not inflected. */
function firstNameAsWritten(word: Word): NameEntry | null {
  return tokenOf(word).firstAsWritten;
}

function surnameReading(word: Word): NameReading | null {
  return tokenOf(word).surname;
}

/** Rule 1: the index of the surname of a full name that starts at `words[i]`, or -1. */
function fullNameEnd(text: string, words: readonly Word[], i: number, ordinary: ReadonlySet<string>): number {
  // Up to three first names or initials, each followed directly by the next part.
  let j = i;
  for (; j < words.length && j - i < 3; j++) {
    const word = words[j]!;
    if (j > i && !follows(text, words[j - 1]!, word)) break;
    if (!isInitial(text, word) && !firstNameAsWritten(word)) break;
  }
  // The surname is the word after them; a word that is both a first name and a surname (Laine,
  // Kari) may be either, so try from the furthest back.
  for (let k = Math.min(j, words.length - 1); k > i; k--) {
    const surname = words[k]!;
    if (!follows(text, words[k - 1]!, surname)) continue;
    let initialsOnly = true;
    let ordinaryFirst = false;
    for (let m = i; m < k; m++) {
      const word = words[m]!;
      if (!isInitial(text, word)) initialsOnly = false;
      const first = firstNameAsWritten(word);
      if (first !== null && isOrdinary(ordinary, first)) ordinaryFirst = true;
    }
    const reading = surnameReading(surname);
    if (reading) {
      const plainWord = reading.entry.bases.some((base) => municipalityNames.has(base) || isOrdinaryFinnishWord(base));
      if ((ordinaryFirst || initialsOnly) && plainWord) continue;
    } else if (ordinaryFirst || initialsOnly || !tokenOf(surname).surnameShaped) {
      continue;
    }
    if (namesAThing(wordAfter(text, surname.end))) return -1;
    return k;
  }
  return -1;
}

/** What the word before each word makes of it, by that word as written: not dotted, then dotted. */
const titleCache = [new Map<string, Title | null>(), new Map<string, Title | null>()] as const;
const titleCacheLimit = 20_000;

/** The title or form of address just before the word at `start`, across spaces (rehtori Virtanen, Dr. Smith), if any. */
function titleBefore(text: string, start: number, addressOnly: boolean): Title | null {
  let i = start - 1;
  if (i < 0 || !isBlank(text.charCodeAt(i))) return null;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  const dotted = text.charCodeAt(i) === 0x2e;
  if (dotted) i--;
  const end = i + 1;
  while (i >= 0 && isLetterCode(text.charCodeAt(i))) i--;
  // No title is shorter than two letters (Mr, Dr), no form of address longer than seven (tohtori).
  if (end - (i + 1) < 2 || (addressOnly && end - (i + 1) > longestFormOfAddress)) return null;
  const word = text.slice(i + 1, end);
  const cache = titleCache[dotted ? 1 : 0];
  let title = cache.get(word);
  if (title === undefined) {
    title = titleKind({ word, dotted });
    if (word.length > longestCachedWord) return addressOnly && title !== 'address' ? null : title;
    if (cache.size >= titleCacheLimit) cache.clear();
    cache.set(word, title);
  }
  return addressOnly && title !== 'address' ? null : title;
}

/** Rule 2: a single name after a title or a form of address. */
function isTitledName(text: string, word: Word, ordinary: ReadonlySet<string>): boolean {
  const token = tokenOf(word);
  // A word that is no listed name and not shaped like a surname is a name only after a form of address.
  const title = titleBefore(text, word.start, !token.readings.length && !token.surnameShaped);
  if (!title) return false;
  if (namesAThing(wordAfter(text, word.end))) return false;
  if (token.municipality) return false;
  if (token.readings.length) return true;
  const lower = token.lower;
  if (title === 'address') return !ordinary.has(lower) && !calendar.has(lower) && !municipalityNames.has(lower) && word.end - word.start > 1;
  return token.surnameShaped;
}

/** Rule 3: a first name alone that cannot be an ordinary word. */
function isLoneFirstName(text: string, words: readonly Word[], i: number, ordinary: ReadonlySet<string>): boolean {
  const word = words[i]!;
  const token = tokenOf(word);
  if (!token.anyFirst) return false;
  if (token.municipality || token.isOrdinary(ordinary)) return false;
  if (word.end - word.start < 3) return false; // Bo, Li, My: words first
  if (token.capitals) return false; // a heading in capitals
  const before = words[i - 1];
  const after = words[i + 1];
  // Part of a longer capitalised name (Villa Maria, Maria Kirkko, Ravintola Aino), unless the
  // word before only begins the sentence (Kiitos Päiville).
  if (before && adjacent(text, before, word) && (!startsSentence(text, before.start) || venues.has(before.token.lower))) return false;
  if (after && adjacent(text, word, after)) return false;
  return !namesAThing(wordAfter(text, word.end));
}

/** Places that take a first name for a name: Ravintola Aino, Kahvila Elsa, Villa Maria. */
const venues = new Set(['ravintola', 'kahvila', 'hotelli', 'villa', 'talo', 'kauppakeskus', 'päiväkoti', 'koulu', 'restaurant', 'café', 'cafe', 'hotel', 'restaurang', 'kafé', 'daghem', 'skola', 'school']);

/** Whether a sentence begins at `start`: the text's start, or after . ! ? : or a line break (and quotes). */
function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (isBlank(text.charCodeAt(i)) || '"\'”“«»('.includes(text[i]!))) i--;
  return i < 0 || '.!?:…\n\r•-–—'.includes(text[i]!);
}

/**
 * Names of people in `text`, in offset order. `lang` is the text's language when known: it
 * decides which first names are ordinary words (Anna is a verb in Finnish, a name in English);
 * without it a first name that is an ordinary word in any of the three is not a name alone.
 */
export function findPeople(text: string, lang?: TextLanguage): Finding[] {
  const ordinary = lang ? ordinaryByLanguage[lang] : ordinaryInAnyLanguage;
  const words = capitalisedWords(text);
  const found: Finding[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const end = fullNameEnd(text, words, i, ordinary);
    if (end > i) {
      found.push(findingAt(text, 'PERSON', word.start, words[end]!.end));
      i = end;
    } else if (isTitledName(text, word, ordinary) || isLoneFirstName(text, words, i, ordinary)) {
      found.push(findingAt(text, 'PERSON', word.start, word.end));
    }
  }
  return found;
}
