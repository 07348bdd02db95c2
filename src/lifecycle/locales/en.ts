import type { Catalogue } from '../../platform/i18n/i18n';
import type { fi } from './fi';

export const en: Catalogue<typeof fi> = {
  nav: { proposals: 'Profile proposals' },
  state: {
    draft: 'Draft',
    submitted: 'Awaiting decision',
    approved: 'Approved, awaiting address',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    published: 'In the registry',
  },
  list: {
    title: 'Profile proposals',
    intro: "A new official profile is opened from a proposal: a plan (purpose, resourcing, administrators, handling of private messages), the supervisor's decision and, for an expert profile, the employee's consent. An approved profile enters the public registry once its address has been recorded.",
    add: 'New proposal',
    decisions: 'Awaiting your decision',
    consents: 'Awaiting your consent',
    all: 'Proposals',
    none: 'No proposals.',
    name: 'Profile',
    state: 'Status',
    unit: 'Unit',
    updated: 'Modified',
  },
  form: {
    newTitle: 'New profile proposal',
    editTitle: 'Edit proposal: {{name}}',
    errorTitle: 'Check these items',
    kind: 'Profile type',
    platform: 'Platform',
    workingName: 'Profile name',
    workingNameHint: "An organisation profile is named after the unit or activity (policy rule P2); an expert profile carries the employee's name (policy rule P3).",
    unit: 'Unit',
    noUnit: '– choose a unit –',
    planning: 'Plan (policy rule O1)',
    purpose: 'Purpose',
    purposeHint: 'Why the profile is being opened and what it will cover.',
    audience: 'Target audience',
    hoursPerWeek: 'Working time for maintaining the profile, hours per week (policy rule O2)',
    hoursHint: 'The profile is not opened if there is no working time for updating it and holding conversations with users.',
    interactionsTitle: 'Interaction (policy rule O9)',
    interactionUsed: 'Used in the profile: {{form}}',
    interactionHandling: 'Handling of {{form}}',
    privateMessagePolicy: 'How private messages are handled',
    privateMessageHint: 'Required even if private messages are not used: at least explain how questions and feedback received through them are answered.',
    interaction: { comments: 'comments', chat: 'chat', 'private-messages': 'private messages' },
    administratorsTitle: 'Administrators (policy rule O4)',
    administratorsHint: 'Name and job title. An organisation profile has at least two administrators (policy rule P1).',
    administrator: 'Administrator {{n}}',
    adminName: 'Name',
    adminTitle: 'Job title',
    contactEmail: 'Contact address',
    contactHint: "For an organisation profile, the city's shared mailbox (policy rule P2); for an expert profile, the employee's own city address (policy rule P3).",
    expertTitle: 'Expert profile (policy rules E1–E3)',
    expertUser: 'Employee the profile represents',
    noExpert: '– choose an employee –',
    expertRole: 'Task or role defined by the city (policy rule E1)',
    separation: "The profile is kept separate from the employee's private profiles (policy rule E3)",
    termsTitle: "Platform's terms of service (policy rule O5)",
    termsCurrent: "Current version of the platform's terms of service: {{version}}.",
    termsLink: 'Read the terms of service',
    termsNone: "No version of the platform's terms of service has been recorded. Communications records it in the platform list before the proposal can be submitted.",
    termsReviewed: 'I have read version {{version}} of the terms of service',
    termsConcerns: 'Remarks on the terms of service',
    saveDraft: 'Save draft',
    saveAndSubmit: 'Save and submit for decision',
    cancel: 'Cancel',
    chooseOne: 'Choose one of the options.',
    hoursInvalid: 'Give the working time as a number, for example 2.5.',
    tooLong: 'The text is too long (at most {{max}} characters).',
  },
  problem: {
    required: 'Give the profile a name (policy rule O1).',
    unitRequired: 'Choose the unit at whose level the profile is planned (policy rule O1).',
    purposeRequired: 'Describe the purpose of the profile (policy rule O1).',
    audienceRequired: 'Describe the target audience of the profile (policy rule O1).',
    noWorkingTime: 'The profile is not opened without working time: “A profile is not established if working time cannot be reserved for updating it and interacting with users” (policy rule O2).',
    privateMessagePolicyRequired: 'Describe how private messages are handled (policy rule O9).',
    interactionHandlingRequired: 'For each form of interaction used, describe how it is handled (policy rule O9).',
    administratorsIncomplete: "Give the administrators' names and job titles (policy rule O4).",
    organisationNeedsSeveral: 'An organisation profile must have at least two administrators (policy rule P1).',
    emailInvalid: 'The contact address is not valid.',
    emailNotCityDomain: 'The contact address must be a city address (@{{domain}}).',
    expertRequired: 'Choose the employee the expert profile represents (policy rule P3).',
    expertRoleRequired: 'Describe the task defined by the city that the expert communicates about (policy rule E1).',
    separationRequired: 'An expert profile must be kept separate from private profiles (policy rule E3).',
    termsUnknown: "No version of the platform's terms of service has been recorded (policy rule O5).",
    termsNotReviewed: "Read the current version of the platform's terms of service and mark it as read (policy rule O5).",
  },
  refusal: {
    forbidden: 'You do not have access to this proposal.',
    'not-found': 'The proposal cannot be found.',
    'not-allowed-in-state': 'This cannot be done to a proposal whose status is {{state}}.',
    'not-the-proposer': 'Only the proposer can do this.',
    'not-the-supervisor': "The decision is made by the unit's supervisor (policy rule O3).",
    'own-proposal': 'You cannot decide on your own proposal (policy rule O3).',
    'not-the-named-expert': 'Consent can only be given by the employee the profile represents (policy rule E2).',
    'not-an-expert-profile': 'Consent is needed only for an expert profile (policy rule E2).',
    incomplete: 'The proposal is still missing details, so it cannot be submitted.',
    'consent-missing': "An expert profile cannot be approved before the employee's consent (policy rule E2).",
    'reason-required': 'Write the reasons for the decision (policy rule O3).',
    'not-an-administrator': 'The address is recorded by the proposer or by communications.',
  },
  view: {
    facts: 'Proposal',
    proposer: 'Proposer',
    submittedAt: 'Submitted',
    consent: "Employee's consent",
    consentGiven: 'Given {{date}}',
    consentMissing: 'Not given yet',
    decision: 'Decision',
    decidedBy: '{{name}}, {{date}}',
    hours: '{{hours}} h per week',
    missingTitle: 'Missing before submission',
    edit: 'Edit',
    submit: 'Submit for decision',
    withdraw: 'Withdraw proposal',
    consentTitle: 'Consent (policy rule E2)',
    consentIntro: 'The profile represents you in a task defined by the city. It is opened only with your consent, and you can withdraw your consent later; the profile is then closed after a notice period.',
    giveConsent: 'I give my consent',
    withdrawConsent: 'Withdraw my consent',
    decideTitle: 'Decision (policy rule O3)',
    reason: 'Reasons',
    reasonHint: 'The reasons are shown to the proposer and saved in the change log. The decision is final.',
    approve: 'Approve',
    reject: 'Reject',
    publishTitle: 'Profile address (policy rules O6, E6)',
    publishIntro: 'Once the profile has been created on the platform, record its address. The profile then enters the public registry.',
    url: 'Profile address',
    handle: 'Handle (if not in the address)',
    publish: 'Record the address and publish in the registry',
    descriptionTitle: 'Suggested profile description (policy rule O4)',
    descriptionIntro: "The description gives the purpose, the administrators and a link to the registry within the platform's length limit.",
    descriptionTemplate: '{{purpose}} Administrators: {{administrators}}. Official profile of the city: {{link}}',
    descriptionLength: '{{length}} characters',
    descriptionLimit: '{{length}} / {{limit}} characters',
    registryEntry: 'Entry in the public registry',
    saved: 'The proposal has been saved as a draft.',
    submitted: "The proposal has been sent to the unit's supervisor for decision.",
    withdrawn: 'The proposal has been withdrawn.',
    consented: 'Your consent has been saved.',
    consentWithdrawn: 'Your consent has been withdrawn.',
    consentWithdrawnClosing: 'Your consent has been withdrawn. The closing of the profile has been announced in the registry.',
    approved: 'The proposal has been approved.',
    rejected: 'The proposal has been rejected.',
    published: 'The profile is now in the public registry.',
    closingReason: 'The employee withdrew their consent to the expert profile.',
  },
  mail: {
    submitted: {
      subject: 'A profile proposal to decide: {{name}}',
      body: `Hello {{recipient}},

the profile proposal "{{name}}" from your unit waits for your decision (policy rule O3). Read the proposal and record your decision with its reason:

{{link}}
`,
    },
    'consent-needed': {
      subject: 'Your consent is asked: {{name}}',
      body: `Hello {{recipient}},

the expert profile "{{name}}" would represent you in a role the city has defined. It cannot be approved without your consent (policy rule E2). Read the proposal and give your consent, or do not:

{{link}}
`,
    },
    approved: {
      subject: 'Profile proposal approved: {{name}}',
      body: `Hello {{recipient}},

the profile proposal "{{name}}" is approved. Reason: {{reason}}

Once the profile exists on the platform, record its address and it enters the public registry:

{{link}}
`,
    },
    rejected: {
      subject: 'Profile proposal rejected: {{name}}',
      body: `Hello {{recipient}},

the profile proposal "{{name}}" is rejected. Reason: {{reason}}

{{link}}
`,
    },
    published: {
      subject: 'The profile is in the registry: {{name}}',
      body: `Hello {{recipient}},

the profile "{{name}}" is now in the city's public registry of social media profiles.

{{link}}
`,
    },
    'closing-started': {
      subject: 'The profile is closing: {{name}}',
      body: `Hello {{recipient}},

the employee withdrew their consent to the expert profile "{{name}}". Its closing is announced in the registry, and it closes when the notice period ends (policy rule O8). Tell its followers where to find the service from now on.

{{link}}
`,
    },
  },
};
