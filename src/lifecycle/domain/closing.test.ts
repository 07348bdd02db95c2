import { describe, expect, it } from 'vitest';
import { closingProblems, earliestClosing, type ClosingPlan } from './closing';

const ctx = { today: '2026-11-26', noticeDays: 30 };
const plan = (overrides: Partial<ClosingPlan> = {}): ClosingPlan => ({
  announceOn: '2026-11-26',
  closeOn: '2026-12-26',
  reason: 'Kirjastoauton tiedotus siirtyy kirjaston sivuille.',
  successorProfileId: null,
  successorUrl: 'https://www.pieksamaki.fi/kirjasto',
  ...overrides,
});
const codes = (p: ClosingPlan) => closingProblems(p, ctx).map((x) => `${x.field}:${x.code}`);

describe('closing a profile (policy rule O8)', () => {
  it('accepts a plan announced today that closes after the notice period, with reason and successor', () => {
    expect(closingProblems(plan(), ctx)).toEqual([]);
  });

  it('refuses a closing date sooner than the notice period after the announcement', () => {
    expect(closingProblems(plan({ closeOn: '2026-12-25' }), ctx)).toEqual([{ field: 'closeOn', code: 'noticeTooShort', params: { days: 30 } }]);
    expect(codes(plan({ announceOn: '2026-12-01', closeOn: '2026-12-26' }))).toEqual(['closeOn:noticeTooShort']);
  });

  it('refuses an announcement in the past: the notice must be real', () => {
    expect(codes(plan({ announceOn: '2026-11-25' }))).toEqual(['announceOn:announceInPast']);
  });

  it('needs the reason, and where followers should go instead', () => {
    expect(codes(plan({ reason: ' ', successorUrl: null }))).toEqual(['reason:reasonRequired', 'successorUrl:successorRequired']);
    expect(codes(plan({ successorUrl: null, successorProfileId: 'p-1' }))).toEqual([]);
  });

  it('refuses impossible dates and addresses that are not web addresses', () => {
    expect(codes(plan({ closeOn: '2026-02-30', successorUrl: 'kirjasto' }))).toEqual(['closeOn:dateInvalid', 'successorUrl:successorUrlInvalid']);
  });

  it('counts the earliest closing day on the calendar', () => {
    expect(earliestClosing('2026-11-26', 30)).toBe('2026-12-26');
  });
});
