import { hasRole, hasRoleIn, isStaff, scopeAllows, type Scope, type StaffUser, type UnitPath } from '../../platform/auth/staff';

// Who may do what with registry entries and units. The communications unit owns the registry
// (policy rule P5); supervisors confirm that the entries of their units are still right; the
// auditor reads everything and changes nothing.

export const profileActions = ['view', 'create', 'update', 'confirm', 'planClosing'] as const;
export type ProfileAction = (typeof profileActions)[number];

export interface ProfileRecord {
  /** The profile's unit and the units above it; empty while the unit is not recorded. */
  unitPath: UnitPath;
}

const profileScopes: Record<ProfileAction, Scope> = {
  view: 'registry:read',
  create: 'registry:write',
  update: 'registry:write',
  confirm: 'registry:write',
  planClosing: 'registry:write',
};

export function authorizeProfile(user: StaffUser, action: ProfileAction, record: ProfileRecord): boolean {
  if (!scopeAllows(user, profileScopes[action])) return false;
  switch (action) {
    case 'view':
      return isStaff(user);
    case 'create':
    case 'update':
      return hasRole(user, 'communications');
    case 'confirm':
    case 'planClosing':
      // The supervisor decides a profile's opening (O3) and so its closing too.
      return hasRole(user, 'communications') || hasRoleIn(user, 'supervisor', record.unitPath);
  }
}

export const unitActions = ['view', 'create', 'update'] as const;
export type UnitAction = (typeof unitActions)[number];

const unitScopes: Record<UnitAction, Scope> = { view: 'registry:read', create: 'registry:write', update: 'registry:write' };

export function authorizeUnit(user: StaffUser, action: UnitAction, _record: { unitPath: UnitPath } | null): boolean {
  if (!scopeAllows(user, unitScopes[action])) return false;
  switch (action) {
    case 'view':
      return isStaff(user);
    case 'create':
    case 'update':
      return hasRole(user, 'communications');
  }
}
