import type { Catalogue } from '../i18n';
import type { fi } from './fi';

export const en: Catalogue<typeof fi> = {
  languageName: 'English',
  languageSwitch: 'Language',
  mainNavigation: 'Main menu',
  skipToContent: 'Skip to content',
  serviceName: 'Social media registry',
  cityServiceName: '{{city}} – social media profiles',
  staff: {
    dashboard: 'Dashboard',
    signIn: 'Staff sign-in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as:',
    navigation: 'Staff menu',
  },
  footer: {
    maintainedBy: 'The registry is maintained by the communications unit of {{city}}.',
    openData: 'Open data and API',
    accessibility: 'This service is built to be accessible (WCAG 2.1 AA).',
  },
  cli: {
    usage: `Usage: npm run cli -- <command> [options]

Commands:
  db:migrate                      apply database migrations
  audit verify                    check that the audit trail has not been changed afterwards
  import FILE [--actor NAME]      import profiles from a JSON export or a CSV file, all or nothing
  export [--format json|csv] [--output FILE]
                                  export the registry (JSON by default) to stdout or FILE
  verify --jsonl                  read JSON Lines {"id","url"} or {"id","platform","handle"} from stdin,
                                  write {"id","status","profileId","resembles","case"} per line
  check --jsonl                   check drafts before publishing: read {"id","text"} per line from
                                  stdin, write {"id","verdict","findings"} per line
  people add EMAIL [--name NAME] [--role communications|auditor]
                                  add a person with a city-wide role (the first communications
                                  account); prints a link to set the password
  people erase EMAIL              erase the name and address of a person whose account is off
  terms import PATH               import the platforms' terms of service versions from the Open Terms
                                  Archive dataset (zip or unpacked folder); changed texts only

Options:
  --lang fi|sv|en                 language of messages (default from LANG, else Finnish)
`,
    personAdded: 'Added {{email}} with the role {{role}}.',
    passwordLink: 'Set the password with this link (valid for 7 days, once): {{link}}',
    personErased: 'The name and address of {{email}} are erased; the audit log knows the person by id alone.',
    personStillActive: 'The account {{email}} is in use. Switch it off on its user page first.',
    personUnknown: 'There is no account {{email}}.',
    termsImported: 'Terms of service versions recorded: {{recorded}} ({{already}} already recorded, {{unchanged}} unchanged; {{files}} files read).',
    termsCurrent: 'current {{version}}',
    termsRefused: 'The dataset was not imported and nothing was recorded: {{reason}}',
    auditIntact: 'Audit trail intact: {{count}} entries.',
    auditIntact_one: 'Audit trail intact: {{count}} entry.',
    auditBroken: 'Audit trail broken at entry {{id}}: {{reason}}',
    auditReason: {
      'missing-hash': 'the entry has no hash',
      'wrong-link': 'the entry does not link to the one before it (entries were removed or inserted)',
      'content-changed': 'the entry was changed after it was written',
    },
    unknownCommand: 'Unknown command: {{command}}',
    migrated: 'Migrations applied ({{database}}).',
    linesFailed: '{{count}} lines could not be checked; see their "error".',
    linesFailed_one: '{{count}} line could not be checked; see its "error".',
  },
  errors: {
    forbiddenTitle: 'Not allowed',
    forbidden: "You do not have the right to do this. If you need it, ask the city's communications unit.",
    unauthorized: 'Sign in first.',
    csrf: 'The form has expired or was sent from another site. Reload the page and try again.',
    notFound: 'Page not found.',
    notFoundTitle: 'Not found',
    internal: 'Something went wrong in the service. Please try again in a moment.',
    internalTitle: 'Error',
    badRequest: 'The request is not valid.',
    validation: 'Check the field {{field}}: {{message}}',
    tooManyRequests: 'Too many requests. Wait a moment and try again.',
    backHome: 'Front page',
  },
  validation: {
    required: 'required information is missing',
    invalidValue: 'the value is not valid',
    tooBig: 'the value is too large (at most {{maximum}})',
    tooSmall: 'the value is too small (at least {{minimum}})',
    invalidFormat: 'the format is not valid',
    oneOf: 'the value must be one of: {{options}}',
  },
};
