import type { Catalogue } from '../i18n';
import type { fi } from './fi';

export const sv: Catalogue<typeof fi> = {
  languageName: 'Svenska',
  languageSwitch: 'Språk',
  mainNavigation: 'Huvudmeny',
  skipToContent: 'Hoppa till innehållet',
  serviceName: 'Sociala medieregistret',
  cityServiceName: '{{city}} – profiler i sociala medier',
  staff: {
    dashboard: 'Skrivbord',
    signIn: 'Inloggning för personal',
    signOut: 'Logga ut',
    signedInAs: 'Inloggad som:',
    navigation: 'Personalens meny',
  },
  footer: {
    maintainedBy: 'Registret upprätthålls av kommunikationen i {{city}}.',
    openData: 'Öppna data och gränssnitt',
    accessibility: 'Tjänsten är gjord tillgänglig (WCAG 2.1 AA).',
  },
  cli: {
    usage: `Användning: npm run cli -- <kommando> [alternativ]

Kommandon:
  db:migrate                      kör databasens ändringar
  audit verify                    kontrollera att ändringsloggen inte har ändrats i efterhand
  import FIL [--actor NAMN]       importera profiler från en JSON-export eller en CSV-fil, allt eller inget
  export [--format json|csv] [--output FIL]
                                  exportera registret (som standard JSON) till utdata eller fil
  verify --jsonl                  läs JSON-rader {"id","url"} eller {"id","platform","handle"},
                                  skriv {"id","status","profileId","resembles","case"} per rad
  check --jsonl                   granska utkast före publicering: läs {"id","text"} per rad,
                                  skriv {"id","verdict","findings"} per rad
  people add E-POST [--name NAMN] [--role communications|auditor]
                                  lägg till en person med en roll för hela staden (det första
                                  kommunikationskontot); skriver ut en länk för att ställa in lösenord
  people erase E-POST             radera namn och adress för en person vars konto är avstängt
  terms import SÖKVÄG            importera versioner av tjänsternas användarvillkor från Open Terms
                                  Archives dataset (zip eller uppackad mapp); bara ändrade texter

Alternativ:
  --lang fi|sv|en                 meddelandenas språk (som standard från LANG, annars finska)
`,
    personAdded: 'Lade till {{email}} med rollen {{role}}.',
    passwordLink: 'Lösenordet kan ställas in via den här länken (giltig 7 dagar, en gång): {{link}}',
    personErased: 'Namnet och adressen för {{email}} har raderats; i ändringsloggen är personen känd endast med sin identifierare.',
    personStillActive: 'Kontot {{email}} används. Stäng först av det på användarsidan.',
    personUnknown: 'Kontot {{email}} finns inte.',
    termsImported: 'Versioner av användarvillkoren registrerade: {{recorded}} ({{already}} fanns redan, {{unchanged}} oförändrade; {{files}} filer lästa).',
    termsCurrent: 'gällande {{version}}',
    termsRefused: 'Datasetet importerades inte, ingenting registrerades: {{reason}}',
    auditIntact: 'Loggkedjan är intakt: {{count}} poster.',
    auditIntact_one: 'Loggkedjan är intakt: {{count}} post.',
    auditBroken: 'Loggkedjan bryts vid post {{id}}: {{reason}}',
    auditReason: {
      'missing-hash': 'posten saknar kontrollsumma',
      'wrong-link': 'posten hänvisar inte till föregående post (poster har tagits bort eller lagts till)',
      'content-changed': 'postens innehåll har ändrats efter att den skrevs',
    },
    unknownCommand: 'Okänt kommando: {{command}}',
    migrated: 'Databasens ändringar har körts ({{database}}).',
    linesFailed: '{{count}} rader kunde inte kontrolleras; se deras fält "error".',
    linesFailed_one: '{{count}} rad kunde inte kontrolleras; se dess fält "error".',
  },
  errors: {
    forbiddenTitle: 'Ingen behörighet',
    forbidden: 'Du har inte behörighet till detta. Om du behöver behörighet, be stadens kommunikation om den.',
    unauthorized: 'Logga in först.',
    csrf: 'Formuläret har gått ut eller skickades från en annan webbplats. Ladda om sidan och försök igen.',
    notFound: 'Sidan hittades inte.',
    notFoundTitle: 'Hittades inte',
    internal: 'Ett fel inträffade i tjänsten. Försök igen om en stund.',
    internalTitle: 'Fel',
    badRequest: 'Begäran godkänns inte.',
    validation: 'Kontrollera fältet {{field}}: {{message}}',
    tooManyRequests: 'För många förfrågningar. Vänta en stund och försök igen.',
    backHome: 'Till startsidan',
  },
  validation: {
    required: 'uppgiften saknas',
    invalidValue: 'värdet godkänns inte',
    tooBig: 'värdet är för stort (högst {{maximum}})',
    tooSmall: 'värdet är för litet (minst {{minimum}})',
    invalidFormat: 'formatet godkänns inte',
    oneOf: 'värdet ska vara ett av dessa: {{options}}',
  },
};
