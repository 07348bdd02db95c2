import { address, businessId, confidential, email, health, hetu, iban, person, phone, plate, postsIn } from './labels';

// Finnish posts and drafts, part 2: roadworks, job ads, council news, replies to residents,
// schools and early education, the environment, welfare.

const { post, posts } = postsIn('fi');

// ---------------------------------------------------------------------------------------------
// Roadworks and traffic

post('roadworks', 'Tietyö Savontiellä 4.–15.5.: liikenne ohjataan yhdelle kaistalle klo 7–17. Nopeusrajoitus 30 km/h. Pahoittelemme haittaa!');
post('roadworks', 'Vesijohtotyö katkaisee veden Kauppakadulla ja Asemakadulla ke 10.6. klo 9–13. Vettä saa vesiautosta torin laidalta.');
post(
  'roadworks',
  'Kauppakatu 12–16 välinen osuus suljetaan läpiajolta 1.–30.9. Kiertotie Ratakadun kautta. Kiinteistöihin pääsee tontille ajoon.',
  [address('Kauppakatu 12–16')],
);
post(
  'roadworks',
  'Valtatie 23 ja Kantatie 72 liittymän kiertoliittymätyö alkaa 15.4. Urakoitsijana Savon Tiepalvelu Oy (2090011-0).',
  [businessId('2090011-0')],
);
post('roadworks', 'Katuvalot ovat pimeänä Naarajärventien alueella. Vika on ilmoitettu, korjaus arviolta 3–5 arkipäivää. Kiitos ilmoittajille!');
post(
  'roadworks',
  'Lumenauraus: asukas ilmoitti, että Pappilantie 7:n kohdalla aurausvalli tukkii liittymän. Korjataan huomenna aamupäivällä.',
  [address('Pappilantie 7')],
);
post(
  'roadworks',
  'Hinauskehotus: Ratakadulle virheellisesti pysäköity pakettiauto CTR-815 siirretään, ellei sitä siirretä 2.3. klo 12 mennessä.',
  [plate('CTR-815')],
);
post('roadworks', 'Sorateiden pölynsidonta tehdään viikoilla 21–23. Suolaa levitetään noin 1,5 t/km. Ajetaan rauhallisesti työmaiden kohdalla!');
post(
  'roadworks',
  'Kadunvarsipysäköintiä rajoitetaan Väinönkadulla kadunpesun ajan 20.4. klo 7–15. Kadulle jätetyt autot, esim. RKO-208 ja JHL-94, siirretään.',
  [plate('RKO-208'), plate('JHL-94')],
);
post('roadworks', 'Asemakaavan muutos AO-1 ja AK-12 -korttelialueilla on nähtävillä 2.–31.3. Kaavatunnus 0423. Mielipiteet kirjaamo@pieksamaki.fi.');
post('roadworks', 'Liikennemerkit uusitaan SFS-EN 12899 -standardin mukaisiksi. Työt alkavat Keskuskadun ja Torikadun risteyksestä.');
post(
  'roadworks',
  'Kiitos palautteesta! Katuvalopylväs osoitteessa Tallikatu 4 B on kolaroitu, ja se vaihdetaan ensi viikolla.',
  [address('Tallikatu 4 B')],
);
post('roadworks', 'Kevään kadunpesu etenee aikataulussa: viikolla 17 keskusta, viikolla 18 Kontiomäki ja Vanaja, viikolla 19 Naarajärvi. Hinta-arvio 42 000 €.');
post(
  'roadworks',
  'Tiehallinto siirtää pysäkin Jyväskyläntie 120:n kohdalta noin 80 metriä pohjoiseen. Uusi pysäkki otetaan käyttöön 1.10.',
  [address('Jyväskyläntie 120')],
);
post('roadworks', 'Huom! Rautatien alikulku on suljettu 12.–14.8. klo 22–05. Jalankulkijat ohjataan asemalle Asematorin kautta.');

// ---------------------------------------------------------------------------------------------
// Job ads

post(
  'jobs',
  'Haemme sosiaaliohjaajaa lapsiperheiden palveluihin, 1.8.2026 alkaen toistaiseksi. Palkka 3 124 €/kk. Lisätietoja antaa johtava sosiaalityöntekijä Tiina Koskinen, p. 044 720 3456.',
  [person('Tiina Koskinen'), phone('044 720 3456')],
);
post('jobs', 'Kesätyöpaikat on julkaistu! Haku 1.–28.2. Kuntarekry-ilmoituksen numero 512-03-412-26. Paikkoja 45, palkka TVA:n mukaan.');
post(
  'jobs',
  'Rehtorin virka täytetään. Virkaa voi hakea 15.3. klo 15 mennessä. Lisätiedot sivistysjohtaja Juha Nieminen, puh. 015 788 2211, juha.nieminen@pieksamaki.fi.',
  [person('Juha Nieminen'), phone('015 788 2211'), email('juha.nieminen@pieksamaki.fi')],
);
post('jobs', 'Varhaiskasvatuksen opettajia tarvitaan! Tehtäväkohtainen palkka 2 928,53 €. Haku päättyy 30.4.2026 klo 16.00. Hakunumero 2026-0115.');
post(
  'jobs',
  'Tervetuloa uusi kaupunginpuutarhurimme Heidi Leppänen! Heidi aloitti 2.5. ja vastaa puistojen kesäkukista.',
  [person('Heidi Leppänen'), person('Heidi', 2)],
);
post(
  'jobs',
  'Valitun hakijan tiedot palkanlaskentaan: Sara Heikkinen, hetu 290200A785M, tili FI94 8000 1400 1234 56. Aloituspäivä 1.6.',
  [person('Sara Heikkinen'), hetu('290200A785M'), iban('FI94 8000 1400 1234 56')],
);
post('jobs', 'Työkokeilu kaupungin varikolla: 6 kk, 4–6 h/pv. Työkokeilusta ei makseta palkkaa, vaan työttömyysetuuden. Yhteystiedot työllisyyspalveluista.');
post(
  'jobs',
  'Rekrytointi on kesken: älä julkaise vielä! Haastatteluun kutsutaan Petri Laaksonen ja Johanna Mattila. Luottamuksellinen.',
  [person('Petri Laaksonen'), person('Johanna Mattila'), confidential('Luottamuksellinen')],
);
post('jobs', 'Kaupunki hakee perhepäivähoitajia Naarajärvelle ja Jäppilään. Ryhmäkoko enintään 4 + 1 lasta. Palkka 2 100 €/kk + kustannusten korvaus 24,67 €/pv.');
post(
  'jobs',
  'Siivoustyöntekijän sijaisuus 1.9.–31.12. Hakemukset osoitteeseen rekry@pieksamaki.fi. Lisätietoja palveluesimies Marjatta Kärkkäinen 050 312 9087.',
  [email('rekry@pieksamaki.fi'), person('Marjatta Kärkkäinen'), phone('050 312 9087')],
);
post('jobs', 'Oppisopimuspaikkoja on tarjolla 8, koulutusalana kiinteistönhoito. Kesto 1,5–2 vuotta. Haku: www.pieksamaki.fi/oppisopimus.');
post(
  'jobs',
  'Kiitämme kaikkia 126 hakijaa! Nuorisotyöntekijäksi valittiin Lotta Kemppainen. Valinta on vahvistettu 14.4. (Dnro 88/01.01.01/2026).',
  [person('Lotta Kemppainen')],
);

// ---------------------------------------------------------------------------------------------
// Council and the city

post('council', 'Kaupunginvaltuusto kokoontuu ma 16.3. klo 18 valtuustosalissa. Kokousta voi seurata suorana verkossa. Esityslista julkaistaan 9.3.');
post('council', 'Kaupunginhallitus hyväksyi talousarvion 2027: toimintakulut 198,4 M€, investoinnit 14,2 M€. Veroprosentti pysyy 21,5 %:ssa.');
post(
  'council',
  'Valtuuston uusi puheenjohtaja on Markku Heikkilä ja varapuheenjohtajat Sirpa Lindholm ja Jouni Kauppinen.',
  [person('Markku Heikkilä'), person('Sirpa Lindholm'), person('Jouni Kauppinen')],
);
post(
  'council',
  'Kaupunginhallitus käsitteli salassa pidettävät henkilöstöasiat kokouksen lopuksi suljetuin ovin. Pöytäkirja on nähtävillä 24.3. alkaen.',
);
post(
  'council',
  'Liite 4: Salassa pidettävä (JulkL 24 § 1 mom. 25 k.). Kiinteistökaupan neuvottelutilanne ja hinta-arvio 1,2 M€.',
  [confidential('Salassa pidettävä (JulkL 24 § 1 mom. 25 k.)')],
);
post('council', 'Kaupunginjohtajan viikkokatsaus: ma kaupunginhallitus, ti maakuntavierailu, to yrittäjäaamiainen klo 7.30. Kysymyksiä voi lähettää viestinta@pieksamaki.fi.');
post(
  'council',
  'Kaupunki myy tontin osoitteessa Lampikatu 8, 76120 Pieksämäki. Tarjoukset 30.4. mennessä kirjaamoon. Tontin pinta-ala 1 240 m².',
  [address('Lampikatu 8, 76120 Pieksämäki')],
);
post(
  'council',
  'Oikaisuvaatimuksen teki asukas Kalle Huttunen, Ratakatu 3 A 5, 76100 Pieksämäki. Vaatimus hylättiin (Dnro 412/10.03/2025).',
  [person('Kalle Huttunen'), address('Ratakatu 3 A 5, 76100 Pieksämäki')],
);
post('council', 'Kuntalaisaloite leikkipuistosta Vanajaan sai 214 kannatusta. Aloite käsitellään kaupunginhallituksessa 20.5. Kiitos aloitteentekijöille!');
post(
  'council',
  'Kaupunginvaltuutettu Anneli Kettunen (kesk.) kysyi valtuustossa koulukuljetuksista. Vastaus annetaan seuraavassa kokouksessa.',
  [person('Anneli Kettunen')],
);
post(
  'council',
  'Hankintapäätös: kouluruokailun toimittaja on Savon Ateriat Oy, 3011221-4. Sopimuskausi 1.8.2026–31.7.2029, arvo 2,4 M€ (alv 0 %).',
  [businessId('3011221-4')],
);
post(
  'council',
  'Vain sisäiseen käyttöön: kaupunginjohtajan irtisanoutumisesta tiedotetaan valtuutetuille ensin. Julkistus 18.2. klo 16.',
  [confidential('Vain sisäiseen käyttöön')],
);
post('council', 'Kaupungin väkiluku 31.12.2025 oli 16 902. Syntyneitä 118, kuolleita 241, muuttovoitto +36. Lähde: Tilastokeskus.');
post('council', 'Pieksämäen kaupungin Y-tunnus on 0201256-8? Ei, tarkistetaan ennen julkaisua. Laskutusohjeet löytyvät sivulta /laskutus.');
post(
  'council',
  'Pieksämäen kaupunki, Y-tunnus 0201256-6, verkkolaskuosoite 003702012566. Laskut pyydetään lähettämään verkkolaskuina.',
  [businessId('0201256-6')],
);

// ---------------------------------------------------------------------------------------------
// Replies to residents

post(
  'customer',
  'Hei Pirjo, kiitos palautteesta koskien roskakorin tyhjennystä! Olemme välittäneet asian kiinteistöpalveluille, ja kori tyhjennetään jatkossa kahdesti viikossa.',
  [person('Pirjo')],
);
post(
  'customer',
  'Hei! Laskusi (laskunumero 0401234567) eräpäivää voi siirtää soittamalla laskutukseen 015 788 111 arkisin klo 9–15.',
);
post(
  'customer',
  'Kiitos viestistäsi, Erkki. Pyysimme katupäällikkö Janne Toivosta olemaan sinuun yhteydessä numeroon 0400 612 345 tällä viikolla.',
  [person('Erkki'), person('Janne Toivosta'), phone('0400 612 345')],
);
post(
  'customer',
  'Palautteen lähetti Pentti Ahonen, Kirkkokatu 22, puh. +358 40 765 4321. Hän kertoo, että naapurin koira haukkuu öisin.',
  [person('Pentti Ahonen'), address('Kirkkokatu 22'), phone('+358 40 765 4321')],
);
post('customer', 'Hei! Ilmaisen kompostorin voi noutaa jäteasemalta 15.5.–15.6. ma–pe 8–16. Ota mukaan henkilöllisyystodistus. Kompostoreja on 50 kpl.');
post(
  'customer',
  'Vastaus Facebook-kysymykseen: kaupungin verkkosivujen saavutettavuusseloste on päivitetty 2.1.2026. Palautetta voi antaa kirjaamo@pieksamaki.fi tai 015 788 111.',
);
post(
  'customer',
  'Hei Eeva, ymmärrämme huolesi. Kertomasi mukaan äitisi on muistisairas ja tarvitsee kotihoitoa. Ohjaamme viestisi asiakasohjaukseen.',
  [person('Eeva'), health('muistisairas')],
);
post(
  'customer',
  'Kiitos ilmoituksesta! Puiston penkin rikkoja on tallentunut valvontakameraan, ja tapauksesta on tehty rikosilmoitus (poliisin ilmoitusnumero 5510/R/12345/26).',
);
post(
  'customer',
  'Hei, vuokrasopimuksesi irtisanominen on vastaanotettu. Vuokravakuus 820 € palautetaan tilillesi FI0652310400098765 kahden viikon kuluessa tarkastuksen jälkeen.',
  [iban('FI0652310400098765')],
);
post(
  'customer',
  'Moi Tero! Kiitos kuvista. Kyseessä on kaupungin Toyota, rekisteritunnus JKU-305, joka oli huoltoajossa. Välitämme palautteen kuljettajan esihenkilölle.',
  [person('Tero'), plate('JKU-305')],
);
post('customer', 'Hei! Koirapuiston portin lukko on korjattu. Kiitos kaikille 12 ilmoittajalle. Muistakaa sulkea portti perässänne 🐕');
post(
  'customer',
  'Hakemuksesi tiedot: Ella Mäkinen, 240512A123K, huoltajana Teemu Mäkinen (teemu.makinen@gmail.com, 045 134 2288). Päätös lähetetään postitse.',
  [person('Ella Mäkinen'), hetu('240512A123K'), person('Teemu Mäkinen'), email('teemu.makinen@gmail.com'), phone('045 134 2288')],
);
post(
  'customer',
  'Moikka! Pahoittelemme, että uimahallin kassalla oli jonoa. Perjantaina kassalla oli vain yksi työntekijä sairastumisen vuoksi.',
);
post(
  'customer',
  'Hei! Löysimme tilisiirron ilman viitettä: maksaja A. Lindström, FI3166200010056789, 45,00 €. Ota yhteyttä, niin kohdistamme maksun.',
  [person('A. Lindström'), iban('FI3166200010056789')],
);
post(
  'customer',
  'Kiitos viestistä. Sähköpostiosoite matti.virtanen(at)pieksamaki.fi on vanhentunut; käytäthän jatkossa kaupungin yleistä osoitetta kirjaamo@pieksamaki.fi.',
  [email('matti.virtanen(at)pieksamaki.fi')],
);

// ---------------------------------------------------------------------------------------------
// Schools and early education

post('education', 'Syyslukukausi alkaa to 13.8.2026 ja päättyy pe 18.12. Syysloma viikolla 42. Joululoma 19.12.–6.1.');
post(
  'education',
  'Onnea ylioppilaille! Laudaturin kirjoittivat tänä keväänä Iida Pesonen, Eemeli Hirvonen ja Sofia Lindroos. 🎓',
  [person('Iida Pesonen'), person('Eemeli Hirvonen'), person('Sofia Lindroos')],
);
post(
  'education',
  'Oppilaamme sairastui koulussa eilen vakavasti ja hänet vietiin ambulanssilla sairaalaan. Ajatuksemme ovat perheen luona.',
  [health('sairastui'), health('vietiin ambulanssilla sairaalaan')],
);
post('education', 'Kouluruokalistalla viikolla 37: ma kalakeitto, ti broileripasta, ke kasvissosekeitto, to jauhelihakastike, pe pizza. Erityisruokavaliot huomioidaan.');
post(
  'education',
  'Kun lapsi sairastuu, hänet voi hoitaa kotona ja sairaudesta ilmoitetaan päiväkotiin Wilmalla. Kuumeisena ei tulla hoitoon.',
);
post(
  'education',
  'Päiväkoti Tähtisen johtaja on 1.8. alkaen Kirsi Savolainen. Hänet tavoittaa numerosta 044 720 5511.',
  [person('Kirsi Savolainen'), phone('044 720 5511')],
);
post('education', 'Koulukuljetushakemukset 30.4. mennessä. Kuljetus myönnetään, jos matka on yli 5 km (1.–2. lk yli 3 km). Päätökset 15.6.');
post(
  'education',
  'Luokanopettaja Koivisto kiittää 3B-luokan vanhempia kevätretken järjestelyistä! Retken hinta jäi 12 €/oppilas.',
  [person('Luokanopettaja Koivisto')],
);
post(
  'education',
  'Opettajamme Leena jää syksyllä äitiyslomalle ja hänen sijaisenaan toimii Antti Hämäläinen.',
  [person('Leena'), person('Antti Hämäläinen')],
);
post(
  'education',
  'Oppilashuollon palaveri: oppilas Aatu R. (7C) diagnosoitiin keväällä ADHD:lla, tukitoimet kirjataan oppimissuunnitelmaan. Ei julkinen.',
  [person('Aatu R.'), health('diagnosoitiin keväällä ADHD:lla'), confidential('Ei julkinen')],
);
post('education', 'Kielikylpyryhmä (ruotsi) aloittaa päiväkoti Vanajassa. Ryhmään mahtuu 21 lasta. Infotilaisuus 4.3. klo 18, Teams-linkki sivuilla.');
post(
  'education',
  'Lukion kevätjuhlassa stipendin saivat Matias Korpela ja Venla Heinonen. Aleksis Kiven palkinnon sai Venla!',
  [person('Matias Korpela'), person('Venla Heinonen'), person('Venla', 2)],
);

// ---------------------------------------------------------------------------------------------
// Environment

post('environment', 'Vedenlaatu on tutkittu: uimarannoilla ei sinilevää 15.7. Seuraava näytteenotto 22.7. Tulokset päivitetään karttaan.');
post('environment', 'Vaarallisen jätteen keräysauto kiertää 12.–16.5. Pysäkit ja ajat: Naarajärvi ma 9–10, Virtasalmi ti 12–13, Jäppilä ke 14–15.');
post(
  'environment',
  'Ympäristölupahakemus: Savon Sora Oy (1627384-7) hakee lupaa soranottoon tilalle 593-412-5-67. Muistutukset 20.6. mennessä.',
  [businessId('1627384-7')],
);
post(
  'environment',
  'Roskaantunut metsäalue löytyi Vanhalta Jäppiläntieltä. Paikalta löytyi laatikko, jossa osoitelappu: Kari Nieminen, Rantakatu 14 as. 3.',
  [person('Kari Nieminen'), address('Rantakatu 14 as. 3')],
);
post('environment', 'Puiden istutuspäivä 9.5.! Istutamme 150 taimea Kontiopuistoon. Mukaan mahtuu 40 vapaaehtoista. Ilmoittautumiset ympäristö@pieksamaki.fi.', [
  email('ympäristö@pieksamaki.fi'),
]);
post('environment', 'Ilmanlaatu tänään hyvä. PM2.5 8 µg/m³, PM10 14 µg/m³. Mittausasema Keskuskatu 1. #ilmanlaatu', [address('Keskuskatu 1')]);
post(
  'environment',
  'Hylätty auto, rekisterinumero LÖV-717, on seissyt Asemakadun varrella yli kuukauden. Omistajaa pyydetään ottamaan yhteyttä 10 päivän kuluessa.',
  [plate('LÖV-717')],
);

// ---------------------------------------------------------------------------------------------
// Welfare and health services (the city's own, general information)

post('welfare', 'Influenssarokotukset alkavat 2.11. terveysasemalla. Ajanvaraus 015 788 3300 ma–pe 8–15 tai verkossa. Rokote on maksuton yli 65-vuotiaille.', [
  phone('015 788 3300'),
]);
post('welfare', 'Muistisairaiden omaisten vertaistukiryhmä kokoontuu kuun 1. tiistaina klo 17 kirjastossa. Mukana Muistiliiton asiantuntija.');
post(
  'welfare',
  'Päivystyksen numero on 116 117 ja hätänumero 112. Terveysneuvonta vastaa ympäri vuorokauden. Kriisipuhelin 09 2525 0111.',
  [phone('09 2525 0111')],
);
post(
  'welfare',
  'Työntekijämme Marko Laitinen menehtyi äkillisesti sairauskohtaukseen 3.2. Muistamme häntä lämmöllä.',
  [person('Marko Laitinen'), health('menehtyi äkillisesti sairauskohtaukseen')],
);
post('welfare', 'Diabeteshoitajan vastaanotto siirtyy 1.4. alkaen Naarajärven terveystalolle. Ajanvaraukset entiseen tapaan. Syöpäjärjestöjen keräys 5.10.');
post(
  'welfare',
  'Kotihoidon asiakas (mies, 84 v, Virtasalmi) kaatui kotonaan ja loukkasi lonkkansa. Tapaus käsitellään haittatapahtumana. Vain sisäiseen käyttöön.',
  [health('kaatui kotonaan ja loukkasi lonkkansa'), confidential('Vain sisäiseen käyttöön')],
);
post(
  'welfare',
  'Olen ollut sairauslomalla masennuksen takia puoli vuotta, ja nyt palaan töihin. Kiitos kollegoille tuesta! -Maija',
  [health('sairauslomalla'), health('masennuksen'), person('Maija')],
);
post(
  'welfare',
  'Toimeentulotuen hakija: Juho Kärkkäinen, 170993-2465, osoite Tapparakatu 5 C 18, tilinumero FI88 1540 0021 9876 54.',
  [person('Juho Kärkkäinen'), hetu('170993-2465'), address('Tapparakatu 5 C 18'), iban('FI88 1540 0021 9876 54')],
);
post('welfare', 'Jos olet raskaana, varaa aika äitiysneuvolaan ennen 10. raskausviikkoa. Neuvola on auki ma–pe 8–16.');
post(
  'welfare',
  'Perhetyöntekijä kävi perheessä 4.3.: isä on alkoholisti ja lapset ovat olleet poissa koulusta. Lastensuojeluilmoitus tehty. Salassa pidettävä.',
  [health('alkoholisti'), confidential('Salassa pidettävä')],
);
post(
  'welfare',
  'Vammaispalveluiden asiakas Leo Nyberg (syntynyt 2010) on kehitysvammainen ja tarvitsee avustajan leirille. Hetu 280789Y163X? Ei, tarkista.',
  [person('Leo Nyberg'), health('kehitysvammainen'), hetu('280789Y163X')],
);
post('welfare', 'Kaupungin terveysasemilla on käytössä uusi ajanvarausjärjestelmä 1.3. alkaen. Ajan voi varata myös numerosta 015 788 3300.', [
  phone('015 788 3300'),
]);

export const finnishCityPosts = posts;
