import { describe, expect, it } from 'vitest';
import {
  caseEventTypes,
  caseStates,
  isOnlineFake,
  nextSteps,
  parseCaseNumber,
  sampleEvent,
  transition,
  type CaseEvent,
  type CaseEventType,
  type CaseFacts,
  type CaseState,
} from './case';

const today = '2026-11-26';

const facts = (state: CaseState, overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  number: 7,
  state,
  isOfficialProfile: false,
  policeReportedOn: null,
  duplicateTarget: null,
  ...overrides,
});

// Every state against every step, with inputs that pass every other check: [the state it leads
// to, the policy rule] when allowed; anything missing is refused as not allowed in that state.
const allowed: Record<CaseState, Partial<Record<CaseEventType, [CaseState, string]>>> = {
  new: { triage: ['confirmed', 'P6'], setImpersonated: ['new', 'P6'] },
  confirmed: {
    reportToPlatform: ['reported', 'P6'],
    reportToPolice: ['confirmed', 'P6'],
    markRemoved: ['removed', 'P6'],
    close: ['closed', 'P6'],
    setImpersonated: ['confirmed', 'P6'],
  },
  reported: {
    reportToPlatform: ['reported', 'P6'],
    reportToPolice: ['reported', 'P6'],
    markRemoved: ['removed', 'P6'],
    close: ['closed', 'P6'],
    setImpersonated: ['reported', 'P6'],
  },
  removed: {},
  closed: {},
};

describe('the life of a fake-profile case: every state against every step', () => {
  for (const state of caseStates) {
    for (const type of caseEventTypes) {
      const expected = allowed[state][type];
      it(`${expected ? `moves ${state} to ${expected[0]}` : 'refuses'} on ${type} (policy rule ${expected?.[1] ?? 'P6'})`, () => {
        const result = transition(facts(state), sampleEvent(type), today);
        if (expected) expect(result).toMatchObject({ ok: true, to: expected[0], rule: expected[1] });
        else expect(result).toMatchObject({ ok: false, refusal: 'not-allowed-in-state', rule: 'P6' });
      });
    }
  }

  it('offers exactly the steps the table allows, and no police report twice', () => {
    for (const state of caseStates) expect(nextSteps({ state, policeReportedOn: null }).sort()).toEqual(Object.keys(allowed[state]).sort());
    expect(nextSteps({ state: 'reported', policeReportedOn: '2026-11-20' })).not.toContain('reportToPolice');
  });
});

describe('triaging a report', () => {
  const triage = (verdict: 'fake' | 'not-fake' | 'duplicate' | null, duplicateOf: number | null = null): CaseEvent => ({ type: 'triage', verdict, duplicateOf, note: ' Nimi ja logo kopioitu. ' });

  it('confirms a fake on the day, with the reason kept (policy rule P6)', () => {
    expect(transition(facts('new'), triage('fake'), today)).toEqual({
      ok: true,
      to: 'confirmed',
      rule: 'P6',
      changes: { verdict: 'fake', duplicateOf: null, triageNote: 'Nimi ja logo kopioitu.', confirmedOn: today },
    });
  });

  it('ends the case when the profile is not a fake', () => {
    expect(transition(facts('new'), triage('not-fake'), today)).toMatchObject({ ok: true, to: 'closed', changes: { outcome: 'not-fake', endedOn: today } });
  });

  it('refuses a triage without a verdict', () => {
    expect(transition(facts('new'), triage(null), today)).toMatchObject({ ok: false, refusal: 'verdict-required', field: 'verdict' });
  });

  it('refuses to mark an official registry profile as a fake: a hijacked account is handled in the registry (policy rule P5)', () => {
    expect(transition(facts('new', { isOfficialProfile: true }), triage('fake'), today)).toEqual({ ok: false, refusal: 'official-profile', rule: 'P5', field: 'verdict' });
    expect(transition(facts('new', { isOfficialProfile: true }), triage('not-fake'), today)).toMatchObject({ ok: true });
  });

  it('closes a duplicate pointing to the case that holds the work', () => {
    const target = { number: 3, state: 'reported' as const, outcome: null };
    expect(transition(facts('new', { duplicateTarget: target }), triage('duplicate', 3), today)).toMatchObject({
      ok: true,
      to: 'closed',
      changes: { verdict: 'duplicate', duplicateOf: 3, outcome: 'duplicate' },
    });
  });

  it('refuses a duplicate without a case, of itself, of an unknown case or of another duplicate', () => {
    expect(transition(facts('new'), triage('duplicate'), today)).toMatchObject({ ok: false, refusal: 'duplicate-of-required', field: 'duplicateOf' });
    expect(transition(facts('new'), triage('duplicate', 7), today)).toMatchObject({ ok: false, refusal: 'duplicate-of-itself' });
    expect(transition(facts('new'), triage('duplicate', 99), today)).toMatchObject({ ok: false, refusal: 'duplicate-of-unknown' });
    const duplicate = { number: 3, state: 'closed' as const, outcome: 'duplicate' as const };
    expect(transition(facts('new', { duplicateTarget: duplicate }), triage('duplicate', 3), today)).toMatchObject({ ok: false, refusal: 'duplicate-of-duplicate' });
  });

  it('refuses a reason longer than the limit', () => {
    expect(transition(facts('new'), { type: 'triage', verdict: 'fake', duplicateOf: null, note: 'x'.repeat(2001) }, today)).toMatchObject({ ok: false, refusal: 'too-long', field: 'triageNote' });
  });
});

describe('pursuing the removal (policy rule P6)', () => {
  it('refuses to report to the platform before the case is confirmed as fake', () => {
    expect(transition(facts('new'), { type: 'reportToPlatform', on: today, channel: 'report-form', reference: '' }, today)).toMatchObject({ ok: false, refusal: 'not-allowed-in-state' });
  });

  it('records the report to the platform with its day, channel and reference', () => {
    expect(transition(facts('confirmed'), { type: 'reportToPlatform', on: '2026-11-25', channel: 'trusted-partner', reference: ' META-123 ' }, today)).toEqual({
      ok: true,
      to: 'reported',
      rule: 'P6',
      changes: { platformReportedOn: '2026-11-25', platformChannel: 'trusted-partner', platformReference: 'META-123' },
    });
  });

  it('refuses a report to the platform without a channel, or on a day that is not a day or still to come', () => {
    expect(transition(facts('confirmed'), { type: 'reportToPlatform', on: today, channel: null, reference: '' }, today)).toMatchObject({ refusal: 'channel-required', field: 'platformChannel' });
    expect(transition(facts('confirmed'), { type: 'reportToPlatform', on: '2026-02-30', channel: 'email', reference: '' }, today)).toMatchObject({ refusal: 'date-invalid' });
    expect(transition(facts('confirmed'), { type: 'reportToPlatform', on: '26.11.2026', channel: 'email', reference: '' }, today)).toMatchObject({ refusal: 'date-invalid' });
    expect(transition(facts('confirmed'), { type: 'reportToPlatform', on: '2026-11-27', channel: 'email', reference: '' }, today)).toMatchObject({ refusal: 'date-in-future', field: 'platformReportedOn' });
  });

  it('reports to the police once, with the report number, without changing the state', () => {
    expect(transition(facts('reported'), { type: 'reportToPolice', on: today, reference: '5500/R/12345/26' }, today)).toMatchObject({ ok: true, to: 'reported', changes: { policeReference: '5500/R/12345/26' } });
    expect(transition(facts('reported'), { type: 'reportToPolice', on: today, reference: ' ' }, today)).toMatchObject({ refusal: 'reference-required', field: 'policeReference' });
    expect(transition(facts('reported', { policeReportedOn: '2026-11-20' }), { type: 'reportToPolice', on: today, reference: 'x' }, today)).toMatchObject({ refusal: 'already-reported-to-police' });
  });

  it('ends a removed case on the day of removal', () => {
    expect(transition(facts('reported'), { type: 'markRemoved', on: '2026-11-24', note: '' }, today)).toMatchObject({ ok: true, to: 'removed', changes: { outcome: 'removed', endedOn: '2026-11-24' } });
  });

  it('closes without removal only with an outcome and a written reason', () => {
    expect(transition(facts('reported'), { type: 'close', outcome: null, note: 'x' }, today)).toMatchObject({ refusal: 'outcome-required', field: 'outcome' });
    expect(transition(facts('reported'), { type: 'close', outcome: 'no-longer-impersonating', note: '  ' }, today)).toMatchObject({ refusal: 'note-required', field: 'outcomeNote' });
    expect(transition(facts('reported'), { type: 'close', outcome: 'no-longer-impersonating', note: 'Nimi vaihdettu.' }, today)).toMatchObject({ ok: true, to: 'closed', changes: { outcome: 'no-longer-impersonating' } });
  });
});

describe('online fakes', () => {
  it('are the confirmed fakes neither removed nor closed', () => {
    expect(isOnlineFake({ state: 'confirmed', verdict: 'fake' })).toBe(true);
    expect(isOnlineFake({ state: 'reported', verdict: 'fake' })).toBe(true);
    expect(isOnlineFake({ state: 'removed', verdict: 'fake' })).toBe(false);
    expect(isOnlineFake({ state: 'closed', verdict: 'fake' })).toBe(false);
    expect(isOnlineFake({ state: 'new', verdict: null })).toBe(false);
  });
});

describe('case numbers as people write them', () => {
  it('reads #12 and 12, and nothing else', () => {
    expect(parseCaseNumber('#12')).toBe(12);
    expect(parseCaseNumber(' 12 ')).toBe(12);
    expect(parseCaseNumber('0')).toBeNull();
    expect(parseCaseNumber('12a')).toBeNull();
    expect(parseCaseNumber('')).toBeNull();
  });
});
