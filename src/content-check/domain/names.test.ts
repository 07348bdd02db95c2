import { describe, expect, it } from 'vitest';
import { foundIn } from './expect-findings';
import { findPeople, nameReadings } from './names';

const people = (text: string): string[] => foundIn((t) => findPeople(t), text);
const peopleIn = (lang: 'fi' | 'sv' | 'en', text: string): string[] => foundIn((t) => findPeople(t, lang), text);

describe('names of people (PERSON; policy rule P8)', () => {
  describe('a first name and a surname', () => {
    it('finds a first name and a surname from the lists', () => {
      expect(people('Tilaisuuden avaa Matti Virtanen kello 18.')).toEqual(['Matti Virtanen']);
    });

    it('finds a surname in the allative: Virtaselle', () => {
      expect(people('Kiitos Matti Virtaselle hienosta työstä!')).toEqual(['Matti Virtaselle']);
    });

    it('finds a surname in the genitive: Mattilan', () => {
      expect(people('Anna Mattilan mukaan puisto avataan.')).toEqual(['Anna Mattilan']);
    });

    it('finds a surname in the ablative: Korhoselta', () => {
      expect(people('Kysyimme Päivi Korhoselta neuvoa.')).toEqual(['Päivi Korhoselta']);
    });

    it('finds a -nen surname in the genitive, partitive, inessive and plural: Virtasen, Virtasta, Virtasessa, Virtasille', () => {
      expect(people('Matti Virtasen, Matti Virtasta, Matti Virtasessa ja Matti Virtasille')).toEqual([
        'Matti Virtasen',
        'Matti Virtasta',
        'Matti Virtasessa',
        'Matti Virtasille',
      ]);
    });

    it('finds surnames whose stem changes: Lahti → Lahden, Aalto → Aallon, Niemi → Niemeä, Laine → Laineelle', () => {
      expect(people('Juha Lahden, Sari Aallon, Pekka Niemeä ja Liisa Laineelle')).toEqual([
        'Juha Lahden',
        'Sari Aallon',
        'Pekka Niemeä',
        'Liisa Laineelle',
      ]);
    });

    it('finds a surname with a clitic: Virtasenkin', () => {
      expect(people('Kutsuimme Matti Virtasenkin.')).toEqual(['Matti Virtasenkin']);
    });

    it('finds Swedish forms: the genitive Anderssons, and a name after enligt', () => {
      expect(people('Erik Anderssons bok ges ut i höst, enligt Erik Lindqvist.')).toEqual(['Erik Anderssons', 'Erik Lindqvist']);
    });

    it('finds Finnish inflection of a Swedish surname: Anderssonille, Lindqvistin', () => {
      expect(people('Kiitos Erik Anderssonille ja Anna Lindqvistin tiimille.')).toEqual(['Erik Anderssonille', 'Anna Lindqvistin']);
    });

    it('finds names in English sentences: Anna Korhonen said', () => {
      expect(people('Anna Korhonen said the park opens on Monday.')).toEqual(['Anna Korhonen']);
    });

    it('finds two first names, double-barrelled names and initials', () => {
      expect(people('Anna Maria Korhonen, Juha-Pekka Virtanen, Anna-Liisa Korhonen-Virtanen ja A. Korhonen')).toEqual([
        'Anna Maria Korhonen',
        'Juha-Pekka Virtanen',
        'Anna-Liisa Korhonen-Virtanen',
        'A. Korhonen',
      ]);
    });

    it('takes a name that is both a first name and a surname as either: Laine Virtanen, Anna Laine', () => {
      expect(people('Laine Virtanen ja Anna Laine')).toEqual(['Laine Virtanen', 'Anna Laine']);
    });

    it('finds an unlisted surname shaped like one after a first name: Kuukkarinen, Kuukkarisen', () => {
      expect(nameReadings('Kuukkarinen')).toEqual([]);
      expect(people('Päivi Kuukkarinen ja Juhani Kuukkarisen')).toEqual(['Päivi Kuukkarinen', 'Juhani Kuukkarisen']);
    });

    it('gives each name its exact place in a longer text', () => {
      const text = 'Kuva: Matti Virtanen. Tekstin kirjoitti Anna Korhonen, ja kiitos Erik Lindqvistille.';
      const found = findPeople(text);
      expect(found.map((f) => [f.start, f.end, f.type])).toEqual([
        [6, 20, 'PERSON'],
        [40, 53, 'PERSON'],
        [65, 83, 'PERSON'],
      ]);
      expect(found.map((f) => f.text)).toEqual(['Matti Virtanen', 'Anna Korhonen', 'Erik Lindqvistille']);
    });
  });

  describe('a single name', () => {
    it('finds a surname after a title: rehtori Virtanen, opettaja Korhoselle', () => {
      expect(people('Rehtori Virtanen kiittää, ja kukat ojennetaan opettaja Korhoselle.')).toEqual(['Virtanen', 'Korhoselle']);
    });

    it('finds a name after hoitaja and asukas: hoitaja Mattila, asukas Liisa', () => {
      expect(people('Haastattelimme hoitaja Mattilaa ja asukas Liisaa.')).toEqual(['Mattilaa', 'Liisaa']);
    });

    it('finds a surname after a compound title: apulaisrehtori Mattila, sairaanhoitaja Niemi', () => {
      expect(people('Apulaisrehtori Mattila ja sairaanhoitaja Niemi')).toEqual(['Mattila', 'Niemi']);
    });

    it('finds a surname after a title in Swedish and English: rektor Lindqvist, nurse Korhonen', () => {
      expect(people('Enligt rektor Lindqvist är skolan öppen. Ask nurse Korhonen.')).toEqual(['Lindqvist', 'Korhonen']);
    });

    it('finds any name after a form of address, listed or not: fru Lindqvist, Mr Smith, Dr. Bean', () => {
      expect(people('Välkommen fru Lindqvist! Mr Smith and Dr. Bean will speak.')).toEqual(['Lindqvist', 'Smith', 'Bean']);
    });

    it('finds a first name alone when it cannot be an ordinary word: Päivi, Päiville, Sari', () => {
      expect(people('Päivi juontaa tilaisuuden. Kiitos Päiville! Tapahtumaa juontaa myös Sari.')).toEqual(['Päivi', 'Päiville', 'Sari']);
    });

    it('finds a first name that also reads as an inflected ordinary word inside a sentence, not at its start: Leena, Gunilla', () => {
      expect(people('Opettajamme Leena jää syksyllä äitiyslomalle.')).toEqual(['Leena']);
      expect(peopleIn('sv', 'Hej Gunilla, tack för responsen!')).toEqual(['Gunilla']);
      expect(people('Tuulia on luvassa. Leena jää syksyllä kotiin.')).toEqual([]);
    });

    it('does not take a surname alone for a person, without a title', () => {
      expect(people('Virtanen kertoi, että Mattila ja Korhonen tulevat.')).toEqual([]);
    });
  });

  describe('a first name and the initial of a surname', () => {
    it('finds a first name with an initial, the full stop included, even when the first name is an ordinary word: Emma K., Onni L.', () => {
      expect(people('Leirille ilmoittautuneet: Emma K., Onni L. ja Veeti H. ovat varasijalla.')).toEqual(['Emma K.', 'Onni L.', 'Veeti H.']);
    });

    it('finds one at the end of a text and one before a bracket: – Tuija K., eleven Liam K. (7C)', () => {
      expect(people('Kiitos henkilökunnalle! – Tuija K.')).toEqual(['Tuija K.']);
      expect(peopleIn('sv', 'Elevvårdsmöte: eleven Liam K. (7C) fick stöd.')).toEqual(['Liam K.']);
    });

    it('keeps a full name with a middle initial whole: Emma K. Virtanen', () => {
      expect(people('Puheenjohtajana toimii Emma K. Virtanen.')).toEqual(['Emma K. Virtanen']);
    });

    it('does not take a letter after a word that is no first name for an initial: Liite A., Ryhmä B.', () => {
      expect(people('Katso Liite A. ja Ryhmä B. tiedotteen lopussa.')).toEqual([]);
    });

    it('does not take a full stop that goes on for an initial: Emma K.-L., Emma K.5', () => {
      expect(people('Emma K.-L. ja Emma K.5')).toEqual([]);
    });

    it('does not take a municipality or a heading in capitals with a letter for a name: Kaarina K., EMMA K.', () => {
      expect(people('Kaarina K. ja EMMA K.')).toEqual([]);
    });
  });

  describe('what is not a person', () => {
    it('does not take a common Finnish word that reads as an inflected first name for one at a sentence\'s start: Ovet, Toinen', () => {
      expect(people('Alkamisaika 18.00 pysyy. Ovet aukeavat 17.30. Toinen tarjoaja jätti tarjouksen myöhässä.')).toEqual([]);
    });

    it('still finds such a name inside a sentence, where its capital tells: Päivin', () => {
      expect(people('Kävin eilen Päivin luona. Päivin kanssa sovimme.')).toEqual(['Päivin']);
    });

    it('does not take the name of a library bus for a person: Kirjastoauto Väinö, bokbussen Ellen', () => {
      expect(people('Kirjastoauto Väinö ei liikennöi viikolla 12. Bokbussen Ellen kör inte på måndag.')).toEqual([]);
    });

    it('does not take kivi in "kivi on kova" for a person', () => {
      expect(people('Kivi on kova. Kivi kertoo, ettei kivi ole pehmeä.')).toEqual([]);
    });

    it('does not take an ordinary word at the start of a sentence for a first name: Anna, Toivo, Onni', () => {
      expect(people('Anna palautetta! Toivo ja usko kantavat. Onni suosii rohkeaa.')).toEqual([]);
    });

    it('does not take place names for persons: Pieksämäki, Mikkeli, Kuopio, Lahti', () => {
      expect(people('Pieksämäki, Mikkeli ja Kuopio tekevät yhteistyötä. Lahti liittyy mukaan.')).toEqual([]);
    });

    it('does not take a municipality after a title or an ordinary word for a name: asukas Kuopiosta, Aina Kuopiossa, Eli Lahdessa', () => {
      expect(people('Kysyimme, mitä asukas Kuopiosta ajattelee. Aina Kuopiossa on kivaa. Eli Lahdessa myös.')).toEqual([]);
    });

    it('does not take months and weekdays for first names: In May, June, Monday', () => {
      expect(people('In May Anna Korhonen visited. June is warm and Monday is busy.')).toEqual(['Anna Korhonen']);
    });

    it('does not take an organisation or a street named after a place or a person: Kuopion yliopisto, Aleksis Kiven katu', () => {
      expect(people('Kuopion yliopisto muuttaa osoitteeseen Aleksis Kiven katu 5. Alvar Aallon säätiö tukee.')).toEqual([]);
    });

    it('still takes a name before a word that only begins like a named thing: Matti Virtasen koulutus', () => {
      expect(people('Matti Virtasen koulutus alkaa. Matti Virtasen koulussa on remontti.')).toEqual(['Matti Virtasen']);
    });

    it('does not take an initial and an ordinary Finnish word for a name: B. Kivi', () => {
      expect(people('Talo 5 B. Kivi on kova.')).toEqual([]);
      expect(people('Kuvat: J. Smith.')).toEqual(['J. Smith']);
    });

    it('does not take an ordinary first word and an ordinary or place surname for a name: Anna Lahdelle', () => {
      expect(people('Anna Lahdelle palautetta!')).toEqual([]);
      expect(people('Anna Smith said hello.')).toEqual(['Anna Smith']);
    });

    it('does not take a firm with a first name for a name, nor a first name inside a longer name: Elisa, Villa Maria, Ravintola Aino', () => {
      expect(people('Elisa rakentaa verkkoa. Villa Maria on kaunis. Tervetuloa Ravintola Ainoon!')).toEqual([]);
    });

    it('does not take the abbreviated days of the week for names: Mon–Thu, Fri, Sun', () => {
      expect(peopleIn('en', 'Open Mon–Thu 9–16, Fri 9–14 and Sun 12–15. Closed on Sat.')).toEqual([]);
      expect(people('Aukioloajat: Mon–Thu 10–18, Fri 10–16.')).toEqual([]);
    });

    it('does not take Wilma, the information system of schools, for a person, but finds a Wilma with a surname', () => {
      expect(people('Poissaolot ilmoitetaan Wilmaan. Viesti tulee Wilman kautta, ilmoita Wilmalla.')).toEqual([]);
      expect(peopleIn('en', 'Let the day-care centre know via Wilma.')).toEqual([]);
      expect(peopleIn('sv', 'Sjukdomen anmäls till daghemmet via Wilma.')).toEqual([]);
      expect(peopleIn('sv', 'Ansökan: Wilma Nordström, vårdnadshavare Fredrik Nordström.')).toEqual(['Wilma Nordström', 'Fredrik Nordström']);
    });

    it('does not read a pronoun as a short name: Han, Hans, Bo in Swedish', () => {
      expect(peopleIn('sv', 'Han sa att hans barn bor i Jakobstad. Bo gärna här.')).toEqual([]);
    });

    it('does not take a heading in capitals for a name alone', () => {
      expect(people('SARI JA KIRJASTO')).toEqual([]);
    });
  });

  describe('the language of the text', () => {
    it('reads a first name that is an ordinary Finnish word as a name in an English text: Toivo', () => {
      expect(peopleIn('fi', 'Toivo on tärkeää. Kiitos Toivolle!')).toEqual([]);
      expect(peopleIn('en', 'Thanks to Toivo for the photos.')).toEqual(['Toivo']);
    });

    it('reads a first name that is an ordinary English word as a word in an English text: Mark', () => {
      expect(peopleIn('en', 'Mark your calendars!')).toEqual([]);
      expect(peopleIn('fi', 'Kiitos, Mark!')).toEqual(['Mark']);
    });

    it('without a language, takes no first name alone that is an ordinary word in any of the three', () => {
      expect(people('Thanks to Toivo. Mark your calendars!')).toEqual([]);
    });
  });

  describe('reading a word as a name', () => {
    it('reads inflected forms back to the listed name', () => {
      const bases = (word: string): string[] => nameReadings(word).flatMap((reading) => reading.entry.bases);
      expect(bases('Korhoselta')).toEqual(['korhonen']);
      expect(bases('Lahden')).toEqual(['lahti']);
      expect(bases('Lindqvistille')).toEqual(['lindqvist']);
      expect(bases('Markuksen')).toEqual(['markus']);
      expect(bases('Pieksämäki')).toEqual([]);
    });

    it('marks which readings are inflected', () => {
      expect(nameReadings('Virtanen').map((reading) => reading.inflected)).toEqual([false]);
      expect(nameReadings('Virtaselle').map((reading) => reading.inflected)).toEqual([true]);
    });
  });

  it('scans long adversarial text in linear time', () => {
    const inputs = [
      'Anna '.repeat(100_000),
      'Matti Virtanen '.repeat(40_000),
      'A. '.repeat(100_000),
      'Aa-'.repeat(100_000),
      `rehtori${' '.repeat(200_000)}Virtanen`,
      'Ä'.repeat(200_000),
    ];
    for (const input of inputs) expect(findPeople(input)).toBeInstanceOf(Array);
  });
});
