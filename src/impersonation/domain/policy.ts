import { hasRole, scopeAllows, type StaffUser } from '../../platform/auth/staff';

// Who may see and handle fake-profile cases (decision 007). The communications unit pursues the
// removal of fakes (P6) and so handles every case; auditors read them; nobody else sees them,
// since reports hold residents' words and contact addresses. Residents only report, without
// signing in, which needs no rule here.

export const caseActions = ['list', 'view', 'handle', 'readContact'] as const;
export type CaseAction = (typeof caseActions)[number];

/** Cases are city-wide: no unit owns a fake, so the record carries nothing the rules need yet. */
export type CaseRecord = null;

export function authorizeCase(user: StaffUser, action: CaseAction, _record: CaseRecord = null): boolean {
  switch (action) {
    case 'list':
    case 'view':
      // A token may read cases with its own scope; it never handles them.
      if (!scopeAllows(user, 'cases:read')) return false;
      return hasRole(user, 'communications') || hasRole(user, 'auditor');
    case 'handle':
      if (!scopeAllows(user, null)) return false;
      return hasRole(user, 'communications');
    case 'readContact':
      // A reporter's address is there to tell them the outcome: those who handle the case need it,
      // a reader of the record does not.
      if (!scopeAllows(user, null)) return false;
      return hasRole(user, 'communications');
  }
}
