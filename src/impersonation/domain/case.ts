// A fake-profile case as an explicit state machine (policy rule P6: fake profiles are reported to
// the platform, or to the police, and their removal is pursued as fast as possible). Every step
// names the rule behind it; anything not listed here is refused.
//
//   new ──triage: fake──────────▶ confirmed ──report to the platform──▶ reported ──▶ removed
//    │                              │   ▲ report to the police             │  ▲ report again,
//    ├─triage: not fake──▶ closed   │   └──────────────┘                   │  └ to the police
//    └─triage: duplicate─▶ closed   └──removed / closed with an outcome────┘
//
// A case whose verdict is fake and that is neither removed nor closed is an "online fake": it is
// on the public warning list and verify answers `reported-fake` for its address.

export const caseStates = ['new', 'confirmed', 'reported', 'removed', 'closed'] as const;
export type CaseState = (typeof caseStates)[number];

/** States from which nothing more happens; the reporter is told the outcome once. */
export const endedStates: readonly CaseState[] = ['removed', 'closed'];
export const openStates: readonly CaseState[] = ['new', 'confirmed', 'reported'];

export const caseEventTypes = ['triage', 'reportToPlatform', 'reportToPolice', 'markRemoved', 'close', 'setImpersonated'] as const;
export type CaseEventType = (typeof caseEventTypes)[number];

export const verdicts = ['fake', 'not-fake', 'duplicate'] as const;
export type Verdict = (typeof verdicts)[number];

/** Ways a case ends without the platform removing the profile. */
export const closeOutcomes = ['no-longer-impersonating', 'other'] as const;
export type CloseOutcome = (typeof closeOutcomes)[number];

export const outcomes = ['removed', 'not-fake', 'duplicate', ...closeOutcomes] as const;
export type Outcome = (typeof outcomes)[number];

/** How the city reported the profile to the platform. */
export const platformChannels = ['report-form', 'email', 'trusted-partner', 'other'] as const;
export type PlatformChannel = (typeof platformChannels)[number];

/** The longest note or reference kept with a step. */
export const maxNoteLength = 2000;
export const maxReferenceLength = 200;

export type CaseEvent =
  | { type: 'triage'; verdict: Verdict | null; duplicateOf: number | null; note: string }
  | { type: 'reportToPlatform'; on: string; channel: PlatformChannel | null; reference: string }
  | { type: 'reportToPolice'; on: string; reference: string }
  | { type: 'markRemoved'; on: string; note: string }
  | { type: 'close'; outcome: CloseOutcome | null; note: string }
  | { type: 'setImpersonated'; profileId: string | null };

export interface CaseFacts {
  number: number;
  state: CaseState;
  /** Whether the suspect address is an official profile in the registry today (active or closing). */
  isOfficialProfile: boolean;
  policeReportedOn: string | null;
  /** The case a duplicate verdict points to, as found; null when there is no such case. */
  duplicateTarget: { number: number; state: CaseState; outcome: Outcome | null } | null;
}

export type Refusal =
  | 'not-allowed-in-state'
  | 'verdict-required'
  | 'duplicate-of-required'
  | 'duplicate-of-itself'
  | 'duplicate-of-unknown'
  | 'duplicate-of-duplicate'
  | 'official-profile'
  | 'date-invalid'
  | 'date-in-future'
  | 'channel-required'
  | 'reference-required'
  | 'already-reported-to-police'
  | 'outcome-required'
  | 'note-required'
  | 'too-long';

/** What a step writes on the case besides its state. */
export interface CaseChanges {
  verdict?: Verdict;
  duplicateOf?: number | null;
  triageNote?: string;
  confirmedOn?: string;
  platformReportedOn?: string;
  platformChannel?: PlatformChannel;
  platformReference?: string | null;
  policeReportedOn?: string;
  policeReference?: string;
  outcome?: Outcome;
  outcomeNote?: string;
  endedOn?: string;
  impersonatedProfileId?: string | null;
}

export type TransitionResult =
  | { ok: true; to: CaseState; rule: string; changes: CaseChanges }
  | { ok: false; refusal: Refusal; rule: string; field: string };

const refuse = (refusal: Refusal, rule: string, field: string): TransitionResult => ({ ok: false, refusal, rule, field });

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function checkDay(on: string, today: string, field: string): TransitionResult | null {
  if (!isDay(on)) return refuse('date-invalid', 'P6', field);
  if (on > today) return refuse('date-in-future', 'P6', field);
  return null;
}

function tooLong(text: string, max: number, field: string): TransitionResult | null {
  return text.length > max ? refuse('too-long', 'P6', field) : null;
}

/** The state a case moves to on an event, with what to record, or why it may not. */
export function transition(facts: CaseFacts, event: CaseEvent, today: string): TransitionResult {
  const { state } = facts;
  switch (event.type) {
    case 'triage': {
      if (state !== 'new') return refuse('not-allowed-in-state', 'P6', 'verdict');
      const note = event.note.trim();
      const long = tooLong(note, maxNoteLength, 'triageNote');
      if (long) return long;
      if (event.verdict === null) return refuse('verdict-required', 'P6', 'verdict');
      if (event.verdict === 'fake') {
        // A registry entry is the city's own profile: a hijacked one is closed or corrected in the
        // registry, never listed as a fake, or residents would be told both at once.
        if (facts.isOfficialProfile) return refuse('official-profile', 'P5', 'verdict');
        return { ok: true, to: 'confirmed', rule: 'P6', changes: { verdict: 'fake', duplicateOf: null, triageNote: note, confirmedOn: today } };
      }
      if (event.verdict === 'not-fake') {
        return { ok: true, to: 'closed', rule: 'P6', changes: { verdict: 'not-fake', duplicateOf: null, triageNote: note, outcome: 'not-fake', endedOn: today } };
      }
      if (event.duplicateOf === null) return refuse('duplicate-of-required', 'P6', 'duplicateOf');
      if (event.duplicateOf === facts.number) return refuse('duplicate-of-itself', 'P6', 'duplicateOf');
      const target = facts.duplicateTarget;
      if (!target || target.number !== event.duplicateOf) return refuse('duplicate-of-unknown', 'P6', 'duplicateOf');
      // Point to the case that holds the work, not to another duplicate of it.
      if (target.outcome === 'duplicate') return refuse('duplicate-of-duplicate', 'P6', 'duplicateOf');
      return {
        ok: true,
        to: 'closed',
        rule: 'P6',
        changes: { verdict: 'duplicate', duplicateOf: event.duplicateOf, triageNote: note, outcome: 'duplicate', endedOn: today },
      };
    }
    case 'reportToPlatform': {
      // Reporting again (after a refusal or silence) is part of pursuing the removal.
      if (state !== 'confirmed' && state !== 'reported') return refuse('not-allowed-in-state', 'P6', 'platformReportedOn');
      const bad = checkDay(event.on, today, 'platformReportedOn');
      if (bad) return bad;
      if (event.channel === null) return refuse('channel-required', 'P6', 'platformChannel');
      const reference = event.reference.trim();
      const long = tooLong(reference, maxReferenceLength, 'platformReference');
      if (long) return long;
      return { ok: true, to: 'reported', rule: 'P6', changes: { platformReportedOn: event.on, platformChannel: event.channel, platformReference: reference || null } };
    }
    case 'reportToPolice': {
      if (state !== 'confirmed' && state !== 'reported') return refuse('not-allowed-in-state', 'P6', 'policeReportedOn');
      if (facts.policeReportedOn !== null) return refuse('already-reported-to-police', 'P6', 'policeReportedOn');
      const bad = checkDay(event.on, today, 'policeReportedOn');
      if (bad) return bad;
      const reference = event.reference.trim();
      if (!reference) return refuse('reference-required', 'P6', 'policeReference');
      const long = tooLong(reference, maxReferenceLength, 'policeReference');
      if (long) return long;
      return { ok: true, to: state, rule: 'P6', changes: { policeReportedOn: event.on, policeReference: reference } };
    }
    case 'markRemoved': {
      // A fake may disappear before the city reports it (its owner deletes it): that is removed too.
      if (state !== 'confirmed' && state !== 'reported') return refuse('not-allowed-in-state', 'P6', 'removedOn');
      const bad = checkDay(event.on, today, 'removedOn');
      if (bad) return bad;
      const note = event.note.trim();
      const long = tooLong(note, maxNoteLength, 'removedNote');
      if (long) return long;
      return { ok: true, to: 'removed', rule: 'P6', changes: { outcome: 'removed', outcomeNote: note, endedOn: event.on } };
    }
    case 'close': {
      if (state !== 'confirmed' && state !== 'reported') return refuse('not-allowed-in-state', 'P6', 'outcome');
      if (event.outcome === null) return refuse('outcome-required', 'P6', 'outcome');
      const note = event.note.trim();
      if (!note) return refuse('note-required', 'P6', 'outcomeNote');
      const long = tooLong(note, maxNoteLength, 'outcomeNote');
      if (long) return long;
      return { ok: true, to: 'closed', rule: 'P6', changes: { outcome: event.outcome, outcomeNote: note, endedOn: today } };
    }
    case 'setImpersonated':
      if (!openStates.includes(state)) return refuse('not-allowed-in-state', 'P6', 'impersonatedProfileId');
      return { ok: true, to: state, rule: 'P6', changes: { impersonatedProfileId: event.profileId } };
  }
}

/** An event of each type with inputs that pass every check but the state's, for offering forms. */
export function sampleEvent(type: CaseEventType): CaseEvent {
  switch (type) {
    case 'triage':
      return { type, verdict: 'fake', duplicateOf: null, note: '' };
    case 'reportToPlatform':
      return { type, on: '2000-01-01', channel: 'report-form', reference: '' };
    case 'reportToPolice':
      return { type, on: '2000-01-01', reference: 'x' };
    case 'markRemoved':
      return { type, on: '2000-01-01', note: '' };
    case 'close':
      return { type, outcome: 'other', note: 'x' };
    case 'setImpersonated':
      return { type, profileId: null };
  }
}

/** The steps that could be taken from a case as it is now: one form for each. */
export function nextSteps(facts: Pick<CaseFacts, 'state' | 'policeReportedOn'>): CaseEventType[] {
  const probe: CaseFacts = { number: 0, state: facts.state, isOfficialProfile: false, policeReportedOn: facts.policeReportedOn, duplicateTarget: null };
  return caseEventTypes.filter((type) => transition(probe, sampleEvent(type), '2100-01-01').ok);
}

/** Confirmed as fake and still online: on the warning list, and `reported-fake` in verify. */
export function isOnlineFake(c: { state: CaseState; verdict: Verdict | null }): boolean {
  return c.verdict === 'fake' && (c.state === 'confirmed' || c.state === 'reported');
}

export function isEnded(state: CaseState): boolean {
  return endedStates.includes(state);
}

export function isCaseState(value: unknown): value is CaseState {
  return typeof value === 'string' && (caseStates as readonly string[]).includes(value);
}

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (verdicts as readonly string[]).includes(value);
}

export function isCloseOutcome(value: unknown): value is CloseOutcome {
  return typeof value === 'string' && (closeOutcomes as readonly string[]).includes(value);
}

export function isPlatformChannel(value: unknown): value is PlatformChannel {
  return typeof value === 'string' && (platformChannels as readonly string[]).includes(value);
}

/** A case number as people write it: "#12", "12". */
export function parseCaseNumber(value: string): number | null {
  const match = /^\s*#?\s*(\d{1,9})\s*$/.exec(value);
  if (!match) return null;
  const n = Number(match[1]);
  return n > 0 ? n : null;
}
