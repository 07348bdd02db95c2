// The markers of secrecy that the check looks for (P9), as patterns of their own, and the stems
// by which a draft is searched for them: confidential.ts tries the patterns where draft-scan.ts
// has found a stem.

const space = '[ \\t\\u00a0]+';

/** Each marker as a pattern, matched case-insensitively in Unicode mode. */
export const secrecyMarkerPatterns: readonly string[] = [
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
  `får${space}inte${space}spridas(?:${space}vidare)?`,
  `(?:vain${space})?sisäiseen${space}käyttöön`,
  `sekretessbelag\\p{L}*`,
  `konfidentiell\\p{L}*`,
  `(?:endast${space})?för${space}internt${space}bruk`,
  `(?:strictly${space})?confidential\\p{L}*`,
  `(?:for${space})?internal${space}(?:use${space})?only`,
  `not${space}for${space}(?:publication|distribution)`,
  `embargo\\p{L}*`,
];

/**
 * A stem that every marker but 621/1999 holds, in lower case: the marker begins in the stem's word,
 * three characters before it (ei julkinen, ej offentlig) or up to three words before it (erittäin
 * salainen, vain sisäiseen käyttöön, endast för internt bruk, får inte spridas). 621/1999 is found
 * by its digits.
 */
export const secrecyStems: readonly string[] = [
  'salass', 'salai', 'luottamukselli', 'julk', 'offl', 'offentlig', 'jakoon', 'levitettäväksi', 'publicering', 'käyttöön',
  'sekretessbelag', 'konfidentiell', 'bruk', 'spridas', 'confidential', 'internal', 'publication', 'distribution', 'embargo',
];

/** The one marker written in digits, found where a run of digits ends in 621 before a slash. */
export const secrecyActNumber = '621/1999';
