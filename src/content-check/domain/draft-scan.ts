import { isAsciiLetter } from './characters';
import { termsByStem, type HealthTerm } from './data/health-terms';
import { phoneCueStems } from './data/phone-cues';
import { secrecyActNumber, secrecyStems } from './data/secrecy-markers';

// One pass over a draft for the places where each detector need look: the capitals that may begin
// a name, the stems of health words and of markers of secrecy, runs of digits that may be
// identifiers, telephone numbers or house numbers, quotation marks, and the signs that e-mail
// addresses, telephone numbers and plates hold (@ ) ] + -). Each detector once searched the draft
// on its own, with a regular expression, a loop or native searches of its own; those searches of
// the same characters cost more than all the work done where they stopped. Now each character is
// read once, by one table look-up, and the detectors of one check read the places found
// (scanDraft keeps the last draft's).
//
// The stems of health words and of markers of secrecy are found together, through one trie: every
// character folds to one of 32 symbols as case-insensitive matching folds it (a–z and A–Z, ä, ö, å
// by toUpperCase within Latin-1, as no character beyond it folds to these), a blank (space, tab,
// no-break space) or a hyphen; 0 for anything else, as no stem holds it. The three symbols that
// end at each character are looked up in a table of the stems' beginnings: most places begin no
// stem, and cost that look-up only; where one may, the trie is walked on.

// ---------------------------------------------------------------------------------------------
// What each character is

const stemLetters = 'abcdefghijklmnopqrstuvwxyzäöå';
const blankSymbol = stemLetters.length + 1;
const hyphenSymbol = stemLetters.length + 2;

/** Bits above the symbol: what else a character may mark for a detector. */
/** An upper-case letter, or the first half of a surrogate pair, which may be one. */
const capital = 1 << 5;
const digit = 1 << 6;
const quote = 1 << 7;
/** A character beyond Latin-1 not yet seen: what it is, is worked out on first sight. */
const unseen = 1 << 8;
/** The long s and the Kelvin sign, which fold to s and k only in Unicode mode. */
const foldsInUnicode = 1 << 9;
/** @ ) ] + and the hyphen, where e-mail addresses, telephone numbers and plates are looked for. */
const sign = 1 << 10;
const symbolBits = 31;

const charInfo = new Uint16Array(0x10000);
{
  for (let code = 0; code < 0x100; code++) {
    const char = String.fromCharCode(code);
    const upper = char.toUpperCase();
    const letter = upper.length === 1 ? stemLetters.indexOf(upper.toLowerCase()) : -1;
    let info = letter >= 0 && upper.charCodeAt(0) < 0x100 ? letter + 1 : 0;
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) info |= capital;
    charInfo[code] = info;
  }
  for (const blank of ' \t\u00a0') charInfo[blank.charCodeAt(0)] = blankSymbol;
  charInfo[0x2d] = hyphenSymbol;
  for (const mark of '@)]+-') charInfo[mark.charCodeAt(0)] = charInfo[mark.charCodeAt(0)]! | sign;
  for (let code = 0x30; code <= 0x39; code++) charInfo[code] = digit;
  for (const mark of '"«»') charInfo[mark.charCodeAt(0)] = charInfo[mark.charCodeAt(0)]! | quote;
  charInfo.fill(unseen, 0x100);
}

const upperLetter = /\p{Lu}/u;

/** What a character beyond Latin-1 marks, on its first sight. */
function classify(code: number): number {
  let info = 0;
  if (code >= 0xd800 && code <= 0xdbff) info |= capital;
  else if (upperLetter.test(String.fromCharCode(code))) info |= capital;
  if (code === 0x201c || code === 0x201d) info |= quote;
  if (code === 0x17f || code === 0x212a) info |= foldsInUnicode;
  charInfo[code] = info;
  return info;
}

const isBlankCode = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0;

// ---------------------------------------------------------------------------------------------
// The stems, as a trie over the symbols

/**
 * Node `n`'s child by symbol `s` is `stemTrie[n << 5 | s]` (0: none; the root is 0). A stem's
 * space matches a run of blanks. `healthTermsAt[n]` holds the terms of the health stem that ends
 * at `n`; `familiesAt[n]` tells whether the stem of a marker of secrecy (1) or of a telephone
 * number's cue (2) ends there.
 */
const trie: number[] = new Array<number>(32).fill(0);
const healthTermsAt: (readonly HealthTerm[] | null)[] = [null];
const familyEnds: number[] = [0];
const secrecyFamily = 1;
const phoneCueFamily = 2;

/** Why a stem cannot be looked for by the scan, or null if it can. */
function unfit(stem: string): string | null {
  if (stem.length < 3) return 'is shorter than three characters';
  if (stem.slice(0, 2).includes(' ')) return 'has a space in its first two characters';
  for (const char of stem) if (char !== ' ' && ((charInfo[char.charCodeAt(0)] ?? 0) & symbolBits) === 0) return `holds "${char}", which no symbol stands for`;
  return null;
}

function enterStem(stem: string): number {
  const reason = unfit(stem);
  // A stem that does not fit would never be found: better no check at all than one that misses it.
  if (reason) throw new Error(`The stem "${stem}" ${reason}.`);
  let node = 0;
  for (const char of stem) {
    const slot = (node << 5) | (charInfo[char.charCodeAt(0)]! & symbolBits);
    if (!trie[slot]) {
      trie[slot] = healthTermsAt.length;
      healthTermsAt.push(null);
      familyEnds.push(0);
      for (let k = 0; k < 32; k++) trie.push(0);
    }
    node = trie[slot]!;
  }
  return node;
}

for (const [stem, terms] of termsByStem) healthTermsAt[enterStem(stem.toLowerCase().replace(/ +/gu, ' '))] = terms;
const enterFamily = (stem: string, family: number): void => {
  const node = enterStem(stem);
  familyEnds[node] = familyEnds[node]! | family;
};
for (const stem of secrecyStems) enterFamily(stem, secrecyFamily);
for (const stem of phoneCueStems) enterFamily(stem, phoneCueFamily);
// Nodes are numbered in 16 bits, so that a node's 32 children take one cache line.
if (healthTermsAt.length >= 0x10000) throw new Error('The trie of stems has outgrown its 16-bit node numbers.');
const stemTrie = Uint16Array.from(trie);
const familiesAt = Uint8Array.from(familyEnds);

/** For the first three symbols of every stem, the trie's node after them, by `s1 << 10 | s2 << 5 | s3`; 0 where no stem begins so. */
const stemBeginnings = new Uint16Array(1 << 15);
for (const stem of [...termsByStem.keys(), ...secrecyStems, ...phoneCueStems]) {
  let node = 0;
  let beginning = 0;
  for (let k = 0; k < 3; k++) {
    const symbol = charInfo[stem.toLowerCase().charCodeAt(k)]! & symbolBits;
    node = stemTrie[(node << 5) | symbol]!;
    beginning = (beginning << 5) | symbol;
  }
  stemBeginnings[beginning] = node;
}

// ---------------------------------------------------------------------------------------------
// The places found

/** A list of offsets, filled again for every draft without allocating. */
export class Offsets {
  values = new Int32Array(64);
  count = 0;

  push(value: number): void {
    if (this.count === this.values.length) this.reserve(this.count * 2);
    this.values[this.count++] = value;
  }

  /** The index of the first offset at or after `from`, looking from index `k` on; `count` if there is none. */
  indexFrom(from: number, k = 0): number {
    while (k < this.count && this.values[k]! < from) k++;
    return k;
  }

  /** Room for `size` offsets, so that they may be written without a test. */
  reserve(size: number): void {
    if (size <= this.values.length) return;
    const grown = new Int32Array(Math.max(size, this.values.length * 2));
    grown.set(this.values.subarray(0, this.count));
    this.values = grown;
  }
}

export class DraftScan {
  text = '';
  /** Upper-case letters (and first halves of surrogate pairs), where a capitalised word may begin. */
  readonly capitals = new Offsets();
  /** Where a health word's stem begins and ends (the longest there), and the terms it may begin (the first `healthStems.count` of them). */
  readonly healthStems = new Offsets();
  readonly healthStemEnds = new Offsets();
  readonly healthTerms: (readonly HealthTerm[])[] = [];
  /** Where the stem of a marker of secrecy begins. */
  readonly secrecyStems = new Offsets();
  /** Where the stem of a word that calls a number a telephone number begins (puh, numeroon, call). */
  readonly phoneCues = new Offsets();
  /** Where 621/1999 begins. */
  readonly actNumbers = new Offsets();
  /** Whether the draft holds a character that folds only in Unicode mode (ſ, K), so that the stems may miss a marker. */
  foldsInUnicode = false;
  /** Digits after a blank (space, tab, no-break space): where a house number may begin. */
  readonly digitsAfterBlank = new Offsets();
  /** Runs of digits six or more long, or two or more right after an ASCII letter: where an identity code, a business ID or an IBAN may be. */
  readonly codeRuns = new Offsets();
  readonly codeRunEnds = new Offsets();
  /** Every run of digits. */
  readonly digitRuns = new Offsets();
  readonly digitRunEnds = new Offsets();
  /** Quotation marks: " “ ” « ». */
  readonly quotes = new Offsets();
  readonly atSigns = new Offsets();
  readonly closingParentheses = new Offsets();
  readonly closingBrackets = new Offsets();
  readonly plusSigns = new Offsets();
  readonly hyphens = new Offsets();

  reset(text: string): void {
    this.text = text;
    this.capitals.count = 0;
    this.healthStems.count = 0;
    this.healthStemEnds.count = 0;
    this.secrecyStems.count = 0;
    this.phoneCues.count = 0;
    this.actNumbers.count = 0;
    this.foldsInUnicode = false;
    this.digitsAfterBlank.count = 0;
    this.codeRuns.count = 0;
    this.codeRunEnds.count = 0;
    this.digitRuns.count = 0;
    this.digitRunEnds.count = 0;
    this.quotes.count = 0;
    this.atSigns.count = 0;
    this.closingParentheses.count = 0;
    this.closingBrackets.count = 0;
    this.plusSigns.count = 0;
    this.hyphens.count = 0;
  }
}

/** The stems that begin at `start`, whose first three symbols are `beginning`: the longest health stem and any stem of a marker. */
function stemsAt(text: string, start: number, beginning: number, scan: DraftScan): void {
  const length = text.length;
  let node = stemBeginnings[beginning]!;
  let i = start + 3;
  if ((beginning & symbolBits) === blankSymbol) while (i < length && isBlankCode(text.charCodeAt(i))) i++;
  let terms = healthTermsAt[node]!;
  let end = i;
  let families = familiesAt[node]!;
  while (i < length) {
    const symbol = charInfo[text.charCodeAt(i)]! & symbolBits;
    // No stem holds symbol 0, so its slot of every node is 0.
    const child = stemTrie[(node << 5) | symbol]!;
    if (child === 0) break;
    node = child;
    i++;
    if (symbol === blankSymbol) while (i < length && isBlankCode(text.charCodeAt(i))) i++;
    const ending = healthTermsAt[node]!;
    if (ending !== null) {
      terms = ending;
      end = i;
    }
    families |= familiesAt[node]!;
  }
  if (terms !== null) {
    scan.healthStems.push(start);
    scan.healthStemEnds.push(end);
    // Written at the stem's index, not pushed: the list is never cut short, which costs a call.
    scan.healthTerms[scan.healthStems.count - 1] = terms;
  }
  if (families & secrecyFamily) scan.secrecyStems.push(start);
  if (families & phoneCueFamily) scan.phoneCues.push(start);
}

/** What a run of digits at [start, end) may be. */
function digitRun(text: string, start: number, end: number, scan: DraftScan): void {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (isBlankCode(before)) scan.digitsAfterBlank.push(start);
  if (end - start >= 6 || (end - start >= 2 && isAsciiLetter(before))) {
    scan.codeRuns.push(start);
    scan.codeRunEnds.push(end);
  }
  if (text.charCodeAt(end) === 0x2f && end - start >= 3 && text.startsWith(secrecyActNumber, end - 3)) scan.actNumbers.push(end - 3);
}

/** Where the pass over a draft stopped to look further: kept from draft to draft, so that a pass allocates nothing. */
const stemPlaces = new Offsets();

/** Notes a sign (@ ) ] + -) at `i`. */
function noteSign(code: number, i: number, scan: DraftScan): void {
  if (code === 0x2d) scan.hyphens.push(i);
  else if (code === 0x40) scan.atSigns.push(i);
  else if (code === 0x29) scan.closingParentheses.push(i);
  else if (code === 0x5d) scan.closingBrackets.push(i);
  else scan.plusSigns.push(i);
}

const lastScan = new DraftScan();

/**
 * The places in `text` where the detectors look. The detectors of one check ask for the same
 * draft in turn: the last draft's scan is kept, and is valid until another draft is scanned.
 */
export function scanDraft(text: string): DraftScan {
  const scan = lastScan;
  if (text === scan.text) return scan;
  scan.reset(text);
  const length = text.length;
  // The pass only notes where to look further, in lists with room for a place at every character;
  // what is there is read after it. A pass that did the reading too ran slower by half.
  scan.capitals.reserve(length + 1);
  stemPlaces.reserve(length + 1);
  scan.digitRuns.reserve(length + 1);
  scan.digitRunEnds.reserve(length + 1);
  const capitals = scan.capitals.values;
  const stems = stemPlaces.values;
  const starts = scan.digitRuns.values;
  const ends = scan.digitRunEnds.values;
  let capitalCount = 0;
  let stemCount = 0;
  let runCount = 0;
  let window = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let info = charInfo[code]!;
    window = ((window << 5) | (info & symbolBits)) & 0x7fff;
    if (stemBeginnings[window] !== 0) stems[stemCount++] = i;
    if (info <= symbolBits) continue;
    if (info & unseen) info = classify(code);
    if (info & capital) capitals[capitalCount++] = i;
    else if (info & digit) {
      starts[runCount] = i;
      while (i + 1 < length && charInfo[text.charCodeAt(i + 1)] === digit) i++;
      ends[runCount++] = i + 1;
      // No stem holds a digit: the trie's window starts again after the run.
      window = 0;
    } else if (info & sign) noteSign(code, i, scan);
    else if (info & quote) scan.quotes.push(i);
    // The Kelvin sign is a capital too.
    if (info & foldsInUnicode) scan.foldsInUnicode = true;
  }
  scan.capitals.count = capitalCount;
  scan.digitRuns.count = runCount;
  scan.digitRunEnds.count = runCount;
  for (let k = 0; k < stemCount; k++) {
    const end = stems[k]!;
    const beginning = ((charInfo[text.charCodeAt(end - 2)]! & symbolBits) << 10) | ((charInfo[text.charCodeAt(end - 1)]! & symbolBits) << 5) | (charInfo[text.charCodeAt(end)]! & symbolBits);
    stemsAt(text, end - 2, beginning, scan);
  }
  for (let k = 0; k < runCount; k++) digitRun(text, starts[k]!, ends[k]!, scan);
  return scan;
}
