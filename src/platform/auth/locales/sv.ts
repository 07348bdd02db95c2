import type { Catalogue } from '../../i18n/i18n';
import type { fi } from './fi';

export const sv: Catalogue<typeof fi> = {
  signIn: {
    title: 'Logga in',
    intro: 'Inloggningen är för stadens personal. Invånare kan använda registret utan att logga in.',
    withProvider: 'Logga in med stadens användarkonto',
    orPassword: 'eller logga in med lösenord',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    forgot: 'Har du glömt lösenordet?',
    errorTitle: 'Inloggningen misslyckades',
    invalid: 'E-postadressen eller lösenordet är fel.',
    locked: 'Kontot är låst till {{time}} på grund av för många felaktiga lösenord. Du kan också ställa in ett nytt lösenord via en länk i e-posten.',
    emailRequired: 'Ange e-postadressen.',
    passwordRequired: 'Ange lösenordet.',
    signedOutEverywhere: 'Du har loggats ut från alla enheter.',
    signedOut: 'Du har loggat ut.',
    passwordSet: 'Lösenordet har ställts in. Logga in med det nya lösenordet.',
    providerFailed: 'Inloggningen med stadens användarkonto misslyckades. Försök igen eller kontakta stadens kommunikation.',
    providerNoAccount: 'Ditt användarkonto har inte behörighet till den här tjänsten: e-postadressen ska vara bekräftad och sluta på @{{domain}}.',
    noMethods: 'Inget inloggningssätt har konfigurerats. Administratören ska ställa in OIDC_ISSUER eller LOCAL_SIGN_IN.',
  },
  forgot: {
    title: 'Glömt lösenord',
    intro: 'Vi skickar en länk till din e-post, med vilken du kan ställa in ett nytt lösenord. Länken fungerar i en timme och bara en gång.',
    submit: 'Skicka länken',
    sentTitle: 'Kontrollera din e-post',
    sent: 'Om det finns ett konto för adressen {{email}} har en länk för att ställa in ett nytt lösenord skickats dit.',
  },
  reset: {
    title: 'Ställ in ett nytt lösenord',
    intro: 'Konto: {{email}}',
    password: 'Nytt lösenord',
    passwordHint: 'Minst {{min}} tecken. Ett bra lösenord är en kombination av flera ord som inte hör ihop. Använd inte samma lösenord någon annanstans (anvisning G9).',
    confirm: 'Nytt lösenord igen',
    submit: 'Spara lösenordet',
    mismatch: 'Lösenorden är inte likadana.',
    invalidTitle: 'Länken gäller inte längre',
    invalid: 'Länken har gått ut eller har redan använts. Be om en ny länk.',
    requestNew: 'Be om en ny länk',
  },
  password: {
    'too-short': 'Lösenordet ska ha minst {{minimum}} tecken.',
    'too-long': 'Lösenordet får ha högst {{maximum}} tecken.',
    'contains-email': 'Lösenordet får inte innehålla din e-postadress.',
    'wrong-current': 'Det nuvarande lösenordet är fel.',
    'invalid-link': 'Länken har gått ut eller har redan använts.',
    weak: {
      keyboard: 'Lösenordet är lätt att gissa: det följer raderna på tangentbordet.',
      repeat: 'Lösenordet är lätt att gissa: samma tecken eller följd upprepas i det.',
      sequence: 'Lösenordet är lätt att gissa: det innehåller en teckenföljd som abc eller 123.',
      dates: 'Lösenordet är lätt att gissa: det innehåller ett årtal eller ett datum.',
      common: 'Lösenordet är allmänt använt och lätt att gissa.',
      word: 'Lösenordet är lätt att gissa: ett enda ord räcker inte. Kombinera flera ord.',
      names: 'Lösenordet är lätt att gissa: det innehåller ett vanligt förnamn eller efternamn.',
      personal: 'Lösenordet är lätt att gissa: det innehåller ditt namn, din adress eller stadens namn.',
      general: 'Lösenordet är för lätt att gissa. Kombinera flera ord som inte hör ihop.',
    },
  },
  account: {
    languageTitle: 'Meddelandenas språk',
    language: 'Språk',
    languageHint: 'Språket som tjänsten skickar e-post till dig på.',
    saveLanguage: 'Spara språket',
    languageSaved: 'Språket har sparats.',
    title: 'Mina uppgifter',
    name: 'Namn',
    email: 'E-post',
    roles: 'Roller',
    noRoles: 'Du har inga roller ännu. Stadens kommunikation tilldelar rollerna.',
    passwordTitle: 'Byt lösenord',
    currentPassword: 'Nuvarande lösenord',
    newPassword: 'Nytt lösenord',
    changePassword: 'Byt lösenord',
    passwordChanged: 'Lösenordet har bytts. Du har loggats ut från alla enheter; logga in igen.',
    noPassword: 'Du loggar in med stadens användarkonto, så du har inget lösenord i den här tjänsten.',
    everywhereTitle: 'Logga ut överallt',
    everywhereIntro: 'Om du misstänker att någon annan har använt ditt konto, eller om du har loggat in på en enhet som du inte längre kommer åt.',
    everywhere: 'Logga ut från alla enheter',
    tokensLink: 'Personliga åtkomstnycklar',
  },
  tokens: {
    title: 'Personliga åtkomstnycklar',
    intro: 'Med en åtkomstnyckel kan ett program använda personalens gränssnitt för din räkning. Nyckeln kan aldrig göra mer än du själv, bara så mycket som dess behörigheter tillåter.',
    name: 'Nyckelns namn',
    nameHint: 'Vad nyckeln används till, till exempel "profillistning på intranätet".',
    scopes: 'Behörigheter',
    expires: 'Giltig',
    expiresDays: '{{count}} dagar',
    never: 'tills vidare',
    create: 'Skapa nyckel',
    createdTitle: 'Nyckeln har skapats',
    createdOnce: 'Kopiera nyckeln nu. Den visas inte igen och den sparas inte i klartext.',
    usage: 'Användning: skicka rubriken Authorization: Bearer NYCKEL.',
    back: 'Tillbaka till nycklarna',
    listTitle: 'Dina nycklar',
    none: 'Du har inga nycklar.',
    created: 'Skapad',
    lastUsed: 'Senast använd',
    notUsed: 'inte använd',
    revoked: 'Återkallad {{date}}',
    expired: 'Har gått ut',
    revoke: 'Återkalla nyckeln',
    revokedNotice: 'Nyckeln har återkallats.',
    nameRequired: 'Ge nyckeln ett namn.',
    scopeRequired: 'Välj minst en behörighet.',
    scope: {
      'registry:read': 'Läsa registrets uppgifter',
      'registry:write': 'Ändra registrets uppgifter',
      'people:read': 'Läsa användare',
      'audit:read': 'Läsa ändringsloggen',
      'cases:read': 'Läsa ärenden om falska profiler',
    },
  },
  role: {
    communications: 'Kommunikation',
    supervisor: 'Chef',
    employee: 'Anställd',
    auditor: 'Granskare',
  },
  roleIn: '{{role}}: {{unit}}',
  mail: {
    reset: {
      subject: 'Nytt lösenord – Somerekisteri ({{city}})',
      body: `Hej {{name}},

någon (förhoppningsvis du) bad om ett nytt lösenord till Somerekisteri för {{city}} stad. Ställ in ett nytt lösenord via den här länken:

{{link}}

Länken fungerar i {{hours}} timmar och bara en gång. Om du inte bad om ett nytt lösenord kan du lämna det här meddelandet utan åtgärd; ditt nuvarande lösenord gäller fortfarande.
`,
    },
    invite: {
      subject: 'Användarkonto till Somerekisteri – {{city}}',
      body: `Hej {{name}},

ett användarkonto har skapats åt dig i Somerekisteri för {{city}} stad, där stadens profiler i sociala medier sköts. Ställ in ditt lösenord via den här länken:

{{link}}

Länken fungerar i {{hours}} timmar och bara en gång.
`,
    },
  },
};
