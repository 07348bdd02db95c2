import { describe, expect, it } from 'vitest';
import { foundIn } from './expect-findings';
import { findIban } from './iban';

const found = (text: string) => foundIn(findIban, text);

describe('bank account numbers (IBAN)', () => {
  it('finds a Finnish IBAN in groups of four, at its exact place', () => {
    expect(findIban('Maksa tilille FI21 1234 5600 0007 85 viimeistään perjantaina.')).toEqual([
      { type: 'IBAN', start: 14, end: 36, text: 'FI21 1234 5600 0007 85' },
    ]);
  });

  it('finds one written in one piece, and in lower case', () => {
    expect(found('Betala till kontot FI2112345600000785.')).toEqual(['FI2112345600000785']);
    expect(found('pay to fi21 1234 5600 0007 85 please')).toEqual(['fi21 1234 5600 0007 85']);
  });

  it('finds the IBANs of other SEPA countries by their own lengths, with letters where the country has them', () => {
    const text =
      'DE89 3704 0044 0532 0130 00; SE45 5000 0000 0583 9825 7466; NO93 8601 1117 947; BE68 5390 0754 7034; ' +
      'GB29 NWBK 6016 1331 9268 19; NL91ABNA0417164300; FR14 2004 1010 0505 0001 3M02 606; MT84 MALT 0110 0001 2345 MTLC AST0 01S';
    expect(found(text)).toEqual([
      'DE89 3704 0044 0532 0130 00',
      'SE45 5000 0000 0583 9825 7466',
      'NO93 8601 1117 947',
      'BE68 5390 0754 7034',
      'GB29 NWBK 6016 1331 9268 19',
      'NL91ABNA0417164300',
      'FR14 2004 1010 0505 0001 3M02 606',
      'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
    ]);
  });

  it('refuses a number that fails the mod-97 check', () => {
    expect(found('Tili FI21 1234 5600 0007 86 ja FI2212345600000785.')).toEqual([]);
  });

  it("refuses a number whose length is not its country's", () => {
    // Each passes the mod-97 check: a Finnish number a digit too long, one a digit too short, and
    // one as long as a Norwegian number.
    expect(found('FI32 1234 5600 0007 851, FI21 1234 5600 0007 8, FI86 8601 1117 947')).toEqual([]);
  });

  it('refuses letters in the national part of a country whose account numbers are digits only', () => {
    // It passes the mod-97 check: only the letter refuses it.
    expect(found('FI72 1234 5600 0007 8A')).toEqual([]);
  });

  it('refuses the check digits that are never issued', () => {
    // 01 is the same remainder as the issued 98, so this one passes the mod-97 check.
    expect(found('FI01 0000 0000 0000 90')).toEqual([]);
    expect(found('FI98 0000 0000 0000 90')).toEqual(['FI98 0000 0000 0000 90']);
  });

  it('refuses a country outside SEPA or no country at all', () => {
    // Kosovo's example IBAN passes the mod-97 check; Kosovo is not in SEPA.
    expect(found('XK05 1212 0123 4567 8906, AB12 3456 7890')).toEqual([]);
  });

  it('refuses groups that are not of four (the same characters in fours would be an IBAN)', () => {
    expect(found('FI21 123 45600 0007 85, FI 21 1234 5600 0007 85')).toEqual([]);
  });

  it('does not find an IBAN inside a longer run of letters and digits', () => {
    expect(found('TILIFI2112345600000785 ja FI2112345600000785X')).toEqual([]);
  });

  it('leaves words, codes and sums that begin with two letters and two digits alone', () => {
    expect(found('COVID-19, EU27, HE 12/2026, SM2026-kisat, ab12 cd34, sivu FI99.')).toEqual([]);
  });
});
