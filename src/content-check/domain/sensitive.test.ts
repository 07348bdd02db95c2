import { describe, expect, it } from 'vitest';
import { foundIn } from './expect-findings';
import { findPeople } from './names';
import { findHealth } from './sensitive';

/** Health findings as the check makes them: with the names found in the same text. */
const health = (text: string): string[] => foundIn((t) => findHealth(t, findPeople(t)), text);

describe('health information about a person (HEALTH; policy rule P8)', () => {
  describe('about a named person', () => {
    it('finds sick leave of a named person: Matti Virtanen on sairauslomalla', () => {
      expect(health('Matti Virtanen on sairauslomalla kesäkuun loppuun.')).toEqual(['sairauslomalla']);
    });

    it('finds an illness with the name inflected: Anna Korhoselta löytyi syöpä', () => {
      expect(health('Anna Korhoselta löytyi syöpä keväällä.')).toEqual(['syöpä']);
    });

    it('finds a compound health word whole: rintasyöpä, kehitysvammainen, työuupumus', () => {
      expect(health('Matti Virtasella todettiin rintasyöpä. Kehitysvammainen Liisa Mattila kiittää. Päivi Korhonen kärsii työuupumuksesta.')).toEqual([
        'rintasyöpä',
        'Kehitysvammainen',
        'työuupumuksesta',
      ]);
    });

    it('finds each of several health words: sairastui, masennukseen', () => {
      expect(health('Rehtori Virtanen sairastui masennukseen.')).toEqual(['sairastui', 'masennukseen']);
    });

    it('finds an illness and care in hospital: sairaus, sairaalahoidossa', () => {
      expect(health('Anna Korhosen sairaus on pitkä. Matti Virtanen on sairaalahoidossa.')).toEqual(['sairaus', 'sairaalahoidossa']);
    });

    it('does not take care of another kind for health care: hoidossa (in day care), hiustenhoito', () => {
      expect(health('Matti Virtasen lapsi on hoidossa. Anna Korhonen opettaa hiustenhoitoa.')).toEqual([]);
    });

    it('finds pregnancy, disability, medication and a diagnosis', () => {
      expect(
        health('Anna Korhonen on raskaana. Matti Virtanen on vammainen. Liisa Mattilan lääkitys muuttui. Päivi Niemi sai diagnoosin.'),
      ).toEqual(['raskaana', 'vammainen', 'lääkitys', 'diagnoosin']);
    });

    it('finds health information in Swedish: sjukskriven, diagnosen, cancer', () => {
      expect(health('Erik Lindqvist är sjukskriven. Enligt Anna Andersson fick hon diagnosen bröstcancer.')).toEqual([
        'sjukskriven',
        'diagnosen',
        'bröstcancer',
      ]);
    });

    it('finds health information in English: diagnosed, cancer, sick leave', () => {
      expect(health('Anna Korhonen was diagnosed with cancer. Mr Smith is on sick leave.')).toEqual(['diagnosed', 'cancer', 'sick leave']);
    });

    it('gives the health word its exact place', () => {
      const text = 'Kiitos kaikille! Matti Virtanen on sairauslomalla.';
      const people = findPeople(text);
      expect(findHealth(text, people)).toEqual([{ type: 'HEALTH', start: 35, end: 49, text: 'sairauslomalla' }]);
    });

    it('uses the names it is given: without them, a name is not known', () => {
      const text = 'Matti Virtanen on sairauslomalla.';
      expect(findHealth(text, [])).toEqual([]);
      expect(findHealth(text, findPeople(text)).map((f) => f.text)).toEqual(['sairauslomalla']);
    });
  });

  describe('about a person identified by role or in the first person', () => {
    it('finds health information about "ours" by role: oppilaamme, työntekijällemme', () => {
      expect(health('Oppilaamme sairastui vakavasti. Toivotamme työntekijällemme pikaista paranemista syövästä.')).toEqual([
        'sairastui',
        'syövästä',
      ]);
    });

    it('finds health information about one person picked out: eräs asukas, yksi oppilaistamme, eräs pieksämäkeläinen', () => {
      expect(health('Eräs asukas on raskaana. Yksi oppilaistamme on diabeetikko. Eräs pieksämäkeläinen sairastui.')).toEqual([
        'raskaana',
        'diabeetikko',
        'sairastui',
      ]);
    });

    it('finds health information about one of ours in Swedish and English', () => {
      expect(health('En av våra elever är sjukskriven. One of our pupils has cancer. Our colleague is pregnant.')).toEqual([
        'sjukskriven',
        'cancer',
        'pregnant',
      ]);
    });

    it('finds the writer telling of their own health: olen sairauslomalla, jag är sjukskriven, I was diagnosed', () => {
      expect(health('Olen sairauslomalla ensi viikon. Jag är sjukskriven. I was diagnosed with diabetes.')).toEqual([
        'sairauslomalla',
        'sjukskriven',
        'diagnosed',
        'diabetes',
      ]);
    });

    it('does not take a condition or a question in the first person for the writer: Jos olen raskaana…?', () => {
      expect(health('Jos olen raskaana, voinko saada rokotteen? Voinko tulla töihin, kun minulla on flunssa?')).toEqual([]);
    });

    it('does not take a pronoun or an indefinite person for an identifiable one', () => {
      expect(health('Kun lapsi sairastuu, hänet voi hoitaa kotona. En elev som är sjuk ska stanna hemma. If a pupil is sick, she stays home.')).toEqual([]);
    });

    it('does not take "ours" in the plural for one person: oppilaillemme, työntekijöillemme', () => {
      expect(health('Tarjoamme oppilaillemme ja työntekijöillemme influenssarokotteen ja tietoa masennuksesta.')).toEqual([]);
    });
  });

  describe('injuries, operations, ambulances, deaths, addictions and more', () => {
    it('finds injuries and operations: loukkaantui, polvileikkauksesta, skadade, opereras, injured, surgery', () => {
      expect(health('Valmentajamme Jari Lehtonen loukkaantui ja toipuu polvileikkauksesta.')).toEqual(['loukkaantui', 'polvileikkauksesta']);
      expect(health('Vår tränare Jonas Berg skadade knät och opereras nästa vecka.')).toEqual(['skadade', 'opereras']);
      expect(health('Our coach Michael Brown injured his knee and will have surgery.')).toEqual(['injured', 'surgery']);
    });

    it('finds a person carried by ambulance: ambulanssilla, med ambulans, by ambulance', () => {
      expect(
        health('Oppilaamme vietiin ambulanssilla sairaalaan. En av våra elever fördes med ambulans till sjukhuset. One of our pupils was taken to hospital by ambulance.'),
      ).toEqual(['ambulanssilla', 'med ambulans', 'by ambulance']);
    });

    it('does not take an ambulance as a thing, or a cut in a budget, for health information', () => {
      expect(health('Matti Virtanen esitteli uuden ambulanssin. Anna Korhonen vastusti budjetin leikkausta. Erik Lindqvist visade ambulansen.')).toEqual([]);
    });

    it('finds a death of illness: menehtyi sairauskohtaukseen, hjärtinfarkt', () => {
      expect(health('Työntekijämme Marko Laitinen menehtyi äkillisesti sairauskohtaukseen. Vår medarbetare Peter Lindgren avled i en hjärtinfarkt.')).toEqual([
        'menehtyi',
        'sairauskohtaukseen',
        'hjärtinfarkt',
      ]);
    });

    it('finds eating disorders, self-harm and addictions: ätstörningar, self-harming, alkoholist, alcoholism', () => {
      expect(
        health('En av våra ungdomar har ätstörningar. One of our young people has been self-harming. Vår granne är alkoholist. My father struggled with alcoholism.'),
      ).toEqual(['ätstörningar', 'self-harming', 'alkoholist', 'alcoholism']);
    });

    it('does not find these words in general information: itsetuhoisuuden ehkäisy, eating disorders, stroke symptoms', () => {
      expect(health('Itsetuhoisuuden ehkäisy kuuluu kaikille. Ätstörningar är vanliga bland unga. Learn the signs of a stroke.')).toEqual([]);
    });
  });

  describe('about a relative of the reader', () => {
    it('finds health information about the reader’s relative: äitisi, din mamma, your father', () => {
      expect(health('Kertomasi mukaan äitisi on muistisairas. Du berättar att din mamma har demens. You tell us your father has dementia.')).toEqual([
        'muistisairas',
        'demens',
        'dementia',
      ]);
    });

    it('does not take a relative in general advice for an identifiable one: äiti, Kun äitisi…, Jos isäsi…, if your mother…', () => {
      expect(
        health(
          'Influenssakausi alkaa. Äiti voi jäädä kotiin hoitamaan sairasta lasta. Kun äitisi sairastuu, voit hakea tukea. Jos isäsi on muistisairas, soita. Om din mamma har demens, ring oss. If your mother has dementia, call us.',
        ),
      ).toEqual([]);
    });

    it('does not take the reader’s child for an identifiable one: advice to parents is general', () => {
      expect(health('Lapsesi voi saada influenssarokotteen. Your child can get the flu vaccine.')).toEqual([]);
    });
  });

  describe('about a person named in the sentence before', () => {
    it('finds health information that refers back with a pronoun: hän, hon, she', () => {
      expect(health('Matti Virtanen aloitti työt. Hän sairastui keväällä. Erik Lindqvist kom tillbaka. Hon är sjukskriven. Anna Smith retired. She has cancer.')).toEqual([
        'sairastui',
        'sjukskriven',
        'cancer',
      ]);
    });

    it('finds health information that refers back by role: Asiakas on diabeetikko, Klienten är diabetiker', () => {
      expect(
        health('Lähete kotihoitoon: Aili Kärkkäinen, Koulukatu 3. Asiakas on diabeetikko. Remiss: Greta Lindqvist, Kyrkogatan 3. Klienten är diabetiker och behöver hjälp med insulinet.'),
      ).toEqual(['diabeetikko', 'diabetiker', 'insulinet']);
    });

    it('reaches back one sentence only, and not without a pronoun', () => {
      expect(health('Matti Virtanen aloitti työt. Kahvia oli. Hän sairastui. Anna Korhonen aloitti. Influenssa leviää nyt.')).toEqual([]);
    });

    it('does not take a pronoun in general advice, or a condition in an expert’s words, for the named person', () => {
      expect(health('Anna Korhonen sai palkinnon. Kun lapsi sairastuu, hänet voi hoitaa kotona. Ylilääkäri Anna Korhonen kertoo. Hänen mukaansa influenssa leviää.')).toEqual(
        [],
      );
    });

    it('still finds the state of a professional named the sentence before', () => {
      expect(health('Ylilääkäri Anna Korhonen aloitti. Hän on sairauslomalla.')).toEqual(['sairauslomalla']);
    });
  });

  describe('what is not health information about a person', () => {
    it('does not find general health information: Influenssakausi alkaa', () => {
      expect(health('Influenssakausi alkaa. Syöpä on yleinen sairaus, ja masennus on hoidettavissa.')).toEqual([]);
    });

    it('does not take a word that only begins with a health word: influenssakausi, syöpäläinen, sairaanhoitaja', () => {
      expect(health('Anna Korhonen kertoo, että influenssakausi alkaa. Matti Virtanen torjuu syöpäläisiä. Sairaanhoitaja Liisa Mattila aloitti.')).toEqual(
        [],
      );
    });

    it('does not find English health words inside other words: will, still, fill', () => {
      expect(health('Anna Korhonen will still fill the hill.')).toEqual([]);
    });

    it('keeps to the sentence: a name in one sentence and a health word in the next are apart', () => {
      expect(health('Matti Virtanen aloitti työt. Influenssa leviää nyt.')).toEqual([]);
    });

    it('does not take a condition in the words of a health professional for the professional’s own', () => {
      expect(health('Ylilääkäri Anna Korhonen kertoo influenssasta. Doctor Smith explained diabetes.')).toEqual([]);
    });

    it('still finds the state of a health professional: Ylilääkäri Anna Korhonen on sairauslomalla', () => {
      expect(health('Ylilääkäri Anna Korhonen on sairauslomalla.')).toEqual(['sairauslomalla']);
    });

    it('does not split a sentence at an initial or an abbreviation: tri. Virtanen, A. Korhonen', () => {
      expect(health('Kuvassa A. Korhonen, joka sairastui keväällä.')).toEqual(['sairastui']);
    });
  });

  it('scans long adversarial text in linear time', () => {
    const inputs = [
      'syöpä'.repeat(40_000),
      'syöpä '.repeat(40_000),
      `${'.'.repeat(200_000)} syöpä`,
      'Matti Virtanen syöpä. '.repeat(20_000),
      `sick${' '.repeat(200_000)}`,
      'olen sairas. '.repeat(20_000),
      `${'a'.repeat(200_000)}syöpä`,
      `syöpä ${'.'.repeat(200_000)}x`,
    ];
    for (const input of inputs) expect(findHealth(input, findPeople(input))).toBeInstanceOf(Array);
  });
});
