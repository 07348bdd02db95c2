import { findingAt, type Finding } from './finding';
import { isLetterCode } from './names';

// Markers of secrecy (P9). They stop a draft, so they keep to what is unambiguous.
//
// CONFIDENTIAL is a marker of secrecy in any of the three languages, in any case and inflection:
// salassa pidettävä, salainen, JulkL 24 § (julkisuuslain 24 §, 621/1999), luottamuksellinen,
// ei julkinen, vain sisäiseen käyttöön, sekretessbelagd, konfidentiell, endast för internt bruk,
// confidential, internal only, not for publication, embargo.

const isLetterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));

const space = '[ \\t\\u00a0]+';
const confidentialMarkers = [
  `salassa[ \\t\\u00a0-]?pidettäv\\p{L}*`,
  `(?:erittäin${space}|huippu)?salai(?:nen|s(?:en|ta|ena|eksi|essa|esta|een|ella|elle|elta|et|ten|ia|iin|issa|ista|illa|ille|ilta|ina|iksi))(?:kin|kaan|han)?`,
  `luottamukselli(?:nen|s\\p{L}*)`,
  // The Act on the Openness of Government Activities (621/1999), section 24: what is secret.
  `(?:julkl|julkisuusla(?:ki|in)|offl|offentlighetslagen?)\\.?[ \\t\\u00a0]*(?:\\(?621\\/1999\\)?[ \\t\\u00a0]*)?24[ \\t\\u00a0]*§(?:[ \\t\\u00a0]*\\d+[ \\t\\u00a0]*mom\\.?)?(?:[ \\t\\u00a0]*\\d+[ \\t\\u00a0]*(?:k\\.|kohta|kohdan|punkten))?`,
  `621\\/1999`,
  `ei[ \\t\\u00a0]julkinen|ei-julki\\p{L}+`,
  `(?:vain${space})?sisäiseen${space}käyttöön`,
  `sekretessbelag\\p{L}*`,
  `konfidentiell\\p{L}*`,
  `(?:endast${space})?för${space}internt${space}bruk`,
  `(?:strictly${space})?confidential\\p{L}*`,
  `(?:for${space})?internal${space}(?:use${space})?only`,
  `not${space}for${space}(?:publication|distribution)`,
  `embargo\\p{L}*`,
];
const confidentialMarker = new RegExp(confidentialMarkers.join('|'), 'giu');

/** Markers of secrecy in `text`, in offset order. */
export function findConfidential(text: string): Finding[] {
  const found: Finding[] = [];
  confidentialMarker.lastIndex = 0;
  for (let match = confidentialMarker.exec(text); match; match = confidentialMarker.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    // Whole words only: "kansalainen" holds no "salainen".
    if (isLetterAt(text, start - 1) || isLetterAt(text, end) || /\d/u.test(text[end] ?? '')) {
      confidentialMarker.lastIndex = start + 1;
      continue;
    }
    found.push(findingAt(text, 'CONFIDENTIAL', start, end));
  }
  return found;
}
