import { describe, expect, it } from 'vitest';
import type { RoleAssignment, Scope, StaffUser } from '../../platform/auth/staff';
import { authorizeTerms, termsActions, type TermsAction } from './policy';

const person = (roles: RoleAssignment[], tokenScopes?: Scope[]): StaffUser => ({
  id: 'u1',
  email: 'a@pieksamaki.fi',
  displayName: 'A',
  lang: 'fi',
  roles,
  ...(tokenScopes ? { tokenScopes } : {}),
});

const cases: [string, StaffUser, TermsAction[]][] = [
  ['communications', person([{ role: 'communications', unitId: null }]), ['view', 'recordVersion', 'import']],
  ['a supervisor', person([{ role: 'supervisor', unitId: 'unit' }]), ['view']],
  ['an employee', person([{ role: 'employee', unitId: 'unit' }]), ['view']],
  ['an auditor', person([{ role: 'auditor', unitId: null }]), ['view']],
  ['someone without roles', person([]), []],
  ["communications' read-only token", person([{ role: 'communications', unitId: null }], ['registry:read']), ['view']],
  ["communications' writing token", person([{ role: 'communications', unitId: null }], ['registry:read', 'registry:write']), ['view', 'recordVersion', 'import']],
  ["an employee's writing token", person([{ role: 'employee', unitId: 'unit' }], ['registry:write']), []],
  ['a token for other things', person([{ role: 'communications', unitId: null }], ['people:read', 'audit:read']), []],
];

describe('who may follow the platforms\' terms of service (policy rule O5)', () => {
  for (const [who, user, allowed] of cases) {
    it(`lets ${who} ${allowed.length ? allowed.join(', ') : 'do nothing'}`, () => {
      expect(termsActions.filter((action) => authorizeTerms(user, action))).toEqual(allowed);
    });
  }
});
