// The 308 municipalities of Finland (2024 onwards, Åland included), in Finnish, and the Swedish
// names in use. The evaluation corpus writes them as handles: a real list, so that
// the false positives it measures are the ones a national registry would meet.

export const municipalities: readonly string[] = [
  'Akaa', 'Alajärvi', 'Alavieska', 'Alavus', 'Asikkala', 'Askola', 'Aura', 'Brändö', 'Eckerö', 'Enonkoski',
  'Enontekiö', 'Espoo', 'Eura', 'Eurajoki', 'Evijärvi', 'Finström', 'Forssa', 'Föglö', 'Geta', 'Haapajärvi',
  'Haapavesi', 'Hailuoto', 'Halsua', 'Hamina', 'Hammarland', 'Hankasalmi', 'Hanko', 'Harjavalta', 'Hartola',
  'Hattula', 'Hausjärvi', 'Heinola', 'Heinävesi', 'Helsinki', 'Hirvensalmi', 'Hollola', 'Huittinen',
  'Humppila', 'Hyrynsalmi', 'Hyvinkää', 'Hämeenkyrö', 'Hämeenlinna', 'Ii', 'Iisalmi', 'Iitti', 'Ikaalinen',
  'Ilmajoki', 'Ilomantsi', 'Imatra', 'Inari', 'Inkoo', 'Isojoki', 'Isokyrö', 'Janakkala', 'Joensuu',
  'Jokioinen', 'Jomala', 'Joutsa', 'Juuka', 'Juupajoki', 'Juva', 'Jyväskylä', 'Jämijärvi', 'Jämsä',
  'Järvenpää', 'Kaarina', 'Kaavi', 'Kajaani', 'Kalajoki', 'Kangasala', 'Kangasniemi', 'Kankaanpää',
  'Kannonkoski', 'Kannus', 'Karijoki', 'Karkkila', 'Karstula', 'Karvia', 'Kaskinen', 'Kauhajoki', 'Kauhava',
  'Kauniainen', 'Kaustinen', 'Keitele', 'Kemi', 'Kemijärvi', 'Keminmaa', 'Kemiönsaari', 'Kempele', 'Kerava',
  'Keuruu', 'Kihniö', 'Kinnula', 'Kirkkonummi', 'Kitee', 'Kittilä', 'Kiuruvesi', 'Kivijärvi', 'Kokemäki',
  'Kokkola', 'Kolari', 'Konnevesi', 'Kontiolahti', 'Korsnäs', 'Koski Tl', 'Kotka', 'Kouvola',
  'Kristiinankaupunki', 'Kruunupyy', 'Kuhmo', 'Kuhmoinen', 'Kumlinge', 'Kuopio', 'Kuortane', 'Kurikka',
  'Kustavi', 'Kuusamo', 'Kyyjärvi', 'Kärkölä', 'Kärsämäki', 'Kökar', 'Lahti', 'Laihia', 'Laitila',
  'Lapinjärvi', 'Lapinlahti', 'Lappajärvi', 'Lappeenranta', 'Lapua', 'Laukaa', 'Lemi', 'Lemland', 'Lempäälä',
  'Leppävirta', 'Lestijärvi', 'Lieksa', 'Lieto', 'Liminka', 'Liperi', 'Lohja', 'Loimaa', 'Loppi', 'Loviisa',
  'Luhanka', 'Lumijoki', 'Lumparland', 'Luoto', 'Luumäki', 'Maalahti', 'Maarianhamina', 'Marttila', 'Masku',
  'Merijärvi', 'Merikarvia', 'Miehikkälä', 'Mikkeli', 'Muhos', 'Multia', 'Muonio', 'Mustasaari', 'Muurame',
  'Mynämäki', 'Myrskylä', 'Mäntsälä', 'Mänttä-Vilppula', 'Mäntyharju', 'Naantali', 'Nakkila', 'Nivala',
  'Nokia', 'Nousiainen', 'Nurmes', 'Nurmijärvi', 'Närpiö', 'Orimattila', 'Oripää', 'Orivesi', 'Oulainen',
  'Oulu', 'Outokumpu', 'Padasjoki', 'Paimio', 'Paltamo', 'Parainen', 'Parikkala', 'Parkano', 'Pedersöre',
  'Pelkosenniemi', 'Pello', 'Perho', 'Pertunmaa', 'Petäjävesi', 'Pieksämäki', 'Pielavesi', 'Pietarsaari',
  'Pihtipudas', 'Pirkkala', 'Polvijärvi', 'Pomarkku', 'Pori', 'Pornainen', 'Porvoo', 'Posio', 'Pudasjärvi',
  'Pukkila', 'Punkalaidun', 'Puolanka', 'Puumala', 'Pyhtää', 'Pyhäjoki', 'Pyhäjärvi', 'Pyhäntä', 'Pyhäranta',
  'Pälkäne', 'Pöytyä', 'Raahe', 'Raasepori', 'Raisio', 'Rantasalmi', 'Ranua', 'Rauma', 'Rautalampi',
  'Rautavaara', 'Rautjärvi', 'Reisjärvi', 'Riihimäki', 'Ristijärvi', 'Rovaniemi', 'Ruokolahti', 'Ruovesi',
  'Rusko', 'Rääkkylä', 'Saarijärvi', 'Salla', 'Salo', 'Saltvik', 'Sastamala', 'Sauvo', 'Savitaipale',
  'Savonlinna', 'Savukoski', 'Seinäjoki', 'Sievi', 'Siikainen', 'Siikajoki', 'Siikalatva', 'Siilinjärvi',
  'Simo', 'Sipoo', 'Siuntio', 'Sodankylä', 'Soini', 'Somero', 'Sonkajärvi', 'Sotkamo', 'Sottunga', 'Sulkava',
  'Sund', 'Suomussalmi', 'Suonenjoki', 'Sysmä', 'Säkylä', 'Taipalsaari', 'Taivalkoski', 'Taivassalo',
  'Tammela', 'Tampere', 'Tervo', 'Tervola', 'Teuva', 'Tohmajärvi', 'Toholampi', 'Toivakka', 'Tornio', 'Turku',
  'Tuusniemi', 'Tuusula', 'Tyrnävä', 'Ulvila', 'Urjala', 'Utajärvi', 'Utsjoki', 'Uurainen', 'Uusikaarlepyy',
  'Uusikaupunki', 'Vaala', 'Vaasa', 'Valkeakoski', 'Vantaa', 'Varkaus', 'Vehmaa', 'Vesanto', 'Vesilahti',
  'Veteli', 'Vieremä', 'Vihti', 'Viitasaari', 'Vimpeli', 'Virolahti', 'Virrat', 'Vårdö', 'Vöyri', 'Ylitornio',
  'Ylivieska', 'Ylöjärvi', 'Ypäjä', 'Ähtäri', 'Äänekoski',
];

/** Swedish names in use, where they differ from the Finnish one (the bilingual municipalities and some large towns). */
export const swedishNames: Readonly<Record<string, string>> = {
  Espoo: 'Esbo', Hanko: 'Hangö', Helsinki: 'Helsingfors', Inkoo: 'Ingå', Kauniainen: 'Grankulla', Kirkkonummi: 'Kyrkslätt',
  Lapinjärvi: 'Lappträsk', Lohja: 'Lojo', Loviisa: 'Lovisa', Myrskylä: 'Mörskom', Porvoo: 'Borgå', Raasepori: 'Raseborg',
  Sipoo: 'Sibbo', Siuntio: 'Sjundeå', Vantaa: 'Vanda', Kaarina: 'S:t Karins', Kemiönsaari: 'Kimitoön', Parainen: 'Pargas',
  Turku: 'Åbo', Pyhtää: 'Pyttis', Kaskinen: 'Kaskö', Kristiinankaupunki: 'Kristinestad',
  Kruunupyy: 'Kronoby', Luoto: 'Larsmo', Maalahti: 'Malax', Mustasaari: 'Korsholm', Närpiö: 'Närpes',
  Pietarsaari: 'Jakobstad', Uusikaarlepyy: 'Nykarleby', Vaasa: 'Vasa', Vöyri: 'Vörå', Kokkola: 'Karleby', Maarianhamina: 'Mariehamn',
  Naantali: 'Nådendal', Uusikaupunki: 'Nystad', Hämeenlinna: 'Tavastehus', Tampere: 'Tammerfors', Oulu: 'Uleåborg', Pori: 'Björneborg',
};

/** A name as a handle: lower case, ä/å as a, ö as o, without spaces and hyphens. */
export function asHandle(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]/g, '');
}

// Finnish genitive endings of the common place-name parts: Pieksämäki → Pieksämäen,
// Seinäjoki → Seinäjoen. Enough to write 'Pieksämäen kaupunki' for most names; a few irregular ones
// (Helsinki → Helsingin) come out wrong, which does not matter for a test set of other names.
const genitiveEndings: [RegExp, string][] = [
  [/mäki$/, 'mäen'], [/maki$/, 'maen'], [/joki$/, 'joen'], [/järvi$/, 'järven'], [/lahti$/, 'lahden'], [/niemi$/, 'niemen'],
  [/salmi$/, 'salmen'], [/vesi$/, 'veden'], [/koski$/, 'kosken'], [/saari$/, 'saaren'], [/ranta$/, 'rannan'], [/nki$/, 'ngin'],
  [/inen$/, 'isten'], [/s$/, 'ksen'], [/[^aeiouyäö]$/, '$&in'], [/$/, 'n'],
];

/** The municipality's name in the genitive, as in 'Pieksämäen kaupunki'. */
export function genitive(name: string): string {
  for (const [ending, replacement] of genitiveEndings) if (ending.test(name)) return name.replace(ending, replacement);
  return name;
}
