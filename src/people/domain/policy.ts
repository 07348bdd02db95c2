import { hasRole, scopeAllows, type Scope, type StaffUser } from '../../platform/auth/staff';

// Who may see and change staff accounts and personal access tokens. Only the communications
// unit grants roles; nobody changes their own roles, so no form field can raise one's own rights.

export const userActions = ['list', 'view', 'create', 'update', 'deactivate', 'changeOwnSettings'] as const;
export type UserAction = (typeof userActions)[number];

export interface UserRecord {
  id: string;
}

const userScopes: Record<UserAction, Scope | null> = {
  list: 'people:read',
  view: 'people:read',
  create: null,
  update: null,
  deactivate: null,
  changeOwnSettings: null,
};

export function authorizeUser(user: StaffUser, action: UserAction, record: UserRecord | null): boolean {
  if (!scopeAllows(user, userScopes[action])) return false;
  const self = record !== null && record.id === user.id;
  switch (action) {
    case 'list':
      return hasRole(user, 'communications') || hasRole(user, 'auditor');
    case 'view':
      return self || hasRole(user, 'communications') || hasRole(user, 'auditor');
    case 'create':
      return hasRole(user, 'communications');
    case 'update':
    case 'deactivate':
      return hasRole(user, 'communications') && !self;
    case 'changeOwnSettings':
      return self;
  }
}

export const accessTokenActions = ['create', 'list', 'revoke'] as const;
export type AccessTokenAction = (typeof accessTokenActions)[number];

export interface AccessTokenRecord {
  ownerId: string;
}

export function authorizeAccessToken(user: StaffUser, action: AccessTokenAction, record: AccessTokenRecord): boolean {
  // A token never makes or lists tokens: losing one must not lose the others.
  if (user.tokenScopes) return false;
  const own = record.ownerId === user.id;
  switch (action) {
    case 'create':
      return own && user.roles.length > 0;
    case 'list':
      return own;
    case 'revoke':
      return own || hasRole(user, 'communications');
  }
}
