import { dictionary as finnish } from '@zxcvbn-ts/language-fi';
import { calendarWords, ordinaryNameWords, type TextLanguage } from './data/ordinary-words';
import { municipalityNames } from './data/postal-codes';
import { scanDraft } from './draft-scan';
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
//    (Päivi, Juhani; not Anna, Toivo, May, Elisa) and not part of a longer capitalised name. Inside
//    a sentence, a name as written counts even where it also reads as an inflected ordinary word
//    (Leena, Gunilla); at a sentence's start it does not.
// 4. A first name and the initial of a surname (Emma K., Liam K.), as children, customers and
//    writers of letters are named in public: the initial makes even an ordinary word a name
//    (Onni L.). Not after a municipality, not in a heading in capitals, and not when the full
//    stop goes on as a word or a number (K.-L., K.5), which makes it an abbreviation's.
// A surname alone is never a person: it is as often a place, a firm or a word at a sentence's start.
// Municipalities never count under rules 2, 3 and 4 (asukas Kuopiosta, Kaarina).
//
// Speed: the text is scanned once for capitalised words; each is looked up in maps built once
// from the lists, through a small table of Finnish case endings: never a loop over the lists.
// What a word is as a name is worked out once per word as written and kept (a bounded cache), so
// a word seen before costs one look-up, by a hash taken as the scan reads the word, without
// cutting it out of the text. The words of a text go into one list kept for every text, and the
// word before a name is read only when its last two letters may end a title.

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

/**
 * The last two letters of every form of address, title and compound head, in lower case, by
 * their Latin-1 codes (`first << 8 | second`): a word that ends otherwise is no title (titleKind),
 * and is neither cut out nor looked up. Letters are folded within Latin-1; a word that ends in a
 * character beyond it is looked up.
 */
const titleEndings = new Uint8Array(0x10000);
const lowerLatin1 = Uint8Array.from({ length: 0x100 }, (_, code) => String.fromCharCode(code).toLowerCase().charCodeAt(0));
for (const title of [...formsOfAddress, ...roleTitles, ...compoundTitleHeads]) {
  const lower = title.toLowerCase();
  const [first, second] = [lower.charCodeAt(lower.length - 2), lower.charCodeAt(lower.length - 1)];
  // A title ending beyond Latin-1 (none yet) would need the look-up for every word.
  if (!(first < 0x100 && second < 0x100)) titleEndings.fill(1);
  titleEndings[(first << 8) | second] = 1;
}

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
  /** Whether that surname is also a municipality or an ordinary Finnish word (Kivi, Salo). */
  readonly plainSurname: boolean = false;
  readonly anyFirst: boolean = false;
  readonly municipality: boolean = false;
  readonly surnameShaped: boolean;
  /** Whether the word as written is a common Finnish word (toinen, ovet). */
  readonly commonFinnish: boolean;
  /** Whether the word may be a name after a form of address: no month, no municipality, not one letter (the text's ordinary words are asked apart). */
  readonly addressable: boolean;
  /**
   * The set of ordinary words last asked about (isOrdinary), and the answers for it: whether a
   * reading, and whether the first name as written, is an ordinary word or a month. A run of
   * texts is mostly in one language, so one set is kept.
   */
  private ordinaryAskedOf: ReadonlySet<string> | null = null;
  private readingOrdinary = false;
  private firstOrdinary = false;

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
    if (this.surname) this.plainSurname = this.surname.entry.bases.some((base) => municipalityNames.has(base) || isOrdinaryFinnishWord(base));
    this.surnameShaped = surnameShape.test(this.lower);
    this.commonFinnish = commonFinnishWords.has(this.lower);
    this.addressable = text.length > 1 && !calendar.has(this.lower) && !municipalityNames.has(this.lower);
  }

  /** Whether a reading is an ordinary word of the text's language or a month rather than a name. */
  isOrdinary(ordinary: ReadonlySet<string>): boolean {
    if (ordinary !== this.ordinaryAskedOf) this.weigh(ordinary);
    return this.readingOrdinary;
  }

  /** Whether the first name as written is an ordinary word of the text's language or a month (Aina, Toivo). */
  isOrdinaryFirstName(ordinary: ReadonlySet<string>): boolean {
    if (ordinary !== this.ordinaryAskedOf) this.weigh(ordinary);
    return this.firstOrdinary;
  }

  private weigh(ordinary: ReadonlySet<string>): void {
    this.readingOrdinary = this.readings.some((reading) => isOrdinary(ordinary, reading.entry));
    this.firstOrdinary = this.firstAsWritten !== null && isOrdinary(ordinary, this.firstAsWritten);
    this.ordinaryAskedOf = ordinary;
  }
}

const noReadings: readonly NameReading[] = Object.freeze([]);

/** Longer words are not kept: no name is this long, and the cache should stay small. */
const longestCachedWord = 64;

/**
 * The tokens of words seen before, by the word as written: a text repeats its words, and so do
 * drafts. An open-addressed table keyed by a hash of the word's code units, looked up in the text
 * itself, so that a word seen before is neither cut out nor hashed twice. A lookup tries a few
 * slots only and a new word takes the place of an old one when they are full, so the table stays
 * bounded and no run of colliding words makes a lookup slow.
 *
 * A slot's hash and the place of its word's code units lie in typed arrays, and the units in one
 * more, so that telling a word from another of the same hash reads no token and no string: the
 * tokens lie all over the heap, and reading them cost more than the rest of the scan of names.
 */
const tokenSlots = 1 << 14;
const tokenSlotMask = tokenSlots - 1;
const tokenProbes = 8;
const slotHashes = new Int32Array(tokenSlots);
/** Where a slot's word begins in `wordUnits` and its length, as `offset << 7 | length`; 0 for an empty slot. */
const slotWords = new Int32Array(tokenSlots);
const tokensBySlot: (Token | null)[] = Array.from({ length: tokenSlots }, () => null);
/** The code units of the words in the slots, one after another; when full, the table starts again empty. */
const wordUnits = new Uint16Array(1 << 18);
let wordUnitsUsed = 0;

/** The word's hash is FNV-1a over its code units, taken as the scan reads them. */
const hashSeed = 0x811c9dc5 | 0;
function hashed(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** Whether the word in `slot` is the word at [start, end) of `text`. */
function isWordIn(slot: number, text: string, start: number, end: number): boolean {
  const word = slotWords[slot]!;
  if ((word & 127) !== end - start) return false;
  for (let i = start, at = word >>> 7; i < end; i++, at++) if (wordUnits[at] !== text.charCodeAt(i)) return false;
  return true;
}

/** The token of the word at [start, end) of `text`, whose code units hash to `hash`. */
function tokenAt(text: string, start: number, end: number, hash: number): Token {
  const length = end - start;
  if (length > longestCachedWord) return new Token(text.slice(start, end));
  let slot = hash & tokenSlotMask;
  let free = -1;
  for (let probe = 0; probe < tokenProbes; probe++, slot = (slot + 1) & tokenSlotMask) {
    if (slotWords[slot] === 0) {
      free = slot;
      break;
    }
    if (slotHashes[slot] === hash && isWordIn(slot, text, start, end)) return tokensBySlot[slot]!;
  }
  const token = new Token(text.slice(start, end));
  if (wordUnitsUsed + length > wordUnits.length) {
    slotWords.fill(0);
    tokensBySlot.fill(null);
    wordUnitsUsed = 0;
    free = -1;
  }
  if (free < 0) free = hash & tokenSlotMask;
  for (let i = start; i < end; i++) wordUnits[wordUnitsUsed++] = text.charCodeAt(i);
  slotWords[free] = ((wordUnitsUsed - length) << 7) | length;
  slotHashes[free] = hash;
  tokensBySlot[free] = token;
  return token;
}

/**
 * The capitalised words of a text: where each starts and ends, and its token. One list is filled
 * again for every text, so that a scan allocates nothing for the words it passes over.
 */
class CapitalisedWords {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  readonly tokens: Token[] = [];
  count = 0;

  add(start: number, end: number, token: Token): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      const ends = new Int32Array(this.count * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.tokens[this.count] = token;
    this.count++;
  }
}

const scanned = new CapitalisedWords();

/** Whether the word at `start` continues another (McDonald's D, iPhone's P), a number, a handle, a hashtag or a path. */
function continuesSomething(text: string, start: number): boolean {
  if (start === 0) return false;
  const code = text.charCodeAt(start - 1);
  return isLetterCode(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x40 || code === 0x23 || code === 0x2f;
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

/**
 * Fills `words` with the capitalised words of `text` that continue nothing: an upper-case letter,
 * letters and marks, and hyphenated parts (Anna-Liisa, Korhonen-Virtanen), read from each capital that
 * the scan of the draft found (scanDraft) and hashed as they are read.
 */
function scanCapitalisedWords(text: string, words: CapitalisedWords): void {
  words.count = 0;
  const length = text.length;
  const capitals = scanDraft(text).capitals;
  // Where the last word read ends: a capital inside it (Anna-Liisa, PIEKSÄMÄKI) begins no word.
  let wordEnd = 0;
  for (let k = 0; k < capitals.count; k++) {
    const start = capitals.values[k]!;
    if (start < wordEnd) continue;
    const found = charAt(text, start);
    if (!(found & upper)) continue;
    let hash = hashed(hashSeed, text.charCodeAt(start));
    if (found >> 3 === 2) hash = hashed(hash, text.charCodeAt(start + 1));
    let end = start + (found >> 3);
    for (;;) {
      // Letters and marks: ASCII by its code, the rest by its class.
      while (end < length) {
        const code = text.charCodeAt(end);
        if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
          hash = hashed(hash, code);
          end++;
          continue;
        }
        if (code < 0x80) break;
        const next = charAt(text, end);
        if (!(next & letter)) break;
        hash = hashed(hash, code);
        if (next >> 3 === 2) hash = hashed(hash, text.charCodeAt(end + 1));
        end += next >> 3;
      }
      // A hyphen followed by a letter goes on with the word.
      if (end + 1 < length && text.charCodeAt(end) === 0x2d && charAt(text, end + 1) & letter) {
        hash = hashed(hash, 0x2d);
        end++;
        continue;
      }
      break;
    }
    if (!continuesSomething(text, start)) words.add(start, end, tokenAt(text, start, end, hash));
    wordEnd = end;
  }
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f;
}

/** Whether only spaces (no punctuation, no line break) stand between a word ending at `leftEnd` and one starting at `rightStart`. */
function adjacent(text: string, leftEnd: number, rightStart: number): boolean {
  if (rightStart === leftEnd) return false;
  for (let i = leftEnd; i < rightStart; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** An initial: one capital letter and a full stop, then a space (A. Korhonen). */
function isInitial(text: string, start: number, end: number): boolean {
  return end - start === 1 && text.charCodeAt(end) === 0x2e && isBlank(text.charCodeAt(end + 1));
}

/** Whether word `right` follows word `left` as the next part of a name: after spaces, or after an initial's full stop. */
function follows(text: string, words: CapitalisedWords, left: number, right: number): boolean {
  const leftEnd = words.ends[left]!;
  const rightStart = words.starts[right]!;
  if (isInitial(text, words.starts[left]!, leftEnd)) {
    for (let i = leftEnd + 1; i < rightStart; i++) if (!isBlank(text.charCodeAt(i))) return false;
    return rightStart > leftEnd + 1;
  }
  return adjacent(text, leftEnd, rightStart);
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

/** Rule 1: the index of the surname of a full name that starts at word `i`, or -1. */
function fullNameEnd(text: string, words: CapitalisedWords, i: number, ordinary: ReadonlySet<string>): number {
  const { starts, ends, tokens, count } = words;
  // Up to three first names or initials, each followed directly by the next part.
  let j = i;
  for (; j < count && j - i < 3; j++) {
    if (j > i && !follows(text, words, j - 1, j)) break;
    if (!isInitial(text, starts[j]!, ends[j]!) && !tokens[j]!.firstAsWritten) break;
  }
  // The surname is the word after them; a word that is both a first name and a surname (Laine,
  // Kari) may be either, so try from the furthest back.
  for (let k = Math.min(j, count - 1); k > i; k--) {
    if (!follows(text, words, k - 1, k)) continue;
    let initialsOnly = true;
    let ordinaryFirst = false;
    for (let m = i; m < k; m++) {
      if (!isInitial(text, starts[m]!, ends[m]!)) initialsOnly = false;
      if (tokens[m]!.isOrdinaryFirstName(ordinary)) ordinaryFirst = true;
    }
    const surname = tokens[k]!;
    if (surname.surname) {
      if ((ordinaryFirst || initialsOnly) && surname.plainSurname) continue;
    } else if (ordinaryFirst || initialsOnly || !surname.surnameShaped) {
      continue;
    }
    if (namesAThing(wordAfter(text, ends[k]!))) return -1;
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
  // A word that ends in no title's last two letters is no title (titleEndings).
  const last = text.charCodeAt(i);
  const beforeLast = text.charCodeAt(i - 1);
  if (last < 0x100 && beforeLast < 0x100 && !titleEndings[(lowerLatin1[beforeLast]! << 8) | lowerLatin1[last]!]) return null;
  // No title is shorter than two letters (Mr, Dr), no form of address longer than seven
  // (tohtori), and after a full stop only the forms of three letters or fewer count (titleKind):
  // the word is read no further back than that.
  const longest = dotted ? 3 : addressOnly ? longestFormOfAddress : Infinity;
  while (i >= 0 && end - i <= longest && isLetterCode(text.charCodeAt(i))) i--;
  const length = end - (i + 1);
  // Letters still before it: the word is longer than any title it could be.
  if (length < 2 || (i >= 0 && isLetterCode(text.charCodeAt(i)))) return null;
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
function isTitledName(text: string, start: number, end: number, token: Token, ordinary: ReadonlySet<string>): boolean {
  if (token.municipality) return false;
  const listed = token.readings.length > 0;
  // A word that is no listed name and not shaped like a surname is a name only after a form of address.
  const addressOnly = !listed && !token.surnameShaped;
  if (addressOnly && !token.addressable) return false;
  const title = titleBefore(text, start, addressOnly);
  if (!title) return false;
  if (!listed) {
    if (title === 'address' ? !token.addressable || ordinary.has(token.lower) : !token.surnameShaped) return false;
  }
  return !namesAThing(wordAfter(text, end));
}

/** Rule 3: a first name alone that cannot be an ordinary word. */
function isLoneFirstName(text: string, words: CapitalisedWords, i: number, ordinary: ReadonlySet<string>): boolean {
  const token = words.tokens[i]!;
  if (!token.anyFirst) return false;
  if (token.municipality || token.isOrdinaryFirstName(ordinary)) return false;
  const start = words.starts[i]!;
  // A first name as written that reads also as an inflected ordinary word (Leena as Lee+na,
  // Gunilla as gun+illa, Tuulia as tuuli+a) is a name inside a sentence, where its capital says
  // so; at a sentence's start the capital says nothing, and the ordinary word may be meant. So
  // too an inflected name that is a common Finnish word as it stands (Toinen, Ovet).
  if ((!token.firstAsWritten || startsSentence(text, start)) && token.isOrdinary(ordinary)) return false;
  if (!token.firstAsWritten && token.commonFinnish && startsSentence(text, start)) return false;
  const end = words.ends[i]!;
  if (end - start < 3) return false; // Bo, Li, My: words first
  if (token.capitals) return false; // a heading in capitals
  // Part of a longer capitalised name (Villa Maria, Maria Kirkko, Ravintola Aino), unless the
  // word before only begins the sentence (Kiitos Päiville).
  if (i > 0 && adjacent(text, words.ends[i - 1]!, start)) {
    const before = words.starts[i - 1]!;
    if (!startsSentence(text, before) || venues.has(words.tokens[i - 1]!.lower)) return false;
  }
  if (i + 1 < words.count && adjacent(text, end, words.starts[i + 1]!)) return false;
  return !namesAThing(wordAfter(text, end));
}

/** Rule 4: where a first name and the initial of a surname that start at word `i` end (after the initial's full stop), or -1. */
function initialledNameEnd(text: string, words: CapitalisedWords, i: number): number {
  const token = words.tokens[i]!;
  if (!token.firstAsWritten || token.municipality || token.capitals || i + 1 >= words.count) return -1;
  const initialStart = words.starts[i + 1]!;
  const initialEnd = words.ends[i + 1]!;
  if (initialEnd - initialStart !== 1 || text.charCodeAt(initialEnd) !== 0x2e || !adjacent(text, words.ends[i]!, initialStart)) return -1;
  const after = text.charCodeAt(initialEnd + 1);
  if (isLetterCode(after) || (after >= 0x30 && after <= 0x39) || after === 0x2d) return -1;
  return initialEnd + 1;
}

/** Places and vehicles that take a first name for a name: Ravintola Aino, Kahvila Elsa, Villa Maria, Kirjastoauto Väinö. */
const venues = new Set([
  'ravintola', 'kahvila', 'hotelli', 'villa', 'talo', 'kauppakeskus', 'päiväkoti', 'koulu', 'kirjastoauto', 'restaurant', 'café', 'cafe', 'hotel',
  'restaurang', 'kafé', 'daghem', 'skola', 'bokbuss', 'bokbussen', 'school', 'bookmobile',
]);

/** Whether a sentence begins at `start`: the text's start, or after . ! ? : or a line break (and quotes). */
export function startsSentence(text: string, start: number): boolean {
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
  const words = scanned;
  scanCapitalisedWords(text, words);
  const { starts, ends, tokens } = words;
  const found: Finding[] = [];
  for (let i = 0; i < words.count; i++) {
    const start = starts[i]!;
    const token = tokens[i]!;
    // Rule 1 starts only at a first name or an initial.
    const end = token.firstAsWritten || ends[i]! - start === 1 ? fullNameEnd(text, words, i, ordinary) : -1;
    const initialled = end > i ? -1 : initialledNameEnd(text, words, i);
    if (end > i) {
      found.push(findingAt(text, 'PERSON', start, ends[end]!));
      i = end;
    } else if (initialled > 0) {
      found.push(findingAt(text, 'PERSON', start, initialled));
      i++;
    } else if (isTitledName(text, start, ends[i]!, token, ordinary) || isLoneFirstName(text, words, i, ordinary)) {
      found.push(findingAt(text, 'PERSON', start, ends[i]!));
    }
  }
  return found;
}
