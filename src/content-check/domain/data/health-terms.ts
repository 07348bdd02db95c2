// The health words that the check looks for (P8): stems, with the endings that may follow them.
// sensitive.ts reads them in the sentence they stand in; draft-scan.ts finds them in a draft.

export type HealthKind = 'state' | 'condition';

export interface HealthTerm {
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
export const longestHealthEnding = Math.max(...[...finnishEndings, ...swedishEndings].map((ending) => ending.length));

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
export const termsByStem = new Map<string, HealthTerm[]>();
for (const group of healthTerms) {
  for (const stem of group.stems) {
    const terms = termsByStem.get(stem);
    if (terms) terms.push(group);
    else termsByStem.set(stem, [group]);
  }
}
