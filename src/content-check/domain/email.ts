import { isAsciiLetter, isDigit, isWordCharAt } from './characters';
import { scanDraft, type Offsets } from './draft-scan';
import { byPlace, findingAt, sortFindings, type Finding } from './finding';

// An e-mail address, in the practical subset of RFC 5322 that people write (with RFC 6531's
// letters of any script, as in matti.meikäläinen@pieksämäki.fi):
//
//   local part  letters, digits and . _ % + -, at most 64 characters, beginning and ending with
//               a letter, digit or _, no two dots in a row. Quoted local parts are not read.
//   domain      at least two labels of letters, digits and inner hyphens, joined by single
//               dots; the last (the top-level domain) letters only, at least two, or xn--…;
//               at most 253 characters. Address literals ([192.0.2.1]) are not read.
//
// Punctuation around the address is not part of it: the full stop that ends a sentence, a
// bracket, a quotation mark. A fediverse handle (@kaupunki@mastodon.social) is not an e-mail
// address: its local part follows another @.
//
// Public-sector pages write the @ as (at) or [at] to keep addresses from harvesters
// (matti.virtanen(at)pieksamaki.fi, with or without a space on either side): that is the same
// address. The pattern that tells how the staff's addresses are formed
// (etunimi.sukunimi@pieksamaki.fi, firstname.lastname@…) is nobody's address.

const maxLocal = 64;
const maxDomain = 253;
const maxLabel = 63;

const at = 0x40;
const dot = 0x2e;
const hyphen = 0x2d;
const underscore = 0x5f;

function isLetterOrDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? isDigit(code) || isAsciiLetter(code) : isWordCharAt(text, i);
}

function isLocalCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === dot || code === underscore || code === 0x25 || code === 0x2b || code === hyphen || isLetterOrDigitAt(text, i);
}

function isDomainCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === dot || code === hyphen || isLetterOrDigitAt(text, i);
}

/** The start of the address whose local part ends at `sign` (its @, or its (at)), or -1. */
function localStartBefore(text: string, sign: number): number {
  let start = sign;
  while (start > 0 && sign - start <= maxLocal && isLocalCharAt(text, start - 1)) start--;
  if (sign - start > maxLocal) return -1;
  // The address begins at its first letter, digit or _: a dash or dot before it is punctuation.
  while (start < sign && !(text.charCodeAt(start) === underscore || isLetterOrDigitAt(text, start))) start++;
  if (start === sign || (start > 0 && text.charCodeAt(start - 1) === at)) return -1;
  const last = text.charCodeAt(sign - 1);
  if (last === dot || last === hyphen || last === 0x2b || last === 0x25) return -1;
  for (let i = start + 1; i < sign; i++) if (text.charCodeAt(i) === dot && text.charCodeAt(i - 1) === dot) return -1;
  return start;
}

/** The end of the domain that follows the @ at `sign` (or the last character of its (at)), or -1. */
function domainEndAfter(text: string, sign: number): number {
  let end = sign + 1;
  while (end < text.length && end - sign <= maxDomain + 1 && isDomainCharAt(text, end)) end++;
  // A full stop or dash after the domain ends the sentence or the phrase.
  while (end > sign + 1 && (text.charCodeAt(end - 1) === dot || text.charCodeAt(end - 1) === hyphen)) end--;
  if (end - sign - 1 > maxDomain) return -1;
  let labels = 0;
  let labelStart = sign + 1;
  for (let i = sign + 1; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== dot) continue;
    const length = i - labelStart;
    if (length === 0 || length > maxLabel) return -1;
    if (text.charCodeAt(labelStart) === hyphen || text.charCodeAt(i - 1) === hyphen) return -1;
    labels++;
    if (i === end && !isTopLevelDomain(text, labelStart, i)) return -1;
    labelStart = i + 1;
  }
  return labels >= 2 ? end : -1;
}

function isTopLevelDomain(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  if (text.startsWith('xn--', start) && end - start > 4) return true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code) || code === hyphen || !isLetterOrDigitAt(text, i)) return false;
  }
  return true;
}

/** The local parts of the pattern of the staff's addresses, not of anyone's. */
const patternLocalParts = new Set(['etunimi.sukunimi', 'firstname.lastname', 'first.last', 'förnamn.efternamn', 'fornamn.efternamn']);

const longestPatternLocalPart = Math.max(...[...patternLocalParts].map((local) => local.length));

function isPattern(text: string, start: number, localEnd: number): boolean {
  return localEnd - start <= longestPatternLocalPart && patternLocalParts.has(text.slice(start, localEnd).toLowerCase());
}

/** Every e-mail address in `text`, in order. */
export function findEmails(text: string): Finding[] {
  const found: Finding[] = [];
  const scan = scanDraft(text);
  const signs = scan.atSigns;
  for (let k = 0; k < signs.count; ) {
    const sign = signs.values[k]!;
    const start = localStartBefore(text, sign);
    const end = start < 0 ? -1 : domainEndAfter(text, sign);
    if (end >= 0 && !isPattern(text, start, sign)) found.push(findingAt(text, 'EMAIL', start, end));
    k = signs.indexFrom(end >= 0 ? end : sign + 1, k);
  }
  const withSign = found.length;
  readSpelledOut(text, scan.closingParentheses, 0x28, found);
  readSpelledOut(text, scan.closingBrackets, 0x5b, found);
  // Each search is in the text's order; addresses of more than one spelling are merged into it.
  return found.length > withSign ? sortFindings(found, byPlace) : found;
}

/**
 * The addresses whose @ is written out as (at) or [at], with a space on either side or none:
 * found from the closing brackets (`closers`, as scanDraft found them), which are rare where the
 * letters "at" are not.
 */
function readSpelledOut(text: string, closers: Offsets, opener: number, found: Finding[]): void {
  for (let k = closers.indexFrom(3); k < closers.count; k++) {
    const close = closers.values[k]!;
    const open = close - 3;
    if (text.charCodeAt(open) !== opener || (text.charCodeAt(open + 1) | 0x20) !== 0x61 || (text.charCodeAt(open + 2) | 0x20) !== 0x74) continue;
    const localEnd = text.charCodeAt(open - 1) === 0x20 ? open - 1 : open;
    const domainSign = text.charCodeAt(close + 1) === 0x20 ? close + 1 : close;
    const start = localEnd > 0 ? localStartBefore(text, localEnd) : -1;
    const end = start < 0 ? -1 : domainEndAfter(text, domainSign);
    if (end >= 0 && !isPattern(text, start, localEnd)) {
      found.push(findingAt(text, 'EMAIL', start, end));
      k = closers.indexFrom(end, k) - 1;
    }
  }
}
