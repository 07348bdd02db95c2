import { address, businessId, confidential, email, health, hetu, iban, person, phone, plate, postsIn } from './labels';

// Drafts as they reach the check: replies pasted from a case system, notices with payment and
// contact details, internal notes that were about to be posted. Heavier in identifiers than the
// posts, and heavier in numbers that only look like them.

const fi = postsIn('fi', 'draft');
const sv = postsIn('sv', 'draft');
const en = postsIn('en', 'draft');

// ---------------------------------------------------------------------------------------------
// Finnish

fi.post(
  'customer',
  'Hei! Henkilötunnuksesi 150387-2343 näkyy vahingossa edellisessä kommentissasi. Piilotimme kommentin. Älä julkaise tunnusta julkisesti.',
  [hetu('150387-2343')],
);
fi.post(
  'customer',
  'Laskutusvirhe korjattu: asiakas Veikko Tuominen (hetu 111130+345U), lasku 2026-1187, summa 312,40 €. Hyvityslasku lähtee postissa.',
  [person('Veikko Tuominen'), hetu('111130+345U')],
);
fi.post(
  'welfare',
  'Lähete kotihoitoon: Aili Kärkkäinen, 230579-1525, Koulukatu 3 A 2, 76100 Pieksämäki. Asiakas on diabeetikko ja tarvitsee insuliinin pistämisessä apua.',
  [person('Aili Kärkkäinen'), hetu('230579-1525'), address('Koulukatu 3 A 2, 76100 Pieksämäki'), health('diabeetikko'), health('tarvitsee insuliinin pistämisessä apua')],
);
fi.post(
  'education',
  'Varhaiskasvatuspäätös: lapsi Onni Heikkinen (121023D0124), hoitopaikka päiväkoti Tähtinen 1.8. alkaen. Maksu 311 €/kk, eräpäivä kuun 15.',
  [person('Onni Heikkinen'), hetu('121023D0124')],
);
fi.post(
  'customer',
  'Henkilötunnukseni on 041288-274T ja asiakasnumero 4412. Voitteko tarkistaa, miksi lasku tuli kahdesti? T. Sami Kettunen',
  [hetu('041288-274T'), person('Sami Kettunen')],
);
fi.post(
  'customer',
  'Ohje: kirjaudu palveluun pankkitunnuksilla. Henkilötunnusta ei tarvitse kirjoittaa lomakkeelle. Esimerkkinä muodosta käy 010101-123N, joka ei ole kenenkään oikea tunnus.',
  // A code that passes the check cannot be told from someone's real one: an example should fail it.
  [hetu('010101-123N')],
);
fi.post(
  'jobs',
  'Uuden työntekijän tiedot: Ronja Lehtinen, syntymäaika 18.6.2002, henkilötunnus 180602a339w, verokortti toimitettu. Tili FI34 1122 3300 4455 66.',
  [person('Ronja Lehtinen'), hetu('180602a339w'), iban('FI34 1122 3300 4455 66')],
);
fi.post(
  'customer',
  'Kiitos hakemuksesta! Hakemuksesi numero on 230579-1528. Käsittelyaika on noin 4 viikkoa, ja päätös lähetetään sähköisesti.',
);
fi.post(
  'council',
  'Toimielimen päätös 14.4.2026 § 58. Tiedoksianto: Raimo Väisänen, sotu 090951–065A. Muutoksenhakuohje liitteenä.',
  [person('Raimo Väisänen'), hetu('090951–065A')],
);
fi.post(
  'customer',
  'Hei, lähetin teille henkilötunnukseni 260395W426E viime viikolla mutta en ole saanut vastausta. Ystävällisin terveisin, Lauri',
  [hetu('260395W426E'), person('Lauri')],
);
fi.post(
  'customer',
  'Soitin eilen numeroon 0401234567 mutta kukaan ei vastannut. Voisiko joku soittaa minulle takaisin? Anna-Maija Turunen',
  [phone('0401234567'), person('Anna-Maija Turunen')],
);
fi.post(
  'customer',
  'Hei Anna-Maija! Soitamme sinulle huomenna aamupäivällä. Voit myös tavoittaa palveluneuvonnan numerosta (015) 788 2345.',
  [person('Anna-Maija'), phone('(015) 788 2345')],
);
fi.post(
  'jobs',
  'Lisätietoja tehtävästä antaa henkilöstöpäällikkö Sirkka Hyvönen, p. +358 (0)15 788 2201 tai sirkka.hyvonen@pieksamaki.fi.',
  [person('Sirkka Hyvönen'), phone('+358 (0)15 788 2201'), email('sirkka.hyvonen@pieksamaki.fi')],
);
fi.post(
  'jobs',
  'Kaupungin henkilöstön sähköpostiosoitteet ovat muotoa etunimi.sukunimi@pieksamaki.fi. Työpuhelimet löytyvät henkilöhausta.',
);
fi.post(
  'events',
  'Ilmoittautumiset kesäleirille ma 2.3. klo 12 alkaen sähköpostilla leiri.ilmoittautumiset@pieksamaki.fi tai puhelimitse 050-312 4455.',
  [email('leiri.ilmoittautumiset@pieksamaki.fi'), phone('050-312 4455')],
);
fi.post(
  'events',
  'Seuraa meitä myös Mastodonissa: @pieksamaki@mastodon.social ja Blueskyssa @pieksamaki.fi. Kuvat tapahtumasta tagilla #PieksämäkiElää.',
);
fi.post(
  'customer',
  'Palaute välitetty: lähettäjä <Harri.Lindfors@Kolumbus.fi>, aihe ”uimahallin aukioloajat”. Vastaus lähetetty 12.3.',
  [email('Harri.Lindfors@Kolumbus.fi')],
);
fi.post(
  'roadworks',
  'Katutyöstä vastaava työnjohtaja Arto Pesonen, puh. 044 1234 567. Urakoitsija Kaivuu ja Kuljetus Pesonen Oy, 2212345-8.',
  [person('Arto Pesonen'), phone('044 1234 567'), businessId('2212345-8')],
);
fi.post(
  'roadworks',
  'Asukastiedote: Väinämöisenkatu 11:n edustalla tehdään kaivutöitä 3.–7.8. Talon asukkaat pääsevät pihaan Kalevankadun puolelta.',
  [address('Väinämöisenkatu 11')],
);
fi.post(
  'roadworks',
  'Kauppatorilla 12 myyjää ja Keskuskadulla 3 km/h kävelyvauhtia: joulukatu avataan 28.11.! Valtatie 5 on auki normaalisti.',
);
fi.post(
  'roadworks',
  'Aleksis Kiven katu 5:n kohdalla on vesivuoto. Vesi on katkaistu taloista Aleksis Kiven katu 1–9 klo 14 asti.',
  [address('Aleksis Kiven katu 5'), address('Aleksis Kiven katu 1–9')],
);
fi.post(
  'roadworks',
  'Puuttuva liikennemerkki Vanha Jyväskyläntie 12:n kohdalla on ilmoitettu urakoitsijalle. Kiitos, Tapio, ilmoituksesta!',
  [address('Vanha Jyväskyläntie 12'), person('Tapio')],
);
fi.post(
  'environment',
  'Jätekeräys Lamminmäessä siirtyy. Uusi keräyspiste: Kirkkotie 2 B 7, 77330 Virtasalmi. Postinumero 76780 Lamminmäki pysyy ennallaan.',
  [address('Kirkkotie 2 B 7, 77330 Virtasalmi')],
);
fi.post(
  'customer',
  'Hei! Lähetimme tarvikkeet osoitteeseen Rantatie 45, Naarajärvi. Jos paketti ei ole perillä 5 arkipäivässä, soita 015 788 111.',
  [address('Rantatie 45, Naarajärvi')],
);
fi.post(
  'council',
  'Kiinteistökauppa: ostaja Rakennus Hyvönen Oy (FI24681357), kohde Teollisuuskatu 9, kauppahinta 185 000 €. Päätös lainvoimainen 2.6.',
  [businessId('FI24681357'), address('Teollisuuskatu 9')],
);
fi.post(
  'council',
  'Tilausnumero 1234567-8 ja toimitussopimus 2026-0042 hyväksyttiin. Toimittajan Y-tunnus tarkistetaan YTJ:stä ennen allekirjoitusta.',
);
fi.post(
  'council',
  'Avustus maksetaan Pieksämäen Kyläyhdistys ry:lle (Y-tunnus 0811223-4) tilille FI71 6000 1200 3344 55 kesäkuun aikana.',
  [businessId('0811223-4'), iban('FI71 6000 1200 3344 55')],
);
fi.post(
  'council',
  'Hankinnan voittaja Siivouspalvelu Kirkas Oy, Y-tunnus 2345678-0. Toinen tarjoaja Puhdas Koti Ky, 1234567-3, jätti tarjouksen myöhässä.',
  [businessId('2345678-0')],
);
fi.post(
  'customer',
  'Maksu palautettu tilille FI21 4989 0010 2345 67? Tarkista tilinumero: FI21 4989 0010 2345 68 ei ole kelvollinen IBAN, joten palautus ei mennyt läpi.',
  [iban('FI21 4989 0010 2345 67')],
);
fi.post(
  'customer',
  'Kiitos! Pysäköintivirhemaksu 60 € (tunniste 2026/PV/00871) kohdistui autoon ZKL-903. Maksun voi maksaa 14 päivän kuluessa.',
  [plate('ZKL-903')],
);
fi.post(
  'roadworks',
  'Liikennevalvonnan havainto: kuorma-auto AKU-3 ja henkilöauto TTV-58 seisoivat pelastustiellä. Omistajia on pyydetty siirtämään autot.',
  [plate('AKU-3'), plate('TTV-58')],
);
fi.post(
  'roadworks',
  'COVID-19-rajoitukset eivät enää koske kaupungin tiloja. EU-27-maiden kansalaiset voivat asioida palvelupisteessä. K-18 tapahtumiin tarvitaan henkilöllisyystodistus.',
);
fi.post(
  'roadworks',
  'Korttelin YL-2 ja AO-12 kaavamuutos. Asemakaava nro 0412. Kaavaselostus SFS-EN 1176 -standardin mukaisesta leikkipaikasta.',
);
fi.post(
  'youth',
  'Nuorisotalon uusi pakettiauto ÄLÄ-123 on hankittu! Nyt pääsemme retkille isommalla porukalla 🚐',
  [plate('ÄLÄ-123')],
);
fi.post(
  'welfare',
  'Kollegani on raskaana ja jää keväällä pois töistä, joten haemme sijaista. Hakemukset 20.3. mennessä.',
  [health('raskaana')],
);
fi.post(
  'welfare',
  'Rehtori Heikki Kinnunen on sairauslomalla toukokuun loppuun. Sijaisena toimii apulaisrehtori Pia Laakso.',
  [person('Rehtori Heikki Kinnunen'), health('sairauslomalla'), person('apulaisrehtori Pia Laakso')],
);
fi.post(
  'welfare',
  'Eräs asukas sairastui legionellaan, ja uimahallin suihkujen vesi tutkitaan varmuuden vuoksi. Uimahalli on auki normaalisti.',
  [health('sairastui legionellaan')],
);
fi.post(
  'welfare',
  'Syöpäviikko alkaa! Rintasyöpäkuukauden tapahtumissa kerrotaan seulonnoista. Diabetesliiton luento kirjastossa 12.10. klo 17.',
);
fi.post(
  'welfare',
  'Mielenterveysviikolla kirjastossa on esillä materiaalia masennuksesta ja ahdistuksesta. Keskusteluapua saa nimettömästi numerosta 0800 123 456.',
);
fi.post(
  'welfare',
  'Äitini sairastaa Alzheimerin tautia, ja palvelutalossa hänestä on pidetty hyvää huolta. Kiitos henkilökunnalle! – Tuija K.',
  [health('sairastaa Alzheimerin tautia'), person('Tuija K.')],
);
fi.post(
  'council',
  'HUIPPUSALAINEN: kaupunginjohtajan valintaa koskevat haastattelumuistiot. Ei jakoon.',
  [confidential('HUIPPUSALAINEN'), confidential('Ei jakoon')],
);
fi.post(
  'council',
  'Liite on salassa pidettävä julkisuuslain 24 §:n 1 momentin 25 kohdan perusteella.',
  [confidential('salassa pidettävä julkisuuslain 24 §:n 1 momentin 25 kohdan perusteella')],
);
fi.post(
  'council',
  'Luonnos, luottamuksellinen – vain hallituksen jäsenille. Talouden sopeutusohjelma 2027–2029, vähennystarve 3,2 M€.',
  [confidential('luottamuksellinen')],
);
fi.post(
  'events',
  'Pieksämäen salaiset helmet -kävelykierros la 6.9. klo 13! Opas kertoo kaupungin tarinoita ja vähemmän tunnettuja paikkoja.',
);
fi.post(
  'council',
  'Luottamus kuntaan on vahvaa: kuntalaiskyselyyn vastasi 1 204 asukasta, ja 71 % luottaa kaupungin palveluihin. Kyselyn tulokset ovat julkisia.',
);
fi.post(
  'customer',
  'Hei, puhelinnumeroni vaihtui, uusi on 045 678 9012. Kaikki muut yhteystiedot ennallaan. Terveisin Kaarina Laitinen',
  [phone('045 678 9012'), person('Kaarina Laitinen')],
);
fi.post(
  'customer',
  'Soittakaa meille numeroon 788 2233, niin varataan aika. Rakennusvalvonta palvelee ma–to klo 9–11.',
  [phone('788 2233')],
);
fi.post(
  'events',
  'Tuuli yltyy illalla, joten ulkokonsertti alkaa jo klo 17. Aamu alkaa pilvisenä. Anna palautetta tapahtumasta: www.pieksamaki.fi/palaute',
);
fi.post(
  'library',
  'Satu ja tarina -lukuhetki lapsille joka perjantai. Onni löytyy kirjasta! Kivi-lehden uusin numero on lukusalissa.',
);
fi.post(
  'library',
  'Kirjaston kannatusyhdistyksen tilinumero FI61 5799 9940 0123 77. Jäsenmaksu 15 €/vuosi, viitenumero 77 7041 4.',
  [iban('FI61 5799 9940 0123 77')],
);
fi.post(
  'culture',
  'Alvar Aallon säätiön näyttely Kuopion yliopiston tiloissa. Mukana myös Sibelius-lukion kuoro ja Kalevan koulun soittajat.',
);
fi.post(
  'culture',
  'Tervetuloa kuulemaan tri Hannu Virran esitelmää kaupungin historiasta! Tilaisuuden juontaa rouva Lindroos.',
  [person('tri Hannu Virran'), person('rouva Lindroos')],
);
fi.post(
  'culture',
  'Sari Mäkelän mukaan kulttuuriavustusten hakijamäärä kasvoi 20 %. Avustukset myönnetään 15.5. mennessä.',
  [person('Sari Mäkelän')],
);

// ---------------------------------------------------------------------------------------------
// Swedish

sv.post(
  'customer',
  'Hej! Din personbeteckning 300472-552Y syns av misstag i din förra kommentar. Vi har dolt kommentaren.',
  [hetu('300472-552Y')],
);
sv.post(
  'welfare',
  'Remiss till hemvården: Greta Lindqvist, 190856-040E, Kyrkogatan 3 A 2, 68600 Jakobstad. Klienten är diabetiker och behöver hjälp med insulinet.',
  [person('Greta Lindqvist'), hetu('190856-040E'), address('Kyrkogatan 3 A 2, 68600 Jakobstad'), health('diabetiker'), health('behöver hjälp med insulinet')],
);
sv.post(
  'customer',
  'Min personbeteckning är 070670V819U och kundnummer 4413. Kan ni kolla varför fakturan kom två gånger? Hälsningar Bo-Erik Ståhl',
  [hetu('070670V819U'), person('Bo-Erik Ståhl')],
);
sv.post(
  'jobs',
  'Mer information ger personalchef Susanne Ek, tfn +358 (0)15 788 2202 eller susanne.ek@pieksamaki.fi.',
  [person('Susanne Ek'), phone('+358 (0)15 788 2202'), email('susanne.ek@pieksamaki.fi')],
);
sv.post(
  'council',
  'Bidraget betalas till Pieksämäki Bygdeförening rf (FO-nummer 3344556-7) till konto FI07 8000 2712 3456 78 under juni.',
  [businessId('3344556-7'), iban('FI07 8000 2712 3456 78')],
);
sv.post(
  'council',
  'Ordernummer 1234567-8 och leveransavtal 2026-0042 godkändes. Leverantörens FO-nummer kontrolleras i FODS före undertecknandet.',
);
sv.post(
  'customer',
  'Tack! Felparkeringsavgiften 60 € (kod 2026/PV/00872) gällde bilen BXY-44. Avgiften kan betalas inom 14 dagar.',
  [plate('BXY-44')],
);
sv.post(
  'welfare',
  'Min kollega är gravid och går på ledighet i vår, så vi söker en vikarie. Ansökningar senast 20.3.',
  [health('gravid')],
);
sv.post(
  'council',
  'STRIKT KONFIDENTIELLT: anteckningar från intervjuerna om stadsdirektörsvalet. Får inte spridas.',
  [confidential('STRIKT KONFIDENTIELLT'), confidential('Får inte spridas')],
);
sv.post(
  'customer',
  'Hej, mitt telefonnummer har ändrats, det nya är 045 678 9013. Hälsningar Kristina Wahlström',
  [phone('045 678 9013'), person('Kristina Wahlström')],
);
sv.post(
  'culture',
  'Välkommen till Runebergs gata 8 på lördag: Runebergsdagens program börjar kl. 12. Runebergstårtor 3,50 € st.',
  [address('Runebergs gata 8')],
);
sv.post(
  'events',
  'Anmälan till sommarlägret från mån 2.3 kl. 12 på lager.anmalan@pieksamaki.fi eller tfn 050-312 4456.',
  [email('lager.anmalan@pieksamaki.fi'), phone('050-312 4456')],
);

// ---------------------------------------------------------------------------------------------
// English

en.post(
  'customer',
  'Hi! Your personal identity code 080808A808R was visible in your previous comment by mistake. We have hidden the comment.',
  [hetu('080808A808R')],
);
en.post(
  'customer',
  'My identity code is 091178-901V (the temporary one from the hospital) and my customer number is 4414. Could you check why I was billed twice? Anil Kumar',
  [hetu('091178-901V'), person('Anil Kumar')],
);
en.post(
  'jobs',
  'Contact HR manager Rebecca Stone at +358 15 788 2203 or rebecca.stone@pieksamaki.fi for more information.',
  [person('Rebecca Stone'), phone('+358 15 788 2203'), email('rebecca.stone@pieksamaki.fi')],
);
en.post(
  'council',
  'The grant will be paid to Pieksämäki Village Association (business ID 1999001-6), account NO93 8601 1117 947, in June.',
  [businessId('1999001-6'), iban('NO93 8601 1117 947')],
);
en.post(
  'council',
  'Order no. 1234567-8 and supply contract 2026-0042 were approved. The supplier’s business ID (2818283-3?) is being checked before signing.',
);
en.post(
  'customer',
  'Your refund went to DK50 0040 0440 1162 43. Note that DK50 0040 0440 1162 44, which you first gave us, is not a valid IBAN.',
  [iban('DK50 0040 0440 1162 43')],
);
en.post(
  'welfare',
  'My colleague is pregnant and goes on leave in spring, so we are looking for a substitute. Applications by 20 March.',
  [health('pregnant')],
);
en.post(
  'welfare',
  'Our principal Mrs Hughes has been diagnosed with cancer and is on sick leave until further notice. Please respect her privacy.',
  [person('Mrs Hughes'), health('diagnosed with cancer'), health('on sick leave')],
);
en.post(
  'customer',
  'Hi, my phone number has changed, the new one is +358 45 678 9014. Everything else stays the same. Best, Tom Baker',
  [phone('+358 45 678 9014'), person('Tom Baker')],
);
en.post(
  'customer',
  'Please call us on 788 2234 to book an appointment. Building control is open Mon–Thu 9–11 am.',
  [phone('788 2234')],
);
en.post(
  'environment',
  'Pick-up point for bulky waste moved to Teollisuuskatu 9 B. The old point at Rantatie 4 closes on 1 May.',
  [address('Teollisuuskatu 9 B'), address('Rantatie 4')],
);
en.post(
  'events',
  'Follow us on Mastodon at @pieksamaki@mastodon.social! Email addresses of staff are firstname.lastname@pieksamaki.fi.',
);
en.post(
  'events',
  'Will you join us? Grace period for ticket refunds ends 1 May. Hope to see you at the Summer Nights festival, 24–26 July!',
);
en.post(
  'roadworks',
  'Plates spotted on the pedestrian street on Saturday: ABC-123 and XKR-48. Cars are not allowed there on market days.',
  [plate('ABC-123'), plate('XKR-48')],
);

export const draftPosts = [...fi.posts, ...sv.posts, ...en.posts];
