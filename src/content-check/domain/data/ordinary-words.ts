// Words that the public name lists hold as names but a text far more often uses as ordinary words.
// The lists' own "common words" cannot tell them apart: they are counted from film subtitles and
// hold hundreds of names (matti, heidi, john). These are chosen by hand, per language: in a
// Finnish text "Anna" and "Toivo" are a verb and a noun, in an English one they are names.

/** First names that are also common words of Finnish ("Anna palautetta", "Toivo ja usko"). */
const fi = `
  aamu aarre aina aito aalto alla anna ansa armas armo arvo aura aurinko aurora eli elo ensi hai halla hellä
  helmi hertta hilla hymy ilma ilmi ilo ilta into jalo kai kaino kaisla kanerva kari kauko kielo
  kivi kukka kuu kuura lahja laina laine lemmikki lempi lilja lumi mainio marja meri mies mimmi
  muisto muru myrsky myy nalle nuppu oiva ole oma onni orvokki otso pilvi poika poju pyry raita rauha riko
  runo ruusu sade säde salama salli sana satu sievä sini sisko sisu sointu sulho sulo sumu suvi taika
  taimi taisto taito talvi tarina tarmo tien toimi toive toivo tuisku tuomi tuuli tyyni tähti
  ukko uljas unelma uni urho usko usva valo vappu varma veli vieno vilja voima voitto
`;

/** First names that are also common words of Swedish ("Per person", "Stig på"). */
const sv = `
  alla bo dag hans klara liv maj mina per rosa saga sina sten stig tor viola björn linnea
`;

/** First names that are also common words of English ("Will you", "Grace period"). */
const en = `
  amber an angel art ate atlas bill can chase chi daisy dawn dean del desire don drew el else eve
  faith frank gene ginger glen grace gun guy ha hang honey hope hung hunter ia into iris ivy jack
  jade jean joy junior jupiter kitty le li lily line lion long luna mark max md melody mi miles my
  ninja nova pat prince ray river rob roman rose ruby said sky star sue summer tan tea teddy van
  viking violet will
`;

/**
 * Months and days of the week, capitalised in English and sometimes first names (May, June,
 * August), and the English days' abbreviations that the name lists hold (Mon–Thu, Fri, Sun).
 */
const calendar = `
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday thu fri sun
  januari februari mars april maj juni juli augusti september oktober november december
  måndag tisdag onsdag torsdag fredag lördag söndag
  tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu
  maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
`;

/** Firms, services and myths with a first name for a name (Elisa, Sampo, Kaleva; Wilma, the schools' information system). */
const brands = `
  alma elisa kaleva oskari otava sampo wilma
`;

const words = (list: string): string[] => list.split(/\s+/u).filter(Boolean);

export type TextLanguage = 'fi' | 'sv' | 'en';

/** Per language, the first names read as ordinary words (or firms) in a text of that language. */
export const ordinaryNameWords: Readonly<Record<TextLanguage, readonly string[]>> = {
  fi: [...words(fi), ...words(brands)],
  sv: [...words(sv), ...words(brands)],
  en: [...words(en), ...words(brands)],
};

/** Never a first name, in any language: months and days of the week. */
export const calendarWords: readonly string[] = words(calendar);
