import { describe, expect, it } from 'vitest';
import type { Role, Scope, StaffUser } from '../../platform/auth/staff';
import { authorizeContentCheck } from './policy';

const user = (roles: Role[], tokenScopes?: Scope[]): StaffUser => ({
  id: 'u1',
  email: 'u1@pieksamaki.fi',
  displayName: 'U',
  lang: 'fi',
  roles: roles.map((role) => ({ role, unitId: role === 'communications' || role === 'auditor' ? null : 'unit-1' })),
  ...(tokenScopes ? { tokenScopes } : {}),
});

describe('who may check drafts before publishing (policy rules P8, P9)', () => {
  it('lets everyone who writes for the profiles check a draft', () => {
    for (const role of ['communications', 'supervisor', 'employee'] as const) expect(authorizeContentCheck(user([role]), 'check'), role).toBe(true);
  });

  it('does not let an auditor alone, or someone with no roles, check or confirm', () => {
    for (const roles of [['auditor'], []] as Role[][]) {
      expect(authorizeContentCheck(user(roles), 'check')).toBe(false);
      expect(authorizeContentCheck(user(roles), 'confirmPublishing')).toBe(false);
    }
  });

  it('lets a token check only with its own scope, and never confirm publishing', () => {
    expect(authorizeContentCheck(user(['employee'], ['content:check']), 'check')).toBe(true);
    expect(authorizeContentCheck(user(['employee'], ['registry:read']), 'check')).toBe(false);
    expect(authorizeContentCheck(user(['employee'], ['content:check']), 'confirmPublishing')).toBe(false);
  });
});
