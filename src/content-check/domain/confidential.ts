import { isDigit } from './characters';
import { findingAt, type Finding } from './finding';
import { isLetterCode } from './names';

// Markers of secrecy (P9). They stop a draft, so they keep to what is unambiguous.
//
// CONFIDENTIAL is a marker of secrecy in any of the three languages, in any case and inflection:
// salassa pidettävä, salainen, JulkL 24 § (julkisuuslain 24 §, 621/1999), luottamuksellinen,
// ei julkinen, ei jakoon, ei levitettäväksi, ei julkaistavaksi, vain sisäiseen käyttöön;
// sekretessbelagd, konfidentiell, ej offentlig, ej för publicering, endast för internt bruk;
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

const space = '[ \\t\\u00a0]+';
const confidentialMarkers = [
  `salassa[ \\t\\u00a0-]?pidettäv\\p{L}*`,
  `(?:erittäin${space}|huippu)?salai(?:nen|s(?:en|ta|ena|eksi|essa|esta|een|ella|elle|elta|et|ten|ia|iin|issa|ista|illa|ille|ilta|ina|iksi))(?:kin|kaan|han)?`,
  `luottamukselli(?:nen|s\\p{L}*)`,
  // The Act on the Openness of Government Activities (621/1999), section 24: what is secret.
  `(?:julkl|julkisuusla(?:ki|in)|offl|offentlighetslagen?)\\.?[ \\t\\u00a0]*(?:\\(?621\\/1999\\)?[ \\t\\u00a0]*)?24[ \\t\\u00a0]*§(?:[ \\t\\u00a0]*\\d+[ \\t\\u00a0]*mom\\.?)?(?:[ \\t\\u00a0]*\\d+[ \\t\\u00a0]*(?:k\\.|kohta|kohdan|punkten))?`,
  `621\\/1999`,
  `ei[ \\t\\u00a0]julkinen|ei-julki\\p{L}+`,
  `ei[ \\t\\u00a0](?:jakoon|levitettäväksi|julkaistavaksi)`,
  `ej[ \\t\\u00a0]offentlig[at]?`,
  `(?:ej|inte)${space}för${space}publicering`,
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
const confidentialMarkerHere = new RegExp(confidentialMarkers.join('|'), 'iuy');

// Tried at every place, the pattern above is slow: many words, any case, Unicode mode. So the
// draft is first searched for a letter that each marker holds, with the letters around it that
// make it part of a marker (the l of salassa, salai-, luottamukselli-, levitettäväksi, julk-,
// offl, offentlig, sekretessbelag, konfidentiell, confidential, internal, publication; the b of
// distribution, embargo, bruk, publicering; the j of jakoon; the öö of käyttöön; the / of
// 621/1999). A marker can begin only in the word of that letter, three characters before the word
// (ei julkinen, ej offentlig), at one of the three words before it across blanks (erittäin
// salainen, vain sisäiseen käyttöön, endast för internt bruk), or three characters before the /
// of 621/1999; the pattern is tried at those places only. Each letter that can begin this search
// costs: the j of jakoon made it about a tenth slower, and a marker with none of these letters
// (får inte spridas: an å or a p) would cost more than that again, so it is not read.
// This search is case-insensitive without Unicode mode, which folds the letters of the markers as
// Unicode mode does but for two characters no Finnish, Swedish or English text needs: the long s
// (ſ, folded to s) and the Kelvin sign (K, to k). Where either occurs, the pattern is tried at
// every place instead.
const markerLetters = new RegExp(
  [
    'l(?:a(?:(?<=sala)[is]|(?<=sekretessbela)g)|uottamukselli|evitettäväksi|k(?<=julk)|i(?:g(?<=offentlig)|cation(?<=publication))|l(?<=konfidentiell)|(?<=offl|confidential|internal))',
    'b(?:ution(?<=distribution)|argo(?<=embargo)|ruk|licering(?<=publicering))',
    'jakoon',
    'öö(?<=käyttöö)n',
    '\\/(?<=621\\/)1999',
    '[\\u017f\\u212a]',
  ].join('|'),
  'gi',
);

const slash = 0x2f;
const longS = 0x17f;
const kelvinSign = 0x212a;

function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** Markers of secrecy in `text`, in offset order. */
export function findConfidential(text: string): Finding[] {
  markerLetters.lastIndex = 0;
  let match = markerLetters.exec(text);
  if (!match) return [];
  const candidates: number[] = [];
  // The hit before and the start of its word: the letters of a word are walked back over once.
  let lastHit = -1;
  let lastWordStart = -1;
  for (; match; match = markerLetters.exec(text)) {
    const hit = match.index;
    const first = match[0].charCodeAt(0);
    if (first === longS || first === kelvinSign) return findByFullScan(text);
    if (first === slash) {
      candidates.push(hit - 3);
      continue;
    }
    let wordStart = hit;
    while (wordStart > 0 && isLetterAt(text, wordStart - 1)) {
      wordStart--;
      if (wordStart === lastHit) {
        wordStart = lastWordStart;
        break;
      }
    }
    const sameWord = wordStart === lastWordStart;
    lastHit = hit;
    lastWordStart = wordStart;
    if (sameWord) continue;
    candidates.push(wordStart, wordStart - 3);
    for (let k = 0, start = wordStart; k < 3; k++) {
      let end = start;
      while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--;
      if (end === start) break;
      start = end;
      while (start > 0 && isLetterAt(text, start - 1)) start--;
      if (start === end) break;
      candidates.push(start);
    }
  }
  candidates.sort((a, b) => a - b);
  const found: Finding[] = [];
  let searchFrom = 0;
  for (let k = 0; k < candidates.length; k++) {
    const start = candidates[k]!;
    if (start < searchFrom || (k > 0 && start === candidates[k - 1])) continue;
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
  if (!stamp && (abstractNoun.test(marker) || handledBefore.test(text.slice(Math.max(0, start - handledReach), start)))) return false;
  if (!salai.test(marker) || stamp) return true;
  let next = end;
  while (next < text.length && isBlankCode(text.charCodeAt(next))) next++;
  if (!isLetterAt(text, next)) return true;
  let wordEnd = next;
  while (isLetterAt(text, wordEnd)) wordEnd++;
  return documentWord.test(text.slice(next, wordEnd));
}

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
