import type { Translate } from '../platform/i18n/i18n';
import type { SuspicionReason } from '../registry/domain/verify';

// Reasons arrive as codes with details (decision 011); here they become a sentence in the
// reader's language. Letters are quoted as they are, so that a Cyrillic 'а' shows as itself.

const quote = (value: unknown) => `'${String(value)}'`;

function pairsText(pairs: unknown, t: Translate, from: 'looksLike' | 'official'): string {
  if (!Array.isArray(pairs)) return '';
  return pairs
    .map((p: Record<string, unknown>) => t('lookalike:reason.pair', { seen: quote(p.seen), official: quote(p[from]) }))
    .join(', ');
}

function wordsText(words: unknown): string {
  return Array.isArray(words) ? words.map(quote).join(', ') : '';
}

/** A reason for suspecting an address, in plain words. An unknown code still gives a sentence. */
export function explainReason(reason: SuspicionReason, t: Translate): string {
  const r = reason as Record<string, unknown>;
  const platformName = (value: unknown) => t(`registry:platform.${String(value)}`);
  switch (reason.code) {
    case 'confusable-characters':
      return t('lookalike:reason.confusable-characters', { pairs: pairsText(r.pairs, t, 'looksLike') });
    case 'umlauts-rewritten':
      return t('lookalike:reason.umlauts-rewritten', { pairs: pairsText(r.pairs, t, 'official') });
    case 'letter-added':
    case 'letter-doubled':
    case 'letter-dropped':
      return t(`lookalike:reason.${reason.code}`, { letter: quote(r.letter) });
    case 'letters-swapped':
    case 'letter-replaced':
    case 'separators-changed':
    case 'other-server':
    case 'other-domain':
    case 'other-page-kind':
      return t(`lookalike:reason.${reason.code}`, { seen: quote(r.seen), official: quote(r.official) });
    case 'words-added':
    case 'words-dropped':
      return t(`lookalike:reason.${reason.code}`, { words: wordsText(r.words), count: Array.isArray(r.words) ? r.words.length : 1 });
    case 'other-platform':
      return t('lookalike:reason.other-platform', { platform: platformName(r.officialPlatform), handle: quote(r.officialHandle) });
    case 'display-name-copied':
      return t('lookalike:reason.display-name-copied', { seen: quote(r.seen), name: quote(r.displayName) });
    case 'handle-from-display-name':
      return t('lookalike:reason.handle-from-display-name', { name: quote(r.displayName) });
    case 'confirmed-fake':
      return t('lookalike:reason.confirmed-fake');
    default:
      return t('lookalike:reason.other');
  }
}
