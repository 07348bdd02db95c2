import type { Platform } from '../../registry/domain/platforms';
import type { ProfileKind } from '../../registry/domain/profile';

// A proposal to open an official profile: everything the policy asks to be planned before a
// supervisor decides (O1–O5, O9, E1–E3, P1–P3). Pure data and rules: no storage, no HTTP.

export const interactionForms = ['comments', 'chat', 'private-messages'] as const;
export type InteractionForm = (typeof interactionForms)[number];

export interface Interaction {
  form: InteractionForm;
  /** How the administrators handle what arrives this way. */
  handling: string;
}

export interface ProposedAdministrator {
  name: string;
  jobTitle: string;
}

export interface ProposalDetails {
  kind: ProfileKind;
  platform: Platform;
  workingName: string;
  unitId: string | null;
  /** Why the profile exists (O1). */
  purpose: string;
  /** Whom it serves (O1). */
  audience: string;
  /** The platform's ways to interact that the profile uses, and how each is handled. */
  interactions: Interaction[];
  /** How private messages are handled: required whatever the platform (O9). */
  privateMessagePolicy: string;
  /** Working time allocated to running the profile (O2). */
  hoursPerWeek: number;
  administrators: ProposedAdministrator[];
  contactEmail: string;
  /** The employee an expert profile represents: a staff account, so that they can consent (E2). */
  expertUserId: string | null;
  /** The role the city defined for the expert (E1). */
  expertRole: string;
  /** The employee's confirmation that the profile is kept apart from their private ones (E3). */
  separationConfirmed: boolean;
  /** The terms version the proposer reviewed (O5), as the catalogue names it. */
  termsVersionReviewed: string | null;
  termsConcerns: string;
}

export interface ProposalProblem {
  field: keyof ProposalDetails | 'consent';
  /** Message key; the message quotes the rule. */
  code: string;
  rule: string;
}

export interface ProposalContext {
  /** The platform's current terms version in the catalogue; null when none is recorded. */
  currentTermsVersion: string | null;
  cityEmailDomain: string;
}

/** An organisation profile has several staff behind it (P1), so at least this many administrators. */
export const minimumOrganisationAdministrators = 2;

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What stops a proposal from being submitted for a decision. A draft may be saved with any of these. */
export function proposalProblems(p: ProposalDetails, ctx: ProposalContext): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  const add = (field: ProposalProblem['field'], code: string, rule: string) => problems.push({ field, code, rule });
  if (!p.workingName.trim()) add('workingName', 'required', 'O1');
  if (!p.unitId) add('unitId', 'unitRequired', 'O1');
  if (!p.purpose.trim()) add('purpose', 'purposeRequired', 'O1');
  if (!p.audience.trim()) add('audience', 'audienceRequired', 'O1');
  if (!(p.hoursPerWeek > 0)) add('hoursPerWeek', 'noWorkingTime', 'O2');
  if (!p.privateMessagePolicy.trim()) add('privateMessagePolicy', 'privateMessagePolicyRequired', 'O9');
  if (p.interactions.some((i) => !i.handling.trim())) add('interactions', 'interactionHandlingRequired', 'O9');
  const named = p.administrators.filter((a) => a.name.trim() && a.jobTitle.trim());
  if (named.length !== p.administrators.length || named.length === 0) add('administrators', 'administratorsIncomplete', 'O4');
  else if (p.kind === 'organisation' && named.length < minimumOrganisationAdministrators) add('administrators', 'organisationNeedsSeveral', 'P1');
  const email = p.contactEmail.trim().toLowerCase();
  if (!emailShape.test(email)) add('contactEmail', 'emailInvalid', p.kind === 'expert' ? 'P3' : 'P2');
  else if (!email.endsWith(`@${ctx.cityEmailDomain}`)) add('contactEmail', 'emailNotCityDomain', p.kind === 'expert' ? 'P3' : 'P2');
  if (p.kind === 'expert') {
    if (!p.expertUserId) add('expertUserId', 'expertRequired', 'P3');
    if (!p.expertRole.trim()) add('expertRole', 'expertRoleRequired', 'E1');
    if (!p.separationConfirmed) add('separationConfirmed', 'separationRequired', 'E3');
  }
  if (!ctx.currentTermsVersion) add('termsVersionReviewed', 'termsUnknown', 'O5');
  else if (p.termsVersionReviewed !== ctx.currentTermsVersion) add('termsVersionReviewed', 'termsNotReviewed', 'O5');
  return problems;
}
