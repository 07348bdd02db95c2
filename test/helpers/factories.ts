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
