// The life of a proposal as an explicit state machine. Every transition names who may make it and
// the policy rule behind it; anything not listed here is refused.

export const proposalStates = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'published'] as const;
export type ProposalState = (typeof proposalStates)[number];

export const proposalEvents = ['edit', 'submit', 'withdraw', 'consent', 'withdrawConsent', 'approve', 'reject', 'publish'] as const;
export type ProposalEvent = (typeof proposalEvents)[number];

/** Who is acting, in relation to this proposal. */
export interface Participant {
  isProposer: boolean;
  /** A supervisor of the proposal's unit or a unit above it (O3). */
  isUnitSupervisor: boolean;
  /** The employee an expert proposal names (E2). */
  isNamedExpert: boolean;
  /** One of the administrators who will run the profile, or communications. */
  mayPublish: boolean;
}

export interface ProposalFacts {
  state: ProposalState;
  kind: 'organisation' | 'expert';
  /** Whether the named employee has consented and not withdrawn it (E2). */
  consented: boolean;
  /** Whether the proposal meets every rule checked before a decision (proposalProblems is empty). */
  complete: boolean;
}

export type Refusal =
  | 'not-allowed-in-state'
  | 'not-the-proposer'
  | 'not-the-supervisor'
  | 'own-proposal'
  | 'not-the-named-expert'
  | 'not-an-expert-profile'
  | 'incomplete'
  | 'consent-missing'
  | 'reason-required'
  | 'not-an-administrator';

export type TransitionResult =
  | { ok: true; to: ProposalState; rule: string; effect?: 'consent-given' | 'consent-withdrawn' | 'start-closing' }
  | { ok: false; refusal: Refusal; rule: string };

export interface TransitionInput {
  /** The written reason of a decision (O3). */
  reason?: string;
}

const refuse = (refusal: Refusal, rule: string): TransitionResult => ({ ok: false, refusal, rule });

/** The state a proposal moves to when `who` makes `event` happen, or why it may not. */
export function transition(facts: ProposalFacts, event: ProposalEvent, who: Participant, input: TransitionInput = {}): TransitionResult {
  const { state } = facts;
  switch (event) {
    case 'edit':
      // A submitted proposal is what the supervisor decides on: it changes only by withdrawal.
      if (state !== 'draft') return refuse('not-allowed-in-state', 'O3');
      if (!who.isProposer) return refuse('not-the-proposer', 'O1');
      return { ok: true, to: 'draft', rule: 'O1' };
    case 'submit':
      if (state !== 'draft') return refuse('not-allowed-in-state', 'O3');
      if (!who.isProposer) return refuse('not-the-proposer', 'O1');
      if (!facts.complete) return refuse('incomplete', 'O1');
      return { ok: true, to: 'submitted', rule: 'O3' };
    case 'withdraw':
      if (state !== 'draft' && state !== 'submitted') return refuse('not-allowed-in-state', 'O3');
      if (!who.isProposer) return refuse('not-the-proposer', 'O3');
      return { ok: true, to: 'withdrawn', rule: 'O3' };
    case 'consent':
      if (facts.kind !== 'expert') return refuse('not-an-expert-profile', 'E2');
      if (state !== 'draft' && state !== 'submitted') return refuse('not-allowed-in-state', 'E2');
      if (!who.isNamedExpert) return refuse('not-the-named-expert', 'E2');
      return { ok: true, to: state, rule: 'E2', effect: 'consent-given' };
    case 'withdrawConsent':
      if (facts.kind !== 'expert') return refuse('not-an-expert-profile', 'E2');
      if (!who.isNamedExpert) return refuse('not-the-named-expert', 'E2');
      if (state === 'draft' || state === 'submitted') return { ok: true, to: state, rule: 'E2', effect: 'consent-withdrawn' };
      // Approved but not yet opened: without consent it may not open at all.
      if (state === 'approved') return { ok: true, to: 'withdrawn', rule: 'E2', effect: 'consent-withdrawn' };
      // Already public: the profile is closed properly, with notice (O8), not abandoned.
      if (state === 'published') return { ok: true, to: 'published', rule: 'E2', effect: 'start-closing' };
      return refuse('not-allowed-in-state', 'E2');
    case 'approve':
    case 'reject':
      if (state !== 'submitted') return refuse('not-allowed-in-state', 'O3');
      if (who.isProposer) return refuse('own-proposal', 'O3');
      if (!who.isUnitSupervisor) return refuse('not-the-supervisor', 'O3');
      if (!input.reason?.trim()) return refuse('reason-required', 'O3');
      if (event === 'approve' && facts.kind === 'expert' && !facts.consented) return refuse('consent-missing', 'E2');
      return { ok: true, to: event === 'approve' ? 'approved' : 'rejected', rule: 'O3' };
    case 'publish':
      if (state !== 'approved') return refuse('not-allowed-in-state', 'O6');
      if (facts.kind === 'expert' && !facts.consented) return refuse('consent-missing', 'E2');
      if (!who.mayPublish) return refuse('not-an-administrator', 'O6');
      return { ok: true, to: 'published', rule: facts.kind === 'expert' ? 'E6' : 'O6' };
  }
}

/** The events that could ever be allowed from a state, for showing only the buttons that make sense. */
export function eventsFrom(state: ProposalState): ProposalEvent[] {
  const anyone: Participant = { isProposer: true, isUnitSupervisor: true, isNamedExpert: true, mayPublish: true };
  const notProposer: Participant = { ...anyone, isProposer: false };
  return proposalEvents.filter((event) =>
    [anyone, notProposer].some((who) =>
      (['organisation', 'expert'] as const).some((kind) => transition({ state, kind, consented: true, complete: true }, event, who, { reason: 'x' }).ok),
    ),
  );
}
