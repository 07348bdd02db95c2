import i18next, { type i18n as I18nInstance } from 'i18next';

export const languages = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLanguage: Lang = 'fi';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** A message catalogue: nested objects of strings. Swedish and English must mirror Finnish. */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** Translates a key such as 'registry:verify.title'; {{name}} placeholders are filled from params. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export type Catalogues = Record<string, Record<Lang, object>>;

export class I18n {
  private readonly instance: I18nInstance;
  private readonly translators = new Map<Lang, Translate>();

  constructor(readonly catalogues: Catalogues) {
    const resources: Record<string, Record<string, object>> = { fi: {}, sv: {}, en: {} };
    for (const [namespace, byLang] of Object.entries(catalogues)) {
      for (const lang of languages) resources[lang]![namespace] = byLang[lang];
    }
    this.instance = i18next.createInstance();
    void this.instance.init({
      resources,
      lng: defaultLanguage,
      fallbackLng: defaultLanguage,
      ns: Object.keys(catalogues),
      defaultNS: 'common',
      // Preact escapes everything it renders; escaping here too would show &amp; to residents.
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
    for (const lang of languages) {
      const fixed = this.instance.getFixedT(lang);
      this.translators.set(lang, (key, params) => String(fixed(key, params ?? {})));
    }
  }

  t(lang: Lang): Translate {
    return this.translators.get(lang)!;
  }

  has(lang: Lang, key: string): boolean {
    return this.instance.exists(key, { lng: lang, fallbackLng: false });
  }
}

/**
 * The language of a request: an explicit choice (query or cookie) first, then the browser's
 * Accept-Language preferences in their q order, then Finnish.
 */
export function negotiateLanguage(choice: string | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(choice)) return choice;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part, index) => {
        const [tag = '', ...rest] = part.trim().split(';');
        const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
        return { base: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1, index };
      })
      .filter((r) => r.q > 0 && !Number.isNaN(r.q))
      .sort((a, b) => b.q - a.q || a.index - b.index);
    for (const r of ranked) {
      if (isLang(r.base)) return r.base;
      // Norwegian and Danish readers understand Swedish better than Finnish.
      if (r.base === 'nb' || r.base === 'nn' || r.base === 'no' || r.base === 'da') return 'sv';
    }
  }
  return defaultLanguage;
}
