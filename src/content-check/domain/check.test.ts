import { describe, expect, it } from 'vitest';
import { checkContent, contactKey, maskText, mediaFindings, resolveOverlaps, unsourcedQuotes, type MediaItem } from './check';
import { findingAt, type Finding, type FindingType } from './finding';

/** A detector that finds every occurrence of the given words, as the given type. */
const words =
  (type: FindingType, ...list: string[]) =>
  (text: string): Finding[] =>
    list.flatMap((w) => [...text.matchAll(new RegExp(w.replace(/[.+]/g, '\\$&'), 'g'))].map((m) => findingAt(text, type, m.index, m.index + w.length)));

const media = (overrides: Partial<MediaItem> = {}): MediaItem => ({
  kind: 'image',
  name: 'tori.jpg',
  source: 'own-work',
  licence: '',
  permissionFrom: '',
  credit: '',
  ...overrides,
});

describe('the verdict of a check (policy rules P8, P9: if in doubt, do not publish)', () => {
  const rules = {
    detectors: [words('FI_HETU', '131052-308T'), words('PHONE', '040 123 4567', '015 788 111'), words('CONFIDENTIAL', 'salassa pidettävä'), words('HEALTH', 'sairauslomalla')],
    publicContacts: ['+358 15 788 111'],
  };

  it('is ok for a draft without personal data, media problems or unsourced quotations', () => {
    expect(checkContent({ text: 'Uimahalli on auki joulunpyhinä.' }, rules)).toMatchObject({ verdict: 'ok', findings: [], media: [], quotes: [] });
  });

  it('is do-not-publish for a personal identity code, health data or a secrecy marker', () => {
    for (const text of ['Hakija 131052-308T on valittu.', 'Liite on salassa pidettävä.', 'Rehtori on sairauslomalla.']) {
      expect(checkContent({ text }, rules).verdict, text).toBe('do-not-publish');
    }
  });

  it('is review for other personal data', () => {
    expect(checkContent({ text: 'Soita Matille 040 123 4567.' }, rules).verdict).toBe('review');
  });

  it("does not count the city's own public contact details, in any spelling", () => {
    const result = checkContent({ text: 'Kaupungin vaihde: 015 788 111.' }, rules);
    expect(result).toMatchObject({ verdict: 'ok', findings: [] });
  });

  it("does not count the city's own public street address, with or without postal code", () => {
    const withAddresses = { ...rules, detectors: [...rules.detectors, words('ADDRESS', 'Keskuskatu 5, 76100 Pieksämäki', 'Keskuskatu 51')], publicContacts: ['Keskuskatu 5'] };
    expect(checkContent({ text: 'Kaupungintalo, Keskuskatu 5, 76100 Pieksämäki.' }, withAddresses).findings).toEqual([]);
    expect(checkContent({ text: 'Asun osoitteessa Keskuskatu 51.' }, withAddresses).findings.map((f) => f.type)).toEqual(['ADDRESS']);
  });

  it('is review for a picture without stated rights, even when the text is clean', () => {
    expect(checkContent({ text: 'Kuvia torilta.', media: [media({ source: null })] }, rules).verdict).toBe('review');
    expect(checkContent({ text: 'Kuvia torilta.', media: [media()] }, rules).verdict).toBe('ok');
  });

  it('masks every finding with its type, for a version to copy', () => {
    const result = checkContent({ text: 'Hakija 131052-308T, puh. 040 123 4567.' }, rules);
    expect(result.masked).toBe('Hakija [FI_HETU], puh. [PHONE].');
  });
});

describe('overlapping findings', () => {
  it('keeps the wider of two findings that overlap', () => {
    const text = 'matti.virtanen@example.fi';
    const kept = resolveOverlaps([findingAt(text, 'PERSON', 0, 14), findingAt(text, 'EMAIL', 0, text.length)]);
    expect(kept.map((f) => f.type)).toEqual(['EMAIL']);
  });

  it('keeps findings side by side in the order of the text', () => {
    const text = 'aa bb cc';
    const kept = resolveOverlaps([findingAt(text, 'PLATE', 6, 8), findingAt(text, 'PERSON', 0, 2)]);
    expect(kept.map((f) => f.start)).toEqual([0, 6]);
  });

  it('of two equally wide, keeps the type that weighs more', () => {
    const text = '123';
    expect(resolveOverlaps([findingAt(text, 'PHONE', 0, 3), findingAt(text, 'FI_HETU', 0, 3)]).map((f) => f.type)).toEqual(['FI_HETU']);
  });

  it('keeps a finding whose only overlap was with one that gave way', () => {
    const text = 'aaaaaaaaaa';
    const kept = resolveOverlaps([findingAt(text, 'PLATE', 7, 9), findingAt(text, 'PHONE', 4, 8), findingAt(text, 'EMAIL', 0, 5)]);
    expect(kept.map((f) => [f.type, f.start])).toEqual([
      ['EMAIL', 0],
      ['PLATE', 7],
    ]);
  });

  it('settles a long text of findings, side by side and overlapping, in near-linear time', () => {
    const findings: Finding[] = [];
    for (let i = 0; i < 100_000; i++) findings.push(findingAt('', 'PHONE', 10 * i, 10 * i + 4), findingAt('', 'PERSON', 10 * i + 2, 10 * i + 5));
    const kept = resolveOverlaps(findings);
    expect(kept).toHaveLength(100_000);
    expect(kept.every((f) => f.type === 'PHONE')).toBe(true);
  });
});

describe('contact details compared with the public ones', () => {
  it('reads +358 and 00358 as a leading zero and ignores spaces and hyphens', () => {
    expect(contactKey('+358 15 788 111')).toBe(contactKey('015-788 111'));
    expect(contactKey('00358 40 1234567')).toBe('0401234567');
    expect(contactKey('+358 (0)15 788 111')).toBe('015788111');
    expect(contactKey('+358 015 788 111')).toBe('015788111');
    expect(contactKey('Viestinta@Pieksamaki.fi')).toBe('viestinta@pieksamaki.fi');
    expect(contactKey('viestinta(at)pieksamaki.fi')).toBe('viestinta@pieksamaki.fi');
    expect(contactKey('Viestinta [AT] pieksamaki.fi')).toBe('viestinta@pieksamaki.fi');
  });
});

describe('rights to pictures, recordings and videos (policy rules P10, O10)', () => {
  it('asks where the right comes from', () => {
    expect(mediaFindings([media({ source: null, credit: 'Kuva: X' })])).toEqual([{ index: 0, problem: 'source-missing' }]);
  });

  it('asks for the licence by name, and who gave permission', () => {
    expect(mediaFindings([media({ source: 'licence', credit: 'Kuva: X' }), media({ source: 'permission', credit: 'Kuva: Y' })])).toEqual([
      { index: 0, problem: 'licence-missing' },
      { index: 1, problem: 'permission-missing' },
    ]);
  });

  it("asks for a credit line for anyone's work but one's own", () => {
    expect(mediaFindings([media({ source: 'licence', licence: 'CC BY 4.0' })])).toEqual([{ index: 0, problem: 'credit-missing' }]);
    expect(mediaFindings([media({ source: 'own-work' })])).toEqual([]);
  });
});

describe('quotations from elsewhere', () => {
  const long = '"Kirjasto on kaupungin olohuone, jossa jokainen on tervetullut lukemaan ja oppimaan."';

  it('asks for the source of a long quotation that names none', () => {
    expect(unsourcedQuotes(`Hieno ajatus: ${long}`)).toEqual([{ start: 14, end: 14 + long.length }]);
  });

  it('accepts a quotation whose source is named', () => {
    expect(unsourcedQuotes(`Kirjastonjohtajan mukaan ${long}`)).toEqual([]);
    expect(unsourcedQuotes(`${long} – Helsingin Sanomat`)).toEqual([]);
  });

  it('leaves short quoted words alone', () => {
    expect(unsourcedQuotes('Tapahtuman nimi on "Valon yö".')).toEqual([]);
  });
});

describe('masking', () => {
  it('leaves the text as it is without findings', () => {
    expect(maskText('Hyvää joulua!', [])).toBe('Hyvää joulua!');
  });
});
