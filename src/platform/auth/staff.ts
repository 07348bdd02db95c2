import type { Lang } from '../i18n/i18n';

// Who is asking, as every policy module sees it. Pure data: no HTTP, no SQL.

export const roles = ['communications', 'supervisor', 'employee', 'auditor'] as const;
export type Role = (typeof roles)[number];

/** Roles that hold for the whole city; the others are held in one unit (and the units below it). */
export const cityWideRoles: readonly Role[] = ['communications', 'auditor'];

export function isCityWide(role: Role): boolean {
  return cityWideRoles.includes(role);
}

export interface RoleAssignment {
  role: Role;
  /** Null for a city-wide role. */
  unitId: string | null;
}

export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  lang: Lang;
  roles: RoleAssignment[];
  /**
   * Set when the request came with a personal access token: what the token may do, which is
   * never more than its owner may.
   */
  tokenScopes?: readonly Scope[];
}

export const scopes = ['registry:read', 'registry:write', 'people:read', 'audit:read', 'cases:read', 'proposals:read', 'content:check'] as const;
export type Scope = (typeof scopes)[number];

/** A record's place in the organisation: its own unit first, then each unit above it. */
export type UnitPath = readonly string[];

export function hasRole(user: StaffUser, role: Role): boolean {
  return user.roles.some((r) => r.role === role);
}

/** True when the user holds the role in a unit on the path, that is in the record's unit or above it. */
export function hasRoleIn(user: StaffUser, role: Role, path: UnitPath): boolean {
  return user.roles.some((r) => r.role === role && r.unitId !== null && path.includes(r.unitId));
}

/** Any role at all: someone whose roles were all removed is signed in but may see nothing. */
export function isStaff(user: StaffUser): boolean {
  return user.roles.length > 0;
}

/**
 * A token narrows what its owner may do: an action passes when the token carries its scope.
 * A browser session carries no token and is limited by the roles alone.
 */
export function scopeAllows(user: StaffUser, scope: Scope | null): boolean {
  if (!user.tokenScopes) return true;
  return scope !== null && user.tokenScopes.includes(scope);
}

/** Walks up the unit tree from a unit; a cycle (which the database should never hold) stops the walk. */
export function unitPathOf(unitId: string | null, parentOf: (id: string) => string | null | undefined): UnitPath {
  const path: string[] = [];
  let current = unitId;
  while (current && !path.includes(current)) {
    path.push(current);
    current = parentOf(current) ?? null;
  }
  return path;
}
