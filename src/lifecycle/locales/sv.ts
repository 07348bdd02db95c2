import type { Catalogue } from '../../platform/i18n/i18n';
import type { fi } from './fi';

export const sv: Catalogue<typeof fi> = {
  nav: { proposals: 'Profilförslag' },
  state: {
    draft: 'Utkast',
    submitted: 'Väntar på beslut',
    approved: 'Godkänt, väntar på adress',
    rejected: 'Avslaget',
    withdrawn: 'Återtaget',
    published: 'I registret',
  },
  list: {
    title: 'Profilförslag',
    intro: 'En ny officiell profil öppnas utifrån ett förslag: en plan (syfte, resurser, administratörer, hantering av privatmeddelanden), chefens beslut och, för en expertprofil, den anställdas samtycke. En godkänd profil förs in i det offentliga registret när dess adress har registrerats.',
    add: 'Nytt förslag',
    decisions: 'Väntar på ditt beslut',
    consents: 'Väntar på ditt samtycke',
    all: 'Förslag',
    none: 'Inga förslag.',
    name: 'Profil',
    state: 'Status',
    unit: 'Enhet',
    updated: 'Ändrat',
  },
  form: {
    newTitle: 'Nytt profilförslag',
    editTitle: 'Redigera förslaget: {{name}}',
    errorTitle: 'Kontrollera följande',
    kind: 'Profiltyp',
    platform: 'Tjänst',
    workingName: 'Profilens namn',
    workingNameHint: 'En organisationsprofil namnges efter enheten eller verksamheten (anvisning P2); en expertprofil har den anställdas namn (anvisning P3).',
    unit: 'Enhet',
    noUnit: '– välj enhet –',
    planning: 'Plan (anvisning O1)',
    purpose: 'Syfte',
    purposeHint: 'Varför profilen öppnas och vad den berättar om.',
    audience: 'Målgrupp',
    hoursPerWeek: 'Arbetstid för underhåll av profilen, timmar i veckan (anvisning O2)',
    hoursHint: 'Profilen öppnas inte om det inte finns arbetstid för att uppdatera den och diskutera med användarna.',
    interactionsTitle: 'Interaktion (anvisning O9)',
    interactionUsed: 'I profilen används: {{form}}',
    interactionHandling: 'Hur {{form}} hanteras',
    privateMessagePolicy: 'Hur privatmeddelanden hanteras',
    privateMessageHint: 'Obligatoriskt även om privatmeddelanden inte används: berätta åtminstone hur frågor och respons som kommer in via dem besvaras.',
    interaction: { comments: 'kommentarer', chat: 'chatt', 'private-messages': 'privatmeddelanden' },
    administratorsTitle: 'Administratörer (anvisning O4)',
    administratorsHint: 'Namn och titel. En organisationsprofil har minst två administratörer (anvisning P1).',
    administrator: 'Administratör {{n}}',
    adminName: 'Namn',
    adminTitle: 'Titel',
    contactEmail: 'Kontaktadress',
    contactHint: 'För en organisationsprofil stadens gemensamma brevlåda (anvisning P2), för en expertprofil den anställdas egen adress hos staden (anvisning P3).',
    expertTitle: 'Expertprofil (anvisningarna E1–E3)',
    expertUser: 'Den anställda som profilen representerar',
    noExpert: '– välj anställd –',
    expertRole: 'Uppgift eller roll som staden har fastställt (anvisning E1)',
    separation: 'Profilen hålls åtskild från den anställdas privata profiler (anvisning E3)',
    termsTitle: 'Tjänstens användarvillkor (anvisning O5)',
    termsCurrent: 'Gällande version av tjänstens användarvillkor: {{version}}.',
    termsLink: 'Läs användarvillkoren',
    termsNone: 'Versionen av tjänstens användarvillkor har inte registrerats. Kommunikationen för in den i tjänsteförteckningen innan förslaget kan skickas.',
    termsReviewed: 'Jag har läst version {{version}} av användarvillkoren',
    termsConcerns: 'Anmärkningar om användarvillkoren',
    saveDraft: 'Spara utkast',
    saveAndSubmit: 'Spara och skicka för beslut',
    cancel: 'Avbryt',
    chooseOne: 'Välj ett av alternativen.',
    hoursInvalid: 'Ange arbetstiden som ett tal, till exempel 2,5.',
    tooLong: 'Texten är för lång (högst {{max}} tecken).',
  },
  problem: {
    required: 'Ange profilens namn (anvisning O1).',
    unitRequired: 'Välj den enhet på vars nivå profilen planeras (anvisning O1).',
    purposeRequired: 'Ange profilens syfte (anvisning O1).',
    audienceRequired: 'Ange profilens målgrupp (anvisning O1).',
    noWorkingTime: 'Profilen öppnas inte utan arbetstid: ”En profil inrättas inte om arbetstid inte kan reserveras för att uppdatera den och interagera med användarna” (anvisning O2).',
    privateMessagePolicyRequired: 'Berätta hur privatmeddelanden hanteras (anvisning O9).',
    interactionHandlingRequired: 'Berätta för varje form av interaktion som används hur den hanteras (anvisning O9).',
    administratorsIncomplete: 'Ange administratörernas namn och titlar (anvisning O4).',
    organisationNeedsSeveral: 'En organisationsprofil ska ha minst två administratörer (anvisning P1).',
    emailInvalid: 'Kontaktadressen godkänns inte.',
    emailNotCityDomain: 'Kontaktadressen ska vara stadens adress (@{{domain}}).',
    expertRequired: 'Välj den anställda som expertprofilen representerar (anvisning P3).',
    expertRoleRequired: 'Ange den uppgift som staden har fastställt och som experten kommunicerar om (anvisning E1).',
    separationRequired: 'En expertprofil ska hållas åtskild från privata profiler (anvisning E3).',
    termsUnknown: 'Versionen av tjänstens användarvillkor har inte registrerats (anvisning O5).',
    termsNotReviewed: 'Läs den gällande versionen av tjänstens användarvillkor och markera den som läst (anvisning O5).',
  },
  refusal: {
    forbidden: 'Du har inte behörighet till det här förslaget.',
    'not-found': 'Förslaget hittas inte.',
    'not-allowed-in-state': 'Det här går inte att göra med ett förslag vars status är {{state}}.',
    'not-the-proposer': 'Bara den som har gjort förslaget kan göra det här.',
    'not-the-supervisor': 'Beslutet fattas av enhetens chef (anvisning O3).',
    'own-proposal': 'Man kan inte själv besluta om sitt eget förslag (anvisning O3).',
    'not-the-named-expert': 'Samtycke kan ges endast av den anställda som profilen representerar (anvisning E2).',
    'not-an-expert-profile': 'Samtycke behövs bara för en expertprofil (anvisning E2).',
    incomplete: 'Uppgifter saknas ännu i förslaget, så det kan inte skickas.',
    'consent-missing': 'En expertprofil kan inte godkännas innan den anställda har gett sitt samtycke (anvisning E2).',
    'reason-required': 'Skriv en motivering till beslutet (anvisning O3).',
    'not-an-administrator': 'Adressen registreras av den som har gjort förslaget eller av kommunikationen.',
  },
  view: {
    facts: 'Förslag',
    proposer: 'Förslagsställare',
    submittedAt: 'Skickat',
    consent: 'Den anställdas samtycke',
    consentGiven: 'Givet {{date}}',
    consentMissing: 'Inte givet ännu',
    decision: 'Beslut',
    decidedBy: '{{name}}, {{date}}',
    hours: '{{hours}} h i veckan',
    missingTitle: 'Saknas innan förslaget kan skickas',
    edit: 'Redigera',
    submit: 'Skicka för beslut',
    withdraw: 'Återta förslaget',
    consentTitle: 'Samtycke (anvisning E2)',
    consentIntro: 'Profilen representerar dig i en uppgift som staden har fastställt. Den öppnas endast med ditt samtycke, och du kan återkalla ditt samtycke senare; då avslutas profilen efter en varseltid.',
    giveConsent: 'Jag ger mitt samtycke',
    withdrawConsent: 'Jag återkallar mitt samtycke',
    decideTitle: 'Beslut (anvisning O3)',
    reason: 'Motivering',
    reasonHint: 'Motiveringen visas för förslagsställaren och sparas i ändringsloggen. Beslutet är slutgiltigt.',
    approve: 'Godkänn',
    reject: 'Avslå',
    publishTitle: 'Profilens adress (anvisningarna O6, E6)',
    publishIntro: 'När profilen har skapats i tjänsten ska du registrera dess adress. Profilen förs då in i det offentliga registret.',
    url: 'Profilens adress',
    handle: 'Användarnamn (om det inte finns i adressen)',
    publish: 'Registrera adressen och publicera i registret',
    descriptionTitle: 'Förslag till profilbeskrivning (anvisning O4)',
    descriptionIntro: 'Beskrivningen anger syftet, administratörerna och en länk till registret inom tjänstens teckengräns.',
    descriptionTemplate: '{{purpose}} Administratörer: {{administrators}}. Stadens officiella profil: {{link}}',
    descriptionLength: '{{length}} tecken',
    descriptionLimit: '{{length}} / {{limit}} tecken',
    registryEntry: 'Posten i det offentliga registret',
    saved: 'Förslaget har sparats som utkast.',
    submitted: 'Förslaget har skickats till enhetens chef för beslut.',
    withdrawn: 'Förslaget har återtagits.',
    consented: 'Ditt samtycke har sparats.',
    consentWithdrawn: 'Ditt samtycke har återkallats.',
    consentWithdrawnClosing: 'Ditt samtycke har återkallats. Att profilen avslutas har meddelats i registret.',
    approved: 'Förslaget har godkänts.',
    rejected: 'Förslaget har avslagits.',
    published: 'Profilen finns nu i det offentliga registret.',
    closingReason: 'Den anställda återkallade sitt samtycke till expertprofilen.',
  },
  mail: {
    submitted: {
      subject: 'Profilförslag att besluta om: {{name}}',
      body: `Hej {{recipient}},

profilförslaget "{{name}}" från din enhet väntar på ditt beslut (anvisning O3). Läs förslaget och registrera beslutet med motivering:

{{link}}
`,
    },
    'consent-needed': {
      subject: 'Ditt samtycke begärs: {{name}}',
      body: `Hej {{recipient}},

expertprofilen "{{name}}" skulle representera dig i en uppgift som staden har fastställt. Den kan inte godkännas utan ditt samtycke (anvisning E2). Läs förslaget och ge ditt samtycke eller låt bli:

{{link}}
`,
    },
    approved: {
      subject: 'Profilförslaget godkänt: {{name}}',
      body: `Hej {{recipient}},

profilförslaget "{{name}}" har godkänts. Motivering: {{reason}}

När profilen har skapats i tjänsten, registrera dess adress så kommer den in i det offentliga registret:

{{link}}
`,
    },
    rejected: {
      subject: 'Profilförslaget avslaget: {{name}}',
      body: `Hej {{recipient}},

profilförslaget "{{name}}" har avslagits. Motivering: {{reason}}

{{link}}
`,
    },
    published: {
      subject: 'Profilen finns i registret: {{name}}',
      body: `Hej {{recipient}},

profilen "{{name}}" finns nu i stadens offentliga register över sociala medier.

{{link}}
`,
    },
    'closing-started': {
      subject: 'Avslutandet av profilen har börjat: {{name}}',
      body: `Hej {{recipient}},

den anställda återkallade sitt samtycke till expertprofilen "{{name}}". Avslutandet har meddelats i registret, och profilen avslutas när varseltiden har gått ut (anvisning O8). Berätta för följarna var tjänsten finns i fortsättningen.

{{link}}
`,
    },
  },
};
