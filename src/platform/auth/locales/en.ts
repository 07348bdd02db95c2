import type { Catalogue } from '../../i18n/i18n';
import type { fi } from './fi';

export const en: Catalogue<typeof fi> = {
  signIn: {
    title: 'Sign in',
    intro: 'Signing in is for city staff. Residents can use the registry without signing in.',
    withProvider: 'Sign in with your city account',
    orPassword: 'or sign in with a password',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgotten your password?',
    errorTitle: 'Sign-in failed',
    invalid: 'The email address or password is incorrect.',
    locked: 'The account is locked until {{time}} because of too many incorrect passwords. You can also set a new password with a link sent by email.',
    emailRequired: 'Enter your email address.',
    passwordRequired: 'Enter your password.',
    signedOutEverywhere: 'You have been signed out on all devices.',
    signedOut: 'You have signed out.',
    passwordSet: 'Your password has been set. Sign in with your new password.',
    providerFailed: "Signing in with your city account failed. Try again or contact the city's communications unit.",
    providerNoAccount: 'Your account does not have access to this service: the email address must be verified and end in @{{domain}}.',
    noMethods: 'No sign-in method has been configured. The administrator must set OIDC_ISSUER or LOCAL_SIGN_IN.',
  },
  forgot: {
    title: 'Forgotten password',
    intro: 'We will email you a link for setting a new password. The link works for one hour and only once.',
    submit: 'Send link',
    sentTitle: 'Check your email',
    sent: 'If there is an account for {{email}}, a link for setting a new password has been sent to it.',
  },
  reset: {
    title: 'Set a new password',
    intro: 'Account: {{email}}',
    password: 'New password',
    passwordHint: 'At least {{min}} characters. A good password combines several unrelated words. Do not use the same password anywhere else (policy rule G9).',
    confirm: 'New password again',
    submit: 'Save password',
    mismatch: 'The passwords do not match.',
    invalidTitle: 'The link is no longer valid',
    invalid: 'The link has expired or has already been used. Request a new link.',
    requestNew: 'Request a new link',
  },
  password: {
    'too-short': 'The password must have at least {{minimum}} characters.',
    'too-long': 'The password can have at most {{maximum}} characters.',
    'contains-email': 'The password must not contain your email address.',
    'wrong-current': 'The current password is incorrect.',
    'invalid-link': 'The link has expired or has already been used.',
    weak: {
      keyboard: 'The password is easy to guess: it follows rows of the keyboard.',
      repeat: 'The password is easy to guess: it repeats the same character or sequence.',
      sequence: 'The password is easy to guess: it contains a sequence such as abc or 123.',
      dates: 'The password is easy to guess: it contains a year or a date.',
      common: 'The password is commonly used and easy to guess.',
      word: 'The password is easy to guess: a single word is not enough. Combine several words.',
      names: 'The password is easy to guess: it contains a common first name or surname.',
      personal: "The password is easy to guess: it contains your name, your address or the city's name.",
      general: 'The password is too easy to guess. Combine several unrelated words.',
    },
  },
  account: {
    languageTitle: 'Language of messages',
    language: 'Language',
    languageHint: 'The language in which the service sends you email.',
    saveLanguage: 'Save the language',
    languageSaved: 'The language is saved.',
    title: 'My details',
    name: 'Name',
    email: 'Email',
    roles: 'Roles',
    noRoles: "You do not have any roles yet. The city's communications unit assigns roles.",
    passwordTitle: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    changePassword: 'Change password',
    passwordChanged: 'Your password has been changed. You have been signed out on all devices; sign in again.',
    noPassword: 'You sign in with your city account, so you have no password in this service.',
    everywhereTitle: 'Sign out everywhere',
    everywhereIntro: 'If you suspect that someone else has used your account, or you have signed in on a device you can no longer access.',
    everywhere: 'Sign out on all devices',
    tokensLink: 'Personal access tokens',
  },
  tokens: {
    title: 'Personal access tokens',
    intro: 'An access token lets a program use the staff API on your behalf. A token can never do more than you can yourself, only as much as its permissions allow.',
    name: 'Token name',
    nameHint: 'What the token is used for, for example "intranet profile listing".',
    scopes: 'Permissions',
    expires: 'Valid for',
    expiresDays: '{{count}} days',
    never: 'until further notice',
    create: 'Create token',
    createdTitle: 'Token created',
    createdOnce: 'Copy the token now. It will not be shown again, and it is not stored in plain text.',
    usage: 'Usage: send the header Authorization: Bearer TOKEN.',
    back: 'Back to tokens',
    listTitle: 'Your tokens',
    none: 'You have no tokens.',
    created: 'Created',
    lastUsed: 'Last used',
    notUsed: 'not used',
    revoked: 'Revoked {{date}}',
    expired: 'Expired',
    revoke: 'Revoke token',
    revokedNotice: 'The token has been revoked.',
    nameRequired: 'Give the token a name.',
    scopeRequired: 'Choose at least one permission.',
    scope: {
      'registry:read': 'Read registry data',
      'registry:write': 'Change registry data',
      'people:read': 'Read users',
      'audit:read': 'Read the audit trail',
      'cases:read': 'Read fake-profile cases',
    },
  },
  role: {
    communications: 'Communications',
    supervisor: 'Supervisor',
    employee: 'Employee',
    auditor: 'Auditor',
  },
  roleIn: '{{role}}: {{unit}}',
  mail: {
    reset: {
      subject: 'New password – Somerekisteri ({{city}})',
      body: `Hello {{name}},

someone (hopefully you) asked for a new password for the City of {{city}} Somerekisteri. Set a new password using this link:

{{link}}

The link works for {{hours}} hours and only once. If you did not ask for a new password, you can ignore this message; your current password remains valid.
`,
    },
    invite: {
      subject: 'Account for Somerekisteri – {{city}}',
      body: `Hello {{name}},

an account has been created for you in the City of {{city}} Somerekisteri, where the city's social media profiles are managed. Set your password using this link:

{{link}}

The link works for {{hours}} hours and only once.
`,
    },
  },
};
