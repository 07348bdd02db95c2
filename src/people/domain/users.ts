import { isCityWide, roles, type Role, type RoleAssignment } from '../../platform/auth/staff';

// What makes a staff account valid. Staff are the city's employees, so their address is on the
// city's mail domain: that is also what lets the city's identity provider match them.

export interface NewStaffAccount {
  email: string;
  displayName: string;
  lang: 'fi' | 'sv' | 'en';
  roles: RoleAssignment[];
}

export type AccountProblem =
  | { field: 'email'; code: 'invalid' | 'other-domain' | 'taken' }
  | { field: 'displayName'; code: 'required' }
  | { field: 'roles'; code: 'unit-required' | 'unit-not-allowed' | 'unknown-unit' };

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isCityEmail(email: string, cityEmailDomain: string): boolean {
  const domain = normaliseEmail(email).split('@')[1] ?? '';
  return domain === cityEmailDomain || domain.endsWith(`.${cityEmailDomain}`);
}

export function accountProblems(account: NewStaffAccount, cityEmailDomain: string, knownUnits: ReadonlySet<string>): AccountProblem[] {
  const problems: AccountProblem[] = [];
  const email = normaliseEmail(account.email);
  if (!emailPattern.test(email)) problems.push({ field: 'email', code: 'invalid' });
  else if (!isCityEmail(email, cityEmailDomain)) problems.push({ field: 'email', code: 'other-domain' });
  if (!account.displayName.trim()) problems.push({ field: 'displayName', code: 'required' });
  for (const assignment of account.roles) {
    if (!roles.includes(assignment.role)) continue;
    if (isCityWide(assignment.role) && assignment.unitId) problems.push({ field: 'roles', code: 'unit-not-allowed' });
    if (!isCityWide(assignment.role) && !assignment.unitId) problems.push({ field: 'roles', code: 'unit-required' });
    if (assignment.unitId && !knownUnits.has(assignment.unitId)) problems.push({ field: 'roles', code: 'unknown-unit' });
  }
  return problems;
}

/** The same role twice in one unit is one assignment. */
export function distinctRoles(assignments: RoleAssignment[]): RoleAssignment[] {
  const seen = new Set<string>();
  return assignments.filter((a) => {
    const key = `${a.role}:${a.unitId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sameRoles(a: RoleAssignment[], b: RoleAssignment[]): boolean {
  const key = (r: RoleAssignment) => `${r.role}:${r.unitId ?? ''}`;
  const left = new Set(a.map(key));
  return left.size === new Set(b.map(key)).size && b.every((r) => left.has(key(r)));
}

export type { Role };
