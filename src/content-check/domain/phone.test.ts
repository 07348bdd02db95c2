import { describe, expect, it } from 'vitest';
import { foundIn } from './expect-findings';
import { findPhones } from './phone';

const found = (text: string) => foundIn(findPhones, text);

describe('telephone numbers (PHONE; policy rule P8)', () => {
  describe('Finnish mobile numbers', () => {
    it('finds a number in a Finnish, Swedish and English sentence, at its exact place', () => {
      expect(findPhones('Soita Matille 040 123 4567 arkisin.')).toEqual([{ type: 'PHONE', start: 14, end: 26, text: '040 123 4567' }]);
      expect(found('Ring Anna på 050-765 4321 efter kl. 16.')).toEqual(['050-765 4321']);
      expect(found('Call Pekka on 044 1234 567 if needed.')).toEqual(['044 1234 567']);
    });

    it('finds the usual spellings: groups, hyphens, one piece, pairs at the end, four-digit prefixes', () => {
      expect(found('040 123 4567; 040-1234567; 0401234567; 040 123 45 67; 040-123-4567; 0400 123 456; 0457 123 4567; 050 123 456')).toEqual([
        '040 123 4567',
        '040-1234567',
        '0401234567',
        '040 123 45 67',
        '040-123-4567',
        '0400 123 456',
        '0457 123 4567',
        '050 123 456',
      ]);
    });

    it('finds the international spellings: +358, 00358, (0), a stray 0, one piece', () => {
      expect(found('+358 40 123 4567, +358-40-123 4567, +358401234567, 00358 40 123 4567, +358 (0)40 123 4567, +358 040 123 4567')).toEqual([
        '+358 40 123 4567',
        '+358-40-123 4567',
        '+358401234567',
        '00358 40 123 4567',
        '+358 (0)40 123 4567',
        '+358 040 123 4567',
      ]);
    });

    it('finds a number written with no-break spaces', () => {
      expect(found('puh.\u00a0040\u00a0123\u00a04567')).toEqual(['040\u00a0123\u00a04567']);
    });

    it('refuses a mobile number too short or too long', () => {
      expect(found('040 123 4, 040 1234 567 890')).toEqual([]);
    });
  });

  describe('Finnish landline and business numbers', () => {
    it('finds numbers with the area codes 02–09 and 013–019', () => {
      expect(found('(09) 310 1234, 09-310 1234, 02 234 5678, 03 456 7890, 05 123 4567, 06 123 4567, 08 123 4567')).toEqual([
        '(09) 310 1234',
        '09-310 1234',
        '02 234 5678',
        '03 456 7890',
        '05 123 4567',
        '06 123 4567',
        '08 123 4567',
      ]);
      expect(found('Vaihde 015 788 111, (015) 123 456, 013 123 4567, 017 182 111, 019 123 4567, +358 15 788 111, +358 (0)9 310 1234')).toEqual([
        '015 788 111',
        '(015) 123 456',
        '013 123 4567',
        '017 182 111',
        '019 123 4567',
        '+358 15 788 111',
        '+358 (0)9 310 1234',
      ]);
    });

    it('finds nationwide business numbers, which may be a person’s direct line', () => {
      expect(found('010 123 4567, 020 690 020, 029 497 000, 0295 123 456, 030 123 4567')).toEqual([
        '010 123 4567',
        '020 690 020',
        '029 497 000',
        '0295 123 456',
        '030 123 4567',
      ]);
    });

    it('refuses area codes that do not exist', () => {
      expect(found('011 123 4567, 012 123 4567, 04 123 4567 wait: 07 123 4567, 01 234 5678')).toEqual([]);
    });

    it('refuses a subscriber number that begins with 0 or 9', () => {
      expect(found('09 012 3456, 015 912 345')).toEqual([]);
    });
  });

  describe('numbers without an area code', () => {
    it('finds one right after words that call it a telephone number, in fi, sv and en', () => {
      expect(found('Soittakaa meille numeroon 788 2233. Puh. 788 2234 tai puhelin: 7882235.')).toEqual(['788 2233', '788 2234', '7882235']);
      expect(found('Ring oss på 78 822 36. Please call us on 788 2237, or phone 788 2238.')).toEqual(['78 822 36', '788 2237', '788 2238']);
    });

    it('keeps it to 5–8 digits that begin with 1–9 and stand alone', () => {
      expect(found('puh. 1234, puh. 123 456 789, puh. 0123 4567, puh. 788 2233 €, puh. 788 2233,50')).toEqual([]);
    });

    it('keeps the numbers found in the order of the text', () => {
      expect(found('puh. 788 2233 tai 040 123 4567')).toEqual(['788 2233', '040 123 4567']);
    });
  });

  describe('service numbers', () => {
    it('does not count service numbers: they reach a service, not a person', () => {
      expect(found('Neuvonta 0800 123 456, maksullinen 0600 123 456, 0700 123 456, 0100 100, 0200 123 45, 0300 123 456, +358 800 123 456')).toEqual([]);
    });

    it('does not count short numbers such as the emergency number', () => {
      expect(found('Hätänumero 112, lasten ja nuorten puhelin 116 111, 116 117.')).toEqual([]);
    });
  });

  describe('numbers of other countries', () => {
    it('finds numbers written with + and a country code', () => {
      expect(found('Ring +46 8 123 456 78, call +44 20 7946 0958, +1 (555) 123-4567, +49 30 1234567, +33 1 23 45 67 89, +39 06 1234 5678')).toEqual([
        '+46 8 123 456 78',
        '+44 20 7946 0958',
        '+1 (555) 123-4567',
        '+49 30 1234567',
        '+33 1 23 45 67 89',
        '+39 06 1234 5678',
      ]);
      expect(found('+46812345678 och +44 (0)20 7946 0958')).toEqual(['+46812345678', '+44 (0)20 7946 0958']);
    });

    it('refuses + with too few digits, a national number that begins with 0, or a +1 number not of ten digits', () => {
      expect(found('+20 000 000, +46 08 123 456, +1 250 000 000, +12 345, +4681234')).toEqual([]);
    });

    it('reads 00 as a call abroad only before 358', () => {
      expect(found('0046 8 123 456 78, 0044 20 7946 0958')).toEqual([]);
    });
  });

  describe('numbers that are not telephone numbers', () => {
    it('leaves dates and times alone', () => {
      expect(found('Kokous 12.11.2026 klo 09.30–10.00. Mötet 2026-11-12 kl. 09:30. 05-06-2026, 02-03-2026, 01.02., klo 09–16.')).toEqual([]);
      // An area code (09, 03) and the digits of a date: two digits after the area code.
      expect(found('Päivämäärä 09-12-2026 tai 03-11-2026.')).toEqual([]);
    });

    it('leaves prices, sums and years alone', () => {
      expect(found('Hinta 1 250,00 €, 0,50 €, 0 €, vuonna 2026, väkiluku 17 000, 040 123 4567 € (typo), +15 %, $ 0401234567.')).toEqual([]);
    });

    it('leaves postal codes alone', () => {
      expect(found('00100 Helsinki, 02100 Espoo, 76100 Pieksämäki, FI-00100')).toEqual([]);
    });

    it('leaves reference and invoice numbers alone: grouped by fives, or after their label', () => {
      expect(found('Viitenumero 12345 67890 12. Viite 04001 23456. RF18 5390 0754 7034.')).toEqual([]);
      expect(found('Laskun numero 0401 234 567. Viitenumero: 0500 123 456. Fakturanummer 040 123 4567. Invoice #0401234567. Asiakasnumero 09 310 1234.')).toEqual([]);
    });

    it('still finds a number after a word that only begins like a label', () => {
      expect(found('Asiakaspalvelu 09 310 1234, tilitoimisto 040 123 4567')).toEqual(['09 310 1234', '040 123 4567']);
    });

    it('leaves the digits of identity codes, business IDs and bank accounts alone', () => {
      expect(found('131052-308T, 020101-1234, 0112038-9, 0201256-6, FI21 1234 5600 0007 85, fi21 1234 5600 0007 85')).toEqual([]);
    });

    it('leaves numbers inside web addresses, file names, codes and e-mail addresses alone', () => {
      expect(found('https://example.fi/0401234567, ?id=0401234567, kuva_0401234567.jpg, ABC-0401234567, 0401234567@example.fi')).toEqual([]);
    });

    it('does not pick a number out of a longer run of digits', () => {
      expect(found('Tilaus 2026 040 123 4567 1, 1040 123 4567, 0401234567890123')).toEqual([]);
    });

    it('refuses groupings that are not a telephone number’s: two digits after the prefix, one or five at the end', () => {
      expect(found('09 31 01 234; 040 123 456 7; 09 310 12345')).toEqual([]);
      expect(found('09 310 12 34; 040 123 45 67')).toEqual(['09 310 12 34', '040 123 45 67']);
    });

    it('leaves a number without an area code alone where no word calls it a telephone number', () => {
      expect(found('Laskun numero 788 2233, tilattu 310 1234 kpl; hinta 120 000 €.')).toEqual([]);
    });

    it('leaves a number touching letters alone, but not one after a full stop of an abbreviation', () => {
      expect(found('puh040 123 4567, x0401234567, puh.040-1234567, tel:+358401234567')).toEqual(['040-1234567', '+358401234567']);
    });
  });

  it('keeps a number before a Finnish case ending or in a compound, and between brackets', () => {
    expect(found('(040 123 4567) ja 040 123 4567:een ja 0401234567-liittymä')).toEqual(['040 123 4567', '040 123 4567', '0401234567']);
  });
});
