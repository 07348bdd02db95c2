export const fi = {
  languageName: 'Suomi',
  languageSwitch: 'Kieli',
  mainNavigation: 'Päävalikko',
  skipToContent: 'Siirry sisältöön',
  serviceName: 'Somerekisteri',
  cityServiceName: '{{city}} – sosiaalisen median profiilit',
  staff: {
    dashboard: 'Työpöytä',
    signIn: 'Henkilöstön kirjautuminen',
    signOut: 'Kirjaudu ulos',
    signedInAs: 'Kirjautuneena:',
    navigation: 'Henkilöstön valikko',
  },
  footer: {
    maintainedBy: 'Rekisteriä ylläpitää kaupungin viestintä ({{city}}).',
    openData: 'Avoin data ja rajapinta',
    accessibility: 'Palvelu on tehty saavutettavaksi (WCAG 2.1 AA).',
  },
  cli: {
    usage: `Käyttö: npm run cli -- <komento> [valinnat]

Komennot:
  db:migrate                      aja tietokannan muutokset
  audit verify                    tarkista, ettei muutoslokia ole muutettu jälkikäteen
  import TIEDOSTO [--actor NIMI]  tuo profiilit JSON-viennistä tai CSV-tiedostosta, kaikki tai ei mitään
  export [--format json|csv] [--output TIEDOSTO]
                                  vie rekisteri (oletuksena JSON) tulosteeseen tai tiedostoon
  verify --jsonl                  lue JSON-rivejä {"id","url"} tai {"id","platform","handle"},
                                  kirjoita {"id","status","profileId","resembles","case"} riveittäin
  check --jsonl                   tarkista luonnokset ennen julkaisua: lue {"id","text"} riveittäin,
                                  kirjoita {"id","verdict","findings"} riveittäin
  people add EMAIL [--name NIMI] [--role communications|auditor]
                                  lisää henkilö koko kaupungin roolilla (ensimmäinen viestinnän
                                  tunnus); tulostaa linkin salasanan asettamiseen
  people erase EMAIL              poista käytöstä poistetun henkilön nimi ja osoite
  terms import POLKU              tuo palvelujen käyttöehtojen versiot Open Terms Archiven
                                  aineistosta (zip tai purettu kansio); vain muuttuneet tekstit

Valinnat:
  --lang fi|sv|en                 viestien kieli (oletuksena LANG-muuttujasta, muuten suomi)
`,
    personAdded: 'Lisätty {{email}} roolilla {{role}}.',
    passwordLink: 'Salasanan voi asettaa tästä linkistä (voimassa 7 päivää, kerran): {{link}}',
    personErased: 'Henkilön {{email}} nimi ja osoite on poistettu; muutoslokissa hänet tunnetaan vain tunnisteella.',
    personStillActive: 'Tunnus {{email}} on käytössä. Poista se ensin käytöstä käyttäjäsivulla.',
    personUnknown: 'Tunnusta {{email}} ei ole.',
    termsImported: 'Käyttöehtojen versioita kirjattu {{recorded}} ({{already}} oli jo kirjattu, {{unchanged}} ei muuttunut; {{files}} tiedostoa luettu).',
    termsCurrent: 'voimassa {{version}}',
    termsRefused: 'Aineistoa ei tuotu, mitään ei kirjattu: {{reason}}',
    auditIntact: 'Lokiketju on ehjä: {{count}} merkintää.',
    auditIntact_one: 'Lokiketju on ehjä: {{count}} merkintä.',
    auditBroken: 'Lokiketju katkeaa merkinnässä {{id}}: {{reason}}',
    auditReason: {
      'missing-hash': 'merkinnältä puuttuu tarkiste',
      'wrong-link': 'merkintä ei viittaa edelliseen merkintään (merkintöjä on poistettu tai lisätty)',
      'content-changed': 'merkinnän sisältöä on muutettu kirjoittamisen jälkeen',
    },
    unknownCommand: 'Tuntematon komento: {{command}}',
    migrated: 'Tietokannan muutokset ajettu ({{database}}).',
    linesFailed: '{{count}} riviä ei voitu tarkistaa; katso niiden kenttä "error".',
    linesFailed_one: '{{count}} riviä ei voitu tarkistaa; katso sen kenttä "error".',
  },
  errors: {
    forbiddenTitle: 'Ei käyttöoikeutta',
    forbidden: 'Sinulla ei ole oikeutta tähän. Jos tarvitset oikeuden, pyydä sitä kaupungin viestinnältä.',
    unauthorized: 'Kirjaudu sisään ensin.',
    csrf: 'Lomake on vanhentunut tai se lähetettiin toiselta sivustolta. Lataa sivu uudelleen ja yritä uudestaan.',
    notFound: 'Sivua ei löytynyt.',
    notFoundTitle: 'Ei löytynyt',
    internal: 'Palvelussa tapahtui virhe. Yritä hetken päästä uudelleen.',
    internalTitle: 'Virhe',
    badRequest: 'Pyyntö ei kelpaa.',
    validation: 'Tarkista kenttä {{field}}: {{message}}',
    tooManyRequests: 'Liian monta pyyntöä. Odota hetki ja yritä uudelleen.',
    backHome: 'Etusivulle',
  },
  validation: {
    required: 'pakollinen tieto puuttuu',
    invalidValue: 'arvo ei kelpaa',
    tooBig: 'arvo on liian suuri (enintään {{maximum}})',
    tooSmall: 'arvo on liian pieni (vähintään {{minimum}})',
    invalidFormat: 'muoto ei kelpaa',
    oneOf: 'arvon tulee olla jokin näistä: {{options}}',
  },
};
