import { isDigit } from './characters';
import { secrecyMarkerPatterns } from './data/secrecy-markers';
import { Offsets, scanDraft } from './draft-scan';
import { findingAt, type Finding } from './finding';
import { isLetterCode, startsSentence } from './names';

// Markers of secrecy (P9). They stop a draft, so they keep to what is unambiguous.
//
// CONFIDENTIAL is a marker of secrecy in any of the three languages, in any case and inflection:
// salassa pidettävä, salainen, JulkL 24 § (julkisuuslain 24 §, 621/1999), luottamuksellinen,
// ei julkinen, ei jakoon, ei levitettäväksi, ei julkaistavaksi, vain sisäiseen käyttöön;
// sekretessbelagd, konfidentiell, ej offentlig, ej för publicering, endast för internt bruk, får
// inte spridas (as a stamp or a sentence of its own: "smittan får inte spridas" is about a virus);
// confidential, internal only, not for publication, embargo.
//
// "Salainen" is also an ordinary adjective: a book (Salainen puutarha), a game (salainen
// joulupukki), a guided walk (salaiset helmet). It marks secrecy when it is a stamp, in capitals
// (SALAINEN, HUIPPUSALAINEN); when it is said of something and no word follows (Muistio on
// salainen.); or when it qualifies a document or information (salainen muistio, salaisia
// asiakirjoja, salaiset tiedot).
//
// A council's news may say that secret matters were handled without telling them: "käsitteli
// salassa pidettävät henkilöstöasiat". A marker after a meeting's verb is such a mention, and so
// is the name of the idea in lower case (confidentiality rules).

const isLetterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));

const confidentialMarker = new RegExp(secrecyMarkerPatterns.join('|'), 'giu');
const confidentialMarkerHere = new RegExp(secrecyMarkerPatterns.join('|'), 'iuy');

// Tried at every place, the pattern above is slow: many words, any case, Unicode mode. So it is
// tried only where a marker may begin, by the stems that scanDraft finds (data/secrecy-markers.ts):
// in the word of a stem, three characters before the word (ei julkinen, ej offentlig), at one of
// the three words before it across blanks (erittäin salainen, vain sisäiseen käyttöön, endast
// för internt bruk); and where 621/1999 begins. The stems fold letters as Unicode mode does but
// for two characters no Finnish, Swedish or English text needs: the long s (ſ, folded to s) and
// the Kelvin sign (K, to k). Where either occurs, the pattern is tried at every place instead.

function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** Where a marker may begin, kept from draft to draft. */
const candidatePlaces = new Offsets();

/** Markers of secrecy in `text`, in offset order. */
export function findConfidential(text: string): Finding[] {
  const scan = scanDraft(text);
  if (scan.foldsInUnicode) return findByFullScan(text);
  const stems = scan.secrecyStems;
  if (stems.count === 0 && scan.actNumbers.count === 0) return [];
  const candidates = candidatePlaces;
  candidates.count = 0;
  for (let k = 0; k < scan.actNumbers.count; k++) candidates.push(scan.actNumbers.values[k]!);
  // The stem before and the start of its word: the letters of a word are walked back over once.
  let lastStem = -1;
  let lastWordStart = -1;
  for (let k = 0; k < stems.count; k++) {
    const stem = stems.values[k]!;
    let wordStart = stem;
    while (wordStart > 0 && isLetterAt(text, wordStart - 1)) {
      wordStart--;
      if (wordStart === lastStem) {
        wordStart = lastWordStart;
        break;
      }
    }
    const sameWord = wordStart === lastWordStart;
    lastStem = stem;
    lastWordStart = wordStart;
    if (sameWord) continue;
    candidates.push(wordStart);
    candidates.push(wordStart - 3);
    for (let w = 0, start = wordStart; w < 3; w++) {
      let end = start;
      while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--;
      if (end === start) break;
      start = end;
      while (start > 0 && isLetterAt(text, start - 1)) start--;
      if (start === end) break;
      candidates.push(start);
    }
  }
  // A typed array sorts by number without a function to call.
  const places = candidates.values.subarray(0, candidates.count).sort();
  const found: Finding[] = [];
  let searchFrom = 0;
  for (let k = 0; k < places.length; k++) {
    const start = places[k]!;
    if (start < searchFrom || (k > 0 && start === places[k - 1])) continue;
    confidentialMarkerHere.lastIndex = start;
    if (!confidentialMarkerHere.test(text)) continue;
    const end = confidentialMarkerHere.lastIndex;
    if (isWholeMarker(text, start, end) && marksSecrecy(text, start, end)) {
      found.push(findingAt(text, 'CONFIDENTIAL', start, end));
      searchFrom = end;
    }
  }
  return found;
}

/** Whole words only: "kansalainen" holds no "salainen". */
function isWholeMarker(text: string, start: number, end: number): boolean {
  return !isLetterAt(text, start - 1) && !isLetterAt(text, end) && !isDigit(text.charCodeAt(end));
}

/** What a document or information is called, by the beginnings of its inflected forms: salainen muistio, salaisia asiakirjoja, salaiset tiedot. */
const documentWord = /^(?:asiakir|tie(?:to|do)|muisti|liit|tiedost|dokument|aineist|materiaal|raport|selvity|pöytäkir|sopimu|suunnitelm|lausun|kirje|viesti|tunnu|salasan)/i;
const salai = /salai/i;

/** The names of the idea rather than of a secret thing: confidentiality rules, luottamuksellisuuden vaatimukset. */
const abstractNoun = /^(?:confidentialit|luottamuksellisuu)/i;
/** A meeting's verb of handling, a word such as where or when, and an article: käsitteli (kokouksessaan), behandlade de, discussed the. */
const handledBefore = /(?:^|[^\p{L}])(?:käsitteli|käsittelivät|käsittelee|käsittelevät|käsiteltiin|käsitellään|behandlade|behandlades|behandlar|behandlas|discussed|discusses)(?:[ \t\u00a0]+\p{L}+)?(?:[ \t\u00a0]+(?:de|den|det|the))?[ \t\u00a0]+$/iu;
const handledReach = 40;

/**
 * Whether a marker found marks secrecy. Any does but a mention: the name of the idea in lower case
 * (confidentiality), or a marker after a meeting's verb, which tells that secret matters were
 * handled (käsitteli salassa pidettävät henkilöstöasiat, behandlade de sekretessbelagda
 * ärendena), not what they were. "Salainen" marks secrecy only as the stamp, the statement or the
 * document's word described above.
 */
function marksSecrecy(text: string, start: number, end: number): boolean {
  const marker = text.slice(start, end);
  const stamp = marker === marker.toUpperCase();
  if (saidOfAnything.test(marker) && !stamp && !startsSentence(text, start)) return false;
  if (!stamp && (abstractNoun.test(marker) || handledBefore.test(text.slice(Math.max(0, start - handledReach), start)))) return false;
  if (!salai.test(marker) || stamp) return true;
  let next = end;
  while (next < text.length && isBlankCode(text.charCodeAt(next))) next++;
  if (!isLetterAt(text, next)) return true;
  let wordEnd = next;
  while (isLetterAt(text, wordEnd)) wordEnd++;
  return documentWord.test(text.slice(next, wordEnd));
}

/** A marker that is said of other things too (Smittan får inte spridas): a marker as a stamp or a sentence of its own only. */
const saidOfAnything = /^får/iu;

/** The markers found by trying the pattern at every place. */
function findByFullScan(text: string): Finding[] {
  const found: Finding[] = [];
  confidentialMarker.lastIndex = 0;
  for (let match = confidentialMarker.exec(text); match; match = confidentialMarker.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isWholeMarker(text, start, end)) {
      confidentialMarker.lastIndex = start + 1;
      continue;
    }
    if (!marksSecrecy(text, start, end)) continue;
    found.push(findingAt(text, 'CONFIDENTIAL', start, end));
  }
  return found;
}
