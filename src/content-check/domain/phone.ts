import { isAsciiLetter, isDigit, isNumberSpace, isWordCharAt } from './characters';
import { phoneCueReach } from './data/phone-cues';
import { scanDraft, type Offsets } from './draft-scan';
import { byPlace, findingAt, sortFindings, type Finding } from './finding';

// Telephone numbers. Precision matters more than exotic spellings: a draft full of false alarms
// teaches people to ignore the check. The rule:
//
// 1. What is read. A run of digit groups joined by one space (or no-break space), or by a
//    hyphen or en dash with at most one space on either side; a group may be in parentheses
//    ((09), (0) after a country code), and the run may begin with +. Dots and slashes do not
//    join groups: they belong to dates (12.11.2026), times (9.30), versions and fractions.
//
// 2. The run stands alone. It does not touch a letter or digit, is not part of a decimal,
//    date or time (0,5 – 1.040 – 12:30), of a web address or file name (/, =, #, _, @), of a
//    code (ABC-040…), and is not beside a currency or percent sign. A Finnish case ending
//    (040 123 4567:ään) or a compound (0401234567-liittymä) does not join it to anything.
//    It is not right after the label of another kind of number: viitenumero, lasku(numero),
//    tilaus, asiakasnumero, tilinumero, dnro; referens, faktura, kundnummer, konto,
//    diarienummer; reference, invoice, order, customer, account. A whole run is read or
//    nothing of it: in 2026 040 123 4567 the number is not picked out of the longer run.
//
// 3. Finnish numbers, written 0… or +358 / 00358 (then with or without (0) or a stray 0):
//      mobile       04[0-8], 050: 8–10 digits after the 0
//      landline     area codes 02, 03, 05, 06, 08, 09 and 013–019, then a subscriber number of
//                   5–8 digits that begins with 1–8
//      business     010, 020, 029, 030, 039, 071, 073, 075: 7–10 digits after the 0
//    Service numbers (0100, 0200, 0300, 0600, 0700, 0800, and 112, 116 117 which never match)
//    are not findings: they reach a service, not a person, and a city's posts give them often.
//    Grouped, the first group is the area code or mobile prefix (a mobile or business prefix
//    may carry one more digit: 0400, 0457, 0295); the next group has at least 3 digits and the
//    ones after it 2–4. So 040 123 4567, 040-123 45 67, (09) 310 1234, 0401234567,
//    +358 40 123 4567, +358 (0)9 310 1234 are numbers; 02-03-2026 (two digits after the area
//    code), 00100 (a postal code), 04001 23456 (grouped by fives, as reference numbers are),
//    131052-308T and 0112038-9 (too long a first group) are not.
//
// 4. Other countries only with +: the country code (1–3 digits) as its own group, then 7–12
//    digits not beginning with 0 (except Italy's, +39 06…), 15 digits at most in all; the
//    +1 countries have exactly 10. Written in one piece (+46812345678), 8–15 digits.
//    00 followed by a code other than 358 is not read: in Finnish text 00… is more often a
//    postal code or a padded number than a call from abroad.
//
// 5. A number without an area code (788 2233) looks like any other number, and is read only right
//    after words that call it a telephone number: soita numeroon, puh., puhelin, tel., telefon,
//    ring oss på, phone, call us on / at. Then it is 5–8 digits that begin with 1–9, in one piece
//    or in two or three groups (788 2233, 78 822 33), not a European service's 116 number, and
//    stands alone as any number must.

const space = '[ \\u00A0\\u202F]';
const dash = '[-\\u2010\\u2011\\u2013]';
const separator = `(?:${space}?${dash}${space}?|${space})`;
const parenthesised = '\\(\\d{1,4}\\)';
/**
 * One run of digit groups from a given place (sticky). Between two bare groups a separator is
 * required, so the regex never has two ways to split the same digits and cannot backtrack far.
 */
const run = new RegExp(
  `\\+?(?:${parenthesised}${separator}?)?\\d+(?:(?:${separator}(?:${parenthesised}${separator}?)?|${parenthesised}${separator}?)\\d+)*`,
  'y',
);

const labelWords = [
  'viite', 'viitenumero', 'viitenro', 'viitteellä', 'lasku', 'laskun', 'laskunumero', 'laskunro',
  'tilaus', 'tilausnumero', 'tilausnro', 'asiakasnumero', 'asiakasnro', 'tili', 'tilinumero', 'tilinro',
  'dnro', 'diaarinumero', 'asianumero',
  'ref', 'referens', 'referensnummer', 'faktura', 'fakturanummer', 'fakturanr', 'ordernummer',
  'kundnummer', 'konto', 'kontonummer', 'dnr', 'diarienummer', 'ärendenummer',
  'reference', 'invoice', 'order', 'customer', 'account',
];
const numberWords = ['numero', 'nummer', 'number', 'nro', 'nr', 'no'];
/** Matches (empty) where the place is right after such a label; every quantifier is bounded. */
const afterLabel = new RegExp(
  `(?<=(?<![\\p{L}\\p{N}])(?:${labelWords.join('|')})\\.?(?:${space}(?:${numberWords.join('|')})\\.?)?${space}?[:#]?${space}?)`,
  'iuy',
);

function letterPair(first: number, second: number): number {
  return (first << 16) | second;
}

/** The last two letters of each label and number word, in lower case. */
const labelEndings = new Set([...labelWords, ...numberWords].map((word) => letterPair(word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1))));

/**
 * An ASCII letter or Ä in lower case, as `afterLabel` folds it; -1 for another ASCII character,
 * which is no letter of a label; 0 for any other character, which may fold to one (ſ to s).
 */
function foldedLetter(code: number): number {
  if (code < 0x80) return isAsciiLetter(code) ? code | 0x20 : -1;
  return code === 0xc4 || code === 0xe4 ? 0xe4 : 0;
}

/**
 * Whether a label can end just before `start`: the last two letters of a label or number word,
 * then at most four full stops, colons, hash signs and spaces. A cheap test that lets most
 * numbers skip `afterLabel`.
 */
function mayFollowLabel(text: string, start: number): boolean {
  for (let i = start - 1; i >= 1 && i >= start - 5; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x2e || code === 0x3a || code === 0x23 || code === 0x20 || code === 0xa0 || code === 0x202f) continue;
    const last = foldedLetter(code);
    const before = foldedLetter(text.charCodeAt(i - 1));
    return last === 0 || before === 0 || labelEndings.has(letterPair(before, last));
  }
  return false;
}

/** Matches (empty) right after words that call what follows a telephone number (rule 5). */
const phoneCue = new RegExp(
  `(?<=(?<![\\p{L}\\p{N}])(?:numeroon|puh|puhelin|puhelimitse|tel|telefon|telefonnummer|ring${space}+(?:oss${space}+)?på|phone|call(?:${space}+us)?${space}+(?:on|at))\\.?:?${space}{1,2})`,
  'iuy',
);

/** Matches at a place followed by a currency or percent sign. */
const currencyAfter = /[ \u00A0\u202F]?(?:[€$£%‰]|EUR\b|euro)/y;

const plus = 0x2b;
const zero = 0x30;
const openParen = 0x28;

// The groups of the run being read: where each one's digits begin, how many, and whether it was
// in parentheses. Reused from run to run.
const maxGroups = 16;
const groupStart = new Int32Array(maxGroups);
const groupLength = new Int32Array(maxGroups);
const groupParenthesised = new Uint8Array(maxGroups);

/** Reads the groups of the run [start, end) into the arrays above; their count, or -1 if too many. */
function readGroups(text: string, start: number, end: number): number {
  let count = 0;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const inParens = code === openParen;
    if (!inParens && !isDigit(code)) {
      i++;
      continue;
    }
    if (count === maxGroups) return -1;
    if (inParens) i++;
    groupStart[count] = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    groupLength[count] = i - groupStart[count]!;
    groupParenthesised[count] = inParens ? 1 : 0;
    if (inParens) i++;
    count++;
  }
  return count;
}

interface Kind {
  /** Digits of the area code or prefix, without the 0. */
  prefix: number;
  /** Whether the first written group may carry one digit more than the prefix (0400, 0295). */
  longerFirstGroup: boolean;
  min: number;
  max: number;
}

const mobile: Kind = { prefix: 2, longerFirstGroup: true, min: 8, max: 10 };
const business: Kind = { prefix: 2, longerFirstGroup: true, min: 7, max: 10 };
const shortArea: Kind = { prefix: 1, longerFirstGroup: false, min: 6, max: 9 };
const longArea: Kind = { prefix: 2, longerFirstGroup: false, min: 7, max: 10 };

/** What a Finnish number is from its first three digits after the 0; null for a service number or none. */
function kindOf(d0: number, d1: number, d2: number): Kind | null {
  if (d1 === 0 && d2 === 0 && (d0 === 1 || d0 === 2 || d0 === 3 || d0 === 6 || d0 === 7 || d0 === 8)) return null;
  if ((d0 === 4 && d1 >= 0 && d1 <= 8) || (d0 === 5 && d1 === 0)) return mobile;
  const two = d0 * 10 + d1;
  if (two === 10 || two === 20 || two === 29 || two === 30 || two === 39 || two === 71 || two === 73 || two === 75) return business;
  if ((d0 === 2 || d0 === 3 || d0 === 5 || d0 === 6 || d0 === 8 || d0 === 9) && d1 >= 1 && d1 <= 8) return shortArea;
  if (d0 === 1 && d1 >= 3 && d2 >= 1 && d2 <= 8) return longArea;
  return null;
}

/** The `n`th digit from `offset` digits into group `g`, across groups; -1 past the end. */
function digitOf(text: string, count: number, g: number, offset: number, n: number): number {
  let left = offset + n;
  for (let k = g; k < count; k++) {
    if (left < groupLength[k]!) return text.charCodeAt(groupStart[k]! + left) - zero;
    left -= groupLength[k]!;
  }
  return -1;
}

/**
 * Whether groups `first`…`count` are a Finnish number after the 0, its digits beginning `skip`
 * digits into the first group.
 */
function isFinnish(text: string, count: number, first: number, skip: number): boolean {
  let g = first;
  let offset = skip;
  if (offset === groupLength[g]) {
    g++;
    offset = 0;
  }
  if (g >= count) return false;
  let total = 0;
  for (let k = g; k < count; k++) {
    if (k > first && groupParenthesised[k]) return false;
    total += groupLength[k]!;
  }
  total -= offset;
  // The first three digits, across groups when the first is short (+358 9 310…).
  const kind = kindOf(digitOf(text, count, g, offset, 0), digitOf(text, count, g, offset, 1), digitOf(text, count, g, offset, 2));
  if (!kind || total < kind.min || total > kind.max) return false;
  if (g === count - 1) return true;
  const firstLength = groupLength[g]! - offset;
  if (firstLength < kind.prefix || firstLength > kind.prefix + (kind.longerFirstGroup ? 1 : 0)) return false;
  if (groupLength[g + 1]! < 3) return false;
  for (let k = g + 2; k < count; k++) if (groupLength[k]! < 2 || groupLength[k]! > 4) return false;
  return true;
}

/** Whether the groups are a number of another country, written after +. */
function isForeign(text: string, count: number): boolean {
  const code0 = text.charCodeAt(groupStart[0]!);
  if (code0 === zero) return false;
  if (count === 1) return groupLength[0]! >= 8 && groupLength[0]! <= 15;
  const countryDigits = groupLength[0]!;
  if (countryDigits > 3) return false;
  let g = 1;
  if (groupParenthesised[1] && groupLength[1] === 1 && text.charCodeAt(groupStart[1]!) === zero) g++;
  if (g >= count) return false;
  let national = 0;
  for (let k = g; k < count; k++) national += groupLength[k]!;
  const italy = countryDigits === 2 && text.startsWith('39', groupStart[0]!);
  if (!italy && text.charCodeAt(groupStart[g]!) === zero) return false;
  if (countryDigits === 1 && code0 === 0x31) return national === 10;
  return national >= 7 && countryDigits + national <= 15;
}

/** Whether the run [start, end) is a telephone number, by its digits and grouping. */
function isNumber(text: string, start: number, end: number): boolean {
  const count = readGroups(text, start, end);
  if (count <= 0) return false;
  const s0 = groupStart[0]!;
  if (text.charCodeAt(start) === plus) {
    if (groupParenthesised[0]) return false;
    if (text.startsWith('358', s0)) return isFinnishAbroad(text, count, 3);
    return isForeign(text, count);
  }
  if (!groupParenthesised[0] && text.startsWith('00358', s0)) return isFinnishAbroad(text, count, 5);
  if (text.charCodeAt(s0) !== zero || text.charCodeAt(s0 + 1) === zero || groupLength[0]! < 2) return false;
  return isFinnish(text, count, 0, 1);
}

/** A Finnish number after its country code (`skip` digits into the first group). */
function isFinnishAbroad(text: string, count: number, skip: number): boolean {
  let g = 0;
  let offset = skip;
  if (offset === groupLength[0]) {
    g = 1;
    offset = 0;
    // +358 (0)40…: the 0 in parentheses is the trunk prefix, dialled at home only.
    if (g < count && groupParenthesised[g] && groupLength[g] === 1 && text.charCodeAt(groupStart[g]!) === zero) g++;
  }
  if (g >= count || (g > 0 && groupParenthesised[g])) return false;
  // +358 040…: a stray trunk 0, written as at home.
  if (text.charCodeAt(groupStart[g]! + offset) === zero) offset++;
  return isFinnish(text, count, g, offset);
}

/** Whether the run [start, end) stands alone in the text (rule 2). */
function standsAlone(text: string, start: number, end: number): boolean {
  if (isWordCharAt(text, start - 1) || isWordCharAt(text, end)) return false;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  if (isJoining(before) || before === plus || isCurrency(before)) return false;
  if ((before === 0x2e || before === 0x2c || before === 0x3a) && isDigit(text.charCodeAt(start - 2))) return false;
  if (before === 0x2d && isWordCharAt(text, start - 2)) return false;
  if (before === 0x20 && isCurrency(text.charCodeAt(start - 2))) return false;

  const after = text.charCodeAt(end);
  if (isJoining(after) && after !== 0x2f) return false;
  if ((after === 0x2c || after === 0x3a) && isDigit(text.charCodeAt(end + 1))) return false;
  if ((after === 0x2e || after === 0x2f) && isWordCharAt(text, end + 1)) return false;
  if (after === 0x2d && isWordCharAt(text, end + 1) && !isLowerCase(text.charCodeAt(end + 1))) return false;
  currencyAfter.lastIndex = end;
  if (currencyAfter.test(text)) return false;
  if (!mayFollowLabel(text, start)) return true;
  afterLabel.lastIndex = start;
  return !afterLabel.test(text);
}

/** Characters that join a number to a web address, file name or code: / = # & _ \\ @ */
function isJoining(code: number): boolean {
  return code === 0x2f || code === 0x3d || code === 0x23 || code === 0x26 || code === 0x5f || code === 0x5c || code === 0x40;
}

function isCurrency(code: number): boolean {
  return code === 0x20ac || code === 0x24 || code === 0xa3;
}

function isLowerCase(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || code === 0xe5 || code === 0xe4 || code === 0xf6;
}

/** The run characters from 0x20 to 0x3f (space, + ( ) -, digits), one bit each, 0x20 the lowest. */
const asciiRunChars = [...' +()-0123456789'].reduce((bits, char) => bits | (1 << (char.charCodeAt(0) - 0x20)), 0);

/** The characters a run is made of: digits, + ( ), and the spaces and dashes that join groups. */
function isRunChar(code: number): boolean {
  if (code >= 0x20 && code < 0x40) return ((asciiRunChars >>> (code - 0x20)) & 1) === 1;
  return code === 0xa0 || code === 0x202f || code === 0x2010 || code === 0x2011 || code === 0x2013;
}

// Runs never cross a character outside them, so the text falls into stretches of run characters
// that are read independently, each from its start. A number is a run of at least seven digits
// (six after the 0 of a Finnish area code) that begins with +, or with a 0 that follows a
// non-digit and is followed by a digit (the first group, bare or in parentheses). So only a
// stretch holding such a beginning and seven digits is read: the runs of digits and the plus
// signs that scanDraft found tell where they may be.
const minDigits = 7;

/** Every telephone number in `text` by the rule above, in order. */
export function findPhones(text: string): Finding[] {
  const found: Finding[] = [];
  const { digitRuns, digitRunEnds, plusSigns, digitsAfterBlank, phoneCues } = scanDraft(text);
  // The end of the stretch last read: no stretch is read twice.
  let readUntil = 0;
  let run = nextZeroBeginning(text, digitRuns, digitRunEnds, 0);
  let plus = 0;
  while (run < digitRuns.count || plus < plusSigns.count) {
    const zeroAt = run < digitRuns.count ? digitRuns.values[run]! : -1;
    const plusAt = plus < plusSigns.count ? plusSigns.values[plus]! : -1;
    const inside = plusAt < 0 || (zeroAt >= 0 && zeroAt < plusAt) ? zeroAt : plusAt;
    readUntil = readNumbersAround(text, inside, readUntil, found);
    run = nextZeroBeginning(text, digitRuns, digitRunEnds, digitRuns.indexFrom(readUntil, run));
    plus = plusSigns.indexFrom(readUntil, plus);
  }
  return withLocalNumbers(text, digitsAfterBlank, phoneCues, found);
}

/**
 * Pushes to `found` the numbers without an area code (rule 5), and returns `found` in order. Only
 * a digit after a blank (`starts`) may begin one, and only shortly after the stem of a cue
 * (`cues`, data/phone-cues.ts); where the word before it ends as a cue does, the cue's pattern is tried.
 */
function withLocalNumbers(text: string, starts: Offsets, cues: Offsets, found: Finding[]): Finding[] {
  if (cues.count === 0) return found;
  const before = found.length;
  let next = 0;
  let cue = 0;
  for (let k = starts.indexFrom(cues.values[0]!); k < starts.count; k++) {
    const start = starts.values[k]!;
    // The last cue before the number, if near enough.
    while (cue + 1 < cues.count && cues.values[cue + 1]! < start) cue++;
    if (start - cues.values[cue]! > phoneCueReach || start < cues.values[cue]!) continue;
    if (text.charCodeAt(start) === zero || !mayFollowCue(text, start) || !hasLocalLength(text, start)) continue;
    while (next < before && found[next]!.end <= start) next++;
    if (next < before && found[next]!.start <= start) continue;
    phoneCue.lastIndex = start;
    if (!phoneCue.test(text)) continue;
    run.lastIndex = start;
    if (!run.test(text)) continue;
    const end = run.lastIndex;
    if (isLocalNumber(text, start, end) && standsAlone(text, start, end)) found.push(findingAt(text, 'PHONE', start, end));
  }
  return found.length > before ? sortFindings(found, byPlace) : found;
}

/** The last two letters of every cue's last word (numeroon, puh, puhelin, puhelimitse, tel, telefonnummer, på, phone, at), in lower case, as `first << 16 | second`. */
const cueEndings = new Set(['on', 'uh', 'in', 'se', 'el', 'er', 'på', 'ne', 'at'].map((pair) => (pair.charCodeAt(0) << 16) | pair.charCodeAt(1)));

/** The last letters of the cues' endings other than å, one bit each from a. */
const cueLastLetters = [...cueEndings].reduce((bits, pair) => ((pair & 0xffff) < 0x80 ? bits | (1 << ((pair & 0xffff) - 0x61)) : bits), 0);

/** Whether the word before `start` (across blanks, a colon and a full stop) ends as a cue does: only then is the cue's pattern tried. */
function mayFollowCue(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isNumberSpace(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) === 0x3a) i--;
  if (text.charCodeAt(i) === 0x2e) i--;
  if (i < 1) return false;
  // Upper case folds by the 0x20 bit, within ASCII and Latin-1 (Å, å).
  const last = text.charCodeAt(i) | 0x20;
  if (!(last === 0xe5 || (last >= 0x61 && last <= 0x7a && (cueLastLetters >> (last - 0x61)) & 1))) return false;
  return cueEndings.has(((text.charCodeAt(i - 1) | 0x20) << 16) | last);
}

/** Whether the digits from `start`, in groups joined by single spaces, are 5–8: as many as a number without an area code has. */
function hasLocalLength(text: string, start: number): boolean {
  let digits = 0;
  let i = start;
  for (;;) {
    while (isDigit(text.charCodeAt(i))) {
      digits++;
      i++;
    }
    if (!(isNumberSpace(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) || digits > 8) break;
    i++;
  }
  return digits >= 5 && digits <= 8;
}

/** Whether the run [start, end) is a number without an area code: 5–8 digits in one to three groups, none in parentheses. */
function isLocalNumber(text: string, start: number, end: number): boolean {
  const count = readGroups(text, start, end);
  if (count < 1 || count > 3) return false;
  let digits = 0;
  for (let g = 0; g < count; g++) {
    if (groupParenthesised[g] || groupLength[g]! < 2) return false;
    digits += groupLength[g]!;
  }
  // The European services' numbers, 116 000–116 999 (116 111, the helpline of children and young people).
  if (digits === 6 && text.startsWith('116', groupStart[0]!) && groupLength[0]! >= 3) return false;
  return digits >= 5 && digits <= 8;
}

/** The index of the first run of digits from index `k` on that begins with 0 and goes on, where a Finnish number can begin; `count` if none. */
function nextZeroBeginning(text: string, runs: Offsets, ends: Offsets, k: number): number {
  while (k < runs.count && !(text.charCodeAt(runs.values[k]!) === zero && ends.values[k]! - runs.values[k]! >= 2)) k++;
  return k;
}

/**
 * Pushes to `found` the telephone numbers of the stretch of run characters around `inside` (a
 * character of it, where a number can begin), which begins at or after `from`, the end of the
 * stretch read before; returns the stretch's end. Stretches are visited in order, so that each
 * is read once, from its start.
 */
function readNumbersAround(text: string, inside: number, from: number, found: Finding[]): number {
  let start = inside;
  let digits = 0;
  while (start > from && isRunChar(text.charCodeAt(start - 1))) {
    start--;
    if (isDigit(text.charCodeAt(start))) digits++;
  }
  let end = inside;
  while (end < text.length && isRunChar(text.charCodeAt(end))) {
    if (isDigit(text.charCodeAt(end))) digits++;
    end++;
  }
  if (digits >= minDigits) readRuns(text, start, end, found);
  return end;
}

/** Every telephone number among the runs of the stretch [stretchStart, stretchEnd), each run read whole and passed over. */
function readRuns(text: string, stretchStart: number, stretchEnd: number, found: Finding[]): void {
  let start = stretchStart;
  while (start < stretchEnd) {
    // Where a run can begin: a digit, + or (.
    const code = text.charCodeAt(start);
    if (!(isDigit(code) || code === plus || code === openParen)) {
      start++;
      continue;
    }
    run.lastIndex = start;
    if (!run.test(text)) {
      start++;
      continue;
    }
    const end = run.lastIndex;
    // Only a run that begins with 0, + or ( can be a number.
    if ((code === zero || !isDigit(code)) && isNumber(text, start, end) && standsAlone(text, start, end)) {
      found.push(findingAt(text, 'PHONE', start, end));
    }
    start = end;
  }
}
