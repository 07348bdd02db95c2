// Character tests shared by the detectors of identifiers. They take char codes and indexes, not
// strings, so a scan over a long draft allocates nothing for the characters it passes by.

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** The value of the ASCII digit at `i`. */
export function digitAt(text: string, i: number): number {
  return text.charCodeAt(i) - 0x30;
}

/**
 * A hyphen as typed, or as a word processor replaces it: hyphen-minus, hyphen, non-breaking
 * hyphen, en dash, minus sign. Used where a check character or digit catches a wrong reading.
 */
export function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2212;
}

/** A space inside a number: space, no-break space, narrow no-break space. */
export function isNumberSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f;
}

const unicodeWordChar = /[\p{L}\p{N}\p{M}]/uy;

/**
 * Whether the character at `i` is a letter, digit or combining mark in any script, so part of
 * the same word as its neighbours. Outside the text there is no such character.
 */
export function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 0x80) return isDigit(code) || isAsciiLetter(code);
  // The second half of a surrogate pair belongs to the character that starts one place earlier.
  const at = code >= 0xdc00 && code <= 0xdfff && i > 0 ? i - 1 : i;
  unicodeWordChar.lastIndex = at;
  return unicodeWordChar.test(text);
}
