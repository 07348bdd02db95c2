import { describe, expect, it } from 'vitest';
import { buildStaffUser } from '../../../test/helpers/factories';
import type { StaffUser } from '../../platform/auth/staff';
import { authorizeProposal, proposalActions, type ProposalAction } from './policy';

const person = buildStaffUser;

// The proposal is for the youth unit, under the sector; the employee 'proposer' made it for the expert 'expert'.
const record = { proposerId: 'proposer', expertUserId: 'expert', unitPath: ['youth', 'sector'] };

const table: [string, StaffUser, ProposalAction[]][] = [
  ['the proposer', person('proposer', [{ role: 'employee', unitId: 'youth' }]), ['create', 'view', 'act', 'list']],
  ['the named expert', person('expert', [{ role: 'employee', unitId: 'other' }]), ['view', 'act', 'list']],
  ['a supervisor of the unit above', person('s', [{ role: 'supervisor', unitId: 'sector' }]), ['create', 'view', 'act', 'list']],
  ['a supervisor of another unit', person('s2', [{ role: 'supervisor', unitId: 'other' }]), ['list']],
  ['communications', person('c', [{ role: 'communications', unitId: null }]), ['create', 'view', 'act', 'list']],
  ['the auditor', person('a', [{ role: 'auditor', unitId: null }]), ['view', 'act', 'list']],
  ['the proposer with a token to read proposals', person('proposer', [{ role: 'employee', unitId: 'youth' }], ['proposals:read']), ['view', 'list']],
  ['communications with a token without it', person('c', [{ role: 'communications', unitId: null }], ['registry:read', 'registry:write']), []],
];

describe('who may see and act on a proposal (policy rules O1–O3, E2)', () => {
  for (const [who, user, allowed] of table) {
    it(`${who}: ${allowed.join(', ') || 'nothing'}`, () => {
      expect(proposalActions.filter((action) => authorizeProposal(user, action, action === 'list' ? null : record))).toEqual(allowed);
    });
  }
});
