import { digitAt, isHyphen, isWordCharAt } from './characters';
import { findingAt, type Finding } from './finding';

// The Finnish personal identity code (henkilötunnus, P8), eleven characters DDMMYYCZZZQ:
//
//   DDMMYY  the date of birth; it must be a day of the calendar (no 31.02., no 29.02. of a
//           year that is not a leap year)
//   C       the century: + for the 1800s; - Y X W V U for the 1900s; A B C D E F for the
//           2000s (the letters beside - and A are the signs added in 2023)
//   ZZZ     the individual number, 002–899. 900–999 are temporary codes given by hospitals
//           and other authorities before a permanent one: still a finding, since they point
//           to one person in the records of whoever gave them. 000 and 001 are never given.
//   Q       the check character: the nine digits DDMMYYZZZ read as one number, modulo 31,
//           indexes 0123456789ABCDEFHJKLMNPRSTUVWXY
//
// The official form is upper case; letters typed in lower case are accepted too, and so is a
// dash that a word processor put in place of the hyphen (the check character still guards the
// digits). A code touching another letter or digit is part of a longer string, not a code.

const length = 11;
const checkCharacters = '0123456789ABCDEFHJKLMNPRSTUVWXY';

// Six digits, a century sign, three digits and a check character: the shape only. The date,
// individual number and check character are tested in code. Every match has eleven characters.
// The digits are spelt out (\d\d\d, not \d{3}): for a pattern of single characters V8 looks
// ahead and skips over text that cannot hold a match, several times faster than trying each place.
const shape = /\d\d\d\d\d\d[-+ABCDEFUVWXYabcdefuvwxy\u2010\u2011\u2013\u2212]\d\d\d[0-9A-Ya-y]/g;

/** The first year of the century that the sign at `code` stands for; -1 for no sign. */
function centuryOf(code: number): number {
  if (code === 0x2b) return 1800;
  if (isHyphen(code)) return 1900;
  const upper = code >= 0x61 ? code - 0x20 : code;
  if (upper >= 0x55 && upper <= 0x59) return 1900; // U V W X Y
  if (upper >= 0x41 && upper <= 0x46) return 2000; // A B C D E F
  return -1;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(month: number, year: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function twoDigits(text: string, i: number): number {
  return digitAt(text, i) * 10 + digitAt(text, i + 1);
}

/** Whether the eleven characters from `start` are a personal identity code (shape already known). */
function isHetuAt(text: string, start: number): boolean {
  const century = centuryOf(text.charCodeAt(start + 6));
  if (century < 0) return false;
  const day = twoDigits(text, start);
  const month = twoDigits(text, start + 2);
  const year = century + twoDigits(text, start + 4);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return false;
  const individual = digitAt(text, start + 7) * 100 + twoDigits(text, start + 8);
  if (individual < 2) return false;
  const number = (day * 10_000 + month * 100 + (year % 100)) * 1000 + individual;
  const check = text.charCodeAt(start + 10);
  return checkCharacters.charCodeAt(number % 31) === (check >= 0x61 ? check - 0x20 : check);
}

const wholeShape = new RegExp(`^${shape.source}$`);
const shapeHere = new RegExp(shape.source, 'y');

/** Whether `value` as a whole is a personal identity code. */
export function isHetu(value: string): boolean {
  return wholeShape.test(value) && isHetuAt(value, 0);
}

/** Whether the shape from `start` is a personal identity code standing alone in the text. */
function isFoundAt(text: string, start: number): boolean {
  return !isWordCharAt(text, start - 1) && !isWordCharAt(text, start + length) && isHetuAt(text, start);
}

/** Every personal identity code in `text`, in order. */
export function findHetu(text: string): Finding[] {
  const found: Finding[] = [];
  shape.lastIndex = 0;
  while (shape.test(text)) {
    const start = shape.lastIndex - length;
    if (!isFoundAt(text, start)) {
      // A code cannot begin inside a candidate that failed, but the next character is the
      // earliest place another candidate could start.
      shape.lastIndex = start + 1;
      continue;
    }
    found.push(findingAt(text, 'FI_HETU', start, start + length));
  }
  return found;
}

/**
 * For a scan that visits each run of digits once (findIdentifiers): pushes to `found` the
 * personal identity code that the run [start, end) begins, if any. A code's six digits are a
 * whole run: a digit before them would touch the code.
 */
export function findHetuAtDigits(text: string, start: number, end: number, found: Finding[]): void {
  if (end - start !== 6) return;
  shapeHere.lastIndex = start;
  if (shapeHere.test(text) && isFoundAt(text, start)) found.push(findingAt(text, 'FI_HETU', start, start + length));
}
