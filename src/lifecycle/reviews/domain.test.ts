import { describe, expect, it } from 'vitest';
import { buildStaffUser } from '../../../test/helpers/factories';
import type { StaffUser } from '../../platform/auth/staff';
import { authorizeReview, isOverdue, reminderDue, reviewActions, reviewDueOn, type ReviewAction } from './domain';

const person = buildStaffUser;

// The profile belongs to the youth unit, which is under the sector; the employee proposed it.
const record = { unitPath: ['youth', 'sector'], proposerIds: ['proposer'] };

const table: [string, StaffUser, ReviewAction[]][] = [
  ['communications', person('c', [{ role: 'communications', unitId: null }]), ['list', 'read', 'record']],
  ["a supervisor of the profile's unit", person('s1', [{ role: 'supervisor', unitId: 'youth' }]), ['list', 'read', 'record']],
  ['a supervisor of the unit above', person('s2', [{ role: 'supervisor', unitId: 'sector' }]), ['list', 'read', 'record']],
  ['a supervisor of another unit', person('s3', [{ role: 'supervisor', unitId: 'other' }]), ['list']],
  ['the employee who proposed the profile', person('proposer', [{ role: 'employee', unitId: 'youth' }]), ['list', 'read', 'record']],
  ['another employee of the same unit', person('e2', [{ role: 'employee', unitId: 'youth' }]), ['list']],
  ['the proposer, all roles removed', person('proposer', []), []],
  ['the auditor', person('a', [{ role: 'auditor', unitId: null }]), []],
  ['communications with a personal access token', person('c2', [{ role: 'communications', unitId: null }], ['registry:read', 'registry:write']), []],
  ['communications with a token to read proposals and reviews', person('c3', [{ role: 'communications', unitId: null }], ['proposals:read']), ['list', 'read']],
];

describe('who may re-review a profile after its platform changes its terms (policy rule O5)', () => {
  for (const [who, user, allowed] of table) {
    it(`${who}: ${allowed.join(', ') || 'nothing'}`, () => {
      const granted = reviewActions.filter((action) => authorizeReview(user, action, record));
      expect(granted).toEqual(allowed);
    });
  }

  it('allows no review without the record', () => {
    expect(authorizeReview(person('c', [{ role: 'communications', unitId: null }]), 'record', null)).toBe(false);
  });
});

describe('when a re-review is due (policy rule O5)', () => {
  it('is due 30 days after the version is recorded, across a month and a year', () => {
    expect(reviewDueOn('2026-01-15')).toBe('2026-02-14');
    expect(reviewDueOn('2026-12-15')).toBe('2027-01-14');
  });

  it('is overdue only after the due day, and only while no outcome is recorded', () => {
    expect(isOverdue({ dueOn: '2026-02-14', outcome: null }, '2026-02-14')).toBe(false);
    expect(isOverdue({ dueOn: '2026-02-14', outcome: null }, '2026-02-15')).toBe(true);
    expect(isOverdue({ dueOn: '2026-02-14', outcome: 'continue' }, '2026-03-01')).toBe(false);
  });

  it('reminds at most once a week', () => {
    expect(reminderDue(null, '2026-02-15')).toBe(true);
    expect(reminderDue('2026-02-15', '2026-02-21')).toBe(false);
    expect(reminderDue('2026-02-15', '2026-02-22')).toBe(true);
  });
});
