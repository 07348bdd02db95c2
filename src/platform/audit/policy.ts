import { hasRole, scopeAllows, type StaffUser } from '../auth/staff';

export const auditActions = ['read', 'export', 'readOutbox'] as const;
export type AuditAction = (typeof auditActions)[number];

/** The audit log and the outbox are read by the communications unit and by auditors alone. */
export function authorizeAudit(user: StaffUser, action: AuditAction, _record: null = null): boolean {
  if (!scopeAllows(user, action === 'readOutbox' ? null : 'audit:read')) return false;
  return hasRole(user, 'communications') || hasRole(user, 'auditor');
}
