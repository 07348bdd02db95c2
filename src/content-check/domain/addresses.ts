import { isPostalCode, isTownOf, placeNames } from './data/postal-codes';
import { scanDraft } from './draft-scan';
import { findingAt, type Finding } from './finding';
import { isLetterCode, nameReadings } from './names';

// Street addresses (P8): a street name ending in a street word (Keskuskatu, Asemantie,
// Kyrkvägen), or a street word after a name in the genitive (Aleksis Kiven katu), then a house
// number, with an optional stairway letter and flat number (Keskuskatu 5 B 12, 5 as. 3), and an
// optional postal code and town (76100 Pieksämäki) or town alone (, Pieksämäki) checked against
// Posti's postal codes. Decisions:
// - No house number, no address: "Kauppakadulla" names a street, not anyone's home.
// - A postal code and town alone are not an address: they name an area of thousands of people.
// - An inflected street with a number counts (Keskuskadulla 5), unless what follows reads as a
//   date, a time or a quantity (Kauppatorilla 12.6., Torilla 10–14, Rantaraitilla 5 km,
//   Kauppatorilla 12 myyjää): an inflected street is where things happen more often than where
//   someone lives.
// - Numbered highways are not addresses (Valtatie 5, Kantatie 72).

/** Finnish street words with their case forms, the nominative first; a street name ends in one (Keskus|kadulla). */
const finnishStreetWords = [
  'katu kadun kadulla kadulle kadulta kadussa kadusta katua katuun kaduksi',
  'tie tien tiellä tielle tieltä tiessä tiestä tietä tiehen',
  'kuja kujan kujalla kujalle kujalta kujassa kujasta kujaa kujaan',
  'polku polun polulla polulle polulta polussa polusta polkua polkuun',
  'raitti raitin raitilla raitille raitilta raitissa raitista raittia raittiin',
  'väylä väylän väylällä väylälle väylältä väylässä väylästä väylää väylään',
  'puistikko puistikon puistikolla puistikolle puistikolta puistikossa puistikosta puistikkoa puistikkoon',
  'rinne rinteen rinteellä rinteelle rinteeltä rinteessä rinteestä rinnettä rinteeseen',
  'ranta rannan rannalla rannalle rannalta rannassa rannasta rantaa rantaan',
  'tori torin torilla torille torilta torissa torista toria toriin',
  'kaari kaaren kaarella kaarelle kaarelta kaaressa kaaresta kaarta kaareen',
  'kaarre kaarteen kaarteella kaarteelle kaarteelta kaarteessa kaarteesta kaarretta kaarteeseen',
  'aukio aukion aukiolla aukiolle aukiolta aukiossa aukiosta aukiota aukioon',
  'bulevardi bulevardin bulevardilla bulevardille bulevardilta bulevardia',
  'esplanadi esplanadin esplanadilla esplanadille esplanadilta esplanadia',
].map((forms) => forms.split(' '));

/** Swedish street words, as written in addresses (Storgatan, Kyrkvägen, Sjögränd). */
const swedishStreetWords = [
  'gatan', 'gata', 'vägen', 'väg', 'gränd', 'gränden', 'stigen', 'gången', 'backen', 'allén', 'allé', 'torget',
  'kajen', 'stranden', 'strand', 'platsen', 'leden', 'esplanaden', 'ringen', 'bågen', 'svängen', 'slingan',
];

/** The forms in which a street name is written in an address, not inflected in a sentence. */
const addressForms = new Set([...finnishStreetWords.map((forms) => forms[0]!), ...swedishStreetWords]);
const streetWordForms = [...finnishStreetWords.flat(), ...swedishStreetWords];

// A street word ends a word that is followed by blanks and a digit. Trying ~150 words at every
// place is slow, so the draft's digits after a blank (scanDraft) are where the word before is
// read, backwards, letter by letter, through a trie of the street words spelt backwards; the
// longest street word it ends in is the one the word list, tried longest first, would match.

/**
 * The letter as the street words are compared, in lower case: A–Z and the capitals of Latin-1
 * (Ä, Ö, Å, É) to their small letters, any other character as it is. Case-insensitive matching
 * without Unicode mode folds exactly these pairs among the letters of the street words.
 */
function foldedLetter(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) return code + 0x20;
  return code;
}

/** The letters of the street words, numbered from 1 in `letterIndex`; 0 for any other character. */
const streetLetters = [...new Set(streetWordForms.join(''))];
const letterIndex = new Uint8Array(0x100);
streetLetters.forEach((letter, k) => {
  letterIndex[letter.charCodeAt(0)] = k + 1;
});

/**
 * The trie of the street words read from their last letter: node `n`'s child for letter index
 * `k` is `trieChildren[n * width + k]` (0 for none, always for index 0; node 0 is the root),
 * and a node where a whole word has been read holds the word in `trieForms`.
 */
const width = streetLetters.length + 1;
const trieChildren: number[] = new Array<number>(width).fill(0);
const trieForms: (string | null)[] = [null];
for (const form of streetWordForms) {
  let node = 0;
  for (let i = form.length - 1; i >= 0; i--) {
    const slot = node * width + letterIndex[form.charCodeAt(i)]!;
    if (!trieChildren[slot]) {
      trieChildren[slot] = trieForms.length;
      trieForms.push(null);
      for (let k = 0; k < width; k++) trieChildren.push(0);
    }
    node = trieChildren[slot]!;
  }
  trieForms[node] = form;
}
const trieChildrenArray = Int32Array.from(trieChildren);

/**
 * The longest street word that ends at `end` (exclusive) and begins at or after `from`, as its
 * node in `trieForms`; 0 if there is none.
 */
function streetWordNodeBefore(text: string, from: number, end: number): number {
  let node = 0;
  let longest = 0;
  for (let i = end - 1; i >= from; i--) {
    const code = foldedLetter(text.charCodeAt(i));
    node = trieChildrenArray[node * width + (code < 0x100 ? letterIndex[code]! : 0)]!;
    if (node === 0) break;
    if (trieForms[node] !== null) longest = node;
  }
  return longest;
}

/** Roads known by number, not addresses: Valtatie 5, Kantatie 72, Seututie 4502, Riksväg 23, Stamväg 72. */
const numberedRoads = [
  'valtatie', 'kantatie', 'seututie', 'yhdystie', 'moottoritie', 'valtatiel', 'kantatiel', 'seututiel', 'yhdystiel', 'moottoritiel',
  'riksväg', 'stamväg', 'regionalväg', 'motorväg',
];

/** Words that end like a street word but are none: Rehtori, Sektori, Moottori; Ingången (the entrance). */
const notStreets = /(?:[hkt]tori\p{L}*|(?:in|ut|upp|ned)gången)$/iu;

/** Words before a street name that belong to it: Vanha Porvoontie, Gamla Kyrkvägen. */
const streetAdjectives = new Set([
  'vanha', 'uusi', 'iso', 'pieni', 'pikku', 'pohjoinen', 'eteläinen', 'itäinen', 'läntinen',
  'gamla', 'nya', 'stora', 'lilla', 'norra', 'södra', 'östra', 'västra',
]);

/**
 * The house number and what may follow it, from just after the street word: the number (5, 5a,
 * 5–7), a stairway letter (B), a flat number (12, as. 12, bst 3).
 */
const houseNumber = /[ \t\u00a0]+\d{1,4}(?:[a-hA-H](?![\p{L}\p{N}]))?(?<range>[-–]\d{1,4}[a-h]?)?(?:[ \u00a0]+[A-Ha-h](?=[ \u00a0]+\d|[,.;:)!?\n\r]|$)(?:[ \u00a0]+\d{1,3}(?![\p{L}\p{N}]))?|[ \u00a0]+(?:as|bst|lgh)\.?[ \u00a0]*\d{1,3}(?![\p{L}\p{N}]))?/uy;

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * After a number at `at`: a date (12.6., 4.–15.5.), a time (12:30), a decimal or a longer number:
 * not a house number.
 */
function isDateOrLongerNumberAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (isDigitCode(code)) return true;
  if (code !== 0x2e && code !== 0x3a && code !== 0x2c) return false;
  const next = text.charCodeAt(at + 1);
  return isDigitCode(next) || (code === 0x2e && (next === 0x2013 || next === 0x2d) && isDigitCode(text.charCodeAt(at + 2)));
}

/** After a number: a unit, a time word or a month (5 km, 10 min, 3 vuotta, 4–15 May). */
const unitAfter =
  /^[ \u00a0]*(?:km|m|cm|min|h|kg|€|%|e|kpl|pv|hlö|metri|kilometri|minuutti|tunti|vuot|vuosi|päivä|henk|euro|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec)\.?|january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|mars|maj|juni|juli|augusti|oktober)(?![\p{L}])/iu;
/** After an inflected street and a number: a word of time, so the number is an hour (Torilla 10–14 asti, 12 klo). */
const timeAfter = /^[ \u00a0]*(?:asti|alkaen|saakka|klo)(?![\p{L}])/iu;
/** After an inflected street and a number: a word in the partitive, so a count (12 myyjää, 30 autoa). */
const countAfter = /^[ \u00a0]+\p{Ll}*(?:[aeiouyäö][aä]|t[aä])(?![\p{L}])/u;

/** A postal code and town after the number: ", 76100 Pieksämäki", " 68600 Jakobstad", a new line. */
const postalCodeAndTown = /(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+|[ \u00a0]*\r?\n[ \u00a0]*)(?<code>\d{5})[ \u00a0]+(?<town>\p{Lu}[\p{L}-]*(?:[ \u00a0]\p{Lu}[\p{L}-]*)?)/uy;
/** A town alone after the number: ", Pieksämäki". */
const townAlone = /[ \u00a0]*,[ \u00a0]*(?<town>\p{Lu}[\p{L}-]*)/uy;

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0';
}

/** The start of the word that ends at `end` (exclusive), or `end` itself if none does. */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && (isLetterCode(text.charCodeAt(i - 1)) || text[i - 1] === '-')) i--;
  return i;
}

/** The start of the capitalised word just before `start` across spaces, or -1. */
function previousWord(text: string, start: number): { start: number; word: string } | null {
  let i = start;
  if (!isBlank(text[i - 1])) return null;
  while (i > 0 && isBlank(text[i - 1])) i--;
  const end = i;
  const begin = wordStart(text, end);
  if (begin === end) return null;
  return { start: begin, word: text.slice(begin, end) };
}

const capitalFirst = /^\p{Lu}/u;

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII letters are told apart without the pattern, which every other character needs.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return capitalFirst.test(word);
}

/** Where the street name that ends with the street word at [`at`, `end`) begins, or -1 if it is none. */
function streetStart(text: string, at: number, end: number): number {
  const start = wordStart(text, at);
  if (start === at) {
    // The street word alone: a street only after a name in the genitive (Kiven katu, Runebergs
    // gata), with the person's first name before it (Aleksis Kiven katu).
    const genitive = previousWord(text, start);
    if (!genitive || !isCapitalised(genitive.word) || !/[ns]$/u.test(genitive.word)) return -1;
    const first = previousWord(text, genitive.start);
    const firstName = first && nameReadings(first.word).some((reading) => reading.entry.first && !reading.inflected);
    return firstName ? first.start : genitive.start;
  }
  const word = text.slice(start, end);
  if (at - start < 2 || !isCapitalised(word)) return -1;
  const lower = word.toLowerCase();
  if (numberedRoads.some((road) => lower.startsWith(road)) || notStreets.test(lower)) return -1;
  const before = previousWord(text, start);
  if (before && isCapitalised(before.word) && streetAdjectives.has(before.word.toLowerCase())) return before.start;
  return start;
}

function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** Street addresses in `text`, in offset order. */
export function findAddresses(text: string): Finding[] {
  const found: Finding[] = [];
  // A street word is looked for only after the last address found.
  let searchFrom = 0;
  // Where the blanks before the last digit looked at began: the blanks before each digit are
  // walked back over once.
  let lastBlanks = 0;
  const digitsAfterBlank = scanDraft(text).digitsAfterBlank;
  for (let k = 0; k < digitsAfterBlank.count; k++) {
    let wordEnd = digitsAfterBlank.values[k]! - 1;
    while (wordEnd > lastBlanks && isBlankCode(text.charCodeAt(wordEnd - 1))) wordEnd--;
    lastBlanks = wordEnd;
    const node = streetWordNodeBefore(text, searchFrom, wordEnd);
    if (node === 0) continue;
    const streetWord = trieForms[node]!;
    const at = wordEnd - streetWord.length;
    const start = streetStart(text, at, wordEnd);
    if (start < 0) continue;
    houseNumber.lastIndex = wordEnd;
    const number = houseNumber.exec(text);
    if (!number) continue;
    let end = houseNumber.lastIndex;
    if (isDateOrLongerNumberAt(text, end)) continue;
    const rest = text.slice(end, end + 24);
    if (unitAfter.test(rest)) continue;
    const inflected = !addressForms.has(streetWord);
    if (inflected && (number.groups?.range || countAfter.test(rest) || timeAfter.test(rest))) continue;
    end = withTown(text, end);
    found.push(findingAt(text, 'ADDRESS', start, end));
    searchFrom = end;
  }
  return found;
}

/** The end of the address with its postal code and town, or its town, when they follow. */
function withTown(text: string, end: number): number {
  // Both begin with spaces, a comma or a line break; the postal code then has a digit, the town
  // alone a comma: without them neither pattern is tried.
  let next = end;
  let comma = false;
  for (let code = text.charCodeAt(next); code === 0x20 || code === 0xa0 || code === 0x2c || code === 0x0d || code === 0x0a; code = text.charCodeAt(++next)) {
    if (code === 0x2c) comma = true;
  }
  if (!comma && !isDigitCode(text.charCodeAt(next))) return end;
  postalCodeAndTown.lastIndex = end;
  const coded = postalCodeAndTown.exec(text);
  if (coded?.groups) {
    const { code, town } = coded.groups as { code: string; town: string };
    if (isPostalCode(code)) {
      const townEnd = postalCodeAndTown.lastIndex;
      const firstWord = town.split(/[ \u00a0]/u)[0]!;
      if (town !== firstWord && (isTownOf(code, town) || placeNames.has(town.toLowerCase()))) return townEnd;
      if (isTownOf(code, firstWord) || placeNames.has(firstWord.toLowerCase())) return townEnd - (town.length - firstWord.length);
    }
  }
  townAlone.lastIndex = end;
  const alone = townAlone.exec(text);
  if (alone?.groups && placeNames.has(alone.groups.town!.toLowerCase())) return townAlone.lastIndex;
  return end;
}
