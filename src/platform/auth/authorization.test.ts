import { describe, expect, it } from 'vitest';
import { authorizeAccessToken, authorizeUser, userActions, accessTokenActions } from '../../people/domain/policy';
import { authorizeProfile, authorizeUnit, profileActions, unitActions } from '../../registry/domain/policy';
import { auditActions, authorizeAudit } from '../audit/policy';
import { unitPathOf, type StaffUser } from './staff';

// Every role against every action, on a record of the person's own unit and of another unit.
// A row reads: who, then whether they may act on a record in unit A, and in unit B.

const sectorA = 'sector-a';
const unitA = 'unit-a';
const unitB = 'unit-b';
const parents: Record<string, string | null> = { [unitA]: sectorA, [sectorA]: null, [unitB]: null };
const pathA = unitPathOf(unitA, (id) => parents[id]);
const pathB = unitPathOf(unitB, (id) => parents[id]);

function person(id: string, roles: StaffUser['roles']): StaffUser {
  return { id, email: `${id}@pieksamaki.fi`, displayName: id, lang: 'fi', roles };
}

const people = {
  communications: person('communications', [{ role: 'communications', unitId: null }]),
  // Supervises the sector above unit A: decides for the units under it too.
  supervisor: person('supervisor', [{ role: 'supervisor', unitId: sectorA }]),
  employee: person('employee', [{ role: 'employee', unitId: unitA }]),
  auditor: person('auditor', [{ role: 'auditor', unitId: null }]),
  noRole: person('no-role', []),
};
type Who = keyof typeof people;
const everyone = Object.keys(people) as Who[];

/** [may act in unit A, may act in unit B] per person; anyone not listed may do neither. */
type Expectation = Partial<Record<Who, readonly [boolean, boolean]>>;
const both = [true, true] as const;
const onlyA = [true, false] as const;

function table<A extends string>(
  resource: string,
  actions: readonly A[],
  expected: Record<A, Expectation>,
  decide: (user: StaffUser, action: A, path: readonly string[]) => boolean,
) {
  describe(`who may act on a ${resource}`, () => {
    for (const action of actions) {
      for (const who of everyone) {
        const [inA, inB] = expected[action][who] ?? [false, false];
        it(`${inA ? 'lets' : 'forbids'} ${who} ${action} in their own unit, and ${inB ? 'lets' : 'forbids'} it in another`, () => {
          expect(decide(people[who], action, pathA)).toBe(inA);
          expect(decide(people[who], action, pathB)).toBe(inB);
        });
      }
    }
  });
}

table(
  'registry entry',
  profileActions,
  {
    view: { communications: both, supervisor: both, employee: both, auditor: both },
    create: { communications: both },
    update: { communications: both },
    confirm: { communications: both, supervisor: onlyA },
    planClosing: { communications: both, supervisor: onlyA },
  },
  (user, action, unitPath) => authorizeProfile(user, action, { unitPath }),
);

table(
  'unit',
  unitActions,
  {
    view: { communications: both, supervisor: both, employee: both, auditor: both },
    create: { communications: both },
    update: { communications: both },
  },
  (user, action, unitPath) => authorizeUnit(user, action, { unitPath }),
);

table(
  'audit log',
  auditActions,
  {
    read: { communications: both, auditor: both },
    export: { communications: both, auditor: both },
    readOutbox: { communications: both, auditor: both },
  },
  (user, action) => authorizeAudit(user, action),
);

describe('who may act on a staff account', () => {
  const other = { id: 'someone-else' };
  const expected: Record<(typeof userActions)[number], { others: Who[]; self: Who[] }> = {
    list: { others: ['communications', 'auditor'], self: ['communications', 'auditor'] },
    view: { others: ['communications', 'auditor'], self: everyone },
    create: { others: ['communications'], self: ['communications'] },
    // Nobody changes their own roles or switches themselves off.
    update: { others: ['communications'], self: [] },
    deactivate: { others: ['communications'], self: [] },
    changeOwnSettings: { others: [], self: everyone },
  };
  for (const action of userActions) {
    for (const who of everyone) {
      const onOthers = expected[action].others.includes(who);
      const onSelf = expected[action].self.includes(who);
      it(`${onOthers ? 'lets' : 'forbids'} ${who} ${action} another account, and ${onSelf ? 'lets' : 'forbids'} it on their own`, () => {
        expect(authorizeUser(people[who], action, other)).toBe(onOthers);
        expect(authorizeUser(people[who], action, { id: people[who].id })).toBe(onSelf);
      });
    }
  }
});

describe('who may act on a personal access token', () => {
  const expected: Record<(typeof accessTokenActions)[number], { own: Who[]; others: Who[] }> = {
    create: { own: ['communications', 'supervisor', 'employee', 'auditor'], others: [] },
    list: { own: everyone, others: [] },
    revoke: { own: everyone, others: ['communications'] },
  };
  for (const action of accessTokenActions) {
    for (const who of everyone) {
      const own = expected[action].own.includes(who);
      const others = expected[action].others.includes(who);
      it(`${own ? 'lets' : 'forbids'} ${who} ${action} their own token, and ${others ? 'lets' : 'forbids'} it on another's`, () => {
        expect(authorizeAccessToken(people[who], action, { ownerId: people[who].id })).toBe(own);
        expect(authorizeAccessToken(people[who], action, { ownerId: 'someone-else' })).toBe(others);
      });
    }
  }
});

describe('a request made with a personal access token', () => {
  const withScopes = (user: StaffUser, ...tokenScopes: StaffUser['tokenScopes'] & string[]) => ({ ...user, tokenScopes });

  it('may do what its scope covers and its owner may', () => {
    const token = withScopes(people.communications, 'registry:write');
    expect(authorizeProfile(token, 'update', { unitPath: pathA })).toBe(true);
  });

  it('may not do what its owner may but its scope does not cover', () => {
    const token = withScopes(people.communications, 'registry:read');
    expect(authorizeProfile(token, 'update', { unitPath: pathA })).toBe(false);
    expect(authorizeAudit(token, 'read')).toBe(false);
  });

  it('gains nothing from a scope its owner has no role for', () => {
    const token = withScopes(people.employee, 'registry:write', 'audit:read');
    expect(authorizeProfile(token, 'update', { unitPath: pathA })).toBe(false);
    expect(authorizeAudit(token, 'read')).toBe(false);
  });

  it('never manages tokens or accounts', () => {
    const token = withScopes(people.communications, 'registry:read', 'registry:write', 'people:read', 'audit:read');
    expect(authorizeAccessToken(token, 'create', { ownerId: token.id })).toBe(false);
    expect(authorizeUser(token, 'create', null)).toBe(false);
    expect(authorizeUser(token, 'changeOwnSettings', { id: token.id })).toBe(false);
  });
});

describe('the unit path', () => {
  it('lists the unit and then every unit above it', () => {
    expect(pathA).toEqual([unitA, sectorA]);
  });

  it('stops at a cycle instead of walking forever', () => {
    const cyclic: Record<string, string> = { a: 'b', b: 'a' };
    expect(unitPathOf('a', (id) => cyclic[id])).toEqual(['a', 'b']);
  });
});
