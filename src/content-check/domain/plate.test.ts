import { describe, expect, it } from 'vitest';
import { foundIn } from './expect-findings';
import { findPlates } from './plate';

const found = (text: string) => foundIn(findPlates, text);

describe('registration plates (PLATE; policy rule P8)', () => {
  it('finds a plate in a Finnish, Swedish and English sentence, at its exact place', () => {
    expect(findPlates('Pysäköintivirhe: auto ABC-123 seisoi pelastustiellä.')).toEqual([{ type: 'PLATE', start: 22, end: 29, text: 'ABC-123' }]);
    expect(found('Bilen med registreringsnummer XYZ-9 stod på torget.')).toEqual(['XYZ-9']);
    expect(found('The van (KLM-42) was towed.')).toEqual(['KLM-42']);
  });

  it('finds plates with Å, Ä and Ö', () => {
    expect(found('ÄKT-12, ÖRN-404 ja ÅLA-7')).toEqual(['ÄKT-12', 'ÖRN-404', 'ÅLA-7']);
  });

  it('finds two letters with a three-digit number', () => {
    expect(found('Museoauto AB-123 ja ÄK-123.')).toEqual(['AB-123', 'ÄK-123']);
  });

  it('does not read two letters with a shorter number: zoning designations and abbreviations', () => {
    expect(found('Alue muutetaan AO-1- ja AK-12-alueeksi; YL-2; EU-27; ÄK-12.')).toEqual([]);
  });

  it('does not read one letter with a number: age ratings and names', () => {
    expect(found('Elokuva on K-18, hävittäjä F-35, U-20-joukkue, B-12-vitamiini.')).toEqual([]);
  });

  it('refuses lower and mixed case: a plate is upper case', () => {
    expect(found('abc-123, Abc-123, aBC-123, Windows-10, JulkL-24, iPhone-12')).toEqual([]);
  });

  it('refuses longer runs of capitals and numbers of four digits or with a leading zero', () => {
    expect(found('COVID-19, SOTE-123, ISO-9001, ABC-1234, ABC-012, ABC-0')).toEqual([]);
  });

  it('refuses chains of codes and plates without the hyphen', () => {
    expect(found('SFS-EN-123, ABC-123-A, ABC-123-4, X-ABC-123, ABC123, ABC 123')).toEqual([]);
  });

  it('refuses three-letter zoning designations and technical abbreviations with a number', () => {
    expect(found('KTY-1, LPA-2, LPY-3, USB-3, ISO-639, SFS-550, EUR-1')).toEqual([]);
  });

  it('keeps the plate before a Finnish case ending or in a compound', () => {
    expect(found('ABC-123:n omistaja, ABC-123:lle, ABC-123-kilpinen auto')).toEqual(['ABC-123', 'ABC-123', 'ABC-123']);
  });

  it('refuses a plate-like part of an address, a decimal or a longer word', () => {
    expect(found('ABC-123@example.fi, ABC-12,5, ABC-12.5, ABC-123x, XABC-123')).toEqual([]);
  });
});
