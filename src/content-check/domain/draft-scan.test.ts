import { describe, expect, it } from 'vitest';
import { termsByStem } from './data/health-terms';
import { secrecyStems } from './data/secrecy-markers';
import { scanDraft, type Offsets } from './draft-scan';

const offsets = (list: Offsets): number[] => Array.from(list.values.subarray(0, list.count));

describe('the one pass over a draft (policy rules P8, P9)', () => {
  it('finds every health stem, in any case, where it begins', () => {
    for (const stem of termsByStem.keys()) {
      const text = `(${stem.toUpperCase()}`;
      const scan = scanDraft(text);
      expect(offsets(scan.healthStems), stem).toContain(1);
    }
  });

  it('finds every stem of a marker of secrecy, inside a word too', () => {
    for (const stem of secrecyStems) {
      const scan = scanDraft(`huippu${stem}`);
      expect(offsets(scan.secrecyStems), stem).toEqual([6]);
    }
  });

  it('reads the longest health stem at a place: sairausloma, not sairaus', () => {
    const scan = scanDraft('on sairauslomalla');
    const longest = offsets(scan.healthStems).indexOf(3);
    expect(scan.healthStemEnds.values[longest]).toBe(3 + 'sairausloma'.length);
  });

  it('notes capitals, Latin-1 and beyond, and not small letters', () => {
    expect(offsets(scanDraft('Äiti ja ÖRN, Łukasz, ärrä').capitals)).toEqual([0, 8, 9, 10, 13]);
  });

  it('notes digits after a blank, and runs of digits that may hold an identity code or an IBAN', () => {
    const scan = scanDraft('Keskuskatu\u00a05, 131052-308T, FI2112345600000785, klo 12');
    expect(offsets(scan.digitsAfterBlank)).toEqual([11, 14, 51]);
    expect(offsets(scan.codeRuns)).toEqual([14, 29]);
    expect(offsets(scan.codeRunEnds)).toEqual([20, 45]);
  });

  it('notes the stems of the words that call a number a telephone number', () => {
    expect(offsets(scanDraft('Soita numeroon 788 2233 tai puh. 788 2234; call us on 788 2235.').phoneCues)).toEqual([6, 28, 43]);
  });

  it('notes where 621/1999 begins, and not another act', () => {
    expect(offsets(scanDraft('JulkL (621/1999) 24 §, laki 622/1999').actNumbers)).toEqual([7]);
  });

  it('notes quotation marks of Finnish, Swedish and English', () => {
    expect(offsets(scanDraft('”a” “b” «c» "d"').quotes)).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
  });

  it('tells when a character folds only in Unicode mode (the long s, the Kelvin sign)', () => {
    expect(scanDraft('ſalainen').foldsInUnicode).toBe(true);
    expect(scanDraft('\u212a').foldsInUnicode).toBe(true);
    expect(scanDraft('salainen').foldsInUnicode).toBe(false);
  });

  it('scans a draft again when another was scanned between', () => {
    const first = 'Matti';
    expect(scanDraft(first).capitals.count).toBe(1);
    expect(scanDraft('Matti Virtanen').capitals.count).toBe(2);
    expect(scanDraft(first).capitals.count).toBe(1);
  });
});

describe('the signs of e-mail addresses, telephone numbers and plates (policy rule P8)', () => {
  it('notes @ ) ] + and the hyphen, each in its own list', () => {
    const scan = scanDraft('a@b (at) [at] +358 ABC-123');
    expect(offsets(scan.atSigns)).toEqual([1]);
    expect(offsets(scan.closingParentheses)).toEqual([7]);
    expect(offsets(scan.closingBrackets)).toEqual([12]);
    expect(offsets(scan.plusSigns)).toEqual([14]);
    expect(offsets(scan.hyphens)).toEqual([22]);
  });

  it('notes every run of digits, where it begins and ends', () => {
    const scan = scanDraft('040 123 4567');
    expect(offsets(scan.digitRuns)).toEqual([0, 4, 8]);
    expect(offsets(scan.digitRunEnds)).toEqual([3, 7, 12]);
  });

  it('finds the first offset at or after a place', () => {
    const { hyphens } = scanDraft('a-b-c-d');
    expect(hyphens.indexFrom(2)).toBe(1);
    expect(hyphens.indexFrom(6)).toBe(3);
  });
});
