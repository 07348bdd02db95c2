import { hasRole, isStaff, scopeAllows, type Scope, type StaffUser } from '../../platform/auth/staff';

// Who may see and follow the platforms' terms of service (policy rule O5). Every member of staff
// sees the catalogue, since whoever proposes a profile must read the terms; the communications
// unit, which owns the registry, records the versions.

export const termsActions = ['view', 'recordVersion', 'import'] as const;
export type TermsAction = (typeof termsActions)[number];

const termsScopes: Record<TermsAction, Scope> = {
  view: 'registry:read',
  recordVersion: 'registry:write',
  import: 'registry:write',
};

export function authorizeTerms(user: StaffUser, action: TermsAction): boolean {
  if (!scopeAllows(user, termsScopes[action])) return false;
  switch (action) {
    case 'view':
      return isStaff(user);
    case 'recordVersion':
    case 'import':
      return hasRole(user, 'communications');
  }
}
