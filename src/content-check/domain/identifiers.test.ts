import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './identifiers';

describe('structured identifiers together', () => {
  it('finds every kind in one draft, in the order of the text, each at its exact place', () => {
    const text =
      'Hakija 131052-308T (puh. 040 123 4567, maija@example.fi) maksoi tililtä FI21 1234 5600 0007 85. ' +
      'Toimittaja: Y-tunnus 0112038-9. Auto ABC-123 siirrettiin.';
    const found = findIdentifiers(text);
    expect(found.map((f) => [f.type, f.text])).toEqual([
      ['FI_HETU', '131052-308T'],
      ['PHONE', '040 123 4567'],
      ['EMAIL', 'maija@example.fi'],
      ['IBAN', 'FI21 1234 5600 0007 85'],
      ['Y_TUNNUS', '0112038-9'],
      ['PLATE', 'ABC-123'],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found.map((f) => f.start)).toEqual([...found.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('finds them in Swedish and English drafts', () => {
    expect(findIdentifiers('Sökande 010594Y9021, tfn +358 50 123 4567, konto SE45 5000 0000 0583 9825 7466.').map((f) => f.type)).toEqual([
      'FI_HETU',
      'PHONE',
      'IBAN',
    ]);
    expect(findIdentifiers('Contact j.smith@example.co.uk or +44 20 7946 0958; VAT FI01120389.').map((f) => f.type)).toEqual(['EMAIL', 'PHONE', 'Y_TUNNUS']);
  });

  it('finds nothing in an ordinary post full of numbers and codes that are not identifiers', () => {
    const post =
      'Kaupunginvaltuusto kokoontuu 12.11.2026 klo 18.00 (asia 2026-11-12/3). Talousarvio on 1 250 000,00 €, ' +
      'kasvua +2,5 %. Kaavaehdotus AO-1 ja KTY-1, COVID-19-rokotukset, Windows-10-koneet, JulkL 24 §. ' +
      'Postinumero 76100, neuvonta 0800 123 456, hätänumero 112. Viitenumero 12345 67890 12. ' +
      'Seuraa meitä: @pieksamaki@mastodon.social. Mötet hålls 2026-11-12 kl. 18.00. The 2026 budget grew by 3 %.';
    expect(findIdentifiers(post)).toEqual([]);
  });

  it('scans long adversarial text in linear time', () => {
    // Inputs that make a backtracking pattern quadratic or worse; linear scans finish at once.
    const inputs = [
      '0'.repeat(200_000),
      ' '.repeat(200_000) + '040 123 4567',
      'viite' + ' '.repeat(200_000) + '040 123 4567',
      '0 '.repeat(100_000),
      '0-'.repeat(100_000),
      '(0)'.repeat(60_000),
      '+'.repeat(200_000),
      'a@'.repeat(100_000),
      'a.'.repeat(100_000) + '@',
      '@' + 'a.'.repeat(100_000),
      'ABC-'.repeat(50_000),
      'FI21 '.repeat(40_000),
      '131052-'.repeat(30_000),
    ];
    for (const input of inputs) expect(findIdentifiers(input)).toBeInstanceOf(Array);
  });
});
