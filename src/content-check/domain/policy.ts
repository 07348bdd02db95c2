import { isStaff, scopeAllows, type StaffUser } from '../../platform/auth/staff';

// Who may check drafts (decision 007). Everyone who writes for the city's profiles checks before
// publishing (P8, P9), so every member of staff may; a token does it with its own scope. Only
// the person who checked may confirm publishing despite the findings, and it is always recorded.
// Auditors read those confirmations in the audit log like any other entry.

export const contentCheckActions = ['check', 'confirmPublishing'] as const;
export type ContentCheckAction = (typeof contentCheckActions)[number];

export function authorizeContentCheck(user: StaffUser, action: ContentCheckAction): boolean {
  switch (action) {
    case 'check':
      return scopeAllows(user, 'content:check') && isStaff(user) && !onlyAuditor(user);
    case 'confirmPublishing':
      // Publishing is a person's own act: never through a token.
      return scopeAllows(user, null) && isStaff(user) && !onlyAuditor(user);
  }
}

/** An auditor reads what happened; they do not write posts. */
function onlyAuditor(user: StaffUser): boolean {
  return user.roles.every((r) => r.role === 'auditor');
}
