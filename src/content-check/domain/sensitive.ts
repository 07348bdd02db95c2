import { longestHealthEnding, type HealthKind, type HealthTerm } from './data/health-terms';
import { scanDraft } from './draft-scan';
import { findingAt, type Finding } from './finding';
import { isLetterCode } from './names';

// Health information about an identifiable person (P8). It stops a draft, so it keeps to what is
// unambiguous.
//
// HEALTH is a health word in a sentence that also refers to an identifiable person:
// - a name found by findPeople in the same sentence;
// - a person of "ours" or "mine" by role, in the singular (oppilaamme, työntekijällemme, äitini,
//   vår elev, our colleague, my son), or one person picked out of a group (eräs asukas, yksi
//   oppilaistamme, eräs pieksämäkeläinen, en av våra elever, one of our pupils);
// - the writer in the first person singular (olen sairauslomalla, jag är sjukskriven, I was
//   diagnosed), unless the sentence is a condition or a question (Jos olen raskaana…?), as in
//   advice and FAQs;
// - a close relative of the reader (äitisi, din mamma, your father), unless the sentence is a
//   condition, a question or a "when" (Kun äitisi sairastuu…); not the reader's child, as advice to
//   parents speaks of children in general;
// - the person named in the sentence just before, when this one refers back with a pronoun (hän,
//   hon, she) or opens with the role (Asiakas on…, Klienten är…), unless it speaks in general.
// A pronoun with no name before it (hän, she) is not enough: advice speaks of "a child" and "her" in general
// ("Kun lapsi sairastuu, hänet voi hoitaa kotona"), and an indefinite "a pupil"/"en elev" is as
// general. Health words are of two kinds: a person's state (sairastui, sairauslomalla, raskaana,
// vammainen, sjukskriven, diagnosed), which is always a finding with such a person; and
// conditions (syöpä, diabetes, influenssa, depression), which are not when the sentence speaks
// through a health professional or a researcher ("ylilääkäri Anna Korhonen kertoo
// influenssasta"): then the person is the expert, not the patient. General health information
// ("Influenssakausi alkaa") names no one and is no finding. The finding covers the health word.

const words = (list: string): string[] => list.split(/\s+/u).filter(Boolean);

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * One pattern for many literal words, as a trie (sai(?:ras(?:tu)?|…)): the regular expression
 * engine then tries each position once instead of once per word. Longest match first; a space
 * matches any run of spaces.
 */
function literalAlternation(words: Iterable<string>): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const char of word.toLowerCase()) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const literal = (char: string): string => (char === ' ' ? '[ \\t\\u00a0]+' : char.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&'));
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([char, child]) => literal(char) + emit(child));
    if (!branches.length) return '';
    const group = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${group})?` : group;
  };
  return emit(root);
}

// ---------------------------------------------------------------------------------------------
// Health words

const isLetterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));
const isBlankCode = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0;

/** The first health term of `terms` that the word [wordStart, wordEnd) is, with the stem at [start, stemEnd). */
function termOf(text: string, wordStart: number, start: number, stemEnd: number, wordEnd: number, terms: readonly HealthTerm[]): HealthTerm | null {
  // No listed ending is this long; a longer one is another word (syöpäläinen), not read at all.
  // Cut out only when a term gets that far.
  let ending: string | null | undefined;
  for (const term of terms) {
    // A compound's first part (rinta|syöpä, kehitys|vammainen) must be a word's worth of letters.
    if (wordStart < start && (!term.compound || start - wordStart < 2)) continue;
    if (term.endings === null) return term;
    if (ending === undefined) ending = wordEnd - stemEnd <= longestHealthEnding ? text.slice(stemEnd, wordEnd).toLowerCase() : null;
    if (ending !== null && term.endings.has(ending)) return term;
  }
  return null;
}

interface HealthWord {
  start: number;
  end: number;
  kind: HealthKind;
}

const noHealthWords: readonly HealthWord[] = [];

/** The health words of `text`: its stems (scanDraft) that make a word with what follows them. */
function healthWords(text: string): readonly HealthWord[] {
  const scan = scanDraft(text);
  const { count } = scan.healthStems;
  if (count === 0) return noHealthWords;
  const starts = scan.healthStems.values;
  const stemEnds = scan.healthStemEnds.values;
  let found: HealthWord[] | null = null;
  // The word around the last stem: a long word holds many stems, and is measured once.
  let wordStart = 0;
  let wordEnd = 0;
  // A word found is not read again for the stems inside it.
  let from = 0;
  for (let k = 0; k < count; k++) {
    const start = starts[k]!;
    if (start < from) continue;
    const stemEnd = stemEnds[k]!;
    if (start >= wordEnd) {
      wordStart = start;
      while (isLetterAt(text, wordStart - 1) || (text.charCodeAt(wordStart - 1) === 0x2d && isLetterAt(text, wordStart - 2))) wordStart--;
      wordEnd = start;
    }
    if (wordEnd < stemEnd) wordEnd = stemEnd;
    while (isLetterAt(text, wordEnd)) wordEnd++;
    const term = termOf(text, wordStart, start, stemEnd, wordEnd, scan.healthTerms[k]!);
    if (!term) continue;
    (found ??= []).push({ start: wordStart, end: wordEnd, kind: term.kind });
    from = wordEnd;
  }
  return found ?? noHealthWords;
}

// ---------------------------------------------------------------------------------------------
// Sentences and the people they refer to

/** Abbreviations whose full stop ends no sentence (tri. Virtanen, esim. syöpä). */
const abbreviations = new Set(['dr', 'mr', 'mrs', 'ms', 'tri', 'prof', 'st', 'nro', 'esim', 'mm', 'ns', 'ks', 'vrt', 'jne', 'yms', 'ym', 'ts', 'klo', 'puh', 'os', 'vs', 'ao']);
const longestAbbreviation = Math.max(...[...abbreviations].map((word) => word.length));

/** A class of UTF-16 code units, each unit asked about once and the answer kept. */
class UnitClass {
  /** 0: not yet asked, 1: not in the class, 2: in it. */
  private readonly known = new Uint8Array(0x10000);

  constructor(private readonly holds: (char: string) => boolean) {}

  has(code: number): boolean {
    let known = this.known[code]!;
    if (!known) this.known[code] = known = this.holds(String.fromCharCode(code)) ? 2 : 1;
    return known === 2;
  }
}

/** What a regular expression's \s matches. */
const space = new UnitClass((char) => /\s/.test(char));
const upperLetter = new UnitClass((char) => /\p{Lu}/u.test(char));
/** What starts a new sentence after its end: a capital, a digit, a quote, a line break, a dash. */
const startsNewSentence = new UnitClass((char) => /[\p{Lu}\p{N}"“”«\n\r-]/u.test(char));

/** Where a sentence may end: a line break, or one of . ! ? … (a run of them is read from its first). */
const sentencePunctuation = /[\n.!?…]/g;
const isEndPunctuation = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
/** Closing quotes and brackets after the end of a sentence: " ” » ) ' */
const isClosing = (code: number): boolean => code === 0x22 || code === 0x201d || code === 0xbb || code === 0x29 || code === 0x27;

/**
 * The sentences of a text, found from its start as far as they are asked for. A sentence ends at
 * a line break, and after a run of . ! ? … with any closing quotes or brackets, followed by a
 * space and a capital, a digit or the end, unless the full stop ends an initial or an
 * abbreviation; the last one at the text's end. One pass: each run of punctuation is read once
 * from its start, so any text is split in linear time.
 */
class Sentences {
  /** Where the sentences found so far end (exclusive), in order. */
  readonly ends: number[] = [];
  /** Where the search for the next end goes on; -1 when the text's end has been reached. */
  private scanned = 0;

  constructor(private readonly text: string) {}

  /** The number of the sentence around `index` (of the text): it runs from startOf to endOf. */
  around(index: number): number {
    const ends = this.ends;
    while (this.scanned >= 0 && (!ends.length || ends[ends.length - 1]! <= index)) this.findEnd();
    let low = 0;
    let high = ends.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle]! > index) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  startOf(sentence: number): number {
    return sentence === 0 ? 0 : this.ends[sentence - 1]!;
  }

  endOf(sentence: number): number {
    return this.ends[sentence]!;
  }

  /** Finds the next end after those found, or the text's end. */
  private findEnd(): void {
    const { text, ends } = this;
    const length = text.length;
    const candidate = sentencePunctuation;
    candidate.lastIndex = this.scanned;
    while (candidate.test(text)) {
      const at = candidate.lastIndex - 1;
      if (text.charCodeAt(at) === 0x0a) {
        this.scanned = at + 1;
        ends.push(at + 1);
        return;
      }
      let after = at + 1;
      while (after < length && isEndPunctuation(text.charCodeAt(after))) after++;
      const runEnd = after;
      while (after < length && isClosing(text.charCodeAt(after))) after++;
      // Not followed by a space or the end (3.5, www.pieksamaki.fi): no place in the run ends a sentence.
      if (after < length && !space.has(text.charCodeAt(after))) {
        candidate.lastIndex = runEnd;
        continue;
      }
      candidate.lastIndex = after;
      let next = after;
      while (next < length && isBlankCode(text.charCodeAt(next))) next++;
      // A lower-case word goes on with the sentence (esim. kun, 12.6. klo).
      if (next < length && !startsNewSentence.has(text.charCodeAt(next))) continue;
      if (text.charCodeAt(at) === 0x2e) {
        // The word before the full stop, as far as it may be an abbreviation.
        let wordStart = at;
        while (at - wordStart <= longestAbbreviation && isLetterAt(text, wordStart - 1)) wordStart--;
        const word = at - wordStart;
        if (word === 1 ? upperLetter.has(text.charCodeAt(wordStart)) : word <= longestAbbreviation && abbreviations.has(text.slice(wordStart, at).toLowerCase())) continue;
      }
      this.scanned = after;
      ends.push(after);
      return;
    }
    this.scanned = -1;
    if (ends[ends.length - 1] !== length) ends.push(length);
  }
}

/** Letters of the Latin alphabets, for word edges in patterns without Unicode mode (which is several times slower). */
const latin = 'a-zA-Z\\u00c0-\\u024f';

/** One of ours or mine by role, in the singular: oppilaamme, työntekijällemme, äitini, kollegani. */
const ownRoleFi = new RegExp(
  `(?<![${latin}])(?:${words(`oppilaa oppilas työntekijä kollega opettaja asukkaa asukas asiakkaa asiakas potilaa potilas lapse poika
    poja tyttäre tytär äidi äiti isä puoliso miehe vaimo velje sisko sisare ystävä naapuri esimiehe työkaveri työtoveri kaveri
    jäsene harjoittelija rehtori johtaja hoitaja valmentaja pelaaja opiskelija koululaise kuntalaise vapaaehtoise`).join('|')})` +
    `(?:lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|ksi|na|nä|a|ä|ta|tä|hen|seen)?(?:mme|ni)(?![${latin}])`,
  'i',
);
/** One person picked out: eräs asukas, eräällä oppilaalla, eräs pieksämäkeläinen, yksi oppilaistamme. */
const onePersonFi = new RegExp(
  `(?<![${latin}])(?:(?:eräs|erään|eräälle|eräällä|eräältä|eräässä|eräästä|erästä)[ \\t\\u00a0]+(?:[${latin}0-9-]+[ \\t\\u00a0]+)?` +
    `(?:[${latin}]*(?:läi|lai)(?:nen|s)|oppila|työntekij|kolleg|opettaj|asuk|asiak|potila|lap|poik|poj|harjoittelij|opiskelij|koululai|kuntalai|vapaaehtoi|jäsen|pelaaj|naapuri|ystävä)` +
    `|(?:yksi|yhdellä|yhdelle|yhden)[ \\t\\u00a0]+[${latin}]+(?:stamme|stämme)(?![${latin}]))`,
  'i',
);
const ownRoleSv = new RegExp(
  `(?<![${latin}])(?:(?:en|ett)[ \\t\\u00a0]+av[ \\t\\u00a0]+(?:våra|mina)|(?:vår|min|mitt|vårt)[ \\t\\u00a0]+` +
    `(?:elev|kollega|anställd|medarbetare|invånare|kund|patient|son|dotter|man|fru|mamma|pappa|mor|far|bror|syster|vän|granne|chef|lärare|rektor|barn))(?![${latin}])`,
  'i',
);
const ownRoleEn = new RegExp(
  `(?<![${latin}])(?:one[ \\t\\u00a0]+of[ \\t\\u00a0]+(?:our|my)|(?:our|my)[ \\t\\u00a0]+(?:pupil|student|employee|colleague|teacher|resident|client|customer|` +
    `patient|son|daughter|child|husband|wife|partner|mother|father|mum|mom|dad|brother|sister|friend|neighbour|neighbor|manager|boss|coach|principal|nurse|member))(?![${latin}])`,
  'i',
);

/**
 * A close relative of the reader, in the singular: äitisi, isälläsi, din mamma, your father. Not a
 * child (lapsesi, ditt barn, your child): advice speaks to parents of their children in general.
 */
const kinFi = new RegExp(
  `(?<![${latin}])(?:${words('äidi äiti isä isoäidi isoäiti isoisä mummo mummi vaari puoliso miehe vaimo velje sisko sisare').join('|')})` +
    `(?:lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|ksi|na|nä|a|ä|ta|tä|hen|seen)?(?:si|nne)(?![${latin}])`,
  'i',
);
const kinSvEn = new RegExp(
  `(?<![${latin}])(?:(?:din|er)[ \\t\\u00a0]+(?:mamma|pappa|mor|far|mormor|morfar|farmor|farfar|make|maka|man|fru|sambo|bror|syster|partner)` +
    `|your[ \\t\\u00a0]+(?:mother|father|mum|mom|dad|husband|wife|partner|brother|sister|grandmother|grandfather|grandma|grandpa|granny))(?![${latin}])`,
  'i',
);
/** Advice to the reader: a condition, a question or a time of its own (Kun äitisi sairastuu…). */
const generalToReader = new RegExp(`(?<![${latin}])(?:kun|när|when|whenever)(?![${latin}])`, 'i');

/**
 * A reference back to the one person named in the sentence before: a pronoun (hän, hon, she,
 * him), or the person's role with a definite sense at the start of the sentence (Asiakas on…,
 * Klienten är…, The client…).
 */
const referenceBack = new RegExp(
  `(?<![${latin}])(?:hän|hänen|hänellä|hänelle|hänet|häntä|hänestä|hon|han|henne|honom|hennes|hans|she|he|her|him|his|` +
    `klienten|patienten|kunden|eleven)(?![${latin}])|^[\\s"“”«]*(?:asiakas|potilas|oppilas|the[ \\t\\u00a0]+(?:client|patient|pupil|customer))(?![${latin}])`,
  'i',
);

/** The writer in the first person singular: olen, minulla, sairastuin; jag, mig; I'm, I was, my. */
const firstPersonFiSv = new RegExp(
  `(?<![${latin}])(?:minä|mä|minulla|mulla|minulle|mulle|minut|minua|minun|mun|minusta|olen|olin|oon|sairastuin|jouduin|jäin|sain|aloitin|toivun|toivuin|pääsin|jag|mig)(?![${latin}])`,
  'i',
);
const firstPersonEn = new RegExp(`(?<![${latin}])(?:I['’](?:m|ve)|I[ \\t\\u00a0]+(?:am|was|have|had|got|feel|fell|will)|[Mm]y|[Mm]yself)(?![${latin}])`);
/** Advice and FAQs: a condition or a question speaks of anyone (Jos olen raskaana…?). */
const generalSentence = new RegExp(`(?<![${latin}])(?:jos|mikäli|if|om|ifall|in case)(?![${latin}])|\\?[\\s"”»)]*$`, 'i');

/** Health professionals and researchers: a condition in their words is their subject, not their illness. */
const professional = new RegExp(literalAlternation(words('lääkäri hoitaja asiantuntija tutkija professori psykologi doctor physician nurse expert researcher professor psychologist läkare sjuksköterska skötare forskare psykolog')), 'i');

/** Whether a pattern's source has a | outside every group and class: one that splits the whole pattern. */
function alternatesAtTop(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const char = source[k];
    if (char === '\\') k++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Any of the patterns that pick a person out by the sentence alone, as one: most sentences with a
 * health word pick out no one, and are then read once instead of once per pattern. All of them
 * are case-blind, as the union is. They share their test of the word's left edge, which is then
 * made once for all: over twice as fast as the union with an edge in each.
 */
const someone = ((patterns: readonly RegExp[]): RegExp => {
  const edge = `(?<![${latin}])`;
  const rests = patterns.map((pattern) => pattern.source.slice(edge.length));
  const shareEdge = patterns.every((pattern, k) => pattern.source.startsWith(edge) && !alternatesAtTop(rests[k]!));
  const union = shareEdge ? `${edge}(?:${rests.join('|')})` : patterns.map((pattern) => `(?:${pattern.source})`).join('|');
  return new RegExp(union, 'i');
})([ownRoleFi, onePersonFi, ownRoleSv, ownRoleEn, firstPersonFiSv, kinFi, kinSvEn]);

/** The patterns tried on a sentence. */
interface SentencePatterns {
  someone: RegExp;
  ownRoleFi: RegExp;
  onePersonFi: RegExp;
  ownRoleSv: RegExp;
  ownRoleEn: RegExp;
  firstPersonFiSv: RegExp;
  kinFi: RegExp;
  kinSvEn: RegExp;
  referenceBack: RegExp;
  generalSentence: RegExp;
  generalToReader: RegExp;
  professional: RegExp;
}

const sentencePatterns: SentencePatterns = {
  someone, ownRoleFi, onePersonFi, ownRoleSv, ownRoleEn, firstPersonFiSv, kinFi, kinSvEn, referenceBack, generalSentence, generalToReader, professional,
};

/**
 * The same patterns without "i", for a sentence in lower case: matching case-insensitively is
 * several times slower. They match as the patterns do as long as no character of the sentence has
 * case beyond Latin-1 (hasCaseBeyondLatin1): within Latin-1, "i" folds together exactly what
 * lower-casing does, whereas beyond it lower-casing may join what "i" keeps apart (k and the
 * Kelvin sign) or part what "i" joins (ɓ and Ɓ). A pattern with a capital letter of its own
 * (other than in a class's A-Z) keeps "i".
 */
const lowerCasePatterns = Object.fromEntries(
  Object.entries(sentencePatterns).map(([name, pattern]) => [
    name,
    /[A-Z]/u.test(pattern.source.replaceAll('a-zA-Z', '')) ? pattern : new RegExp(pattern.source, pattern.flags.replace('i', '')),
  ]),
) as unknown as SentencePatterns;

const wideCharacter = /[\u0100-\uffff]/g;
/** Characters beyond Latin-1 that lower- or upper-casing changes. */
const casedBeyondLatin1 = new UnitClass((char) => char.toLowerCase() !== char || char.toUpperCase() !== char);

function hasCaseBeyondLatin1(sentence: string): boolean {
  wideCharacter.lastIndex = 0;
  while (wideCharacter.test(sentence)) if (casedBeyondLatin1.has(sentence.charCodeAt(wideCharacter.lastIndex - 1))) return true;
  return false;
}

interface SentenceFacts {
  identifies: boolean;
  professional: boolean;
}

/**
 * What a sentence tells of the person it speaks of. `before` is the sentence before it when that
 * one names a person: a pronoun or a role that refers back then picks that person out, unless the
 * sentence speaks in general; if a professional was named, a condition is again their subject.
 */
function factsOf(text: string, sentence: { start: number; end: number }, named: boolean, before: { start: number; end: number } | null): SentenceFacts {
  const slice = text.slice(sentence.start, sentence.end);
  if (named) return { identifies: true, professional: professional.test(slice) };
  const lowerCased = !hasCaseBeyondLatin1(slice);
  const patterns = lowerCased ? lowerCasePatterns : sentencePatterns;
  const said = lowerCased ? slice.toLowerCase() : slice;
  const maySomeone = patterns.someone.test(said);
  if (maySomeone && (patterns.ownRoleFi.test(said) || patterns.onePersonFi.test(said) || patterns.ownRoleSv.test(said) || patterns.ownRoleEn.test(said))) {
    return { identifies: true, professional: patterns.professional.test(said) };
  }
  if (((maySomeone && patterns.firstPersonFiSv.test(said)) || firstPersonEn.test(slice)) && !isGeneral(patterns, said)) {
    return { identifies: true, professional: patterns.professional.test(said) };
  }
  if (maySomeone && (patterns.kinFi.test(said) || patterns.kinSvEn.test(said)) && !isGeneral(patterns, said) && !patterns.generalToReader.test(said)) {
    return { identifies: true, professional: patterns.professional.test(said) };
  }
  if (before && patterns.referenceBack.test(said) && !isGeneral(patterns, said) && !patterns.generalToReader.test(said)) {
    return { identifies: true, professional: patterns.professional.test(said) || professional.test(text.slice(before.start, before.end)) };
  }
  return { identifies: false, professional: false };
}

/** Advice and FAQs: a condition or a question. */
function isGeneral(patterns: SentencePatterns, sentence: string): boolean {
  return patterns.generalSentence.test(sentence.trimEnd());
}

/** The PERSON findings of `people` by where they end: as given when they come so, as from findPeople. */
function personsByEnd(people: readonly Finding[]): readonly Finding[] {
  for (let k = 0; k < people.length; k++) {
    if (people[k]!.type !== 'PERSON' || (k > 0 && people[k - 1]!.end > people[k]!.end)) {
      return people.filter((finding) => finding.type === 'PERSON').sort((a, b) => a.end - b.end);
    }
  }
  return people;
}

/**
 * Health words in sentences that refer to an identifiable person: `people` are the PERSON
 * findings of the same text. In offset order.
 */
export function findHealth(text: string, people: readonly Finding[]): Finding[] {
  const words = healthWords(text);
  if (!words.length) return [];
  const sentences = new Sentences(text);
  const persons = personsByEnd(people);
  const found: Finding[] = [];
  let facts: SentenceFacts | null = null;
  let factsOfSentence = -1;
  let nextPerson = 0;
  let previousPerson = 0;
  for (const word of words) {
    const at = sentences.around(word.start);
    if (sentences.startOf(at) !== factsOfSentence) {
      const sentence = { start: sentences.startOf(at), end: sentences.endOf(at) };
      // Words come in order, so the people before this sentence are passed once.
      while (nextPerson < persons.length && persons[nextPerson]!.end <= sentence.start) nextPerson++;
      const named = nextPerson < persons.length && persons[nextPerson]!.start < sentence.end;
      let before: { start: number; end: number } | null = null;
      if (!named && at > 0) {
        const previous = { start: sentences.startOf(at - 1), end: sentences.endOf(at - 1) };
        while (previousPerson < persons.length && persons[previousPerson]!.end <= previous.start) previousPerson++;
        if (previousPerson < persons.length && persons[previousPerson]!.start < previous.end) before = previous;
      }
      facts = factsOf(text, sentence, named, before);
      factsOfSentence = sentence.start;
    }
    if (!facts!.identifies) continue;
    if (word.kind === 'condition' && facts!.professional) continue;
    found.push(findingAt(text, 'HEALTH', word.start, word.end));
  }
  return found;
}
