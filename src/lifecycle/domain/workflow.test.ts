import { describe, expect, it } from 'vitest';
import { proposalEvents, proposalStates, transition, type Participant, type ProposalEvent, type ProposalFacts, type ProposalState } from './workflow';

const nobody: Participant = { isProposer: false, isUnitSupervisor: false, isNamedExpert: false, mayPublish: false };
const proposer: Participant = { ...nobody, isProposer: true, mayPublish: true };
const supervisor: Participant = { ...nobody, isUnitSupervisor: true };
const expert: Participant = { ...nobody, isNamedExpert: true };
const administrator: Participant = { ...nobody, mayPublish: true };

/** The one who may make each event happen, when anyone may. */
const rightfulActor: Record<ProposalEvent, Participant> = {
  edit: proposer,
  submit: proposer,
  withdraw: proposer,
  consent: expert,
  withdrawConsent: expert,
  approve: supervisor,
  reject: supervisor,
  publish: administrator,
};

const ready = (state: ProposalState, kind: ProposalFacts['kind'] = 'expert'): ProposalFacts => ({ state, kind, consented: true, complete: true });

// Every state against every event, done by the person entitled to it: [the state it leads to, rule]
// or null when the event is not allowed in that state at all.
const allowed: Record<ProposalState, Partial<Record<ProposalEvent, [ProposalState, string]>>> = {
  draft: { edit: ['draft', 'O1'], submit: ['submitted', 'O3'], withdraw: ['withdrawn', 'O3'], consent: ['draft', 'E2'], withdrawConsent: ['draft', 'E2'] },
  submitted: {
    withdraw: ['withdrawn', 'O3'],
    consent: ['submitted', 'E2'],
    withdrawConsent: ['submitted', 'E2'],
    approve: ['approved', 'O3'],
    reject: ['rejected', 'O3'],
  },
  approved: { withdrawConsent: ['withdrawn', 'E2'], publish: ['published', 'E6'] },
  rejected: {},
  withdrawn: {},
  published: { withdrawConsent: ['published', 'E2'] },
};

describe('the life of a proposal: every state against every event', () => {
  for (const state of proposalStates) {
    for (const event of proposalEvents) {
      const expected = allowed[state][event];
      it(`${expected ? `moves ${state} to ${expected[0]}` : `refuses`} on ${event} (policy rule ${expected?.[1] ?? 'as named'})`, () => {
        const result = transition(ready(state), event, rightfulActor[event], { reason: 'Perusteltu päätös.' });
        if (expected) {
          expect(result).toMatchObject({ ok: true, to: expected[0], rule: expected[1] });
        } else {
          expect(result).toMatchObject({ ok: false, refusal: 'not-allowed-in-state' });
        }
      });
    }
  }
});

describe('who may make each event happen', () => {
  const cases: [ProposalEvent, ProposalState, Participant, string][] = [
    ['edit', 'draft', supervisor, 'not-the-proposer'],
    ['submit', 'draft', supervisor, 'not-the-proposer'],
    ['withdraw', 'submitted', supervisor, 'not-the-proposer'],
    ['consent', 'submitted', proposer, 'not-the-named-expert'],
    ['withdrawConsent', 'published', supervisor, 'not-the-named-expert'],
    ['approve', 'submitted', proposer, 'own-proposal'],
    ['approve', 'submitted', nobody, 'not-the-supervisor'],
    ['reject', 'submitted', administrator, 'not-the-supervisor'],
    ['publish', 'approved', supervisor, 'not-an-administrator'],
  ];
  for (const [event, state, who, refusal] of cases) {
    it(`refuses ${event} in ${state} by someone else (${refusal})`, () => {
      expect(transition(ready(state), event, who, { reason: 'x' })).toMatchObject({ ok: false, refusal });
    });
  }

  it('refuses a supervisor deciding their own proposal, even as its unit supervisor (policy rule O3)', () => {
    expect(transition(ready('submitted'), 'approve', { ...supervisor, isProposer: true }, { reason: 'x' })).toEqual({ ok: false, refusal: 'own-proposal', rule: 'O3' });
  });
});

describe('the conditions of each step', () => {
  it('refuses to submit an incomplete proposal (policy rule O1)', () => {
    expect(transition({ ...ready('draft'), complete: false }, 'submit', proposer)).toEqual({ ok: false, refusal: 'incomplete', rule: 'O1' });
  });

  it('refuses a decision without a written reason (policy rule O3)', () => {
    expect(transition(ready('submitted'), 'approve', supervisor, { reason: '  ' })).toEqual({ ok: false, refusal: 'reason-required', rule: 'O3' });
    expect(transition(ready('submitted'), 'reject', supervisor, {})).toEqual({ ok: false, refusal: 'reason-required', rule: 'O3' });
  });

  it("refuses to approve an expert profile before the employee's consent (policy rule E2)", () => {
    expect(transition({ ...ready('submitted'), consented: false }, 'approve', supervisor, { reason: 'x' })).toEqual({ ok: false, refusal: 'consent-missing', rule: 'E2' });
  });

  it('approves an organisation profile without anyone’s consent', () => {
    expect(transition({ ...ready('submitted', 'organisation'), consented: false }, 'approve', supervisor, { reason: 'x' })).toMatchObject({ ok: true, to: 'approved' });
  });

  it('asks consent only of expert profiles (policy rule E2)', () => {
    expect(transition(ready('submitted', 'organisation'), 'consent', expert)).toEqual({ ok: false, refusal: 'not-an-expert-profile', rule: 'E2' });
  });

  it('starts the closing of a published expert profile whose employee withdraws consent (policy rules E2, O8)', () => {
    expect(transition(ready('published'), 'withdrawConsent', expert)).toEqual({ ok: true, to: 'published', rule: 'E2', effect: 'start-closing' });
  });

  it('withdraws an approved expert profile that has not opened yet when consent is withdrawn', () => {
    expect(transition(ready('approved'), 'withdrawConsent', expert)).toMatchObject({ ok: true, to: 'withdrawn', effect: 'consent-withdrawn' });
  });

  it('publishes an organisation profile as policy rule O6, an expert profile as E6', () => {
    expect(transition(ready('approved', 'organisation'), 'publish', administrator)).toMatchObject({ ok: true, rule: 'O6' });
    expect(transition(ready('approved', 'expert'), 'publish', administrator)).toMatchObject({ ok: true, rule: 'E6' });
  });
});
