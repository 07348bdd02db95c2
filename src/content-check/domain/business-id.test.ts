import { describe, expect, it } from 'vitest';
import { findBusinessIds } from './business-id';
import { foundIn } from './expect-findings';

const found = (text: string) => foundIn(findBusinessIds, text);

describe('business IDs (Y_TUNNUS; policy rule P8)', () => {
  it('finds a business ID in a Finnish, Swedish and English sentence, at its exact place', () => {
    expect(findBusinessIds('Toimittajan Y-tunnus on 0112038-9.')).toEqual([{ type: 'Y_TUNNUS', start: 24, end: 33, text: '0112038-9' }]);
    expect(found('Leverantörens FO-nummer: 2444543-4.')).toEqual(['2444543-4']);
    expect(found('Business ID 1572860-0 (remainder 0, so check digit 0).')).toEqual(['1572860-0']);
  });

  it('finds the VAT number: FI and the same eight digits', () => {
    expect(found('ALV-numero FI01120389, momsnummer fi24445434.')).toEqual(['FI01120389', 'fi24445434']);
  });

  it('refuses a business ID whose check digit is wrong', () => {
    expect(found('Y-tunnus 0112038-8, VAT FI01120388.')).toEqual([]);
  });

  it('refuses digits whose remainder is 1: no business ID has them', () => {
    // 1111111: the weighted sum leaves 1, for which no check digit is given.
    for (let digit = 0; digit <= 9; digit++) expect(found(`1111111-${digit}`)).toEqual([]);
  });

  it('accepts a dash that a word processor put in place of the hyphen', () => {
    expect(found('Y-tunnus 0112038–9.')).toEqual(['0112038–9']);
  });

  it('does not find a business ID inside a longer run of letters and digits', () => {
    expect(found('X0112038-9, 10112038-9, 0112038-91, FI011203890, SUOMIFI01120389')).toEqual([]);
  });

  it('leaves dates, phone numbers, identity codes and sums alone', () => {
    expect(found('12.11.2026, 2026-11-12, 040 123 4567, 040-1234567, 131052-308T, 1 250 000 €, 1250000-1')).toEqual([]);
  });
});
