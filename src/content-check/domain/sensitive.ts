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

// ---------------------------------------------------------------------------------------------
// Health words

type HealthKind = 'state' | 'condition';

interface HealthTerm {
  kind: HealthKind;
  /** Whether the word may end a compound (rintasyöpä, kehitysvammainen, bröstcancer). */
  compound: boolean;
  /** What may follow a stem to the end of the word; null: any letters (sairastui, sjukskrivna). */
  endings: ReadonlySet<string> | null;
}

const possessives = ['', 'ni', 'si', 'nsa', 'nsä', 'mme', 'nne', 'an', 'än', 'en'];
const finnishClitics = ['', 'kin', 'kaan', 'kään', 'han', 'hän'];

/** Finnish case endings after a stem, with possessive suffixes and clitics: syöpä|än, sairauslomalla|ni. */
const finnishEndings: ReadonlySet<string> = new Set(
  [
    '', 'n', 'a', 'ä', 'an', 'än', 'in', 'en', 'on', 'un', 'yn', 'ön', 'na', 'nä', 'ksi', 'ssa', 'ssä', 'sta', 'stä',
    'lla', 'llä', 'lta', 'ltä', 'lle', 't', 'ta', 'tä', 'tta', 'ttä', 'hin', 'hen', 'den', 'tten', 'seen', 'ineen', 'ine',
    'ja', 'jä', 'ihin', 'iin', 'issa', 'issä', 'ista', 'istä', 'illa', 'illä', 'ilta', 'iltä', 'ille', 'ina', 'inä',
    'iksi', 'ien', 'iden', 'itä', 'ita', 'jen',
  ].flatMap((ending) => possessives.flatMap((possessive) => finnishClitics.map((clitic) => ending + possessive + clitic))),
);
const swedishEndings: ReadonlySet<string> = new Set(['', 'en', 'et', 'n', 't', 'a', 'ar', 'er', 'or', 'arna', 'erna', 'orna', 'na', 's', 'ens', 'ets', 'ns']);
const englishEndings: ReadonlySet<string> = new Set(['', 's', 'es']);
const exactly: ReadonlySet<string> = new Set(['']);
const longestHealthEnding = Math.max(...[...finnishEndings, ...swedishEndings].map((ending) => ending.length));

interface TermGroup extends HealthTerm {
  stems: readonly string[];
}

const words = (list: string): string[] => list.split(/\s+/u).filter(Boolean);

/**
 * The health words: stems (with consonant gradation spelt out: syöpä/syövä) and what may follow
 * them. A stem with `endings: null` starts a verb or an adjective of many forms.
 */
const healthTerms: readonly TermGroup[] = [
  // Finnish: a person's state.
  { kind: 'state', compound: true, endings: finnishEndings, stems: words('sairas sairaa sairai') },
  { kind: 'state', compound: false, endings: null, stems: words('sairastu sairastaa sairasti sairastanu sairastava sairastama') },
  { kind: 'state', compound: false, endings: finnishEndings, stems: words('sairausloma sairauslomi sairasloma sairaslomi sairauspoissaolo sairauspoissaoloi') },
  { kind: 'state', compound: false, endings: finnishEndings, stems: words('raskaana') },
  { kind: 'state', compound: true, endings: finnishEndings, stems: words('vammainen vammaise vammaisi') },
  { kind: 'state', compound: true, endings: new Set(['ta', 'tä']), stems: words('vammais') },
  { kind: 'state', compound: false, endings: null, stems: words('masentu diagnosoi loukkaantu menehty') },
  { kind: 'state', compound: false, endings: finnishEndings, stems: words('diabeetikko diabeetiko diabeetikoi epileptikko epileptiko alkoholisti autisti') },
  // Carried by ambulance (ambulanssilla, ambulanssiin), not an ambulance as a thing (uusi ambulanssi).
  { kind: 'state', compound: false, endings: new Set(['lla', 'in']), stems: words('ambulanssi') },
  // Finnish: conditions.
  { kind: 'condition', compound: true, endings: finnishEndings, stems: words('syöpä syövä syöpi syövi') },
  { kind: 'condition', compound: true, endings: finnishEndings, stems: words('sairaus sairaude sairauksi sairaut sairaute') },
  { kind: 'condition', compound: true, endings: finnishEndings, stems: words('tauti taudi taute taude') },
  { kind: 'condition', compound: true, endings: finnishEndings, stems: words('diagnoosi diagnoose') },
  { kind: 'condition', compound: true, endings: finnishEndings, stems: words('masennus masennukse masennuksi') },
  { kind: 'condition', compound: false, endings: finnishEndings, stems: words('raskaus raskaude raskaut raskaute raskauksi') },
  { kind: 'condition', compound: true, endings: finnishEndings, stems: words('vamma vammo') },
  { kind: 'condition', compound: false, endings: finnishEndings, stems: words('lääkitys lääkitykse lääkityksi') },
  {
    kind: 'condition',
    compound: false,
    endings: finnishEndings,
    stems: words(`sairaalahoito sairaalahoido tehohoito tehohoido sädehoito sädehoido syöpähoito syöpähoido päihdehoito
      päihdehoido laitoshoito laitoshoido saattohoito saattohoido kemoterapia solunsalpaaja`),
  },
  {
    kind: 'condition',
    compound: false,
    endings: finnishEndings,
    stems: words('dementia diabetes diabetekse epilepsia astma autismi skitsofrenia psykoosi psykoose alkoholismi keskenmeno'),
  },
  { kind: 'condition', compound: false, endings: null, stems: words('alzheimer kaksisuuntai') },
  { kind: 'condition', compound: true, endings: finnishEndings, stems: words('uupumus uupumukse') },
  {
    kind: 'condition',
    compound: false,
    endings: finnishEndings,
    stems: words(`mielenterveysongelma mielenterveysongelmi mielenterveyshäiriö mielenterveyshäiriöi mielenterveyskuntoutuja
      mielenterveyspotilas mielenterveyspotilaa syömishäiriö syömishäiriöi paniikkihäiriö paniikkihäiriöi
      ahdistuneisuushäiriö ahdistuneisuushäiriöi mielialahäiriö mielialahäiriöi`),
  },
  { kind: 'condition', compound: true, endings: finnishEndings, stems: words('riippuvuus riippuvuude riippuvuuksi') },
  {
    kind: 'condition',
    compound: false,
    endings: finnishEndings,
    stems: words('aivoinfarkti sydäninfarkti sydänkohtaus sydänkohtaukse aivoverenvuoto aivoverenvuodo aivohalvaus aivohalvaukse'),
  },
  { kind: 'condition', compound: true, endings: finnishEndings, stems: words('flunssa influenssa tartunta tartunna') },
  { kind: 'condition', compound: false, endings: finnishEndings, stems: words('kuume kuumee kuumeinen kuumeise') },
  // Operations on the body only: "leikkaus" alone is as often a cut in a budget or a lawn.
  {
    kind: 'condition',
    compound: false,
    endings: finnishEndings,
    stems: ['polvi', 'lonkka', 'selkä', 'sydän', 'olkapää', 'nilkka', 'silmä', 'aivo', 'vatsa', 'kaihi', 'ohitus', 'umpilisäke', 'syöpä'].flatMap((part) =>
      ['leikkaus', 'leikkaukse', 'leikkauksi'].map((stem) => part + stem),
    ),
  },
  {
    kind: 'condition',
    compound: false,
    endings: finnishEndings,
    stems: words(`sairauskohtaus sairauskohtaukse sairauskohtauksi epilepsiakohtaus epilepsiakohtaukse astmakohtaus astmakohtaukse
      paniikkikohtaus paniikkikohtaukse insuliini insuliine itsetuhoisuus itsetuhoisuude viiltely viiltelyy alkoholiongelma
      alkoholiongelmi päihdeongelma päihdeongelmi`),
  },
  { kind: 'condition', compound: true, endings: finnishEndings, stems: words('murtuma murtumi') },
  { kind: 'state', compound: false, endings: null, stems: words('itsetuhoi') },
  { kind: 'condition', compound: false, endings: exactly, stems: words('adhd hiv covid') },
  { kind: 'condition', compound: false, endings: finnishEndings, stems: words('korona') },
  // Swedish.
  { kind: 'state', compound: false, endings: null, stems: words('sjukskriv sjukled insjukn') },
  { kind: 'state', compound: false, endings: exactly, stems: words('sjuk sjuka gravid gravida skadad skadade skadades skadats') },
  { kind: 'state', compound: false, endings: null, stems: words('operera opererad självskad') },
  { kind: 'state', compound: false, endings: new Set(['', 'en']), stems: ['med ambulans'] },
  { kind: 'state', compound: false, endings: swedishEndings, stems: words('diabetiker alkoholist missbrukare') },
  { kind: 'state', compound: true, endings: null, stems: words('deprimerad funktionsnedsatt handikappad rörelsehindrad diagnostiserad') },
  {
    kind: 'condition',
    compound: true,
    endings: swedishEndings,
    stems: words('sjukdom cancer diagnos depression demens diabetes epilepsi graviditet funktionsnedsättning utbrändhet utmattningssyndrom influensa'),
  },
  {
    kind: 'condition',
    compound: true,
    endings: swedishEndings,
    stems: words('hjärtinfarkt hjärtattack hjärnblödning stroke ätstörning alkoholism missbruk fraktur insulin alzheimer'),
  },
  { kind: 'condition', compound: false, endings: exactly, stems: ['psykisk ohälsa'] },
  // English.
  { kind: 'state', compound: false, endings: exactly, stems: words('sick ill pregnant disabled diagnosed depressed hospitalised hospitalized injured diabetic alcoholic addicted') },
  { kind: 'state', compound: false, endings: new Set(['', 's', 'ing', 'ed', 'er', 'ers']), stems: ['self-harm', 'self harm'] },
  { kind: 'state', compound: false, endings: englishEndings, stems: ['sick leave'] },
  {
    kind: 'condition',
    compound: false,
    endings: englishEndings,
    stems: [
      ...words('illness disease diagnosis diagnoses cancer depression dementia diabetes epilepsy pregnancy disability disabilities'),
      ...words('chemotherapy burnout autism flu influenza medication'),
      ...words('injury injuries surgery surgeries stroke strokes alcoholism addiction insulin fracture alzheimer'),
      'by ambulance', 'in an ambulance',
      'heart attack', 'eating disorder', 'anxiety disorder', 'mental illness', 'mental health problem', 'mental health issue',
    ],
  },
];

/** The terms a stem may begin: 'diabetes' is a Finnish and a Swedish word, inflected differently. */
const termsByStem = new Map<string, HealthTerm[]>();
for (const group of healthTerms) {
  for (const stem of group.stems) {
    const terms = termsByStem.get(stem);
    if (terms) terms.push(group);
    else termsByStem.set(stem, [group]);
  }
}

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

/**
 * Every stem anywhere, longest first: each match is then checked at the word's edges. Literal
 * words only, so that the pattern needs no Unicode mode (several times faster); "i" folds Ä and Ö
 * all the same.
 */
const healthStem = new RegExp(literalAlternation(termsByStem.keys()), 'gi');
/** The same, tried at one place only. */
const healthStemAt = new RegExp(healthStem.source, 'iy');

/**
 * A quick filter before the pattern: the first three characters of every stem, each folded to one
 * of 32 symbols (a–z, ä, ö, å, a blank; 0 for anything else), as a table of 32³. Where the three
 * characters from a place make no stem's beginning, no stem starts there, and the pattern is not
 * tried. Only the pattern decides what is a stem. A stem's space matches a run of blanks, so the
 * filter needs stems with no space in their first two characters (else the pattern runs alone).
 */
const symbolOf = new Uint8Array(0x100);
{
  const symbols = 'abcdefghijklmnopqrstuvwxyzäöå';
  for (let k = 0; k < symbols.length; k++) {
    symbolOf[symbols.charCodeAt(k)] = k + 1;
    // Upper case as the pattern's "i" folds it: by toUpperCase, within Latin-1 here.
    symbolOf[symbols[k]!.toUpperCase().charCodeAt(0)] = k + 1;
  }
  for (const blank of ' \t\u00a0') symbolOf[blank.charCodeAt(0)] = symbols.length + 1;
}
const stemBeginnings = new Uint8Array(1 << 15);
const filterable = [...termsByStem.keys()].every(
  (stem) => stem.length >= 3 && !stem.slice(0, 2).includes(' ') && [...stem.slice(0, 3)].every((char) => char.charCodeAt(0) < 0x100 && symbolOf[char.charCodeAt(0)] !== 0),
);
/** Whether the quick filter is in use: every stem must fit it, or every text is scanned slowly. */
export const healthStemFilterInUse: boolean = filterable;
for (const stem of termsByStem.keys()) {
  if (!filterable) break;
  const lower = stem.toLowerCase();
  stemBeginnings[(symbolOf[lower.charCodeAt(0)]! << 10) | (symbolOf[lower.charCodeAt(1)]! << 5) | symbolOf[lower.charCodeAt(2)]!] = 1;
}

/** The character's symbol for the filter; anything beyond Latin-1 is 0, as no stem holds it. */
const symbolAt = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  return code < 0x100 ? symbolOf[code]! : 0;
};

/** The next stem from `from` on, as the global pattern finds it: the first place where one starts, the longest there. */
function nextStem(text: string, from: number): RegExpExecArray | null {
  if (!filterable) {
    healthStem.lastIndex = from;
    return healthStem.exec(text);
  }
  const last = text.length - 3;
  let window = from <= last ? (symbolAt(text, from) << 5) | symbolAt(text, from + 1) : 0;
  for (let i = from; i <= last; i++) {
    window = ((window << 5) | symbolAt(text, i + 2)) & 0x7fff;
    if (stemBeginnings[window]) {
      healthStemAt.lastIndex = i;
      const match = healthStemAt.exec(text);
      if (match) return match;
    }
  }
  return null;
}

const isLetterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));

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

const blank = /[ \t\u00a0]/;
const blankRun = /[ \t\u00a0]+/g;

function healthWords(text: string): HealthWord[] {
  const found: HealthWord[] = [];
  // The word around the last match: a long word holds many stems, and is measured once.
  let wordStart = 0;
  let wordEnd = 0;
  let from = 0;
  for (let match = nextStem(text, 0); match; match = nextStem(text, from)) {
    const start = match.index;
    const stemEnd = start + match[0].length;
    if (start >= wordEnd) {
      wordStart = start;
      while (isLetterAt(text, wordStart - 1) || (text[wordStart - 1] === '-' && isLetterAt(text, wordStart - 2))) wordStart--;
      wordEnd = start;
    }
    if (wordEnd < stemEnd) wordEnd = stemEnd;
    while (isLetterAt(text, wordEnd)) wordEnd++;
    const lower = match[0].toLowerCase();
    const stem = blank.test(lower) ? lower.replace(blankRun, ' ') : lower;
    const term = termOf(text, wordStart, start, stemEnd, wordEnd, termsByStem.get(stem) ?? []);
    if (!term) {
      from = start + 1;
      continue;
    }
    found.push({ start: wordStart, end: wordEnd, kind: term.kind });
    from = wordEnd;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Sentences and the people they refer to

/** Abbreviations whose full stop ends no sentence (tri. Virtanen, esim. syöpä). */
const abbreviations = new Set(['dr', 'mr', 'mrs', 'ms', 'tri', 'prof', 'st', 'nro', 'esim', 'mm', 'ns', 'ks', 'vrt', 'jne', 'yms', 'ym', 'ts', 'klo', 'puh', 'os', 'vs', 'ao']);

/**
 * A line break, or a run of . ! ? … with any closing quotes or brackets, then a space or the end.
 * Tried only where a run starts, so a long run of dots costs one try.
 */
const sentenceEndCandidate = /\n|(?<![.!?…])[.!?…]+["”»)']*(?=\s|$)/g;

/**
 * Where the sentences of `text` end (exclusive), in order, the last at the text's end: at a line
 * break, and after . ! ? followed by a space and a capital, a digit or the end, unless the full
 * stop ends an initial or an abbreviation. One pass, so any text is split in linear time.
 */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  sentenceEndCandidate.lastIndex = 0;
  for (let match = sentenceEndCandidate.exec(text); match; match = sentenceEndCandidate.exec(text)) {
    const at = match.index;
    const after = at + match[0].length;
    if (match[0] !== '\n') {
      let next = after;
      while (next < text.length && (text[next] === ' ' || text[next] === '\t' || text[next] === '\u00a0')) next++;
      // A lower-case word goes on with the sentence (esim. kun, 12.6. klo).
      if (next < text.length && !/[\p{Lu}\p{N}"“”«\n\r-]/u.test(text[next]!)) continue;
      if (text[at] === '.') {
        let wordStart = at;
        while (isLetterAt(text, wordStart - 1)) wordStart--;
        const word = text.slice(wordStart, at);
        if ((word.length === 1 && /\p{Lu}/u.test(word)) || abbreviations.has(word.toLowerCase())) continue;
      }
    }
    ends.push(after);
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

/** The sentence around `index`, from the sentence ends of its text. */
function sentenceAt(ends: readonly number[], index: number): { start: number; end: number } {
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! > index) high = middle;
    else low = middle + 1;
  }
  return { start: low === 0 ? 0 : ends[low - 1]!, end: ends[low]! };
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
  const trimmed = slice.trimEnd();
  const general = (): boolean => generalSentence.test(trimmed);
  if (named || ownRoleFi.test(slice) || onePersonFi.test(slice) || ownRoleSv.test(slice) || ownRoleEn.test(slice)) {
    return { identifies: true, professional: professional.test(slice) };
  }
  if ((firstPersonFiSv.test(slice) || firstPersonEn.test(slice)) && !general()) return { identifies: true, professional: professional.test(slice) };
  if ((kinFi.test(slice) || kinSvEn.test(slice)) && !general() && !generalToReader.test(slice)) {
    return { identifies: true, professional: professional.test(slice) };
  }
  if (before && referenceBack.test(slice) && !general() && !generalToReader.test(slice)) {
    return { identifies: true, professional: professional.test(slice) || professional.test(text.slice(before.start, before.end)) };
  }
  return { identifies: false, professional: false };
}

/**
 * Health words in sentences that refer to an identifiable person: `people` are the PERSON
 * findings of the same text. In offset order.
 */
export function findHealth(text: string, people: readonly Finding[]): Finding[] {
  const words = healthWords(text);
  if (!words.length) return [];
  const ends = sentenceEnds(text);
  const persons = people.filter((finding) => finding.type === 'PERSON').sort((a, b) => a.end - b.end);
  const found: Finding[] = [];
  let facts: SentenceFacts | null = null;
  let factsOfSentence = -1;
  let nextPerson = 0;
  let previousPerson = 0;
  for (const word of words) {
    const sentence = sentenceAt(ends, word.start);
    if (sentence.start !== factsOfSentence) {
      // Words come in order, so the people before this sentence are passed once.
      while (nextPerson < persons.length && persons[nextPerson]!.end <= sentence.start) nextPerson++;
      const named = nextPerson < persons.length && persons[nextPerson]!.start < sentence.end;
      let before: { start: number; end: number } | null = null;
      if (!named && sentence.start > 0) {
        const previous = sentenceAt(ends, sentence.start - 1);
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
