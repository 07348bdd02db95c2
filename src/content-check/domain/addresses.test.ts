import { describe, expect, it } from 'vitest';
import { findAddresses } from './addresses';
import { isPostalCode, isTownOf } from './data/postal-codes';
import { foundIn } from './expect-findings';

const addresses = (text: string): string[] => foundIn(findAddresses, text);

describe('street addresses (ADDRESS; policy rule P8)', () => {
  describe('a street and a house number', () => {
    it('finds a street name and a house number: Keskuskatu 5', () => {
      expect(addresses('Asun osoitteessa Keskuskatu 5 toisessa kerroksessa.')).toEqual(['Keskuskatu 5']);
    });

    it('finds a stairway letter and a flat number: Keskuskatu 5 B 12, Keskuskatu 5 as. 3', () => {
      expect(addresses('Keskuskatu 5 B 12 ja Asemantie 7 as. 3 sekä Koulukuja 2 c')).toEqual(['Keskuskatu 5 B 12', 'Asemantie 7 as. 3', 'Koulukuja 2 c']);
    });

    it('finds a house number with a letter and a range: Rantatie 5a, Torikatu 5–7', () => {
      expect(addresses('Rantatie 5a ja Torikatu 5–7')).toEqual(['Rantatie 5a', 'Torikatu 5–7']);
    });

    it('finds every Finnish street word', () => {
      const streets = [
        'Keskuskatu 1', 'Asemantie 2', 'Koulukuja 3', 'Koivupolku 4', 'Rantaraitti 5', 'Satamaväylä 6', 'Kirkkopuistikko 7',
        'Kalliorinne 8', 'Jokiranta 9', 'Kauppatori 10', 'Sillankaari 11', 'Kirkkoaukio 12', 'Pohjois-Esplanadi 13',
      ];
      expect(addresses(streets.join(', '))).toEqual(streets);
    });

    it('finds Swedish streets: Storgatan, Kyrkvägen, Sjögränd, Skogsstigen', () => {
      expect(addresses('Storgatan 5 B 12, Kyrkvägen 3 A 4, Skogsstigen 4 och Sjögränd 2.')).toEqual([
        'Storgatan 5 B 12',
        'Kyrkvägen 3 A 4',
        'Skogsstigen 4',
        'Sjögränd 2',
      ]);
    });

    it('finds a street of two words: a name in the genitive and a street word, or an adjective and a street', () => {
      expect(addresses('Aleksis Kiven katu 7, Kiven katu 9, Vanha Porvoontie 8 och Gamla Kyrkvägen 1')).toEqual([
        'Aleksis Kiven katu 7',
        'Kiven katu 9',
        'Vanha Porvoontie 8',
        'Gamla Kyrkvägen 1',
      ]);
    });

    it('finds an inflected street with a number: Keskuskadulla 5', () => {
      expect(addresses('Tavataan Keskuskadulla 5 huomenna, ja muutan Asemantielle 12.')).toEqual(['Keskuskadulla 5', 'Asemantielle 12']);
    });

    it('stops at a case ending written after the number: Asemantie 12:ssa', () => {
      expect(addresses('Toimisto on Asemantie 12:ssa.')).toEqual(['Asemantie 12']);
    });

    it('finds an address written in capitals', () => {
      expect(addresses('KESKUSKATU 5 B 12')).toEqual(['KESKUSKATU 5 B 12']);
    });

    it('gives the address its exact place in the text', () => {
      const text = 'Uusi osoite: Keskuskatu 5 B 12, 76100 Pieksämäki. Tervetuloa!';
      expect(findAddresses(text)).toEqual([{ type: 'ADDRESS', start: 13, end: 48, text: 'Keskuskatu 5 B 12, 76100 Pieksämäki' }]);
    });
  });

  describe('a postal code and a town', () => {
    it('takes a postal code and town after the street into the address: 76100 Pieksämäki', () => {
      expect(addresses('Keskuskatu 5 B 12, 76100 Pieksämäki')).toEqual(['Keskuskatu 5 B 12, 76100 Pieksämäki']);
    });

    it('takes them from the next line, in capitals, and in Swedish: 68600 Jakobstad', () => {
      expect(addresses('Keskuskatu 5 as. 3\n76100 PIEKSÄMÄKI')).toEqual(['Keskuskatu 5 as. 3\n76100 PIEKSÄMÄKI']);
      expect(addresses('Storgatan 5, 68600 Jakobstad')).toEqual(['Storgatan 5, 68600 Jakobstad']);
    });

    it('takes a town alone after a comma: Keskuskatu 5, Pieksämäki', () => {
      expect(addresses('Keskuskatu 5, Pieksämäki')).toEqual(['Keskuskatu 5, Pieksämäki']);
    });

    it('leaves out a number that is no postal code, and a word that is no town', () => {
      expect(isPostalCode('00000')).toBe(false);
      expect(addresses('Keskuskatu 5, 00000 Pieksämäki')).toEqual(['Keskuskatu 5']);
      expect(addresses('Keskuskatu 5, Matti ja Liisa')).toEqual(['Keskuskatu 5']);
    });

    it('does not take a postal code and town alone for an address', () => {
      expect(addresses('Postinumeromme on 76100 Pieksämäki.')).toEqual([]);
    });

    it('knows which towns a postal code names, in Finnish and Swedish', () => {
      expect(isTownOf('76100', 'Pieksämäki')).toBe(true);
      expect(isTownOf('00100', 'Helsingfors')).toBe(true);
      expect(isTownOf('76100', 'Kuopio')).toBe(false);
    });
  });

  describe('what is not an address', () => {
    it('does not take a street without a house number: Kauppakadulla', () => {
      expect(addresses('Tapahtuma järjestetään Kauppakadulla ja Keskuskatu suljetaan.')).toEqual([]);
    });

    it('does not take a date, a time or a range of hours after an inflected street', () => {
      expect(addresses('Kauppatorilla 12.6. klo 10, Kauppatorilla 10–14 ja Kauppatorilla 12:30 alkaen.')).toEqual([]);
    });

    it('does not take a count or a distance after a street: 12 myyjää, 5 km', () => {
      expect(addresses('Kauppatorilla 12 myyjää ja Rantaraitilla 5 km lenkki. Asemantiellä 30 autoa.')).toEqual([]);
    });

    it('does not take a numbered highway: Valtatie 5, Kantatie 72, Riksväg 8, Stamväg 68', () => {
      expect(addresses('Valtatie 5 on suljettu, kiertotie kulkee Kantatietä 72 pitkin.')).toEqual([]);
      expect(addresses('Riksväg 8 är avstängd, omledning via stamväg 68 och Regionalväg 741.')).toEqual([]);
    });

    it('does not take a range of dates after a street: Rantatiellä 3.–7.6., Kirkkokatu 2–9 March', () => {
      expect(addresses('Tietyö Rantatiellä 3.–7.6. ja Asemantiellä 12.-14.8. Kaivuutyöt Kirkkokatu 2–9 March, Storgatan 3–5 maj.')).toEqual([]);
    });

    it('takes an address followed by a time, and not an inflected street followed by one', () => {
      expect(addresses('Vesi katkaistaan taloista Hallituskatu 1–7 klo 9 alkaen. Torilla 8 asti, Rantaraitilla 10 klo 12.')).toEqual(['Hallituskatu 1–7']);
    });

    it('does not take words that only end like a street word: Rehtori, Sektori, Ingången', () => {
      expect(addresses('Sektori 3 ja Rehtori 2 vastaavat. Ingången 4 är stängd.')).toEqual([]);
    });

    it('does not take a street word alone or in lower case: tie 5, katu 3', () => {
      expect(addresses('Tie 5 on kapea, ja katu 3 kulkee sillan yli.')).toEqual([]);
    });
  });

  it('scans long adversarial text in linear time', () => {
    const inputs = [
      'katu 5 '.repeat(40_000),
      `Keskuskatu${' '.repeat(200_000)}5`,
      'Keskuskatu 5'.repeat(20_000),
      'Keskuskatu 5 B 12, '.repeat(20_000),
      `Keskuskatu 5${' '.repeat(200_000)},`,
      'Aleksis Kiven katu 5 '.repeat(20_000),
      'x'.repeat(200_000) + 'katu 5',
    ];
    for (const input of inputs) expect(findAddresses(input)).toBeInstanceOf(Array);
  });
});
