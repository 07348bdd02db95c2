import { isAsciiLetter, isDigit, isNumberSpace, isWordCharAt } from './characters';
import { findingAt, type Finding } from './finding';

// An international bank account number (IBAN) of a SEPA country: the country's two letters, two
// check digits and the national account number, as long as that country's IBANs are. Written
// in one piece (FI2112345600000785) or in groups of four after the first four characters
// (FI21 1234 5600 0007 85), in upper or lower case.
//
// It is an IBAN only when its length is the country's, its characters are the ones the country
// uses (digits only where the national number has no letters), and the whole, moved and read
// as a number (letters A=10 … Z=35), leaves 1 modulo 97. The check digits 00, 01 and 99 are
// never issued. Touching another letter or digit, it is part of a longer string.

/** The length of the IBAN of each SEPA country, and whether its national part is digits only. */
const countryTable: Record<string, { length: number; digitsOnly: boolean }> = {
  AD: { length: 24, digitsOnly: false },
  AL: { length: 28, digitsOnly: false },
  AT: { length: 20, digitsOnly: true },
  BE: { length: 16, digitsOnly: true },
  BG: { length: 22, digitsOnly: false },
  CH: { length: 21, digitsOnly: false },
  CY: { length: 28, digitsOnly: false },
  CZ: { length: 24, digitsOnly: true },
  DE: { length: 22, digitsOnly: true },
  DK: { length: 18, digitsOnly: true },
  EE: { length: 20, digitsOnly: true },
  ES: { length: 24, digitsOnly: true },
  FI: { length: 18, digitsOnly: true },
  FR: { length: 27, digitsOnly: false },
  GB: { length: 22, digitsOnly: false },
  GI: { length: 23, digitsOnly: false },
  GR: { length: 27, digitsOnly: false },
  HR: { length: 21, digitsOnly: true },
  HU: { length: 28, digitsOnly: true },
  IE: { length: 22, digitsOnly: false },
  IS: { length: 26, digitsOnly: true },
  IT: { length: 27, digitsOnly: false },
  LI: { length: 21, digitsOnly: false },
  LT: { length: 20, digitsOnly: true },
  LU: { length: 20, digitsOnly: false },
  LV: { length: 21, digitsOnly: false },
  MC: { length: 27, digitsOnly: false },
  MD: { length: 24, digitsOnly: false },
  ME: { length: 22, digitsOnly: true },
  MK: { length: 19, digitsOnly: false },
  MT: { length: 31, digitsOnly: false },
  NL: { length: 18, digitsOnly: false },
  NO: { length: 15, digitsOnly: true },
  PL: { length: 28, digitsOnly: true },
  PT: { length: 25, digitsOnly: true },
  RO: { length: 24, digitsOnly: false },
  SE: { length: 24, digitsOnly: true },
  SI: { length: 19, digitsOnly: true },
  SK: { length: 24, digitsOnly: true },
  SM: { length: 27, digitsOnly: false },
  VA: { length: 22, digitsOnly: true },
};

/** The same, keyed by the two upper-case letters' codes, to look up without making a string. */
const countries = new Map(Object.entries(countryTable).map(([code, country]) => [countryKey(code.charCodeAt(0), code.charCodeAt(1)), country]));

function countryKey(first: number, second: number): number {
  return (first << 16) | second;
}

// A letter and two digits: where the second letter and the check digits of an IBAN can be. The
// first letter is looked at in code: a pattern that begins with two letters is slower to search
// for, letters being everywhere. Every match has three characters.
const letterAndCheckDigits = /[A-Za-z]\d\d/g;

function upper(code: number): number {
  return code >= 0x61 ? code - 0x20 : code;
}

/** The value of a digit or letter in the IBAN check: 0–9, then A=10 … Z=35. */
function valueOf(code: number): number {
  return isDigit(code) ? code - 0x30 : upper(code) - 0x41 + 10;
}

function remainderWith(remainder: number, code: number): number {
  const value = valueOf(code);
  return value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
}

/** The end of the IBAN that begins at `start`, or -1. */
function ibanEndAt(text: string, start: number): number {
  const country = countries.get(countryKey(upper(text.charCodeAt(start)), upper(text.charCodeAt(start + 1))));
  if (!country) return -1;
  const check = (text.charCodeAt(start + 2) - 0x30) * 10 + (text.charCodeAt(start + 3) - 0x30);
  if (check < 2 || check > 98) return -1;
  const count = country.length - 4;
  const grouped = isNumberSpace(text.charCodeAt(start + 4));
  // The check reads the national part first, then the country and check digits: the national
  // part's remainder is taken while it is read.
  let remainder = 0;
  let at = start + 4;
  for (let k = 0; k < count; k++) {
    if (grouped && k % 4 === 0) {
      if (!isNumberSpace(text.charCodeAt(at))) return -1;
      at++;
    }
    const code = text.charCodeAt(at);
    if (!(isDigit(code) || (!country.digitsOnly && isAsciiLetter(code)))) return -1;
    remainder = remainderWith(remainder, code);
    at++;
  }
  if (isWordCharAt(text, at)) return -1;
  for (let k = 0; k < 4; k++) remainder = remainderWith(remainder, text.charCodeAt(start + k));
  return remainder === 1 ? at : -1;
}

/** The end of the IBAN that begins at `start` and stands alone, or -1. */
function foundEndAt(text: string, start: number): number {
  return start < 0 || !isAsciiLetter(text.charCodeAt(start)) || isWordCharAt(text, start - 1) ? -1 : ibanEndAt(text, start);
}

/** Every IBAN of a SEPA country in `text`, in order. */
export function findIban(text: string): Finding[] {
  const found: Finding[] = [];
  letterAndCheckDigits.lastIndex = 0;
  while (letterAndCheckDigits.test(text)) {
    const start = letterAndCheckDigits.lastIndex - 4;
    const end = foundEndAt(text, start);
    // After a candidate that failed, the search goes on after its two digits: no IBAN's letters
    // can be among them.
    if (end < 0) continue;
    found.push(findingAt(text, 'IBAN', start, end));
    letterAndCheckDigits.lastIndex = end;
  }
  return found;
}

/**
 * For a scan that visits each run of digits once, in order (findIdentifiers): pushes to `found`
 * the IBAN whose check digits begin the run at `digits`, if it begins at or after `from`, the end
 * of the IBAN found before (an IBAN is not read inside another); returns the end of the last
 * IBAN found. The check digits follow the country's letters, so they begin a run.
 */
export function findIbanAtDigits(text: string, digits: number, from: number, found: Finding[]): number {
  const start = digits - 2;
  if (start < from || !isAsciiLetter(text.charCodeAt(start + 1))) return from;
  const end = foundEndAt(text, start);
  if (end < 0) return from;
  found.push(findingAt(text, 'IBAN', start, end));
  return end;
}
