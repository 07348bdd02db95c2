import { describe, expect, it } from 'vitest';
import { catalogues } from '../../app';
import { I18n, negotiateLanguage } from './i18n';

function entriesOf(value: object, prefix = ''): [string, unknown][] {
  return Object.entries(value).flatMap(([key, child]): [string, unknown][] =>
    typeof child === 'object' && child !== null ? entriesOf(child, `${prefix}${key}/`) : [[`${prefix}${key}`, child]],
  );
}
const keysOf = (value: object) => entriesOf(value).map(([key]) => key);

describe('message catalogues', () => {
  for (const [namespace, byLang] of Object.entries(catalogues)) {
    it(`has the same keys in Finnish, Swedish and English for ${namespace}`, () => {
      const fi = keysOf(byLang.fi).sort();
      expect(keysOf(byLang.sv).sort()).toEqual(fi);
      expect(keysOf(byLang.en).sort()).toEqual(fi);
    });

    it(`has no empty texts in ${namespace}`, () => {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const empty = entriesOf(byLang[lang])
          .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
          .map(([key]) => key);
        expect(empty, `${lang}`).toEqual([]);
      }
    });
  }

  it('fills placeholders and does not escape what Preact will escape', () => {
    const t = new I18n(catalogues).t('en');
    expect(t('cityServiceName', { city: 'Pieksämäki & co' })).toBe('Pieksämäki & co – social media profiles');
  });

  it('says one in the singular and more in the plural, in every language', () => {
    const i18n = new I18n(catalogues);
    const [fi, sv, en] = (['fi', 'sv', 'en'] as const).map((lang) => i18n.t(lang));
    expect(en!('auth:tokens.expiresDays', { count: 1 })).toBe('1 day');
    expect(en!('auth:tokens.expiresDays', { count: 30 })).toBe('30 days');
    expect(fi!('auth:tokens.expiresDays', { count: 1 })).toBe('1 päivä');
    expect(fi!('auth:tokens.expiresDays', { count: 30 })).toBe('30 päivää');
    expect(sv!('auth:tokens.expiresDays', { count: 1 })).toBe('1 dag');
    expect(sv!('people:dashboard.lockedAccounts', { count: 1 })).toBe('1 konto är låst på grund av felaktiga lösenord.');
    expect(sv!('people:dashboard.lockedAccounts', { count: 0 })).toBe('0 konton är låsta på grund av felaktiga lösenord.');
    expect(en!('cli.linesFailed', { count: 1 })).toBe('1 line could not be checked; see its "error".');
  });

  it('has a singular beside every plural text that counts', () => {
    for (const [namespace, byLang] of Object.entries(catalogues)) {
      const entries = entriesOf(byLang.en);
      const keys = new Set(entries.map(([key]) => key));
      const counting = entries.filter(([key, text]) => typeof text === 'string' && text.includes('{{count}}') && !/_(one|other)$/.test(key));
      // A count in brackets, after a colon or as a limit reads the same for one.
      const withoutSingular = counting
        .filter(([, text]) => !/\(\{\{count\}\}\)|: \{\{count\}\}$|newest \{\{count\}\}|\{\{count\}\} characters/.test(text as string))
        .map(([key]) => key)
        .filter((key) => !keys.has(`${key}_one`));
      expect(withoutSingular, namespace).toEqual([]);
    }
  });
});

describe('choosing the language', () => {
  it('prefers the explicit choice', () => expect(negotiateLanguage('sv', 'en-GB')).toBe('sv'));
  it('follows Accept-Language in q order', () => expect(negotiateLanguage(undefined, 'de;q=1, en;q=0.5, sv;q=0.8')).toBe('sv'));
  it('ignores an unsupported choice', () => expect(negotiateLanguage('de', 'en-US,en;q=0.9')).toBe('en'));
  it('falls back to Finnish', () => expect(negotiateLanguage(undefined, 'de, fr')).toBe('fi'));
});
