import type { Config } from '../../config';
import type { Unit } from '../domain/profile';

// Fictional but plausible demo registry for the configured city. Names, handles and addresses are
// derived from the city's name and domains, so another municipality's demo looks like its own.
// Ids are fixed so that links into the demo stay the same from one start to the next.

type City = Config['city'];

/** Demo units have fixed ids, so that demo staff can be given roles in them. */
export const demoUnitId = (n: number) => `d0000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const profileId = (n: number) => `d1000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

/** "Pieksämäki" → "Pieksämäen": the genitive used in unit names, for the demo's own city. */
function genitive(name: string): string {
  const known: Record<string, string> = { Pieksämäki: 'Pieksämäen', Mikkeli: 'Mikkelin', Kuopio: 'Kuopion', Helsinki: 'Helsingin' };
  return known[name] ?? `${name}n`;
}

function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 86_400_000);
}
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function units(city: City): Unit[] {
  const u = (n: number, parent: number | null, level: Unit['level'], fi: string, sv: string, en: string): Unit => ({
    id: demoUnitId(n),
    parentId: parent === null ? null : demoUnitId(parent),
    level,
    name: { fi, sv, en },
  });
  return [
    u(1, null, 'sector', 'Konsernipalvelut', 'Koncerntjänster', 'Corporate services'),
    u(2, 1, 'unit', 'Viestintä', 'Kommunikation', 'Communications'),
    u(3, null, 'sector', 'Sivistystoimiala', 'Bildningssektorn', 'Education and culture'),
    u(4, 3, 'service_area', 'Vapaa-aikapalvelut', 'Fritidstjänster', 'Leisure services'),
    u(5, 4, 'unit', 'Nuorisopalvelut', 'Ungdomstjänster', 'Youth services'),
    u(6, 5, 'team', 'Etsivä nuorisotyö', 'Uppsökande ungdomsarbete', 'Outreach youth work'),
    u(7, 4, 'unit', 'Kirjasto', 'Biblioteket', 'Library'),
    u(8, 3, 'unit', `${genitive(city.name.fi)} Seutuopisto`, `${city.name.sv} medborgarinstitut`, `${city.name.en} Adult Education Centre`),
    u(9, 4, 'unit', 'Kulttuuri- ja tapahtumapalvelut', 'Kultur- och evenemangstjänster', 'Culture and events'),
    u(10, null, 'sector', 'Tekninen toimiala', 'Tekniska sektorn', 'Technical services'),
    u(11, 10, 'unit', 'Liikunta ja ulkoilu', 'Idrott och friluftsliv', 'Sports and outdoor recreation'),
    u(12, null, 'sector', 'Elinvoimapalvelut', 'Livskraftstjänster', 'Vitality services'),
    u(13, 12, 'unit', 'Matkailu', 'Turism', 'Tourism'),
    u(14, 12, 'unit', 'Työllisyyspalvelut', 'Sysselsättningstjänster', 'Employment services'),
  ];
}

interface DemoProfile {
  n: number;
  unit: number;
  platform: string;
  url: string;
  handle?: string;
  platformId?: string;
  displayName: string;
  purpose: [string, string, string];
  mailbox?: string;
  administrators: [string, string][];
  expert?: { name: string; title: string };
  monthsOld: number;
  closing?: { days: number; reason: string; successor?: number; successorUrl?: string };
}

function profiles(city: City, now: Date): Record<string, unknown>[] {
  const s = slug(city.name.fi);
  // Handles in the genitive read like the city's own names: pieksamaennuoriso, pieksamaenkirjasto.
  const sg = slug(genitive(city.name.fi));
  const gen = genitive(city.name.fi);
  const fi = city.name.fi;
  const web = city.webDomain;
  const list: DemoProfile[] = [
    {
      n: 1, unit: 2, platform: 'facebook', url: `https://www.facebook.com/${sg}kaupunki`, displayName: `${gen} kaupunki`,
      purpose: [`Kaupungin ajankohtaiset tiedotteet, tapahtumat ja häiriöilmoitukset.`, 'Stadens aktuella meddelanden, evenemang och störningsmeddelanden.', "The city's news, events and service disruption notices."],
      mailbox: 'viestinta', administrators: [['Heli Koskinen', 'viestintäpäällikkö'], ['Janne Mäkinen', 'viestintäsuunnittelija']], monthsOld: 60,
    },
    {
      n: 2, unit: 2, platform: 'instagram', url: `https://www.instagram.com/${sg}kaupunki/`, displayName: `${gen} kaupunki`,
      purpose: ['Kuvia ja tarinoita kaupungin arjesta ja juhlasta.', 'Bilder och berättelser från stadens vardag och fest.', 'Pictures and stories from everyday life and celebrations in the city.'],
      mailbox: 'viestinta', administrators: [['Janne Mäkinen', 'viestintäsuunnittelija'], ['Heli Koskinen', 'viestintäpäällikkö']], monthsOld: 48,
    },
    {
      n: 3, unit: 2, platform: 'x', url: `https://x.com/${s}`, platformId: '1187654321098765432', displayName: `${gen} kaupunki`,
      purpose: ['Nopeat tiedotteet ja häiriöilmoitukset.', 'Snabba meddelanden och störningsmeddelanden.', 'Quick announcements and disruption notices.'],
      mailbox: 'viestinta', administrators: [['Heli Koskinen', 'viestintäpäällikkö'], ['Janne Mäkinen', 'viestintäsuunnittelija']], monthsOld: 70,
    },
    {
      n: 4, unit: 2, platform: 'youtube', url: `https://www.youtube.com/@${sg}kaupunki`, platformId: 'UCq3dT9vKx2mP7wL5nR8sY1a', displayName: `${gen} kaupunki`,
      purpose: ['Valtuuston kokousten tallenteet ja kaupungin videot.', 'Inspelningar av fullmäktiges möten och stadens videor.', 'Recordings of council meetings and videos about the city.'],
      mailbox: 'viestinta', administrators: [['Janne Mäkinen', 'viestintäsuunnittelija'], ['Tiina Salonen', 'verkkotoimittaja']], monthsOld: 40,
    },
    {
      n: 5, unit: 2, platform: 'linkedin', url: `https://www.linkedin.com/company/${sg}-kaupunki/`, displayName: `${gen} kaupunki`,
      purpose: ['Kaupunki työnantajana: avoimet työpaikat ja työyhteisön arki.', 'Staden som arbetsgivare: lediga jobb och arbetsgemenskapens vardag.', 'The city as an employer: vacancies and life at work.'],
      mailbox: 'rekrytointi', administrators: [['Heli Koskinen', 'viestintäpäällikkö'], ['Minna Lehtonen', 'henkilöstöasiantuntija']], monthsOld: 30,
    },
    {
      n: 6, unit: 2, platform: 'mastodon', url: `https://mastodon.fi/@${s}`, handle: `${s}@mastodon.fi`, displayName: `${gen} kaupunki`,
      purpose: ['Kaupungin tiedotteet avoimessa sosiaalisessa mediassa.', 'Stadens meddelanden i öppna sociala medier.', "The city's announcements on the open social web."],
      mailbox: 'viestinta', administrators: [['Tiina Salonen', 'verkkotoimittaja'], ['Janne Mäkinen', 'viestintäsuunnittelija']], monthsOld: 14,
    },
    {
      n: 7, unit: 2, platform: 'bluesky', url: `https://bsky.app/profile/${web}`, handle: web, platformId: 'did:plc:q6gjnaw2blty4crticxkmujt', displayName: `${gen} kaupunki`,
      purpose: ['Kaupungin tiedotteet Blueskyssa; käyttäjätunnus on kaupungin oma verkkotunnus.', 'Stadens meddelanden på Bluesky; användarnamnet är stadens egen domän.', "The city's announcements on Bluesky; the handle is the city's own domain."],
      mailbox: 'viestinta', administrators: [['Tiina Salonen', 'verkkotoimittaja'], ['Heli Koskinen', 'viestintäpäällikkö']], monthsOld: 10,
    },
    {
      n: 8, unit: 5, platform: 'instagram', url: `https://www.instagram.com/${sg}nuoriso/`, displayName: `${gen} Nuorisotoimi`,
      purpose: ['Nuorisotilojen aukioloajat, tapahtumat ja retket nuorille.', 'Ungdomslokalernas öppettider, evenemang och utfärder för unga.', 'Opening hours of youth centres, events and trips for young people.'],
      mailbox: 'nuoriso', administrators: [['Seija Laitinen', 'nuoriso-ohjaaja'], ['Mikko Heikkinen', 'nuorisosihteeri']], monthsOld: 36,
    },
    {
      n: 9, unit: 5, platform: 'tiktok', url: `https://www.tiktok.com/@${sg}nuoriso`, displayName: `${gen} Nuorisotoimi`,
      purpose: ['Lyhyitä videoita nuorisotiloilta ja tapahtumista.', 'Korta videor från ungdomslokaler och evenemang.', 'Short videos from youth centres and events.'],
      mailbox: 'nuoriso', administrators: [['Seija Laitinen', 'nuoriso-ohjaaja'], ['Aleksi Nieminen', 'nuoriso-ohjaaja']], monthsOld: 12,
    },
    {
      n: 10, unit: 6, platform: 'instagram', url: `https://www.instagram.com/${s}_etsivat/`, displayName: `Etsivä nuorisotyö ${fi}`,
      handle: `${s}_etsivat`,
      purpose: ['Etsivän nuorisotyön yhteystiedot ja tukea 15–29-vuotiaille.', 'Kontaktuppgifter till uppsökande ungdomsarbete och stöd för 15–29-åringar.', 'Outreach youth work: contacts and support for people aged 15–29.'],
      mailbox: 'etsivat', administrators: [['Aleksi Nieminen', 'etsivä nuorisotyöntekijä'], ['Mikko Heikkinen', 'nuorisosihteeri']], monthsOld: 20,
    },
    {
      n: 11, unit: 5, platform: 'facebook', url: `https://www.facebook.com/${sg}nuorisotoimi.seijalaitinen`, displayName: `${gen} Nuorisotoimi Seija Laitinen`,
      purpose: ['Nuoriso-ohjaajan asiantuntijaprofiili: nuorten harrastukset ja vapaa-aika.', 'Ungdomsledarens expertprofil: ungas hobbyer och fritid.', "A youth worker's expert profile: young people's hobbies and free time."],
      expert: { name: 'Seija Laitinen', title: 'nuoriso-ohjaaja' }, administrators: [['Seija Laitinen', 'nuoriso-ohjaaja']], monthsOld: 26,
    },
    {
      n: 12, unit: 7, platform: 'facebook', url: 'https://www.facebook.com/profile.php?id=100064512345678', platformId: '100064512345678', displayName: `${gen} kaupunginkirjasto`,
      purpose: ['Kirjaston tapahtumat, aukioloajat ja lukuvinkit.', 'Bibliotekets evenemang, öppettider och lästips.', "The library's events, opening hours and reading tips."],
      mailbox: 'kirjasto', administrators: [['Päivi Rantanen', 'kirjastonjohtaja'], ['Laura Hämäläinen', 'kirjastovirkailija']], monthsOld: 80,
    },
    {
      n: 13, unit: 7, platform: 'instagram', url: `https://www.instagram.com/${sg}kirjasto/`, displayName: `${gen} kirjasto`,
      purpose: ['Kirjaston arkea, uutuuksia ja lukuvinkkejä kuvin.', 'Bibliotekets vardag, nyheter och lästips i bilder.', 'Library life, new arrivals and reading tips in pictures.'],
      mailbox: 'kirjasto', administrators: [['Laura Hämäläinen', 'kirjastovirkailija'], ['Päivi Rantanen', 'kirjastonjohtaja']], monthsOld: 44,
    },
    {
      n: 14, unit: 7, platform: 'bluesky', url: `https://bsky.app/profile/kirjasto.${web}`, handle: `kirjasto.${web}`, platformId: 'did:plc:7iza6de2dwap2sbkpav7c6c6', displayName: `${gen} kirjasto`,
      purpose: ['Kirjaston uutiset ja tapahtumat Blueskyssa.', 'Bibliotekets nyheter och evenemang på Bluesky.', "The library's news and events on Bluesky."],
      mailbox: 'kirjasto', administrators: [['Laura Hämäläinen', 'kirjastovirkailija'], ['Päivi Rantanen', 'kirjastonjohtaja']], monthsOld: 6,
    },
    {
      n: 15, unit: 7, platform: 'threads', url: `https://www.threads.com/@${sg}kirjasto`, displayName: `${gen} kirjasto Kirjastotäti Laura Hämäläinen`,
      purpose: ['Kirjastovirkailijan lukuvinkit ja vastaukset kirjastokysymyksiin.', 'Biblioteksfunktionärens lästips och svar på biblioteksfrågor.', "A librarian's reading tips and answers to library questions."],
      expert: { name: 'Laura Hämäläinen', title: 'kirjastovirkailija' }, administrators: [['Laura Hämäläinen', 'kirjastovirkailija']], monthsOld: 8,
    },
    {
      n: 16, unit: 8, platform: 'facebook', url: `https://www.facebook.com/${sg}seutuopisto`, displayName: `${gen} Seutuopisto`,
      purpose: ['Kurssit, ilmoittautumiset ja opiston tapahtumat.', 'Kurser, anmälningar och institutets evenemang.', 'Courses, enrolment and events of the adult education centre.'],
      mailbox: 'seutuopisto', administrators: [['Kari Laaksonen', 'rehtori'], ['Sanna Turunen', 'opintosihteeri']], monthsOld: 66,
    },
    {
      n: 17, unit: 8, platform: 'youtube', url: `https://www.youtube.com/channel/UC7xGm2pLq9wRt4vZk1NbY3c`, platformId: 'UC7xGm2pLq9wRt4vZk1NbY3c', displayName: `${gen} Seutuopisto`,
      purpose: ['Opetusvideoita ja luentotallenteita.', 'Undervisningsvideor och inspelade föreläsningar.', 'Teaching videos and recorded lectures.'],
      mailbox: 'seutuopisto', administrators: [['Sanna Turunen', 'opintosihteeri'], ['Kari Laaksonen', 'rehtori']], monthsOld: 50,
      closing: { days: -150, reason: 'Tallenteet siirtyivät opiston omalle verkkosivulle, jossa ne ovat saavutettavasti tekstitettyinä.', successorUrl: `https://www.${web}/seutuopisto/tallenteet` },
    },
    {
      n: 18, unit: 9, platform: 'instagram', url: `https://www.instagram.com/${s}tapahtumat/`, displayName: `Tapahtumat ${fi}`,
      purpose: ['Kaupungin tapahtumat, konsertit ja näyttelyt.', 'Stadens evenemang, konserter och utställningar.', "The city's events, concerts and exhibitions."],
      mailbox: 'tapahtumat', administrators: [['Riikka Virtanen', 'kulttuurituottaja'], ['Olli Karjalainen', 'tapahtumakoordinaattori']], monthsOld: 28,
    },
    {
      n: 19, unit: 9, platform: 'facebook', url: `https://www.facebook.com/${sg}jazzviikot`, displayName: `${gen} Jazzviikot`,
      purpose: ['Kesän jazzviikkojen ohjelma ja liput.', 'Programmet och biljetterna för sommarens jazzveckor.', 'Programme and tickets for the summer jazz weeks.'],
      mailbox: 'tapahtumat', administrators: [['Olli Karjalainen', 'tapahtumakoordinaattori'], ['Riikka Virtanen', 'kulttuurituottaja']], monthsOld: 90,
      closing: { days: 20, reason: 'Jazzviikkojen viestintä yhdistetään kaupungin tapahtumaprofiiliin, jotta kaikki tapahtumat löytyvät yhdestä paikasta.', successor: 18 },
    },
    {
      n: 20, unit: 11, platform: 'facebook', url: `https://www.facebook.com/${s}liikkuu`, displayName: `${fi} liikkuu`,
      purpose: ['Liikuntapaikkojen kunto, uimahallin aukioloajat ja ladut.', 'Idrottsplatsernas skick, simhallens öppettider och skidspår.', 'Condition of sports venues, swimming hall hours and ski tracks.'],
      mailbox: 'liikunta', administrators: [['Timo Kettunen', 'liikuntasihteeri'], ['Jari Pesonen', 'liikunnanohjaaja']], monthsOld: 55,
    },
    {
      n: 21, unit: 11, platform: 'instagram', url: `https://www.instagram.com/${s}_ladut_vanha/`, handle: `${s}_ladut_vanha`, displayName: `${gen} ladut`,
      purpose: ['Latujen kuntotiedot talvikaudella.', 'Skidspårens skick under vintersäsongen.', 'Ski track conditions in winter.'],
      mailbox: 'liikunta', administrators: [['Jari Pesonen', 'liikunnanohjaaja'], ['Timo Kettunen', 'liikuntasihteeri']], monthsOld: 84,
      closing: { days: -400, reason: 'Latujen kuntotiedot julkaistaan nyt liikuntapalvelujen yhteisessä profiilissa.', successor: 20 },
    },
    {
      n: 22, unit: 11, platform: 'youtube', url: `https://www.youtube.com/@liikunnanohjaajajaripesonen`, displayName: `${gen} liikuntapalvelut Jari Pesonen`,
      purpose: ['Liikunnanohjaajan jumppavideot ikäihmisille ja kuntoutujille.', 'Idrottsinstruktörens gymnastikvideor för äldre och rehabiliteringsklienter.', "A sports instructor's exercise videos for older people and rehabilitation."],
      expert: { name: 'Jari Pesonen', title: 'liikunnanohjaaja' }, administrators: [['Jari Pesonen', 'liikunnanohjaaja']], monthsOld: 18,
    },
    {
      n: 23, unit: 13, platform: 'instagram', url: `https://www.instagram.com/visit${s}/`, displayName: `Visit ${fi}`,
      purpose: ['Matkailijoille: nähtävyydet, majoitus ja luonto.', 'För turister: sevärdheter, boende och natur.', 'For visitors: sights, accommodation and nature.'],
      mailbox: 'matkailu', administrators: [['Emilia Saarinen', 'matkailukoordinaattori'], ['Janne Mäkinen', 'viestintäsuunnittelija']], monthsOld: 38,
    },
    {
      n: 24, unit: 13, platform: 'other', url: `https://www.flickr.com/photos/visit${s}/`, displayName: `Visit ${fi} – kuvapankki`,
      purpose: ['Matkailun kuvapankki; kuvien käyttöoikeudet on kerrottu jokaisen kuvan kohdalla.', 'Turismens bildbank; användningsrätten anges vid varje bild.', "Tourism photo bank; each picture states its terms of use."],
      mailbox: 'matkailu', administrators: [['Emilia Saarinen', 'matkailukoordinaattori'], ['Tiina Salonen', 'verkkotoimittaja']], monthsOld: 24,
    },
    {
      n: 25, unit: 14, platform: 'linkedin', url: `https://www.linkedin.com/in/${s}-tyollisyys-antti-koivisto/`, displayName: `${gen} työllisyyspalvelut Antti Koivisto`,
      purpose: ['Työllisyyspalvelujen asiantuntija: työnhaku ja yritysyhteistyö.', 'Expert på sysselsättningstjänster: jobbsökande och företagssamarbete.', 'Employment services expert: job seeking and cooperation with employers.'],
      expert: { name: 'Antti Koivisto', title: 'työllisyyskoordinaattori' }, administrators: [['Antti Koivisto', 'työllisyyskoordinaattori']], monthsOld: 16,
    },
    {
      n: 26, unit: 14, platform: 'mastodon', url: `https://mastodon.fi/@tyollisyys_${s}`, handle: `tyollisyys_${s}@mastodon.fi`, displayName: `Työllisyyspalvelut ${fi}`,
      purpose: ['Avoimet työpaikat, rekrytointitapahtumat ja työllisyyspalvelujen uutiset.', 'Lediga jobb, rekryteringsevenemang och nyheter från sysselsättningstjänsterna.', 'Vacancies, recruitment events and news from employment services.'],
      mailbox: 'tyollisyys', administrators: [['Antti Koivisto', 'työllisyyskoordinaattori'], ['Minna Lehtonen', 'henkilöstöasiantuntija']], monthsOld: 9,
    },
  ];

  return list.map((p) => {
    const created = daysFrom(now, -p.monthsOld * 30);
    const updated = daysFrom(now, -Math.min(p.monthsOld * 30, (p.n * 37) % 120));
    const confirmed = daysFrom(now, -((p.n * 13) % 90));
    const email = p.expert
      ? `${slug(p.expert.name.split(' ')[0]!)}.${slug(p.expert.name.split(' ').at(-1)!)}@${city.emailDomain}`
      : `${p.mailbox}@${city.emailDomain}`;
    const closing = p.closing;
    return {
      id: profileId(p.n),
      kind: p.expert ? 'expert' : 'organisation',
      platform: p.platform,
      url: p.url,
      ...(p.handle ? { handle: p.handle } : {}),
      ...(p.platformId ? { platformId: p.platformId } : {}),
      displayName: p.displayName,
      unitId: demoUnitId(p.unit),
      purpose: { fi: p.purpose[0], sv: p.purpose[1], en: p.purpose[2] },
      administrators: p.administrators.map(([name, jobTitle]) => ({ name, jobTitle })),
      contactEmail: email,
      ...(p.expert ? { employeeName: p.expert.name, employeeTitle: p.expert.title } : {}),
      status: closing ? (closing.days > 0 ? 'closing' : 'closed') : 'active',
      ...(closing
        ? {
            closingDate: isoDate(daysFrom(now, closing.days)),
            closingReason: closing.reason,
            ...(closing.successor ? { successorProfileId: profileId(closing.successor) } : {}),
            ...(closing.successorUrl ? { successorUrl: closing.successorUrl } : {}),
          }
        : {}),
      createdAt: created.toISOString(),
      updatedAt: updated.toISOString(),
      lastConfirmedAt: confirmed.toISOString(),
    };
  });
}

export function demoDocument(city: City, now: Date) {
  return {
    format: 'somerekisteri-export' as const,
    version: 1 as const,
    exportedAt: now.toISOString(),
    units: units(city),
    profiles: profiles(city, now),
  };
}
