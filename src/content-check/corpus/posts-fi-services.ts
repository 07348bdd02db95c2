import { address, businessId, confidential, email, health, hetu, iban, person, phone, plate, postsIn } from './labels';

// Finnish posts and drafts, part 1: the library, youth services, events and culture, sports.

const { post, posts } = postsIn('fi');

// ---------------------------------------------------------------------------------------------
// The library

post('library', 'Pääkirjasto on suljettu juhannusaattona 19.6. ja juhannuspäivänä 20.6. Palautusluukku on auki, ja lainat voi uusia verkossa. Hyvää juhannusta! ☀️');
post('library', 'Satutunti perjantaisin klo 10.30–11.00 lastenosastolla. Tervetuloa kuuntelemaan, ikäsuositus 3–6 v. Vapaa pääsy! #pieksämäenkirjasto');
post('library', 'Kirjaston kesäaukioloajat 1.6.–16.8.2026: ma–to 10–18, pe 10–16, la suljettu. Lisätietoja kirjasto@pieksamaki.fi tai 015 788 2400.');
post(
  'library',
  'Kiitos kaikille lukumaratoniin osallistuneille! Erityiskiitos Päivi Heikkiselle, joka luki 42 kirjaa kesän aikana 📚',
  [person('Päivi Heikkiselle')],
);
post(
  'library',
  'Lukupiiri kokoontuu tiistaina 14.4. klo 17. Tällä kertaa keskustelemme Tove Janssonin Kesäkirjasta. Vetäjänä kirjastonhoitaja Anne Savolainen.',
  [person('Anne Savolainen')],
);
post('library', 'Kirjaston e-aineistot löydät osoitteesta https://www.pieksamaki.fi/kirjasto/e-aineistot?id=0401234567. Kirjautumiseen tarvitset kirjastokortin numeron ja PIN-koodin.');
post(
  'library',
  'Löytötavaraa: lastenosastolta on löytynyt sininen pipo ja avaimet, joissa on avaimenperä ”Jukka”. Tiedustelut asiakaspalvelusta.',
  [person('Jukka')],
);
post(
  'library',
  'Myöhästymismaksu on 0,20 € / päivä / laina, enintään 6 € lainalta. Maksun voi maksaa tilille FI21 1234 5600 0007 85, viitenumero 1230 4560 7890 1.',
  [iban('FI21 1234 5600 0007 85')],
);
post(
  'library',
  'Hei Marja, kiitos viestistä! Varauksesi on noudettavissa Naarajärven lähikirjastosta 12.3. asti. Voit soittaa meille numeroon 015 788 2400, jos noutopaikka pitää vaihtaa.',
  [person('Marja')],
);
post('library', 'Kirjastoauto Väinö ei liikennöi viikolla 12 huollon vuoksi. Pysäkkiaikataulu löytyy verkkosivuiltamme. Pahoittelemme!');
post(
  'library',
  'Kirjaston uusi osoite 1.9. alkaen on Keskuskatu 15, 76100 Pieksämäki. Muutto tehdään elokuussa, ja kirjasto on suljettu 10.–28.8.',
  [address('Keskuskatu 15, 76100 Pieksämäki')],
);
post(
  'library',
  'Runoilta kirjastossa torstaina 7.11. klo 18! Omia tekstejään lukevat Minna Laine ja Ville Hiltunen, musiikista vastaa duo Saimaan Sävel.',
  [person('Minna Laine'), person('Ville Hiltunen')],
);
post('library', 'Kirjaston tietokoneet ovat käytössä ilman varausta klo 10–12. Tulostus maksaa 0,50 € / sivu, värit 1 € / sivu. ISBN-haku toimii myös numerolla 978-951-1-23456-7.');
post(
  'library',
  'Muistutus: palauttamaton laina on siirretty perintään. Asiakas Timo Jokinen, asiakasnumero 2026-04411, henkilötunnus 130366-9128.',
  [person('Timo Jokinen'), hetu('130366-9128')],
);
post('library', 'Lainaa kesäksi lukuvinkkien kassi! 5 kirjaa, 1 äänikirja ja yllätys. Kasseja on 40 kpl, ne jaetaan 2.6. alkaen klo 10.');
post(
  'library',
  'Kirjastonhoitaja Liisa Korhonen jää eläkkeelle 31.5. ja kiittää lämpimästi kaikkia asiakkaitaan 38 vuoden ajalta. Tervetuloa kahville perjantaina!',
  [person('Liisa Korhonen')],
);
post('library', 'Frances Hodgson Burnettin Salainen puutarha on kesän lukupiirikirja. Kirjoja on varattavissa 15 kpl.');
post('library', 'Pelikerho nuorille keskiviikkoisin klo 15–17. Pelaamme lautapelejä ja Switchiä. Ikäraja K-12 peleissä noudatetaan.');

// ---------------------------------------------------------------------------------------------
// Youth services

post('youth', 'Nuorisotalo Loisteen kesäaukiolot: ti–pe 14–20. Heinäkuussa suljettu. Seuraa meitä Instagramissa @pieksamaennuoriso ✌️');
post(
  'youth',
  'Etsivä nuorisotyöntekijä Mikko Salonen tavoittaa arkisin numerosta 044 720 1234 ja sähköpostilla mikko.salonen@pieksamaki.fi.',
  [person('Mikko Salonen'), phone('044 720 1234'), email('mikko.salonen@pieksamaki.fi')],
);
post('youth', 'Kesäsetelin arvo on 300 €, ja sen voi käyttää 1.6.–31.8. Työnantaja ilmoittaa kesätyöntekijän tiedot 15.5. mennessä lomakkeella.');
post(
  'youth',
  'Nuorisovaltuuston uusi puheenjohtaja on Aino Räsänen ja varapuheenjohtaja Eetu Miettinen. Onnea molemmille! 🎉',
  [person('Aino Räsänen'), person('Eetu Miettinen')],
);
post(
  'youth',
  'Leirille ilmoittautuneet: Emma K., Onni L. ja Veeti H. ovat varasijalla. Leirin hinta 85 € maksetaan tilille FI79 5723 1100 0123 45 viitteellä 10012.',
  [person('Emma K.'), person('Onni L.'), person('Veeti H.'), iban('FI79 5723 1100 0123 45')],
);
post(
  'youth',
  'Kävimme eilen nuorisotalolla keskustelemassa jaksamisesta. Yksi nuoristamme kertoi masentuneensa syksyn aikana, ja ohjasimme hänet koulukuraattorille.',
  [health('masentuneensa')],
);
post('youth', 'Pieksämäen nuorisopalvelut etsii kesäksi 2 kesätyöntekijää nuorisotaloille. Palkka 1 950 €/kk, työaika 6 h/pv. Haku päättyy 28.2. klo 16.');
post(
  'youth',
  'Nuorisotalolla vieraili torstaina poliisin ankkuritiimi: konstaapeli Hämäläinen kertoi nuorille netin turvataidoista.',
  [person('konstaapeli Hämäläinen')],
);
post(
  'youth',
  'Ohjaajamme Riikka on sairauslomalla 15.3. asti, joten tiistain tyttöjen ilta jää väliin. Palataan asiaan!',
  [person('Riikka'), health('sairauslomalla')],
);
post('youth', 'Mopojen katsastus- ja turvallisuuspäivä torilla la 9.5. klo 10–14. Mukana poliisi ja Pieksämäen Mopokerho ry. Ilmainen tapahtuma, K-15.');
post(
  'youth',
  'Kadonnut: nuorisotalon pihasta on viety musta mopo, rekisterikilpi BKL-48. Havainnoista voi ilmoittaa poliisille.',
  [plate('BKL-48')],
);
post('youth', 'Kesän kerhot: kokkikerho 8–12 v (10 paikkaa), liikuntakerho 10–15 v (20 paikkaa). Osallistumismaksu 15 €. Ilmoittautuminen 3.5. klo 9 alkaen.');
post(
  'youth',
  'Tyttöjen illan vetäjä on jatkossa Sanna Miettinen (p. 040 567 8910). Kiitos Eijalle kuluneista vuosista!',
  [person('Sanna Miettinen'), phone('040 567 8910'), person('Eijalle')],
);
post(
  'youth',
  'Luonnos — ei julkinen. Nuorisotalon henkilöstön jaksaminen ja työterveyden palaute käsitellään johtoryhmässä 4.2.',
  [confidential('ei julkinen')],
);

// ---------------------------------------------------------------------------------------------
// Events

post('events', 'Pieksämäen markkinat la 13.6. klo 8–14 torilla! Myyntipaikkoja on 60, hinta 25 € / 3 m. Tervetuloa!');
post(
  'events',
  'Markkinoiden myyntipaikat varataan Helena Kärkkäiseltä, puh. 050 346 7788, viimeistään 5.6.',
  [person('Helena Kärkkäiseltä'), phone('050 346 7788')],
);
post('events', 'Itsenäisyyspäivän juhla kaupungintalolla 6.12. klo 14. Juhlapuheen pitää kaupunginvaltuuston puheenjohtaja. Kahvitarjoilu. 🇫🇮');
post(
  'events',
  'Kesäteatterin ensi-ilta 27.6. klo 19 Kontiopuiston lavalla! Liput 22 € / 18 €, ryhmille 15 €. Pääosissa Juha Järvinen ja Kaisa Lehtonen.',
  [person('Juha Järvinen'), person('Kaisa Lehtonen')],
);
post('events', 'Joulunavaus 28.11. klo 16 alkaen: joulupukki saapuu klo 17, ilotulitus klo 18.30. Katuja suljetaan klo 15–19. Aja varovasti!');
post(
  'events',
  'Kiitos eilisen konsertin esiintyjille! Kuvassa vasemmalta Tuula Ahonen, Pekka Turunen ja kapellimestari Eero Lindqvist. Kuva: Satu Rantanen',
  [person('Tuula Ahonen'), person('Pekka Turunen'), person('Eero Lindqvist'), person('Satu Rantanen')],
);
post('events', 'Ulkoilmakonsertti siirtyy sateen vuoksi Pieksämäki-talolle. Alkamisaika 18.00 pysyy. Ovet aukeavat 17.30. Liput 10 €, alle 12-v. ilmaiseksi.');
post(
  'events',
  'Tapahtuman järjestää Pieksämäen Tapahtumapalvelut Oy (Y-tunnus 2468135-7). Laskutusosoite ja lisätiedot: tapahtumat@tapahtumapalvelut.fi',
  [businessId('2468135-7'), email('tapahtumat@tapahtumapalvelut.fi')],
);
post('events', 'Kansainvälistä naistenpäivää juhlitaan 8.3. kirjastossa. Ohjelmassa runoja, musiikkia ja paneeli, jonka juontaa toimittaja Riitta Nurmi.', [
  person('toimittaja Riitta Nurmi'),
]);
post('events', 'Salainen joulupukki -vaihto henkilöstön pikkujouluissa 12.12.! Lahjan hinta enintään 10 €. 🎁');
post('events', 'Vappupiknik Kontiopuistossa 1.5. klo 12. Ohjelmassa Pieksämäen Soittokunta, Kalevan Pallon kasvattien esitys ja lasten onkikilpailu.');
post(
  'events',
  'Embargo 15.5. klo 10 asti: kesän pääesiintyjä on Jenni Vartiainen. Julkaistaan yhtä aikaa festivaalin kanssa.',
  [confidential('Embargo'), person('Jenni Vartiainen')],
);
post(
  'events',
  'Tapahtumapaikka: Savonkatu 12, sisäpiha. Pysäköinti Asemakadun parkkihallissa (P-Asema), 2 h ilmaiseksi.',
  [address('Savonkatu 12')],
);
post('events', 'Taidenäyttely ”Valon vuodenajat” avataan 3.2. klo 17 galleria Kulmassa. Esillä 24 teosta, näyttely avoinna 28.2. asti.');
post('events', 'Kiitos kaikille 2 400 kävijälle! Ensi vuonna markkinat ovat 12.–13.6.2027. Palaute: https://www.pieksamaki.fi/palaute');
post('events', 'Kyläillassa Virtasalmella ti 22.9. klo 18: kaavoitus, tiestö ja kylän kehittäminen. Paikalla kaupungin edustajia. Kahvitarjoilu.');

// ---------------------------------------------------------------------------------------------
// Culture and sports

post(
  'culture',
  'Musiikkiopiston kevätkonsertti 20.5. klo 18. Solisteina Anna-Liisa Huttunen (sello) ja Olli Räsänen (piano). Vapaa pääsy.',
  [person('Anna-Liisa Huttunen'), person('Olli Räsänen')],
);
post('culture', 'Museo on auki ti–su 11–17. Pääsymaksu 8 € / 5 €, museokortilla ilmaiseksi. Erikoisnäyttely ”Rautatiekaupunki 1889–2026” avautuu 4.4.');
post(
  'culture',
  'Kuvataidekoulun näyttelyn avaa rehtori Kinnunen. Teoksia on esillä 16 oppilaalta, ja näyttelyn on koonnut taiteilija Hanna Karjalainen.',
  [person('rehtori Kinnunen'), person('Hanna Karjalainen')],
);
post('culture', 'Kulttuuriavustusten haku on auki 31.3. asti. Avustuksia jaetaan yhteensä 45 000 €. Hakemukset Dnro PMK/412/02.05.00/2026.');
post(
  'culture',
  'Vuoden kulttuuriteko -palkinnon saa Pieksämäen Nuorisoteatteri ry. Palkinnon vastaanottaa teatterin puheenjohtaja Hannu Pitkänen.',
  [person('Hannu Pitkänen')],
);
post('culture', 'Elokuvakerho näyttää lauantaina Aki Kaurismäen Kuolleet lehdet. Liput 6 €. K-12.');
post(
  'sports',
  'Uimahalli on suljettu 6.–19.7. vuosihuollon vuoksi. Kesällä voi uida Kontiolammen uimarannalla, jossa valvonta klo 11–18.',
);
post(
  'sports',
  'Onnittelut Ville Hiltuselle SM-pronssista 400 metrillä! Aika 48,91 s on uusi seuraennätys. 🥉',
  [person('Ville Hiltuselle')],
);
post('sports', 'Kuntosalikortin hinta on 45 € / 3 kk, eläkeläisille 30 €. Kortin saa uimahallin kassalta. Tuotenumero 2026-115.');
post(
  'sports',
  'Kaukaloiden jäädytys alkaa, kun pakkasta on riittävästi. Kentät: Kontiopuisto, Naarajärvi ja Virtasalmi. Palautetta voi antaa numeroon 0800 123 456.',
);
post(
  'sports',
  'Jalkapallokentän kunnostustyöt tekee Savon Urheilualue Oy, Y-tunnus 2961822-6. Työt valmistuvat viikolla 24.',
  [businessId('2961822-6')],
);
post(
  'sports',
  'Valmentajamme Jari Lehtonen loukkaantui eilisessä ottelussa ja toipuu polvileikkauksesta. Pikaista paranemista, Jari! 💪',
  [person('Jari Lehtonen'), health('loukkaantui'), health('toipuu polvileikkauksesta'), person('Jari', 2)],
);
post('sports', 'Hiihtoladut on ajettu tänään klo 7. Latupohjat: Kontio 5 km, Vanaja 3 km, Naarajärvi 7,5 km. Lämpötila -12 °C.');
post(
  'sports',
  'Kaupunginjoukkueen pelaajat 2026: Aleksi Mäkinen, Juho Rantala, Otto Virtanen, Niilo Hakala. Valmentajana Timo Kettunen.',
  [person('Aleksi Mäkinen'), person('Juho Rantala'), person('Otto Virtanen'), person('Niilo Hakala'), person('Timo Kettunen')],
);

export const finnishServicePosts = posts;
