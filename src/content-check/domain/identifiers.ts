import { findBusinessIdAtDigits, findBusinessIds } from './business-id';
import { isAsciiLetter, isDigit } from './characters';
import { findEmails } from './email';
import { byPlace, sortFindings, type Finding } from './finding';
import { findHetu, findHetuAtDigits } from './hetu';
import { findIban, findIbanAtDigits } from './iban';
import { findPhones } from './phone';
import { findPlates } from './plate';

// The structured identifiers in a draft (P8, P9): codes with a fixed shape and, where they have
// one, a check character or digit, so each is found by a linear scan without knowing the
// language. Each detector is exact on its own (a telephone number is never read out of a
// business ID or a personal identity code); where two findings still overlap, the check keeps
// the wider (check.ts).
//
// Personal identity codes, business IDs and IBANs are found in one search of the draft: each
// holds six digits in a row, or two digits right after a letter (an IBAN's check digits, after
// its country), so one native search for either finds every run of digits they can begin with,
// and each detector looks only there.

export { findBusinessIds } from './business-id';
export { findEmails } from './email';
export { findHetu, isHetu } from './hetu';
export { findIban } from './iban';
export { findPhones } from './phone';
export { findPlates } from './plate';

// Written out digit by digit, not as \d{6}: for a pattern of single characters V8 skips ahead
// over text that cannot hold a match.
const digitsAfterLetterOrSix = /[A-Za-z]\d\d|\d\d\d\d\d\d/g;

/** Every identifier in `text`, in the order of the text (by start, then end). */
export function findIdentifiers(text: string): Finding[] {
  const found = findCodesWithDigits(text);
  append(found, findPhones(text));
  append(found, findEmails(text));
  append(found, findPlates(text));
  return sortFindings(found, byPlace);
}

/** The personal identity codes, IBANs and business IDs in `text`, as their own detectors find them. */
function findCodesWithDigits(text: string): Finding[] {
  const found: Finding[] = [];
  // Where the last IBAN ends: an IBAN is not read inside another.
  let ibanUntil = 0;
  digitsAfterLetterOrSix.lastIndex = 0;
  while (digitsAfterLetterOrSix.test(text)) {
    // The search goes on from the end of each run, so a match begins a run or the letter before it.
    const matchEnd = digitsAfterLetterOrSix.lastIndex;
    const start = isAsciiLetter(text.charCodeAt(matchEnd - 3)) ? matchEnd - 2 : matchEnd - 6;
    let end = matchEnd;
    while (isDigit(text.charCodeAt(end))) end++;
    findHetuAtDigits(text, start, end, found);
    ibanUntil = findIbanAtDigits(text, start, ibanUntil, found);
    findBusinessIdAtDigits(text, start, end, found);
    digitsAfterLetterOrSix.lastIndex = end;
  }
  return found;
}

function append(found: Finding[], more: Finding[]): void {
  for (let i = 0; i < more.length; i++) found.push(more[i]!);
}
