import { digitAt, isHyphen, isWordCharAt } from './characters';
import { findingAt, type Finding } from './finding';

// The Finnish business ID (Y-tunnus, FO-nummer), 1234567-8: seven digits, a hyphen and a check
// digit. The digits are weighted 7 9 10 5 8 4 2 and summed; the remainder modulo 11 gives the
// check digit: 0 → 0, 1 → no business ID has these digits, otherwise 11 − remainder. The VAT
// number is the same eight digits after FI, without the hyphen (FI12345678; fi also accepted).
//
// A wrong check digit means it is not a business ID. Old IDs written with six digits
// (123456-7, without the leading zero) are not read. A dash put in place of the hyphen by a word
// processor is accepted, since the check digit guards the reading.

const weights = [7, 9, 10, 5, 8, 4, 2] as const;

// The business form (nine characters, a hyphen second to last) or the VAT form (ten characters).
// The digits are spelt out (\d\d\d, not \d{3}): for a pattern of single characters V8 looks
// ahead and skips over text that cannot hold a match, several times faster than trying each place.
const shape = /\d\d\d\d\d\d\d[-\u2010\u2011\u2013\u2212]\d|[Ff][Ii]\d\d\d\d\d\d\d\d/g;

/** The check digit of the seven digits from `start`, or -1 when no business ID has them. */
function checkDigitOf(text: string, start: number): number {
  let sum = 0;
  for (let k = 0; k < weights.length; k++) sum += digitAt(text, start + k) * weights[k]!;
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  return remainder === 1 ? -1 : 11 - remainder;
}

/** Whether the business ID or VAT number of the shape [start, end) stands alone and has the right check digit. */
function isFoundAt(text: string, start: number, end: number): boolean {
  const digits = isHyphen(text.charCodeAt(end - 2)) ? start : start + 2;
  return !isWordCharAt(text, start - 1) && !isWordCharAt(text, end) && checkDigitOf(text, digits) === digitAt(text, end - 1);
}

/** Every business ID and Finnish VAT number in `text`, in order. */
export function findBusinessIds(text: string): Finding[] {
  const found: Finding[] = [];
  shape.lastIndex = 0;
  while (shape.test(text)) {
    const end = shape.lastIndex;
    const start = isHyphen(text.charCodeAt(end - 2)) ? end - 9 : end - 10;
    if (!isFoundAt(text, start, end)) {
      shape.lastIndex = start + 1;
      continue;
    }
    found.push(findingAt(text, 'Y_TUNNUS', start, end));
  }
  return found;
}

const shapeHere = new RegExp(shape.source, 'y');

/**
 * For a scan that visits each run of digits once (findIdentifiers): pushes to `found` the
 * business ID or VAT number whose digits are the run [start, end), if any: seven digits before
 * the hyphen, or eight after FI. They are a whole run, since a digit next to them would touch it.
 */
export function findBusinessIdAtDigits(text: string, start: number, end: number, found: Finding[]): void {
  const length = end - start;
  const from = length === 7 ? start : length === 8 ? start - 2 : -1;
  if (from < 0) return;
  shapeHere.lastIndex = from;
  if (shapeHere.test(text) && isFoundAt(text, from, shapeHere.lastIndex)) found.push(findingAt(text, 'Y_TUNNUS', from, shapeHere.lastIndex));
}
