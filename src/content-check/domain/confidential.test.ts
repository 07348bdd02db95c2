import { describe, expect, it } from 'vitest';
import { findConfidential } from './confidential';
import { foundIn } from './expect-findings';

const confidential = (text: string): string[] => foundIn(findConfidential, text);

describe('markers of secrecy (CONFIDENTIAL; policy rule P8)', () => {
  it('finds "salassa pidettävä" in any case and inflection', () => {
    expect(confidential('SALASSA PIDETTÄVÄ. Liitteessä on salassapidettäviä tietoja ja Salassa pidettävää aineistoa.')).toEqual([
      'SALASSA PIDETTÄVÄ',
      'salassapidettäviä',
      'Salassa pidettävää',
    ]);
  });

  it('finds "salainen" and its forms, not words that only contain it', () => {
    expect(confidential('Salainen muistio, salaisia asiakirjoja. Kansalainen, kansalaisten ja salaisuus eivät ole merkintöjä.')).toEqual([
      'Salainen',
      'salaisia',
    ]);
  });

  it('takes "salainen" for a marker as a stamp in capitals, as what something is, or of a document or information', () => {
    expect(confidential('HUIPPUSALAINEN: haastattelumuistiot. Muistio on salainen. Salainen\nLiite 2. Hän sai salaiset tiedot ja salaisen tunnuksen.')).toEqual([
      'HUIPPUSALAINEN',
      'salainen',
      'Salainen',
      'salaiset',
      'salaisen',
    ]);
  });

  it('does not take "salainen" as an ordinary adjective for a marker: Salainen puutarha, salainen joulupukki, salaiset helmet', () => {
    expect(confidential('Lukupiirissä Salainen puutarha. Salainen joulupukki -vaihto 12.12. Pieksämäen salaiset helmet -kävelykierros.')).toEqual([]);
  });

  it('finds "får inte spridas" as a stamp or a sentence of its own, not when said of an infection', () => {
    expect(confidential('Anteckningar från intervjuerna. Får inte spridas. FÅR INTE SPRIDAS VIDARE')).toEqual(['Får inte spridas', 'FÅR INTE SPRIDAS VIDARE']);
    expect(confidential('Tvätta händerna: smittan får inte spridas i skolan.')).toEqual([]);
  });

  it('finds a marker written with a letter that folds only in Unicode: the long s, the Kelvin sign', () => {
    expect(confidential('ſekretessbelagd handling.')).toEqual(['ſekretessbelagd']);
    expect(confidential('\u212aONFIDENTIELLT.')).toEqual(['\u212aONFIDENTIELLT']);
  });

  it('reads "salainen" the same way where a character folds only in Unicode (the Kelvin sign)', () => {
    expect(confidential('\u212a: Salainen puutarha, salainen muistio')).toEqual(['salainen']);
  });

  it('finds the Finnish and Swedish words for "not public" and "not for distribution": ei jakoon, ei levitettäväksi, ei julkaistavaksi, ej offentlig, ej för publicering', () => {
    expect(confidential('Ei jakoon. EI LEVITETTÄVÄKSI. Luonnos, ei julkaistavaksi. Ej offentliga handlingar. Inte för publicering.')).toEqual([
      'Ei jakoon',
      'EI LEVITETTÄVÄKSI',
      'ei julkaistavaksi',
      'Ej offentliga',
      'Inte för publicering',
    ]);
  });

  it('finds the section of the Act on Openness: JulkL 24 §, julkisuuslain 24 §, 621/1999', () => {
    expect(confidential('Salassa JulkL 24 § 1 mom. 25 k. nojalla; julkisuuslain 24 §; laki (621/1999); JULKL 24§')).toEqual([
      'JulkL 24 § 1 mom. 25 k.',
      'julkisuuslain 24 §',
      '621/1999',
      'JULKL 24§',
    ]);
  });

  it('finds "luottamuksellinen" and its forms: luottamuksellisesti', () => {
    expect(confidential('LUOTTAMUKSELLINEN. Tiedot annetaan luottamuksellisesti.')).toEqual(['LUOTTAMUKSELLINEN', 'luottamuksellisesti']);
  });

  it('finds "ei julkinen" and "vain sisäiseen käyttöön"', () => {
    expect(confidential('Ei julkinen. EI-JULKINEN liite. Tämä on vain sisäiseen käyttöön; sisäiseen käyttöön.')).toEqual([
      'Ei julkinen',
      'EI-JULKINEN',
      'vain sisäiseen käyttöön',
      'sisäiseen käyttöön',
    ]);
  });

  it('finds Swedish markers: sekretessbelagd, konfidentiell, endast för internt bruk', () => {
    expect(confidential('Sekretessbelagda handlingar. Konfidentiellt. Endast för internt bruk.')).toEqual([
      'Sekretessbelagda',
      'Konfidentiellt',
      'Endast för internt bruk',
    ]);
  });

  it('finds English markers: confidential, internal only, not for publication, embargo', () => {
    expect(confidential('CONFIDENTIAL: internal only, not for publication, embargoed until 10 am. Strictly confidential.')).toEqual([
      'CONFIDENTIAL',
      'internal only',
      'not for publication',
      'embargoed',
      'Strictly confidential',
    ]);
  });

  it('does not take a mention of secret matters for a marker: a meeting that handled them, the idea of confidentiality', () => {
    expect(
      confidential(
        'Lautakunta käsitteli kokouksessaan salassa pidettävät oppilasasiat. Nämndens möte behandlade de sekretessbelagda ärendena. ' +
          'The board discussed the confidential staff matters. New confidentiality rules apply from June. Yhteydenotot käsitellään luottamuksellisesti.',
      ),
    ).toEqual([]);
  });

  it('still takes a marker near a meeting: a stamp in capitals, a secret attachment, a verb elsewhere in the sentence', () => {
    expect(
      confidential(
        'Lautakunta käsitteli SALASSA PIDETTÄVÄT asiat. Kokous käsitteli liitteen, joka on salassa pidettävä. CONFIDENTIALITY NOTICE. ' +
          'Käsittelyssä on luottamuksellinen raportti.',
      ),
    ).toEqual(['SALASSA PIDETTÄVÄT', 'salassa pidettävä', 'CONFIDENTIALITY', 'luottamuksellinen']);
  });

  it('gives the marker its exact place', () => {
    expect(findConfidential('Liite 2 (salassa pidettävä)')).toEqual([{ type: 'CONFIDENTIAL', start: 9, end: 26, text: 'salassa pidettävä' }]);
  });

  it('does not find ordinary words of publicity or inside: julkinen tiedote, ei julkista liikennettä, sisäinen, salaatti', () => {
    expect(
      confidential('Julkinen tiedote: alueella ei ole julkista liikennettä, eikä ei julkista kuljetusta. Sisäinen remontti. Salaattia ja 24 § kuntalaissa.'),
    ).toEqual([]);
  });

  it('scans long adversarial text in linear time', () => {
    const inputs = ['salassa '.repeat(50_000), 'xsalainen'.repeat(50_000), 'JulkL '.repeat(50_000), `internal${' '.repeat(200_000)}`, 'ei-'.repeat(100_000)];
    for (const input of inputs) expect(findConfidential(input)).toBeInstanceOf(Array);
  });
});
