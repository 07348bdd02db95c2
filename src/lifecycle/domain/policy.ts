import { hasRole, hasRoleIn, isStaff, scopeAllows, type StaffUser, type UnitPath } from '../../platform/auth/staff';
import type { Participant } from './workflow';

// Who may see and act on proposals. The workflow (workflow.ts) then decides whether the step is
// possible in the proposal's state; both must agree.

/** `view` and `list` read; `act` is any step of the workflow on a proposal one may view. */
export const proposalActions = ['create', 'view', 'act', 'list'] as const;
export type ProposalAction = (typeof proposalActions)[number];

export interface ProposalRecord {
  proposerId: string;
  expertUserId: string | null;
  /** The proposal's unit and the units above it. */
  unitPath: UnitPath;
}

export function authorizeProposal(user: StaffUser, action: ProposalAction, record: ProposalRecord | null): boolean {
  // Proposals are worked on in the browser; the staff API reads them with proposals:read.
  if (!scopeAllows(user, action === 'view' || action === 'list' ? 'proposals:read' : null)) return false;
  switch (action) {
    case 'list':
      return isStaff(user);
    case 'create':
      // Employees and supervisors propose for their own units (O1); communications for any.
      return record === null
        ? hasRole(user, 'communications') || user.roles.some((r) => r.role === 'employee' || r.role === 'supervisor')
        : hasRole(user, 'communications') || hasRoleIn(user, 'employee', record.unitPath) || hasRoleIn(user, 'supervisor', record.unitPath);
    case 'view':
    case 'act':
      if (!record) return false;
      return (
        record.proposerId === user.id ||
        record.expertUserId === user.id ||
        hasRoleIn(user, 'supervisor', record.unitPath) ||
        hasRole(user, 'communications') ||
        hasRole(user, 'auditor')
      );
  }
}

/** The person's part in this proposal, as the workflow sees it. */
export function participantIn(user: StaffUser, record: ProposalRecord): Participant {
  const isProposer = record.proposerId === user.id;
  return {
    isProposer,
    isUnitSupervisor: hasRoleIn(user, 'supervisor', record.unitPath),
    isNamedExpert: record.expertUserId === user.id,
    // The proposer runs the profile once it exists; communications owns the registry (P5).
    mayPublish: isProposer || hasRole(user, 'communications'),
  };
}
