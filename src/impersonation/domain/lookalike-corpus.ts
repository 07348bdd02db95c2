import * as finnish from '@zxcvbn-ts/language-fi';
import { parseProfileAddress } from '../../registry/domain/normalise';
import type { Platform } from '../../registry/domain/platforms';
import { asHandle, genitive, municipalities, swedishNames } from './corpus/municipalities';
import type { OfficialHandle, SuspectAddress } from './lookalike';
import { lookalikeVariants } from './variants';

// A labelled test set for lookalike detection, made by hand for the City of Pieksämäki, plus a
// national registry of every Finnish municipality. Each case is an address a resident might check
// and the official profiles it imitates; an empty list means it is a legitimate account of someone
// else and must not be flagged. `npm run eval:lookalikes` measures precision and recall on it.

export interface CorpusCase {
  /** A trick (a reason code) for fakes; 'legit: …' for accounts that must not be flagged. */
  category: string;
  suspect: SuspectAddress;
  /** The official profiles the address imitates: any of them as the best match counts. Empty: not a fake. */
  imitates: string[];
  /** A profile left out of the index for this case (the suspect's own, unregistered account). */
  without?: string;
}

export interface CorpusScenario {
  name: string;
  officials: OfficialHandle[];
  cases: CorpusCase[];
}

/** A suspect as verify gets it: the address parsed by the registry's own rules. */
function suspect(platform: Platform, input: string | null, displayName?: string): SuspectAddress {
  if (input === null) return { platform, handle: null, displayName };
  const parsed = parseProfileAddress(input, platform);
  if (!parsed.ok) throw new Error(`corpus: ${platform} ${input} is no valid address (${parsed.error})`);
  return { platform, handle: parsed.address.handle, displayName };
}

// ---------------------------------------------------------------------------------------------
// The City of Pieksämäki

const org = (profileId: string, platform: Platform, handle: string | null, displayName: string): OfficialHandle => ({
  profileId,
  platform,
  kind: 'organisation',
  handle,
  displayName,
});
const expert = (profileId: string, platform: Platform, handle: string, displayName: string): OfficialHandle => ({
  profileId,
  platform,
  kind: 'expert',
  handle,
  displayName,
});

const city = 'Pieksämäen kaupunki';
export const cityOfficials: OfficialHandle[] = [
  org('city-fb', 'facebook', 'pieksamaenkaupunki', city),
  org('city-ig', 'instagram', 'pieksamaenkaupunki', city),
  org('city-x', 'x', 'pieksamaki', city),
  org('city-yt', 'youtube', 'pieksamaenkaupunki', city),
  org('city-li', 'linkedin', 'company/pieksamaen-kaupunki', city),
  org('city-mastodon', 'mastodon', 'pieksamaki@mastodon.fi', city),
  org('city-bluesky', 'bluesky', 'pieksamaki.fi', city),
  org('youth-ig', 'instagram', 'pieksamaennuoriso', 'Pieksämäen Nuorisotoimi'),
  org('youth-tiktok', 'tiktok', 'pieksamaennuoriso', 'Pieksämäen Nuorisotoimi'),
  org('outreach-ig', 'instagram', 'pieksamaki_etsivat', 'Etsivä nuorisotyö Pieksämäki'),
  expert('youth-worker-fb', 'facebook', 'pieksamaennuorisotoimi.seijalaitinen', 'Pieksämäen Nuorisotoimi Seija Laitinen'),
  org('library-fb', 'facebook', null, 'Pieksämäen kaupunginkirjasto'),
  org('library-ig', 'instagram', 'pieksamaenkirjasto', 'Pieksämäen kirjasto'),
  org('library-bluesky', 'bluesky', 'kirjasto.pieksamaki.fi', 'Pieksämäen kirjasto'),
  expert('librarian-threads', 'threads', 'kirjastotatilaura', 'Pieksämäen kirjasto Kirjastotäti Laura Hämäläinen'),
  org('college-fb', 'facebook', 'pieksamaenseutuopisto', 'Pieksämäen Seutuopisto'),
  org('college-yt', 'youtube', null, 'Pieksämäen Seutuopisto'),
  org('events-ig', 'instagram', 'pieksamakitapahtumat', 'Tapahtumat Pieksämäki'),
  org('jazz-fb', 'facebook', 'pieksamaenjazzviikot', 'Pieksämäen Jazzviikot'),
  org('sports-fb', 'facebook', 'pieksamakiliikkuu', 'Pieksämäki liikkuu'),
  org('trails-ig', 'instagram', 'pieksamaki_ladut_vanha', 'Pieksämäen ladut'),
  expert('sports-instructor-yt', 'youtube', 'liikunnanohjaajajaripesonen', 'Pieksämäen liikuntapalvelut Jari Pesonen'),
  org('visit-ig', 'instagram', 'visitpieksamaki', 'Visit Pieksämäki'),
  expert('mayor-x', 'x', 'pmkkaupunginjoh', 'Kaupunginjohtaja Anna Virtanen – Pieksämäen kaupunki'),
  expert('culture-mastodon', 'mastodon', 'annakorhonen@mastodon.fi', 'Anna Korhonen – Pieksämäen kulttuuripalvelut'),
];

const cityAll = ['city-fb', 'city-ig', 'city-x', 'city-yt', 'city-li', 'city-mastodon', 'city-bluesky'];
const cityShort = ['city-x', 'city-mastodon', 'city-bluesky'];
const cityLong = ['city-fb', 'city-ig', 'city-yt'];
const library = ['library-ig', 'library-bluesky'];

type Row = [platform: Platform, input: string | null, imitates: string | string[], displayName?: string];

/** Fakes of the city's profiles, by the trick they use; `imitates` any of the profiles listed. */
const cityFakes: Record<string, Row[]> = {
  'confusable-characters': [
    ['x', 'pieksamakl', 'city-x'],
    ['x', 'pieksamak1', 'city-x'],
    ['x', 'p1eksamaki', 'city-x'],
    ['x', 'pieksarnaki', 'city-x'],
    ['x', 'pleksamakl', 'city-x'],
    ['instagram', 'pieksarnaenkaupunki', 'city-ig'],
    ['instagram', 'pieksamaenkaupunkl', 'city-ig'],
    ['instagram', 'pieksamaennuor1so', 'youth-ig'],
    ['instagram', 'pieksamaennuoris0', 'youth-ig'],
    ['instagram', 'vlsitpieksamaki', 'visit-ig'],
    ['instagram', 'visitpleksamakl', 'visit-ig'],
    ['instagram', 'pieksamaki_ets1vat', 'outreach-ig'],
    ['tiktok', 'pieksamaennuor1so', 'youth-tiktok'],
    ['youtube', 'pіeksаmаenkaupunki', 'city-yt'],
    ['youtube', 'рieksamaenkaupunki', 'city-yt'],
    ['youtube', 'pieksamaenkaupunkі', 'city-yt'],
    ['youtube', 'pieksamaenkaupunkι', 'city-yt'],
    ['youtube', 'pieksаmаenkаupunki', 'city-yt'],
    ['youtube', 'piekѕamaenkaupunki', 'city-yt'],
    ['linkedin', 'company/pieksamaen-kaupunkі', 'city-li'],
    ['linkedin', 'company/рieksamaen-kaupunki', 'city-li'],
    ['linkedin', 'company/pieksamaen-kaupunkl', 'city-li'],
    ['mastodon', 'pieksamakl@mastodon.fi', 'city-mastodon'],
    ['mastodon', 'pieksarnaki@mastodon.fi', 'city-mastodon'],
    ['facebook', 'pieksamaenjazzvi1kot', 'jazz-fb'],
    ['facebook', 'pieksamakil1ikkuu', 'sports-fb'],
    ['threads', 'kirjastotati1aura', 'librarian-threads'],
  ],
  'letter-added': [
    ['x', 'pieksamakis', 'city-x'],
    ['x', 'pieksamakiy', 'city-x'],
    ['x', 'pieksamakit', 'city-x'],
    ['instagram', 'pieksamaenkaupunkix', 'city-ig'],
    ['instagram', 'pieksamaenkaupunki2', 'city-ig'],
    ['instagram', 'pieksamaennuorisot', 'youth-ig'],
    ['instagram', 'visitpieksamakit', 'visit-ig'],
    ['facebook', 'pieksamaenjazzviikot2', 'jazz-fb'],
    ['facebook', 'pieksamakiliikkuus', 'sports-fb'],
    ['tiktok', 'pieksamaennuoriso2', 'youth-tiktok'],
    ['instagram', 'pieksamakitapahtumat1', 'events-ig'],
    ['mastodon', 'pieksamakis@mastodon.fi', 'city-mastodon'],
    ['instagram', 'pieksamaenkirjastot', 'library-ig'],
    ['facebook', 'pieksamaenseutuopistot', 'college-fb'],
  ],
  'letter-dropped': [
    ['x', 'pieksamak', 'city-x'],
    ['x', 'pieksmaki', 'city-x'],
    ['x', 'piksamaki', 'city-x'],
    ['x', 'peksamaki', 'city-x'],
    ['instagram', 'pieksamaenkaupnki', 'city-ig'],
    ['instagram', 'pieksamaenkaupunk', 'city-ig'],
    ['instagram', 'pieksamaekaupunki', 'city-ig'],
    ['instagram', 'pieksamaenuoriso', 'youth-ig'],
    ['facebook', 'pieksamaenseutopisto', 'college-fb'],
    ['instagram', 'visitpieksamak', 'visit-ig'],
    ['facebook', 'pieksamaenjazzvikot', 'jazz-fb'],
    ['instagram', 'pieksamakitapahtmat', 'events-ig'],
    ['instagram', 'pieksamaenkirjato', 'library-ig'],
    ['facebook', 'pieksamakiliikku', 'sports-fb'],
  ],
  'letter-doubled': [
    ['x', 'pieksamakki', 'city-x'],
    ['x', 'pieksammaki', 'city-x'],
    ['x', 'piieksamaki', 'city-x'],
    ['x', 'pieksamakii', 'city-x'],
    ['instagram', 'pieksamaenkaupunkii', 'city-ig'],
    ['instagram', 'pieksamaenkauppunki', 'city-ig'],
    ['instagram', 'visitpieksamakii', 'visit-ig'],
    ['facebook', 'pieksamakiliikkuuu', 'sports-fb'],
    ['tiktok', 'pieksamaennuorisoo', 'youth-tiktok'],
    ['facebook', 'pieksamaenjazzviikkot', 'jazz-fb'],
    ['instagram', 'pieksamaenkirjjasto', 'library-ig'],
    ['instagram', 'pieksamakitapahtumatt', 'events-ig'],
  ],
  'letters-swapped': [
    ['x', 'peiksamaki', 'city-x'],
    ['x', 'pieksamkai', 'city-x'],
    ['x', 'pieksmaaki', 'city-x'],
    ['x', 'pieskamaki', 'city-x'],
    ['instagram', 'pieksamaenkaupnuki', 'city-ig'],
    ['instagram', 'pieksamaenkuapunki', 'city-ig'],
    ['instagram', 'visitpieksmaaki', 'visit-ig'],
    ['instagram', 'pieksamaenkirjatso', 'library-ig'],
    ['facebook', 'pieksamaenseutuopsito', 'college-fb'],
    ['tiktok', 'pieksamaennuorsio', 'youth-tiktok'],
    ['facebook', 'pieksamaenjazzvikiot', 'jazz-fb'],
  ],
  'letter-replaced': [
    ['x', 'pieksamaku', 'city-x'],
    ['x', 'pieksanaki', 'city-x'],
    ['x', 'pieksamski', 'city-x'],
    ['x', 'piwksamaki', 'city-x'],
    ['instagram', 'pieksamaenkaupunku', 'city-ig'],
    ['instagram', 'pieksamaenkaipunki', 'city-ig'],
    ['instagram', 'pieksamaenkaupinki', 'city-ig'],
    ['instagram', 'pieksamaennuorisi', 'youth-ig'],
    ['facebook', 'pieksamakiliikkua', 'sports-fb'],
    ['instagram', 'pieksamaenkirjastp', 'library-ig'],
    ['instagram', 'visitpieksamako', 'visit-ig'],
    ['facebook', 'pieksamaenjazzviikor', 'jazz-fb'],
    ['instagram', 'pieksamakitapahtunat', 'events-ig'],
  ],
  'words-added': [
    ['x', 'pieksamaki_fi', 'city-x'],
    ['x', 'pieksamakifi', 'city-x'],
    ['x', 'pieksamaki_info', 'city-x'],
    ['x', 'pieksamakicity', 'city-x'],
    ['x', 'pieksamaki_stad', 'city-x'],
    ['x', 'realpieksamaki', 'city-x'],
    ['x', 'thepieksamaki', 'city-x'],
    ['instagram', 'pieksamaenkaupunki_official', 'city-ig'],
    ['instagram', 'pieksamaenkaupunki.virallinen', 'city-ig'],
    ['instagram', 'virallinen.pieksamaenkaupunki', 'city-ig'],
    ['instagram', 'pieksamaenkaupunkiofficial', 'city-ig'],
    ['instagram', 'pieksamaenkaupunki_info', 'city-ig'],
    ['instagram', 'pieksamaenkaupunki_fi', 'city-ig'],
    ['instagram', 'pieksamaenkaupunkiofficialpage', 'city-ig'],
    ['instagram', 'officiell_pieksamaenkaupunki', 'city-ig'],
    ['tiktok', 'pieksamaennuoriso_info', 'youth-tiktok'],
    ['instagram', 'pieksamaennuoriso.info', 'youth-ig'],
    ['instagram', 'visitpieksamaki_official', 'visit-ig'],
    ['instagram', 'pieksamaenkirjasto_virallinen', 'library-ig'],
    ['facebook', 'pieksamaenjazzviikot.official', 'jazz-fb'],
    ['facebook', 'pieksamakiliikkuu.info', 'sports-fb'],
    ['mastodon', 'pieksamaki_official@mastodon.fi', 'city-mastodon'],
    ['instagram', 'pieksamakitapahtumat_fi', 'events-ig'],
    ['instagram', 'pieksamaki_etsivat_tuki', 'outreach-ig'],
  ],
  'separators-changed': [
    ['linkedin', 'company/pieksamaen_kaupunki', 'city-li'],
    ['linkedin', 'company/pieksamaenkaupunki', 'city-li'],
    ['linkedin', 'company/pieksamaen.kaupunki', 'city-li'],
    ['instagram', 'pieksamaen_kaupunki', 'city-ig'],
    ['instagram', 'pieksamaen.kaupunki', 'city-ig'],
    ['instagram', 'pieksamaki.etsivat', 'outreach-ig'],
    ['instagram', 'pieksamakietsivat', 'outreach-ig'],
    ['instagram', 'pieksamaki__etsivat', 'outreach-ig'],
    ['instagram', 'pieksamaki.ladut.vanha', 'trails-ig'],
    ['instagram', 'visit_pieksamaki', 'visit-ig'],
    ['instagram', 'visit.pieksamaki', 'visit-ig'],
    ['instagram', 'pieksamaen_kirjasto', 'library-ig'],
    ['tiktok', 'pieksamaen_nuoriso', 'youth-tiktok'],
    ['instagram', '_pieksamaenkaupunki', 'city-ig'],
    ['instagram', 'pieksamaenkaupunki_', 'city-ig'],
    ['x', 'pieksa_maki', 'city-x'],
    ['mastodon', 'pieksa_maki@mastodon.fi', 'city-mastodon'],
    ['youtube', 'pieksamaen-kaupunki', 'city-yt'],
    ['youtube', 'pieksamaen.kaupunki', 'city-yt'],
  ],
  'umlauts-rewritten': [
    ['youtube', 'pieksämäenkaupunki', 'city-yt'],
    ['youtube', 'pieksaemaenkaupunki', 'city-yt'],
    ['linkedin', 'company/pieksämäen-kaupunki', 'city-li'],
    ['linkedin', 'company/pieksaemaen-kaupunki', 'city-li'],
    ['bluesky', 'pieksämäki.fi', 'city-bluesky'],
    ['bluesky', 'pieksaemaeki.fi', 'city-bluesky'],
    ['instagram', 'pieksaemaenkaupunki', 'city-ig'],
    ['x', 'pieksaemaeki', 'city-x'],
    ['instagram', 'visitpieksaemaeki', 'visit-ig'],
    ['instagram', 'pieksaemaennuoriso', 'youth-ig'],
    ['instagram', 'pieksamaki_etsivaet', 'outreach-ig'],
    ['tiktok', 'pieksaemaennuoriso', 'youth-tiktok'],
    ['mastodon', 'pieksaemaeki@mastodon.fi', 'city-mastodon'],
  ],
  'other-platform': [
    ['tiktok', 'pieksamaenkaupunki', cityLong],
    ['threads', 'pieksamaenkaupunki', cityLong],
    ['tiktok', 'pieksamaki', cityShort],
    ['instagram', 'pieksamaki', cityShort],
    ['threads', 'visitpieksamaki', 'visit-ig'],
    ['tiktok', 'visitpieksamaki', 'visit-ig'],
    ['facebook', 'pieksamaennuoriso', ['youth-ig', 'youth-tiktok']],
    ['instagram', 'pieksamaenjazzviikot', 'jazz-fb'],
    ['tiktok', 'pieksamakitapahtumat', 'events-ig'],
    ['youtube', 'pieksamaenkirjasto', 'library-ig'],
    ['instagram', 'pieksamaenseutuopisto', 'college-fb'],
    ['bluesky', 'pieksamaenkaupunki.bsky.social', cityAll],
    ['mastodon', 'pieksamaenkaupunki@mastodon.social', cityAll],
    ['linkedin', 'company/pieksamaki', cityShort],
    ['threads', 'pieksamaki_etsivat', 'outreach-ig'],
  ],
  'other-server': [
    ['mastodon', 'pieksamaki@mastodon.social', 'city-mastodon'],
    ['mastodon', 'pieksamaki@mstdn.social', 'city-mastodon'],
    ['mastodon', 'pieksamaki@mastodontti.fi', 'city-mastodon'],
    ['bluesky', 'pieksamaki.bsky.social', 'city-bluesky'],
    ['bluesky', 'pieksamaki.com', 'city-bluesky'],
    ['bluesky', 'kirjasto-pieksamaki.bsky.social', 'library-bluesky'],
    ['bluesky', 'kirjasto.pieksamaki.com', 'library-bluesky'],
    ['bluesky', 'pieksamaki-fi.bsky.social', 'city-bluesky'],
    ['linkedin', 'in/pieksamaen-kaupunki', 'city-li'],
    ['linkedin', 'showcase/pieksamaen-kaupunki', 'city-li'],
  ],
  'display-name-copied': [
    ['facebook', null, cityAll, 'Pieksämäen kaupunki'],
    ['other', null, cityAll, 'Pieksämäen kaupunki'],
    ['instagram', 'kaupunkimme_2024', cityAll, 'Pieksämäen kaupunki'],
    ['tiktok', 'randomuser123', cityAll, 'PIEKSÄMÄEN KAUPUNKI'],
    ['facebook', null, cityAll, 'Pieksämäen kaupunki (virallinen)'],
    ['facebook', null, cityAll, 'Pieksämäen kaupunki – virallinen sivu'],
    ['instagram', 'kirjastopmk', library, 'Pieksämäen kirjasto'],
    ['facebook', null, cityAll, 'Piеksämäen kaupunki'],
    ['facebook', null, cityAll, 'Pieksamaen kaupunki'],
    ['x', 'somebody_else', 'visit-ig', 'Visit Pieksämäki'],
    ['facebook', null, 'library-fb', 'Pieksämäen kaupunginkirjasto'],
    ['youtube', null, ['college-fb', 'college-yt'], 'Pieksämäen Seutuopisto'],
    ['instagram', 'laura_h_kirjasto', 'librarian-threads', 'Pieksämäen kirjasto Kirjastotäti Laura Hämäläinen'],
    ['facebook', 'seija.laitinen.77', 'youth-worker-fb', 'Pieksämäen Nuorisotoimi Seija Laitinen'],
    ['facebook', null, ['jazz-fb'], 'Pieksämäen Jazzviikot'],
  ],
  'handle-from-display-name': [
    ['instagram', 'pieksamaenkaupunginkirjasto', 'library-fb'],
    ['youtube', 'pieksamaenseutuopisto', ['college-fb', 'college-yt']],
    ['instagram', 'tapahtumatpieksamaki', 'events-ig'],
    ['tiktok', 'pieksamaenladut', 'trails-ig'],
    ['instagram', 'pieksamaennuorisotoimi', ['youth-ig', 'youth-tiktok']],
    ['instagram', 'etsivanuorisotyopieksamaki', 'outreach-ig'],
    ['x', 'pieksamaen', cityAll],
    ['instagram', 'pieksamaen_kaupunginkirjasto', 'library-fb'],
    ['tiktok', 'pieksamaenjazzviikot', 'jazz-fb'],
  ],
  combined: [
    ['tiktok', 'pieksamaki_official', cityShort],
    ['instagram', 'pieksamaenkaupunk1_virallinen', 'city-ig'],
    ['youtube', 'pіeksamaenkaupunki_official', 'city-yt'],
    ['x', 'pieksamakii_fi', 'city-x'],
    ['mastodon', 'pieksamaki_info@mastodon.social', 'city-mastodon'],
    ['youtube', 'visitpieksämäki', 'visit-ig'],
    ['threads', 'pieksamaenkaupunki.official', cityLong],
    ['tiktok', 'official_visitpieksamaki', 'visit-ig'],
    ['instagram', 'pieksamaen.kaupunkii', 'city-ig'],
  ],
};

/** Accounts of others that look a little like the city's: they must not be flagged. */
const cityLegit: Record<string, Row[]> = {
  'legit: local organisation': [
    ['instagram', 'pieksamaenseurakunta', []],
    ['facebook', 'pieksamaenseurakunta', []],
    ['instagram', 'pieksamaenseurakuntanuoret', []],
    ['instagram', 'pieksamakihockey', []],
    ['instagram', 'pieksamaen_palloseura', []],
    ['facebook', 'pieksamaenpallo', []],
    ['instagram', 'pieksamaenlukio', []],
    ['instagram', 'pieksamaenapteekki', []],
    ['instagram', 'pieksamaenautokoulu', []],
    ['instagram', 'pieksamaki_pizza', []],
    ['instagram', 'pieksamakifc', []],
    ['facebook', 'pieksamaenkauppakeskus', []],
    ['instagram', 'pieksamaen_yrittajat', []],
    ['facebook', 'pieksamaenlehti', []],
    ['instagram', 'pieksamakiuutiset', []],
    ['x', 'pieksamaenlehti', []],
    ['facebook', 'pieksamaenvpk', []],
    ['instagram', 'pieksamaenkuoro', []],
    ['instagram', 'pieksamaenpesis', []],
    ['facebook', 'pieksamaenkoirakerho', []],
    ['facebook', 'pieksamaenmartat', []],
    ['instagram', 'pieksamaen_kokoomus', []],
    ['instagram', 'pieksamaen_vihreat', []],
    ['facebook', 'pieksamaensdp', []],
    ['facebook', 'pieksamaenkeskusta', []],
    ['instagram', 'pieksamaenravirata', []],
    ['instagram', 'pieksamaki_golf', []],
    ['instagram', 'pieksamakiopen', []],
    ['facebook', 'pieksamaenteatteri', []],
    ['instagram', 'pieksamaen_elokuvateatteri', []],
    ['instagram', 'pieksamakitaxi', []],
    ['tiktok', 'pieksamakiexpress', []],
    ['instagram', 'visitsavo', []],
    ['instagram', 'savonsanomat', []],
    ['instagram', 'etelasavo', []],
    ['instagram', 'pieksamaenasemanseutu', []],
    ['facebook', 'pieksamaenrotaryklubi', []],
    ['instagram', 'naisvoimistelijatpieksamaki', []],
    ['youtube', 'pieksamaenhelluntaiseurakunta', []],
    ['instagram', 'pieksamaenkirjastoystavat', []],
    ['instagram', 'pieksamaenjazzfanit', []],
    ['instagram', 'nuorisoseura_pieksamaki', []],
    ['facebook', null, [], 'Pieksämäen seurakunta'],
    ['instagram', 'pmk_hockey', [], 'Pieksämäen Hockey'],
    ['facebook', null, [], 'Pieksämäen kaupunginteatterin ystävät'],
    ['other', null, [], 'Pieksämäen Yrittäjät ry'],
    ['mastodon', 'pieksamaenseurakunta@mastodon.social', []],
    ['bluesky', 'pieksamaenlehti.fi', []],
    ['bluesky', 'seurakunta.pieksamaki.fi', []],
    ['linkedin', 'company/pieksamaen-yrittajat', []],
  ],
  // An expert's own accounts: another platform, another server, the personal name alone.
  'legit: expert private account': [
    ['instagram', 'seijalaitinen', []],
    ['instagram', 'nuorisotoimi.seijalaitinen', []],
    ['instagram', 'kirjastotatilaura', []],
    ['tiktok', 'kirjastotatilaura', []],
    ['instagram', 'liikunnanohjaajajaripesonen', []],
    ['threads', 'liikunnanohjaajajaripesonen', []],
    ['mastodon', 'annakorhonen@mastodon.social', []],
    ['instagram', 'annakorhonen', []],
    ['instagram', 'anna.korhonen', [], 'Anna Korhonen'],
    ['facebook', 'seija.laitinen', [], 'Seija Laitinen'],
    ['threads', 'laura.hamalainen', [], 'Laura Hämäläinen'],
    ['instagram', 'pmkkaupunginjoh', []],
    ['youtube', 'jaripesonen', [], 'Jari Pesonen'],
  ],
  'legit: short or generic': [
    ['instagram', 'pmk', []],
    ['instagram', 'pmki', []],
    ['instagram', 'pieks', []],
    ['instagram', 'kirjasto', []],
    ['instagram', 'nuoriso', []],
    ['instagram', 'kaupunki', []],
    ['instagram', 'info', []],
    ['instagram', 'visit', []],
    ['instagram', 'ladut', []],
    ['instagram', 'jazz', []],
    ['instagram', 'official', []],
    ['instagram', 'virallinen', []],
    ['instagram', 'cityinfo', []],
    ['instagram', 'kaupunkiinfo', []],
    ['x', 'tapahtumat', []],
    ['instagram', 'seutuopisto', []],
    ['facebook', null, [], 'Kirjasto'],
    ['facebook', null, [], 'Kaupunki'],
    ['other', null, [], 'Tapahtumat'],
    ['instagram', 'liikkuu', []],
  ],
};

function rows(table: Record<string, Row[]>): CorpusCase[] {
  return Object.entries(table).flatMap(([category, list]) =>
    list.map(([platform, input, imitates, displayName]) => ({
      category,
      suspect: suspect(platform, input, displayName),
      imitates: typeof imitates === 'string' ? [imitates] : imitates,
    })),
  );
}

/** Every other municipality's name as a handle, on the platforms where a town's account would be. */
function otherMunicipalities(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const add = (platform: Platform, input: string) => {
    const parsed = parseProfileAddress(input, platform);
    if (parsed.ok) cases.push({ category: 'legit: other municipality', suspect: { platform, handle: parsed.address.handle }, imitates: [] });
  };
  for (const name of municipalities) {
    if (name === 'Pieksämäki') continue;
    const handle = asHandle(name);
    add('instagram', handle);
    add('x', handle);
    add('facebook', `${handle}kaupunki`);
    add('tiktok', `${handle}_kunta`);
    cases.push({ category: 'legit: other municipality', suspect: { platform: 'facebook', handle: null, displayName: `${name} – kunta` }, imitates: [] });
  }
  for (const name of Object.values(swedishNames)) add('instagram', asHandle(name));
  return cases;
}

export function cityScenario(): CorpusScenario {
  return {
    name: 'City of Pieksämäki (25 profiles)',
    officials: cityOfficials,
    cases: [...rows(cityFakes), ...rows(cityLegit), ...otherMunicipalities()],
  };
}

// ---------------------------------------------------------------------------------------------
// A national registry: every municipality's Instagram account

const municipalityId = (name: string) => `municipality-${asHandle(name)}`;

export const nationalOfficials: OfficialHandle[] = municipalities.map((name) => org(municipalityId(name), 'instagram', asHandle(name), `${genitive(name)} kunta`));

/** Variants per municipality in the national scenario, a few of each trick. */
const variantsPerMunicipality = 6;

export function nationalScenario(): CorpusScenario {
  const cases: CorpusCase[] = [];
  for (const name of municipalities) {
    const id = municipalityId(name);
    const handle = asHandle(name);
    // Its own unregistered account must not be taken for another municipality's.
    cases.push({ category: 'legit: municipality, unregistered, among the others', suspect: { platform: 'instagram', handle }, imitates: [], without: id });
    // Its own unregistered accounts named in the genitive must not be taken for a neighbour's either.
    for (const [platform, other] of [['facebook', `${asHandle(genitive(name))}kaupunki`], ['tiktok', `${asHandle(genitive(name))}_kunta`]] as const) {
      const parsed = parseProfileAddress(other, platform);
      if (parsed.ok) cases.push({ category: 'legit: municipality, unregistered, among the others', suspect: { platform, handle: parsed.address.handle }, imitates: [], without: id });
    }
    // Registered on Instagram, unregistered on TikTok: its own profile, never a neighbour's.
    const tiktok = parseProfileAddress(handle, 'tiktok');
    if (tiktok.ok) cases.push({ category: 'other-platform (national)', suspect: { platform: 'tiktok', handle: tiktok.address.handle }, imitates: [id] });
    // A doubled last letter, made by hand for every name: short names are missed by design (minEditLength).
    cases.push({ category: 'letter-doubled (national, every name)', suspect: { platform: 'instagram', handle: handle + handle.slice(-1) }, imitates: [id] });
    // Fakes made by the watch list's generator.
    for (const variant of lookalikeVariants({ platform: 'instagram', handle }, { max: variantsPerMunicipality })) {
      cases.push({ category: `${variant.trick} (national)`, suspect: { platform: 'instagram', handle: variant.handle }, imitates: [id] });
    }
  }
  for (const [finnish, swedish] of Object.entries(swedishNames)) {
    const parsed = parseProfileAddress(asHandle(swedish), 'instagram');
    if (!parsed.ok) continue;
    cases.push({ category: 'legit: municipality, unregistered, among the others', suspect: { platform: 'instagram', handle: parsed.address.handle }, imitates: [], without: municipalityId(finnish) });
  }
  return { name: `National registry (${nationalOfficials.length} municipalities)`, officials: nationalOfficials, cases: [...cases, ...finnishWords()] };
}

/**
 * Ordinary Finnish words, first names and surnames (the password checker's lists), each as an
 * Instagram handle: most handles are words and names, and a national registry must not flag the
 * ones that are a letter away from a municipality ('kaarinan' is Kaarina's genitive; 'salla' a name).
 */
function finnishWords(): CorpusCase[] {
  const dictionary = finnish.dictionary as Record<string, string[]>;
  const words = new Set<string>();
  for (const list of ['commonWords', 'femaleFirstnames', 'maleFirstnames', 'lastnames']) {
    for (const word of dictionary[list] ?? []) if (/^[a-zåäö]{4,30}$/.test(word)) words.add(asHandle(word));
  }
  const own = new Set(municipalities.map(asHandle));
  return [...words]
    .filter((w) => !own.has(w))
    .map((handle) => ({ category: 'legit: Finnish word or name', suspect: { platform: 'instagram' as const, handle }, imitates: [] }));
}

export function lookalikeCorpus(): CorpusScenario[] {
  return [cityScenario(), nationalScenario()];
}

// ---------------------------------------------------------------------------------------------
// Measuring

export interface CaseResult {
  scenario: string;
  case: CorpusCase;
  /** The best match's profile and reason codes, or null when nothing was flagged. */
  flagged: { profileId: string; codes: string[] } | null;
  outcome: 'caught' | 'missed' | 'false-positive' | 'wrong-profile' | 'left-alone';
}

export interface CategoryResult {
  category: string;
  cases: number;
  caught: number;
  missed: number;
  falsePositives: number;
}

export interface Evaluation {
  cases: number;
  fakes: number;
  legit: number;
  caught: number;
  /** Legitimate accounts flagged, and fakes taken for the wrong profile. */
  falsePositives: number;
  precision: number;
  recall: number;
  categories: CategoryResult[];
  results: CaseResult[];
}

/** Runs every case of the corpus through an index built by `build`, and counts. */
export function evaluateLookalikes(
  build: (officials: OfficialHandle[]) => { detect(suspect: SuspectAddress, limit?: number): { profileId: string; reasons: { code: string }[] }[] },
  scenarios: CorpusScenario[] = lookalikeCorpus(),
): Evaluation {
  const results: CaseResult[] = [];
  for (const scenario of scenarios) {
    const indexes = new Map<string, ReturnType<typeof build>>();
    const indexWithout = (without: string) => {
      let index = indexes.get(without);
      if (!index) {
        index = build(scenario.officials.filter((o) => o.profileId !== without));
        indexes.set(without, index);
      }
      return index;
    };
    for (const c of scenario.cases) {
      const [best] = indexWithout(c.without ?? '').detect(c.suspect);
      const flagged = best ? { profileId: best.profileId, codes: best.reasons.map((r) => r.code) } : null;
      const outcome: CaseResult['outcome'] =
        c.imitates.length === 0
          ? flagged
            ? 'false-positive'
            : 'left-alone'
          : !flagged
            ? 'missed'
            : c.imitates.includes(flagged.profileId)
              ? 'caught'
              : 'wrong-profile';
      results.push({ scenario: scenario.name, case: c, flagged, outcome });
    }
  }
  const byCategory = new Map<string, CategoryResult>();
  for (const r of results) {
    const entry = byCategory.get(r.case.category) ?? { category: r.case.category, cases: 0, caught: 0, missed: 0, falsePositives: 0 };
    entry.cases++;
    if (r.outcome === 'caught') entry.caught++;
    if (r.outcome === 'missed' || r.outcome === 'wrong-profile') entry.missed++;
    if (r.outcome === 'false-positive' || r.outcome === 'wrong-profile') entry.falsePositives++;
    byCategory.set(r.case.category, entry);
  }
  const fakes = results.filter((r) => r.case.imitates.length > 0).length;
  const caught = results.filter((r) => r.outcome === 'caught').length;
  const falsePositives = results.filter((r) => r.outcome === 'false-positive' || r.outcome === 'wrong-profile').length;
  return {
    cases: results.length,
    fakes,
    legit: results.length - fakes,
    caught,
    falsePositives,
    precision: caught + falsePositives === 0 ? 1 : caught / (caught + falsePositives),
    recall: fakes === 0 ? 1 : caught / fakes,
    categories: [...byCategory.values()],
    results,
  };
}
