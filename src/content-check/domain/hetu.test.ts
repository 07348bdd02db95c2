import { describe, expect, it } from 'vitest';
import { foundIn } from './expect-findings';
import { findHetu, isHetu } from './hetu';

const found = (text: string) => foundIn(findHetu, text);

describe('personal identity codes (FI_HETU)', () => {
  it('finds a code in a Finnish, Swedish and English sentence, at its exact place', () => {
    expect(findHetu('Hakijan henkilötunnus on 131052-308T.')).toEqual([{ type: 'FI_HETU', start: 25, end: 36, text: '131052-308T' }]);
    expect(found('Personbeteckning: 131052-308T, se bilaga.')).toEqual(['131052-308T']);
    expect(found('Her identity code (131052-308T) was in the form.')).toEqual(['131052-308T']);
  });

  it('reads every century sign: + for the 1800s, - Y X W V U for the 1900s, A B C D E F for the 2000s', () => {
    expect(found('311299+8997')).toEqual(['311299+8997']);
    expect(found('010594Y9021 ja 121212U555D')).toEqual(['010594Y9021', '121212U555D']);
    expect(found('010101A123N, 150312B456W, 010203E987V, 120326F234D')).toEqual(['010101A123N', '150312B456W', '010203E987V', '120326F234D']);
  });

  it('refuses a code whose check character is wrong', () => {
    expect(found('Hakija 131052-308U on valittu.')).toEqual([]);
    expect(found('010594Y9022')).toEqual([]);
    expect(isHetu('131052-308T')).toBe(true);
    expect(isHetu('131052-308S')).toBe(false);
  });

  it('refuses a date that is not in the calendar, even when the check character fits the digits', () => {
    // Each check character below is right for its nine digits: only the date refuses the code.
    expect(found('Syntynyt 310252-308Y, 310452-308K, 320152-308T, 000152-3085.')).toEqual([]);
    expect(found('Kuukausi 131352-3087 tai 150052-3081.')).toEqual([]);
    expect(found('29.02.1901: 290201-123J, 29.02.1904: 290204-123A')).toEqual(['290204-123A']);
  });

  it('knows leap years by the century: 29.02.2000 is a day, 29.02.1900 is not', () => {
    expect(found('290200A002C')).toEqual(['290200A002C']);
    expect(found('290200-002C')).toEqual([]);
    expect(found('280204-123N')).toEqual(['280204-123N']);
  });

  it('finds a temporary code (individual number 900–999): it identifies a person too', () => {
    expect(found('Väliaikainen tunnus 290204-900C.')).toEqual(['290204-900C']);
  });

  it('refuses individual numbers 000 and 001, which are never given', () => {
    expect(found('050505-000J 050505-001K')).toEqual([]);
  });

  it('accepts a check letter and a century letter typed in lower case', () => {
    expect(found('hetu 131052-308t ja 010594y9021')).toEqual(['131052-308t', '010594y9021']);
  });

  it('accepts a dash that a word processor put in place of the hyphen', () => {
    expect(found('Henkilötunnus 131052–308T (en dash) ja 131052‑308T (non-breaking hyphen).')).toEqual(['131052–308T', '131052‑308T']);
  });

  it('does not find a code inside a longer run of letters and digits', () => {
    expect(found('Tunnus X131052-308T tai 9131052-308T tai 131052-308TA tai 131052-308T7.')).toEqual([]);
    expect(found('äö131052-308T')).toEqual([]);
  });

  it('finds a code between punctuation that is not part of it', () => {
    expect(found('"131052-308T", (131052-308T) ja liite_131052-308T.pdf')).toEqual(['131052-308T', '131052-308T', '131052-308T']);
  });

  it('does not read dates, phone numbers or business IDs as codes', () => {
    expect(found('Kokous 12.11.2026 klo 10, puh. 040 123 4567, Y-tunnus 0112038-9, viite 13105 23080.')).toEqual([]);
    expect(found('Mötet 2026-11-12, tfn 040-1234567.')).toEqual([]);
  });

  it('finds codes side by side, each once', () => {
    expect(findHetu('131052-308T 010101A123N').map((f) => [f.start, f.end])).toEqual([[0, 11], [12, 23]]);
  });
});
