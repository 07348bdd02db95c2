import type { ProposalDetails } from '../../src/lifecycle/domain/proposal';
import type { RoleAssignment, StaffUser } from '../../src/platform/auth/staff';
import type { Unit, ProfileDetails } from '../../src/registry/domain/profile';
import type { RegistryService } from '../../src/registry/service';

let counter = 0;

export function buildUnit(overrides: Partial<Omit<Unit, 'id'>> = {}): Omit<Unit, 'id'> {
  counter++;
  return {
    parentId: null,
    level: 'unit',
    name: { fi: `Yksikkö ${counter}`, sv: `Enhet ${counter}`, en: `Unit ${counter}` },
    ...overrides,
  };
}

/** A valid organisation profile on Instagram unless told otherwise. */
export function buildProfile(overrides: Partial<ProfileDetails> = {}): ProfileDetails {
  counter++;
  const handle = overrides.handle ?? `pieksamaen_testi${counter}`;
  return {
    kind: 'organisation',
    platform: 'instagram',
    url: `https://www.instagram.com/${handle}/`,
    handle,
    platformId: null,
    displayName: `Pieksämäen testiprofiili ${counter}`,
    unitId: null,
    purpose: { fi: 'Kerromme palveluistamme.', sv: 'Vi berättar om våra tjänster.', en: 'We tell about our services.' },
    administrators: [
      { name: 'Seija Laitinen', jobTitle: 'nuoriso-ohjaaja' },
      { name: 'Matti Virtanen', jobTitle: 'viestintäsuunnittelija' },
    ],
    contactEmail: 'viestinta@pieksamaki.fi',
    employeeName: null,
    employeeTitle: null,
    status: 'active',
    closingDate: null,
    closingReason: null,
    successorProfileId: null,
    successorUrl: null,
    ...overrides,
  };
}

export async function createProfile(registry: RegistryService, overrides: Partial<ProfileDetails> = {}) {
  return registry.saveProfile(buildProfile(overrides), { actor: 'test' });
}

/** A staff member as the policies see them, by id; with `tokenScopes` as if acting through a personal access token. */
export function buildStaffUser(id: string, roles: RoleAssignment[], tokenScopes?: StaffUser['tokenScopes']): StaffUser {
  return { id, email: `${id}@pieksamaki.fi`, displayName: id, lang: 'fi', roles, ...(tokenScopes ? { tokenScopes } : {}) };
}

/** An organisation profile's proposal planned as the policy asks (O1–O5, O9), unless told otherwise. */
export function buildProposalDetails(overrides: Partial<ProposalDetails> = {}): ProposalDetails {
  return {
    kind: 'organisation',
    platform: 'instagram',
    workingName: 'Pieksämäen nuoriso',
    unitId: 'unit-1',
    purpose: 'Nuorisopalvelujen tapahtumat ja aukioloajat.',
    audience: '13–20-vuotiaat ja heidän vanhempansa',
    interactions: [{ form: 'comments', handling: 'Vastaamme arkisin kahden päivän sisällä.' }],
    privateMessagePolicy: 'Yksityisviesteihin vastataan ohjaamalla palautejärjestelmään.',
    hoursPerWeek: 3,
    administrators: [
      { name: 'Seija Laitinen', jobTitle: 'nuoriso-ohjaaja' },
      { name: 'Matti Virtanen', jobTitle: 'nuorisosihteeri' },
    ],
    contactEmail: 'nuoriso@pieksamaki.fi',
    expertUserId: null,
    expertRole: '',
    separationConfirmed: false,
    termsVersionReviewed: '2026-01-01',
    termsConcerns: '',
    ...overrides,
  };
}
