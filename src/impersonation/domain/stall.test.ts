import { describe, expect, it } from 'vitest';
import { caseStates } from './case';
import { addDays, addWorkingDays, dueOn, isStalled, reminderDue, stalledIfSinceOnOrBefore } from './stall';

// 2026-11-23 is a Monday.

describe('when a case has stalled (policy rule P6: as fast as possible)', () => {
  it('gives a new case two working days for its triage, weekends not counted', () => {
    expect(dueOn('new', '2026-11-23')).toBe('2026-11-25');
    expect(isStalled({ state: 'new', since: '2026-11-23' }, '2026-11-25')).toBe(false);
    expect(isStalled({ state: 'new', since: '2026-11-23' }, '2026-11-26')).toBe(true);
    // Reported on Friday: due on Tuesday.
    expect(dueOn('new', '2026-11-27')).toBe('2026-12-01');
    // Reported on Saturday: due on Tuesday too.
    expect(dueOn('new', '2026-11-28')).toBe('2026-12-01');
  });

  it('gives a confirmed fake three days to be reported to the platform', () => {
    expect(dueOn('confirmed', '2026-11-23')).toBe('2026-11-26');
    expect(isStalled({ state: 'confirmed', since: '2026-11-23' }, '2026-11-27')).toBe(true);
  });

  it('asks for a follow-up 14 days after the latest report to the platform', () => {
    expect(dueOn('reported', '2026-11-23')).toBe('2026-12-07');
    expect(isStalled({ state: 'reported', since: '2026-11-23' }, '2026-12-07')).toBe(false);
    expect(isStalled({ state: 'reported', since: '2026-11-23' }, '2026-12-08')).toBe(true);
  });

  it('never calls an ended case stalled', () => {
    expect(dueOn('removed', '2020-01-01')).toBeNull();
    expect(isStalled({ state: 'closed', since: '2020-01-01' }, '2026-11-26')).toBe(false);
  });

  it('counts working days from Monday to Friday', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30');
  });

  it('does not count public holidays: a report before Christmas is due after it, one before Easter after Easter Monday', () => {
    // Wednesday 23 December: Christmas Eve, Christmas Day and Boxing Day (a Saturday) are off.
    expect(dueOn('new', '2026-12-23')).toBe('2026-12-29');
    // Thursday 2 April: Good Friday and Easter Monday are off.
    expect(dueOn('new', '2026-04-02')).toBe('2026-04-08');
    // Independence Day on a Sunday changes nothing.
    expect(dueOn('new', '2026-12-04')).toBe('2026-12-08');
  });

  it('tells by one day for each state which cases are stalled, every day of a year', () => {
    for (let today = '2026-01-01'; today <= '2027-01-10'; today = addDays(today, 1)) {
      for (const state of caseStates) {
        const latest = stalledIfSinceOnOrBefore(state, today);
        for (let back = 0; back <= 30; back++) {
          const since = addDays(today, -back);
          expect(isStalled({ state, since }, today), `${state} since ${since} on ${today}`).toBe(latest !== null && since <= latest);
        }
      }
    }
  });

  it('reminds of a stalled case at most every three days', () => {
    expect(reminderDue(null, '2026-11-26')).toBe(true);
    expect(reminderDue('2026-11-24', '2026-11-26')).toBe(false);
    expect(reminderDue('2026-11-23', '2026-11-26')).toBe(true);
  });
});
