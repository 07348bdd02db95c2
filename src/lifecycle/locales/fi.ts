export const fi = {
  nav: { proposals: 'Profiiliehdotukset' },
  state: {
    draft: 'Luonnos',
    submitted: 'Odottaa päätöstä',
    approved: 'Hyväksytty, odottaa osoitetta',
    rejected: 'Hylätty',
    withdrawn: 'Peruttu',
    published: 'Rekisterissä',
  },
  list: {
    title: 'Profiiliehdotukset',
    intro: 'Uusi virallinen profiili avataan ehdotuksesta: suunnitelma (tarkoitus, resursointi, ylläpitäjät, yksityisviestien käsittely), esihenkilön päätös ja asiantuntijaprofiilissa työntekijän suostumus. Hyväksytty profiili tulee julkiseen rekisteriin, kun sen osoite on kirjattu.',
    add: 'Uusi ehdotus',
    decisions: 'Odottaa päätöstäsi',
    consents: 'Odottaa suostumustasi',
    all: 'Ehdotukset',
    none: 'Ei ehdotuksia.',
    name: 'Profiili',
    state: 'Tila',
    unit: 'Yksikkö',
    updated: 'Muutettu',
  },
  form: {
    newTitle: 'Uusi profiiliehdotus',
    editTitle: 'Muokkaa ehdotusta: {{name}}',
    errorTitle: 'Tarkista nämä kohdat',
    kind: 'Profiilin tyyppi',
    platform: 'Palvelu',
    workingName: 'Profiilin nimi',
    workingNameHint: 'Organisaatioprofiili nimetään yksikön tai toiminnan mukaan (ohje P2); asiantuntijaprofiilissa on työntekijän nimi (ohje P3).',
    unit: 'Yksikkö',
    noUnit: '– valitse yksikkö –',
    planning: 'Suunnitelma (ohje O1)',
    purpose: 'Tarkoitus',
    purposeHint: 'Miksi profiili avataan ja mitä siinä kerrotaan.',
    audience: 'Kohderyhmä',
    hoursPerWeek: 'Työaika profiilin ylläpitoon, tuntia viikossa (ohje O2)',
    hoursHint: 'Profiilia ei avata, jos sen päivittämiseen ja käyttäjien kanssa keskusteluun ei ole työaikaa.',
    interactionsTitle: 'Vuorovaikutus (ohje O9)',
    interactionUsed: 'Profiilissa käytetään: {{form}}',
    interactionHandling: 'Miten {{form}} käsitellään',
    privateMessagePolicy: 'Miten yksityisviestit käsitellään',
    privateMessageHint: 'Pakollinen, vaikka yksityisviestejä ei käytettäisi: kerro ainakin, miten niihin tulleisiin kysymyksiin ja palautteeseen vastataan.',
    interaction: { comments: 'kommentit', chat: 'chat', 'private-messages': 'yksityisviestit' },
    administratorsTitle: 'Ylläpitäjät (ohje O4)',
    administratorsHint: 'Nimi ja tehtävänimike. Organisaatioprofiililla on vähintään kaksi ylläpitäjää (ohje P1).',
    administrator: 'Ylläpitäjä {{n}}',
    adminName: 'Nimi',
    adminTitle: 'Tehtävänimike',
    contactEmail: 'Yhteysosoite',
    contactHint: 'Organisaatioprofiililla kaupungin yhteinen postilaatikko (ohje P2), asiantuntijaprofiililla työntekijän oma kaupungin osoite (ohje P3).',
    expertTitle: 'Asiantuntijaprofiili (ohjeet E1–E3)',
    expertUser: 'Työntekijä, jota profiili edustaa',
    noExpert: '– valitse työntekijä –',
    expertRole: 'Kaupungin määrittelemä tehtävä tai rooli (ohje E1)',
    separation: 'Profiili pidetään erillään työntekijän yksityisistä profiileista (ohje E3)',
    termsTitle: 'Palvelun käyttöehdot (ohje O5)',
    termsCurrent: 'Palvelun käyttöehtojen voimassa oleva versio: {{version}}.',
    termsLink: 'Lue käyttöehdot',
    termsNone: 'Palvelun käyttöehtojen versiota ei ole kirjattu. Viestintä kirjaa sen palveluluetteloon ennen kuin ehdotuksen voi lähettää.',
    termsReviewed: 'Olen lukenut käyttöehtojen version {{version}}',
    termsConcerns: 'Huomiot käyttöehdoista',
    saveDraft: 'Tallenna luonnos',
    saveAndSubmit: 'Tallenna ja lähetä päätettäväksi',
    cancel: 'Peruuta',
    chooseOne: 'Valitse jokin vaihtoehdoista.',
    hoursInvalid: 'Anna työaika numerona, esimerkiksi 2,5.',
    tooLong: 'Teksti on liian pitkä (enintään {{max}} merkkiä).',
  },
  problem: {
    required: 'Anna profiilin nimi (ohje O1).',
    unitRequired: 'Valitse yksikkö, jonka tasolla profiili suunnitellaan (ohje O1).',
    purposeRequired: 'Kerro profiilin tarkoitus (ohje O1).',
    audienceRequired: 'Kerro profiilin kohderyhmä (ohje O1).',
    noWorkingTime: 'Profiilia ei avata ilman työaikaa: ”Profiilia ei perusteta, jos sen päivittämiseen ja käyttäjien kanssa vuorovaikutukseen ei voida varata työaikaa” (ohje O2).',
    privateMessagePolicyRequired: 'Kerro, miten yksityisviestit käsitellään (ohje O9).',
    interactionHandlingRequired: 'Kerro jokaisesta käytettävästä vuorovaikutuksen muodosta, miten se käsitellään (ohje O9).',
    administratorsIncomplete: 'Anna ylläpitäjien nimet ja tehtävänimikkeet (ohje O4).',
    organisationNeedsSeveral: 'Organisaatioprofiililla on oltava vähintään kaksi ylläpitäjää (ohje P1).',
    emailInvalid: 'Yhteysosoite ei kelpaa.',
    emailNotCityDomain: 'Yhteysosoitteen on oltava kaupungin osoite (@{{domain}}).',
    expertRequired: 'Valitse työntekijä, jota asiantuntijaprofiili edustaa (ohje P3).',
    expertRoleRequired: 'Kerro kaupungin määrittelemä tehtävä, josta asiantuntija viestii (ohje E1).',
    separationRequired: 'Asiantuntijaprofiili on pidettävä erillään yksityisistä profiileista (ohje E3).',
    termsUnknown: 'Palvelun käyttöehtojen versiota ei ole kirjattu (ohje O5).',
    termsNotReviewed: 'Lue palvelun käyttöehtojen voimassa oleva versio ja merkitse se luetuksi (ohje O5).',
  },
  refusal: {
    forbidden: 'Sinulla ei ole oikeutta tähän ehdotukseen.',
    'not-found': 'Ehdotusta ei löydy.',
    'not-allowed-in-state': 'Tätä ei voi tehdä ehdotukselle, jonka tila on {{state}}.',
    'not-the-proposer': 'Vain ehdotuksen tekijä voi tehdä tämän.',
    'not-the-supervisor': 'Päätöksen tekee yksikön esihenkilö (ohje O3).',
    'own-proposal': 'Omasta ehdotuksesta ei voi päättää itse (ohje O3).',
    'not-the-named-expert': 'Suostumuksen antaa vain työntekijä, jota profiili edustaa (ohje E2).',
    'not-an-expert-profile': 'Suostumusta tarvitaan vain asiantuntijaprofiiliin (ohje E2).',
    incomplete: 'Ehdotuksesta puuttuu vielä tietoja, joten sitä ei voi lähettää.',
    'consent-missing': 'Asiantuntijaprofiilia ei voi hyväksyä ennen työntekijän suostumusta (ohje E2).',
    'reason-required': 'Kirjoita päätöksen perustelu (ohje O3).',
    'not-an-administrator': 'Osoitteen kirjaa ehdotuksen tekijä tai viestintä.',
  },
  view: {
    facts: 'Ehdotus',
    proposer: 'Ehdottaja',
    submittedAt: 'Lähetetty',
    consent: 'Työntekijän suostumus',
    consentGiven: 'Annettu {{date}}',
    consentMissing: 'Ei vielä annettu',
    decision: 'Päätös',
    decidedBy: '{{name}}, {{date}}',
    hours: '{{hours}} h viikossa',
    missingTitle: 'Ennen lähettämistä puuttuu',
    edit: 'Muokkaa',
    submit: 'Lähetä päätettäväksi',
    withdraw: 'Peru ehdotus',
    consentTitle: 'Suostumus (ohje E2)',
    consentIntro: 'Profiili edustaa sinua kaupungin määrittelemässä tehtävässä. Se avataan vain suostumuksellasi, ja voit perua suostumuksen myöhemmin; silloin profiili suljetaan ilmoitusajan jälkeen.',
    giveConsent: 'Annan suostumukseni',
    withdrawConsent: 'Peru suostumukseni',
    decideTitle: 'Päätös (ohje O3)',
    reason: 'Perustelu',
    reasonHint: 'Perustelu näkyy ehdottajalle ja tallentuu muutoslokiin. Päätös on lopullinen.',
    approve: 'Hyväksy',
    reject: 'Hylkää',
    publishTitle: 'Profiilin osoite (ohjeet O6, E6)',
    publishIntro: 'Kun profiili on luotu palveluun, kirjaa sen osoite. Profiili tulee silloin julkiseen rekisteriin.',
    url: 'Profiilin osoite',
    handle: 'Käyttäjätunnus (jos osoitteessa ei ole)',
    publish: 'Kirjaa osoite ja julkaise rekisterissä',
    descriptionTitle: 'Ehdotus profiilin kuvaukseksi (ohje O4)',
    descriptionIntro: 'Kuvaus kertoo tarkoituksen, ylläpitäjät ja linkin rekisteriin palvelun pituusrajan sisällä.',
    descriptionTemplate: '{{purpose}} Ylläpitäjät: {{administrators}}. Kaupungin virallinen profiili: {{link}}',
    descriptionLength: '{{length}} merkkiä',
    descriptionLimit: '{{length}} / {{limit}} merkkiä',
    registryEntry: 'Merkintä julkisessa rekisterissä',
    saved: 'Ehdotus on tallennettu luonnoksena.',
    submitted: 'Ehdotus on lähetetty yksikön esihenkilölle päätettäväksi.',
    withdrawn: 'Ehdotus on peruttu.',
    consented: 'Suostumuksesi on tallennettu.',
    consentWithdrawn: 'Suostumuksesi on peruttu.',
    consentWithdrawnClosing: 'Suostumuksesi on peruttu. Profiilin sulkeminen on ilmoitettu rekisterissä.',
    approved: 'Ehdotus on hyväksytty.',
    rejected: 'Ehdotus on hylätty.',
    published: 'Profiili on nyt julkisessa rekisterissä.',
    closingReason: 'Työntekijä perui suostumuksensa asiantuntijaprofiiliin.',
  },
  mail: {
    submitted: {
      subject: 'Päätettävä profiiliehdotus: {{name}}',
      body: `Hei {{recipient}},

yksikkösi profiiliehdotus "{{name}}" odottaa päätöstäsi (ohje O3). Lue ehdotus ja kirjaa päätös perusteluineen:

{{link}}
`,
    },
    'consent-needed': {
      subject: 'Suostumustasi pyydetään: {{name}}',
      body: `Hei {{recipient}},

asiantuntijaprofiili "{{name}}" edustaisi sinua kaupungin määrittelemässä tehtävässä. Sitä ei voi hyväksyä ilman suostumustasi (ohje E2). Lue ehdotus ja anna suostumuksesi tai jätä antamatta:

{{link}}
`,
    },
    approved: {
      subject: 'Profiiliehdotus hyväksytty: {{name}}',
      body: `Hei {{recipient}},

profiiliehdotus "{{name}}" on hyväksytty. Perustelu: {{reason}}

Kun profiili on luotu palveluun, kirjaa sen osoite, niin se tulee julkiseen rekisteriin:

{{link}}
`,
    },
    rejected: {
      subject: 'Profiiliehdotus hylätty: {{name}}',
      body: `Hei {{recipient}},

profiiliehdotus "{{name}}" on hylätty. Perustelu: {{reason}}

{{link}}
`,
    },
    published: {
      subject: 'Profiili on rekisterissä: {{name}}',
      body: `Hei {{recipient}},

profiili "{{name}}" on nyt kaupungin julkisessa somerekisterissä.

{{link}}
`,
    },
    'closing-started': {
      subject: 'Profiilin sulkeminen alkoi: {{name}}',
      body: `Hei {{recipient}},

työntekijä perui suostumuksensa asiantuntijaprofiiliin "{{name}}". Profiilin sulkeminen on ilmoitettu rekisterissä, ja se suljetaan ilmoitusajan päätyttyä (ohje O8). Kerro seuraajille, mistä palvelun löytää jatkossa.

{{link}}
`,
    },
  },
};
