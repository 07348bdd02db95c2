import { describe, expect, it } from 'vitest';
import type { RoleAssignment, Scope, StaffUser } from '../../platform/auth/staff';
import { authorizeCase, caseActions, type CaseAction } from './policy';

const person = (roles: RoleAssignment[], tokenScopes?: Scope[]): StaffUser => ({
  id: '00000000-0000-4000-8000-000000000001',
  email: 'x@pieksamaki.fi',
  displayName: 'X',
  lang: 'fi',
  roles,
  ...(tokenScopes ? { tokenScopes } : {}),
});

const unit = '00000000-0000-4000-8000-0000000000aa';

// Every role against every action: communications handle cases (P6), auditors read them,
// everyone else sees nothing.
const expected: [string, StaffUser, Record<CaseAction, boolean>][] = [
  ['communications', person([{ role: 'communications', unitId: null }]), { list: true, view: true, handle: true, readContact: true }],
  ['an auditor', person([{ role: 'auditor', unitId: null }]), { list: true, view: true, handle: false, readContact: false }],
  ['a supervisor', person([{ role: 'supervisor', unitId: unit }]), { list: false, view: false, handle: false, readContact: false }],
  ['an employee', person([{ role: 'employee', unitId: unit }]), { list: false, view: false, handle: false, readContact: false }],
  ['someone without roles', person([]), { list: false, view: false, handle: false, readContact: false }],
  [
    "communications' token with cases:read",
    person([{ role: 'communications', unitId: null }], ['cases:read']),
    { list: true, view: true, handle: false, readContact: false },
  ],
  ["communications' token without it", person([{ role: 'communications', unitId: null }], ['registry:read', 'audit:read']), { list: false, view: false, handle: false, readContact: false }],
  ["an employee's token with cases:read", person([{ role: 'employee', unitId: unit }], ['cases:read']), { list: false, view: false, handle: false, readContact: false }],
];

describe('who may see and handle fake-profile cases', () => {
  for (const [who, user, rights] of expected) {
    for (const action of caseActions) {
      it(`${rights[action] ? 'lets' : 'does not let'} ${who} ${action}`, () => {
        expect(authorizeCase(user, action)).toBe(rights[action]);
      });
    }
  }
});
