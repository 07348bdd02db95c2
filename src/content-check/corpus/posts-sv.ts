import { address, businessId, confidential, email, health, hetu, iban, person, phone, plate, postsIn } from './labels';

// Swedish posts and drafts: the city's Swedish-language channels, and replies to Swedish-speaking
// residents.

const { post, posts } = postsIn('sv');

// ---------------------------------------------------------------------------------------------
// The library

post('library', 'Huvudbiblioteket är stängt på midsommarafton 19.6. Återlämningsluckan är öppen och du kan förnya lånen på nätet. Glad midsommar! ☀️');
post('library', 'Sagostund på svenska varje onsdag kl. 10.30 i barnavdelningen. Åldersrekommendation 3–6 år. Fritt inträde!');
post(
  'library',
  'Tack till alla som deltog i läsmaratonet! Ett särskilt tack till Karin Sjöberg som läste 37 böcker i somras 📚',
  [person('Karin Sjöberg')],
);
post(
  'library',
  'Bokcirkeln träffas tisdag 14.4 kl. 17. Vi diskuterar Tove Janssons Sommarboken. Bibliotekarie Maria Björklund leder samtalet.',
  [person('Maria Björklund')],
);
post('library', 'Förseningsavgiften är 0,20 € per dag och lån, högst 6 €. Betala till konto FI94 3955 5012 3456 78, referens 1230 4560 7890 1.', [
  iban('FI94 3955 5012 3456 78'),
]);
post('library', 'Bibliotekets sommaröppettider 1.6–16.8.2026: mån–tors 10–18, fre 10–16. Mer information: kirjasto@pieksamaki.fi eller 015 788 2400.');
post(
  'library',
  'Hej Sven! Din reservation kan hämtas på Naarajärvi närbibliotek till 12.3. Ring oss på 015 788 2400 om du vill byta avhämtningsställe.',
  [person('Sven')],
);
post(
  'library',
  'Biblioteket flyttar: ny adress från 1.9 är Keskuskatu 15, 76100 Pieksämäki. Biblioteket är stängt 10–28.8.',
  [address('Keskuskatu 15, 76100 Pieksämäki')],
);
post('library', 'Utskrift kostar 0,50 € per sida, färg 1 €. Sök i katalogen med ISBN 978-91-0-012345-6 eller med titel.');
post(
  'library',
  'Påminnelse: obetalt lån har gått till indrivning. Kund Lars Nyström, kundnummer 2026-04412, personbeteckning 050545-311W.',
  [person('Lars Nyström'), hetu('050545-311W')],
);
post('library', 'Hemliga trädgården av Frances Hodgson Burnett är sommarens läsecirkelbok. 15 exemplar finns att reservera.');

// ---------------------------------------------------------------------------------------------
// Youth services

post(
  'youth',
  'Uppsökande ungdomsarbetare Anders Holmström nås vardagar på 044 720 1299 och anders.holmstrom@pieksamaki.fi.',
  [person('Anders Holmström'), phone('044 720 1299'), email('anders.holmstrom@pieksamaki.fi')],
);
post('youth', 'Sommarsedeln är värd 300 € och kan användas 1.6–31.8. Arbetsgivaren anmäler sommarjobbarens uppgifter senast 15.5.');
post(
  'youth',
  'Ungdomsfullmäktiges nya ordförande är Elin Westerlund och vice ordförande Oskar Lindqvist. Grattis! 🎉',
  [person('Elin Westerlund'), person('Oskar Lindqvist')],
);
post(
  'youth',
  'Vår ledare Johanna är sjukskriven till 15.3, så tisdagens tjejkväll blir inställd. Vi återkommer!',
  [person('Johanna'), health('sjukskriven')],
);
post('youth', 'Mopedbesiktning och säkerhetsdag på torget lör 9.5 kl. 10–14. Polisen deltar. Gratis evenemang, från 15 år.');
post(
  'youth',
  'Försvunnen: en svart moped har tagits från ungdomsgårdens gård, registreringsskylt KRM-39. Meddela polisen om du sett något.',
  [plate('KRM-39')],
);
post(
  'youth',
  'Lägeranmälan: Alva S. och Hugo B. står på reservplats. Lägeravgiften 85 € betalas till FI5147100500452136 med referens 10012.',
  [person('Alva S.'), person('Hugo B.'), iban('FI5147100500452136')],
);
post('youth', 'Sommarens klubbar: matlagning 8–12 år (10 platser), idrott 10–15 år (20 platser). Avgift 15 €. Anmälan från 3.5 kl. 9.');
post(
  'youth',
  'En av våra ungdomar berättade att hon har ätstörningar och vi hänvisade henne till skolkuratorn.',
  [health('ätstörningar')],
);
post(
  'youth',
  'Utkast – endast för internt bruk. Personalens ork och företagshälsovårdens respons behandlas i ledningsgruppen 4.2.',
  [confidential('endast för internt bruk')],
);

// ---------------------------------------------------------------------------------------------
// Events and culture

post('events', 'Marknad lördag 13.6 kl. 8–14 på torget! 60 försäljningsplatser, 25 € per 3 m. Välkommen!');
post(
  'events',
  'Försäljningsplatser bokas hos Helena Kärkkäinen, tfn 050 346 7788, senast 5.6.',
  [person('Helena Kärkkäinen'), phone('050 346 7788')],
);
post('events', 'Självständighetsfesten i stadshuset 6.12 kl. 14. Festtalet hålls av fullmäktiges ordförande. Kaffeservering. 🇫🇮');
post(
  'events',
  'Tack till gårdagens artister! På bilden från vänster Lena Westerlund, Mikael Forsman och dirigent Erik Nyström. Foto: Ulla Backman',
  [person('Lena Westerlund'), person('Mikael Forsman'), person('Erik Nyström'), person('Ulla Backman')],
);
post('events', 'Utomhuskonserten flyttas till Pieksämäki-huset på grund av regn. Starttiden 18.00 gäller. Biljetter 10 €, under 12 år gratis.');
post(
  'events',
  'Evenemanget arrangeras av Savolax Evenemang Ab (FO-nummer 0770331-5). Fakturering: faktura@savolaxevenemang.fi',
  [businessId('0770331-5'), email('faktura@savolaxevenemang.fi')],
);
post(
  'events',
  'Embargo till 15.5 kl. 10: sommarens huvudartist är Ellen Lindberg. Publiceras samtidigt med festivalen.',
  [confidential('Embargo'), person('Ellen Lindberg')],
);
post('events', 'Hemlig tomte på personalens julfest 12.12! Högst 10 € per paket. 🎁');
post(
  'events',
  'Plats: Storgatan 12, innergården. Parkering i Asemakatu parkeringshus, 2 timmar gratis.',
  [address('Storgatan 12')],
);
post('events', 'Tack till alla 2 400 besökare! Nästa år är marknaden 12–13.6.2027. Respons: https://www.pieksamaki.fi/palaute');
post(
  'culture',
  'Musikinstitutets vårkonsert 20.5 kl. 18. Solister Ebba Lindqvist (cello) och Viktor Sundström (piano). Fritt inträde.',
  [person('Ebba Lindqvist'), person('Viktor Sundström')],
);
post('culture', 'Museet är öppet tis–sön 11–17. Inträde 8 € / 5 €, gratis med museikort. Specialutställningen ”Järnvägsstaden 1889–2026” öppnar 4.4.');
post(
  'culture',
  'Bildkonstskolans utställning öppnas av rektor Lindholm. Verk av 16 elever, sammanställd av konstnär Sara Åkerlund.',
  [person('rektor Lindholm'), person('Sara Åkerlund')],
);
post('culture', 'Kulturbidragen kan sökas till 31.3. Totalt delas 45 000 € ut. Dnr PMK/412/02.05.00/2026.');
post('culture', 'Filmklubben visar Aki Kaurismäkis Döda löv på lördag. Biljetter 6 €. Från 12 år.');

// ---------------------------------------------------------------------------------------------
// Sports

post('sports', 'Simhallen är stängd 6–19.7 på grund av årligt underhåll. På sommaren kan du simma vid Kontioträsks badstrand, övervakning kl. 11–18.');
post(
  'sports',
  'Grattis Emil Sandberg till FM-brons på 400 meter! Tiden 48,91 s är nytt föreningsrekord. 🥉',
  [person('Emil Sandberg')],
);
post(
  'sports',
  'Vår tränare Jonas Berg skadade knät i gårdagens match och opereras nästa vecka. Krya på dig, Jonas! 💪',
  [person('Jonas Berg'), health('skadade knät'), health('opereras'), person('Jonas', 2)],
);
post('sports', 'Skidspåren är preparerade i dag kl. 7. Spår: Kontio 5 km, Vanaja 3 km, Naarajärvi 7,5 km. Temperatur -12 °C.');
post(
  'sports',
  'Gymkort 45 € / 3 mån, pensionärer 30 €. Kortet köps i simhallens kassa. Produktnummer 2026-115. Mer info 0800 123 456 (avgiftsfritt).',
);

// ---------------------------------------------------------------------------------------------
// Roadworks

post('roadworks', 'Vägarbete på Savontie 4–15.5: trafiken leds till ett körfält kl. 7–17. Hastighetsbegränsning 30 km/h. Vi beklagar olägenheten!');
post(
  'roadworks',
  'Bogsering: felparkerad skåpbil NTK-662 på Ratakatu flyttas om den inte flyttas senast 2.3 kl. 12.',
  [plate('NTK-662')],
);
post('roadworks', 'Detaljplaneändringen för kvarteren AO-1 och AK-12 är framlagd 2–31.3. Planbeteckning 0423. Åsikter till kirjaamo@pieksamaki.fi.');
post(
  'roadworks',
  'Tack för responsen! Gatlyktan vid Kyrkogatan 4 har körts på och byts ut nästa vecka.',
  [address('Kyrkogatan 4')],
);
post('roadworks', 'Riksväg 23 och stamväg 72: arbetet med rondellen börjar 15.4. Entreprenör Savon Tiepalvelu Oy (FO-nummer 2090011-2).');
post('roadworks', 'Obs! Järnvägsundergången är stängd 12–14.8 kl. 22–05. Fotgängare leds till stationen via Asematori.');
post(
  'roadworks',
  'Busshållplatsen vid Jyväskyläntie 120 flyttas cirka 80 meter norrut. Den nya hållplatsen tas i bruk 1.10.',
  [address('Jyväskyläntie 120')],
);

// ---------------------------------------------------------------------------------------------
// Job ads

post(
  'jobs',
  'Vi söker socialhandledare till familjetjänsterna från 1.8.2026. Lön 3 124 €/mån. Mer information ger ledande socialarbetare Tiina Koskinen, tfn 044 720 3456.',
  [person('Tiina Koskinen'), phone('044 720 3456')],
);
post('jobs', 'Sommarjobben är publicerade! Ansökan 1–28.2. Annonsnummer 512-03-412-26. 45 platser, lön enligt avtal.');
post(
  'jobs',
  'Välkommen vår nya stadsträdgårdsmästare Heidi Blomqvist! Heidi började 2.5 och ansvarar för parkernas sommarblommor.',
  [person('Heidi Blomqvist'), person('Heidi', 2)],
);
post(
  'jobs',
  'Den valda sökandens uppgifter till lönehanteringen: Ida Forsberg, personbeteckning 061101A6886, konto FI04 4480 2000 6543 21.',
  [person('Ida Forsberg'), hetu('061101A6886'), iban('FI04 4480 2000 6543 21')],
);
post(
  'jobs',
  'Rekryteringen pågår – publicera inte ännu! Till intervju kallas Patrik Engström och Sofia Granqvist. Konfidentiellt.',
  [person('Patrik Engström'), person('Sofia Granqvist'), confidential('Konfidentiellt')],
);
post('jobs', 'Lärare i småbarnspedagogik behövs! Uppgiftsrelaterad lön 2 928,53 €. Ansökningstiden går ut 30.4.2026 kl. 16.00. Ansökningsnummer 2026-0115.');

// ---------------------------------------------------------------------------------------------
// Council

post('council', 'Stadsfullmäktige sammanträder mån 16.3 kl. 18 i fullmäktigesalen. Mötet kan följas direkt på nätet. Föredragningslistan publiceras 9.3.');
post('council', 'Stadsstyrelsen godkände budgeten för 2027: verksamhetskostnader 198,4 M€, investeringar 14,2 M€. Skattesatsen är oförändrad 21,5 %.');
post(
  'council',
  'Fullmäktiges nya ordförande är Göran Lindström och vice ordförande Birgitta Holm och Stefan Nylund.',
  [person('Göran Lindström'), person('Birgitta Holm'), person('Stefan Nylund')],
);
post(
  'council',
  'Bilaga 4: Sekretessbelagd enligt OffL 24 § 1 mom. 20 punkten. Förhandlingsläget i fastighetsaffären.',
  [confidential('Sekretessbelagd enligt OffL 24 § 1 mom. 20 punkten')],
);
post(
  'council',
  'Staden säljer tomten på Lampikatu 8, 76120 Pieksämäki. Anbud senast 30.4. Tomtens areal 1 240 m².',
  [address('Lampikatu 8, 76120 Pieksämäki')],
);
post(
  'council',
  'Rättelseyrkandet gjordes av invånare Kjell Fagerström, Ratakatu 3 A 5, 76100 Pieksämäki. Yrkandet avslogs (Dnr 412/10.03/2025).',
  [person('Kjell Fagerström'), address('Ratakatu 3 A 5, 76100 Pieksämäki')],
);
post(
  'council',
  'Upphandlingsbeslut: skolmaten levereras av Savon Ateriat Oy, FI30112214. Avtalsperiod 1.8.2026–31.7.2029, värde 2,4 M€.',
  [businessId('FI30112214')],
);
post('council', 'Stadens invånarantal 31.12.2025 var 16 902. Födda 118, döda 241, flyttningsvinst +36. Källa: Statistikcentralen.');
post('council', 'Stadsstyrelsen behandlade de sekretessbelagda personalärendena i slutet av mötet. Protokollet finns framlagt från 24.3.');

// ---------------------------------------------------------------------------------------------
// Replies to residents

post(
  'customer',
  'Hej Gunilla, tack för responsen om papperskorgen! Vi har skickat ärendet vidare till fastighetstjänsterna och korgen töms nu två gånger i veckan.',
  [person('Gunilla')],
);
post(
  'customer',
  'Tack för ditt meddelande, Bengt. Vi har bett gatuchef Janne Toivonen att ringa dig på 0400 612 345 den här veckan.',
  [person('Bengt'), person('Janne Toivonen'), phone('0400 612 345')],
);
post(
  'customer',
  'Responsen skickades av Rolf Sundqvist, Kyrkvägen 22, 68600 Jakobstad, tfn +358 40 765 4321. Han berättar att grannens hund skäller på nätterna.',
  [person('Rolf Sundqvist'), address('Kyrkvägen 22, 68600 Jakobstad'), phone('+358 40 765 4321')],
);
post(
  'customer',
  'Hej Eva, vi förstår din oro. Du berättar att din mamma har demens och behöver hemvård. Vi skickar ditt meddelande till klienthandledningen.',
  [person('Eva'), health('har demens')],
);
post(
  'customer',
  'Hej, din uppsägning av hyresavtalet har tagits emot. Hyresgarantin 820 € återbetalas till SE45 5000 0000 0583 9825 7466 inom två veckor.',
  [iban('SE45 5000 0000 0583 9825 7466')],
);
post(
  'customer',
  'Tack för bilderna! Det är stadens bil med registreringsnummer PKS-271 som var på servicekörning. Vi skickar responsen till förarens chef.',
  [plate('PKS-271')],
);
post(
  'customer',
  'Ansökans uppgifter: Wilma Nordström, 020604A456V, vårdnadshavare Fredrik Nordström (fredrik.nordstrom@outlook.com, +46 70 123 45 67).',
  [person('Wilma Nordström'), hetu('020604A456V'), person('Fredrik Nordström'), email('fredrik.nordstrom@outlook.com'), phone('+46 70 123 45 67')],
);
post('customer', 'Hej! Låset på hundparkens grind är lagat. Tack till alla 12 som anmälde felet. Kom ihåg att stänga grinden efter er 🐕');
post(
  'customer',
  'Vi hittade en betalning utan referens: betalare M. Holmberg, FI8910340020011223, 45,00 €. Kontakta oss så kopplar vi betalningen rätt.',
  [person('M. Holmberg'), iban('FI8910340020011223')],
);
post(
  'customer',
  'Svar: din faktura (fakturanummer 0401234567) kan skjutas upp genom att ringa faktureringen på 015 788 111 vardagar kl. 9–15.',
);

// ---------------------------------------------------------------------------------------------
// Schools and early education

post('education', 'Höstterminen börjar tors 13.8.2026 och slutar fre 18.12. Höstlov vecka 42. Jullov 19.12–6.1.');
post(
  'education',
  'Grattis studenterna! Laudatur skrev i vår Alma Lindroos, Anton Sjöholm och Nora Blomberg. 🎓',
  [person('Alma Lindroos'), person('Anton Sjöholm'), person('Nora Blomberg')],
);
post(
  'education',
  'En av våra elever insjuknade allvarligt i skolan i går och fördes med ambulans till sjukhuset. Våra tankar är hos familjen.',
  [health('insjuknade allvarligt'), health('fördes med ambulans till sjukhuset')],
);
post('education', 'När ett barn blir sjukt kan det vårdas hemma, och sjukdomen anmäls till daghemmet via Wilma. Ett barn med feber kommer inte till dagvården.');
post(
  'education',
  'Daghemmet Stjärnans föreståndare från 1.8 är Camilla Wikström. Hon nås på 044 720 5512.',
  [person('Camilla Wikström'), phone('044 720 5512')],
);
post(
  'education',
  'Elevvårdsmöte: eleven Liam K. (7C) fick diagnosen diabetes i våras, stödet skrivs in i planen. Ej offentlig.',
  [person('Liam K.'), health('fick diagnosen diabetes'), confidential('Ej offentlig')],
);

// ---------------------------------------------------------------------------------------------
// Environment and welfare

post('environment', 'Vattenkvaliteten är testad: ingen blågröna alger på badstränderna 15.7. Nästa provtagning 22.7.');
post(
  'environment',
  'Miljötillståndsansökan: Savon Sora Oy (1627384-9) ansöker om tillstånd för grustäkt. Anmärkningar senast 20.6.',
);
post(
  'environment',
  'En övergiven bil med registreringsnummer HJK-504 har stått vid Asemakatu i över en månad. Ägaren ombeds kontakta oss inom 10 dagar.',
  [plate('HJK-504')],
);
post('welfare', 'Influensavaccinationerna börjar 2.11 på hälsostationen. Tidsbokning 015 788 3300 mån–fre 8–15. Vaccinet är gratis för personer över 65 år.', [
  phone('015 788 3300'),
]);
post('welfare', 'Kamratstödgruppen för anhöriga till personer med minnessjukdom träffas första tisdagen i månaden kl. 17 på biblioteket.');
post(
  'welfare',
  'Jag har varit sjukskriven för utmattning i ett halvår och återvänder nu till jobbet. Tack till kollegerna för stödet! /Maja',
  [health('sjukskriven för utmattning'), person('Maja')],
);
post(
  'welfare',
  'Vår medarbetare Peter Lindgren avled plötsligt i en hjärtinfarkt 3.2. Vi minns honom med värme.',
  [person('Peter Lindgren'), health('avled plötsligt i en hjärtinfarkt')],
);
post('welfare', 'Om du är gravid, boka tid på mödrarådgivningen före graviditetsvecka 10. Rådgivningen är öppen mån–fre 8–16.');
post(
  'welfare',
  'Sökande av utkomststöd: Kim Söderberg, 311299-1170, adress Tapparakatu 5 C 18, kontonummer FI20 7315 7000 1234 56.',
  [person('Kim Söderberg'), hetu('311299-1170'), address('Tapparakatu 5 C 18'), iban('FI20 7315 7000 1234 56')],
);
post('welfare', 'Jourens nummer är 116 117 och nödnumret 112. Kristelefonen på svenska 09 2525 0112.', [phone('09 2525 0112')]);

export const swedishPosts = posts;
