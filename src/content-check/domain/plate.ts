import { isDigit, isWordCharAt } from './characters';
import { scanDraft } from './draft-scan';
import { findingAt, type Finding } from './finding';

// A Finnish vehicle registration plate as it is written in text: upper-case letters (A–Z, Å, Ä,
// Ö), a hyphen, and a number from 1 to 999 without leading zeros.
//
//   ABC-1 … ABC-999   three letters: the ordinary plates since 1972, and personalised ones
//   AB-123            two letters only with a three-digit number (older and personalised plates)
//
// Two letters with a one- or two-digit number are not read as a plate: in a city's posts they
// are far more often a zoning designation (AO-1, AK-12, YL-2) or an abbreviation (EU-27) than a
// car. One letter with a number is an age rating or a name (K-18, F-35, U-20). Lower and mixed
// case (Abc-123, Windows-10, JulkL-24), longer runs of capitals (COVID-19), chains of codes
// (SFS-EN-123, ABC-123-A), numbers of four digits (ISO-9001) and plates without the hyphen
// (ABC123, which reads as any product code) are not plates either. Three-letter zoning
// designations and technical abbreviations that take a number are listed in `notPlates`.
//
// A Finnish case ending after a colon (ABC-123:n) or a compound after a hyphen
// (ABC-123-kilpinen) keeps the plate.

const notPlates = new Set(['KTY', 'LPA', 'LPY', 'USB', 'ISO', 'SFS', 'EUR']);

function isPlateLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || code === 0xc5 || code === 0xc4 || code === 0xd6;
}

function isLowerCaseAsciiOrFinnish(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || code === 0xe5 || code === 0xe4 || code === 0xf6;
}

/** The plate whose hyphen is at `hyphen`, or null. */
function plateAround(text: string, hyphen: number): { start: number; end: number } | null {
  let start = hyphen;
  while (start > 0 && hyphen - start < 4 && isPlateLetter(text.charCodeAt(start - 1))) start--;
  const letters = hyphen - start;
  if (letters < 2 || letters > 3) return null;
  // Before the letters: not another letter or digit (COVID-19, JulkL-24), and not a code the
  // letters continue (SFS-EN-123).
  if (isWordCharAt(text, start - 1) || text.charCodeAt(start - 1) === 0x2d) return null;

  let end = hyphen + 1;
  if (text.charCodeAt(end) === 0x30) return null;
  while (end < text.length && end - hyphen <= 4 && isDigit(text.charCodeAt(end))) end++;
  const digits = end - hyphen - 1;
  if (digits < 1 || digits > 3 || (letters === 2 && digits !== 3)) return null;
  // After the number: not another letter or digit, not another code (ABC-123-A), not an
  // e-mail address, not a decimal (AB-123,5).
  if (isWordCharAt(text, end)) return null;
  const next = text.charCodeAt(end);
  if (next === 0x40) return null;
  if (next === 0x2d && isWordCharAt(text, end + 1) && !isLowerCaseAsciiOrFinnish(text.charCodeAt(end + 1))) return null;
  if ((next === 0x2c || next === 0x2e) && isDigit(text.charCodeAt(end + 1))) return null;
  if (letters === 3 && notPlates.has(text.slice(start, hyphen))) return null;
  return { start, end };
}

/** Every Finnish registration plate in `text`, in order. */
export function findPlates(text: string): Finding[] {
  const found: Finding[] = [];
  const hyphens = scanDraft(text).hyphens;
  for (let k = 0; k < hyphens.count; ) {
    const hyphen = hyphens.values[k]!;
    const plate = plateAround(text, hyphen);
    if (plate) found.push(findingAt(text, 'PLATE', plate.start, plate.end));
    k = hyphens.indexFrom(plate ? plate.end : hyphen + 1, k);
  }
  return found;
}
