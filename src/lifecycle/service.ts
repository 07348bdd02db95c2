import { desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../platform/audit/audit';
import { actorOf } from '../platform/auth/service';
import { users } from '../platform/auth/schema';
import type { StaffUser } from '../platform/auth/staff';
import type { Database, DbOrTx } from '../platform/db/database';
import type { Platform } from '../registry/domain/platforms';
import type { ProfileDetails } from '../registry/domain/profile';
import type { RegistryService } from '../registry/service';
import { pathIn } from '../registry/staff-routes';
import { authorizeProposal, participantIn, type ProposalRecord } from './domain/policy';
import { proposalProblems, type ProposalDetails, type ProposalProblem } from './domain/proposal';
import { transition, type ProposalEvent, type ProposalState, type Refusal, type TransitionResult } from './domain/workflow';
import type { LifecycleNotice } from './notify';
import { proposals } from './schema';

export interface Proposal extends ProposalDetails {
  id: string;
  state: ProposalState;
  proposerId: string;
  submittedAt: Date | null;
  consentAt: Date | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReason: string | null;
  profileId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What the lifecycle needs to know of a platform: its current terms (O5) and its text limit (O4). */
export interface PlatformFacts {
  termsVersion: string | null;
  termsUrl: string | null;
  descriptionLimit: number | null;
}

export interface TermsLookup {
  facts(platform: Platform): Promise<PlatformFacts>;
}

export type StepResult =
  | { ok: true; proposal: Proposal }
  | { ok: false; refusal: Refusal | 'forbidden' | 'not-found'; rule: string | null; problems?: ProposalProblem[] };

export class ProposalRefused extends Error {
  constructor(readonly refusal: string) {
    super(`proposal step refused: ${refusal}`);
  }
}

type Row = typeof proposals.$inferSelect;

function toProposal(row: Row): Proposal {
  return {
    id: row.id,
    state: row.state as ProposalState,
    kind: row.kind as Proposal['kind'],
    platform: row.platform as Platform,
    workingName: row.workingName,
    unitId: row.unitId,
    purpose: row.purpose,
    audience: row.audience,
    interactions: row.interactions as Proposal['interactions'],
    privateMessagePolicy: row.privateMessagePolicy,
    hoursPerWeek: Number(row.hoursPerWeek),
    administrators: row.administrators as Proposal['administrators'],
    contactEmail: row.contactEmail,
    expertUserId: row.expertUserId,
    expertRole: row.expertRole,
    separationConfirmed: row.separationConfirmed,
    termsVersionReviewed: row.termsVersionReviewed,
    termsConcerns: row.termsConcerns,
    proposerId: row.proposerId,
    submittedAt: row.submittedAt,
    consentAt: row.consentAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    decisionReason: row.decisionReason,
    profileId: row.profileId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function detailColumns(d: ProposalDetails) {
  return {
    kind: d.kind,
    platform: d.platform,
    workingName: d.workingName.trim(),
    unitId: d.unitId,
    purpose: d.purpose.trim(),
    audience: d.audience.trim(),
    interactions: d.interactions,
    privateMessagePolicy: d.privateMessagePolicy.trim(),
    hoursPerWeek: d.hoursPerWeek,
    administrators: d.administrators,
    contactEmail: d.contactEmail.trim().toLowerCase(),
    expertUserId: d.kind === 'expert' ? d.expertUserId : null,
    expertRole: d.kind === 'expert' ? d.expertRole.trim() : '',
    separationConfirmed: d.kind === 'expert' && d.separationConfirmed,
    termsVersionReviewed: d.termsVersionReviewed,
    termsConcerns: d.termsConcerns.trim(),
  };
}

/** An audit entry's view of a proposal: its plan and state, without anyone's name or address. */
function auditView(p: Proposal) {
  const { administrators, contactEmail: _c, ...rest } = p;
  return { ...rest, administrators: administrators.length };
}

/**
 * Proposals from draft to registry entry. Each step asks the policy (may this person act on this
 * proposal) and the workflow (is the step possible now), and writes its audit entry in the same
 * transaction.
 */
export class LifecycleService {
  constructor(
    private readonly deps: {
      database: Database;
      registry: RegistryService;
      terms: TermsLookup;
      cityEmailDomain: string;
      /** Mails whoever must act next; called after the step's transaction has committed. */
      notify?: (notice: LifecycleNotice, proposal: Proposal, actorId: string) => Promise<unknown>;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  async get(id: string): Promise<Proposal | null> {
    const [row] = await this.deps.database.db.select().from(proposals).where(eq(proposals.id, id));
    return row ? toProposal(row) : null;
  }

  async record(p: Pick<Proposal, 'proposerId' | 'expertUserId' | 'unitId'>): Promise<ProposalRecord> {
    return { proposerId: p.proposerId, expertUserId: p.expertUserId, unitPath: pathIn(await this.deps.registry.unitsById(), p.unitId) };
  }

  /** The proposals this person may see, newest first. */
  async visibleTo(user: StaffUser): Promise<Proposal[]> {
    const rows = await this.deps.database.db.select().from(proposals).orderBy(desc(proposals.updatedAt));
    const units = await this.deps.registry.unitsById();
    return rows.map(toProposal).filter((p) => authorizeProposal(user, 'view', { proposerId: p.proposerId, expertUserId: p.expertUserId, unitPath: pathIn(units, p.unitId) }));
  }

  platformFacts(platform: Platform): Promise<PlatformFacts> {
    return this.deps.terms.facts(platform);
  }

  async problems(p: ProposalDetails): Promise<ProposalProblem[]> {
    const currentTermsVersion = (await this.deps.terms.facts(p.platform)).termsVersion;
    return proposalProblems(p, { currentTermsVersion, cityEmailDomain: this.deps.cityEmailDomain });
  }

  async createDraft(user: StaffUser, details: ProposalDetails): Promise<StepResult> {
    if (!authorizeProposal(user, 'create', details.unitId ? await this.record({ proposerId: user.id, expertUserId: null, unitId: details.unitId }) : null)) {
      return { ok: false, refusal: 'forbidden', rule: null };
    }
    const now = this.now();
    return this.deps.database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(proposals)
        .values({ ...detailColumns(details), proposerId: user.id, createdAt: now, updatedAt: now })
        .returning();
      const proposal = toProposal(row!);
      await recordAudit(tx, { actor: actorOf(user), action: 'proposal.drafted', entityType: 'proposal', entityId: proposal.id, after: auditView(proposal) });
      return { ok: true as const, proposal };
    });
  }

  /**
   * Runs one step of the workflow: checks who may, checks the state, then applies `change` in a
   * transaction that locks the proposal, so two people acting at once cannot both succeed.
   */
  private async step(
    user: StaffUser,
    id: string,
    event: ProposalEvent,
    options: { reason?: string; extraCheck?: (p: Proposal) => Promise<ProposalProblem[]> } = {},
    change: (tx: DbOrTx, p: Proposal, result: Extract<TransitionResult, { ok: true }>) => Promise<Partial<typeof proposals.$inferInsert>>,
  ): Promise<StepResult> {
    const found = await this.get(id);
    if (!found) return { ok: false, refusal: 'not-found', rule: null };
    const record = await this.record(found);
    if (!authorizeProposal(user, 'act', record)) return { ok: false, refusal: 'forbidden', rule: null };
    const problems = options.extraCheck ? await options.extraCheck(found) : [];
    const outcome = await this.deps.database.db.transaction(async (tx) => {
      const [row] = await tx.select().from(proposals).where(eq(proposals.id, id)).for('update');
      const current = toProposal(row!);
      const result = transition(
        { state: current.state, kind: current.kind, consented: current.consentAt !== null, complete: problems.length === 0 },
        event,
        participantIn(user, record),
        { reason: options.reason },
      );
      if (!result.ok) return { ok: false as const, refusal: result.refusal, rule: result.rule, ...(problems.length ? { problems } : {}) };
      const columns = await change(tx, current, result);
      const [updated] = await tx
        .update(proposals)
        .set({ ...columns, state: result.to, updatedAt: this.now() })
        .where(eq(proposals.id, id))
        .returning();
      const after = toProposal(updated!);
      await recordAudit(tx, {
        actor: actorOf(user),
        action: `proposal.${auditAction(event, result)}`,
        entityType: 'proposal',
        entityId: id,
        before: auditView(current),
        after: { ...auditView(after), rule: result.rule },
      });
      return { ok: true as const, proposal: after, effect: result.effect };
    });
    if (!outcome.ok) return outcome;
    await this.notifyAfter(event, outcome.proposal, outcome.effect, user);
    return { ok: true, proposal: outcome.proposal };
  }

  private async notifyAfter(event: ProposalEvent, proposal: Proposal, effect: string | undefined, user: StaffUser): Promise<void> {
    const notify = this.deps.notify;
    if (!notify) return;
    const notices: LifecycleNotice[] = [];
    if (event === 'submit') {
      notices.push('submitted');
      if (proposal.kind === 'expert' && proposal.consentAt === null) notices.push('consent-needed');
    }
    if (event === 'approve') notices.push('approved');
    if (event === 'reject') notices.push('rejected');
    if (event === 'publish') notices.push('published');
    if (effect === 'start-closing') notices.push('closing-started');
    for (const notice of notices) await notify(notice, proposal, user.id);
  }

  async edit(user: StaffUser, id: string, details: ProposalDetails): Promise<StepResult> {
    const existing = await this.get(id);
    // Moving a draft to another unit needs the right to propose there too.
    if (existing && details.unitId !== existing.unitId && details.unitId) {
      if (!authorizeProposal(user, 'create', await this.record({ ...existing, unitId: details.unitId }))) return { ok: false, refusal: 'forbidden', rule: null };
    }
    return this.step(user, id, 'edit', {}, async () => ({ ...detailColumns(details), consentAt: null }));
  }

  async submit(user: StaffUser, id: string): Promise<StepResult> {
    return this.step(user, id, 'submit', { extraCheck: (p) => this.problems(p) }, async () => ({ submittedAt: this.now() }));
  }

  async withdraw(user: StaffUser, id: string): Promise<StepResult> {
    return this.step(user, id, 'withdraw', {}, async () => ({}));
  }

  async consent(user: StaffUser, id: string): Promise<StepResult> {
    return this.step(user, id, 'consent', {}, async () => ({ consentAt: this.now() }));
  }

  async withdrawConsent(user: StaffUser, id: string, closing: { reason: string; noticeDays: number }): Promise<StepResult> {
    return this.step(user, id, 'withdrawConsent', {}, async (tx, p, result) => {
      if (result.effect === 'start-closing' && p.profileId) await this.startClosing(tx, p.profileId, closing, user);
      return { consentAt: null };
    });
  }

  async decide(user: StaffUser, id: string, decision: 'approve' | 'reject', reason: string): Promise<StepResult> {
    return this.step(user, id, decision, { reason }, async () => ({ decidedAt: this.now(), decidedBy: user.id, decisionReason: reason.trim() }));
  }

  /**
   * Records the address of the profile once it exists and puts it into the public registry
   * (O6, E6), in one transaction with the proposal's last step. Registry rules (a valid address,
   * not already registered) are checked by the registry and thrown as RegistryRuleError.
   */
  async publish(user: StaffUser, id: string, address: { url: string; handle: string | null }): Promise<StepResult> {
    const found = await this.get(id);
    if (!found) return { ok: false, refusal: 'not-found', rule: null };
    const record = await this.record(found);
    const check = transition(
      { state: found.state, kind: found.kind, consented: found.consentAt !== null, complete: true },
      'publish',
      participantIn(user, record),
    );
    if (!authorizeProposal(user, 'act', record)) return { ok: false, refusal: 'forbidden', rule: null };
    if (!check.ok) return { ok: false, refusal: check.refusal, rule: check.rule };
    const expert = found.expertUserId ? await this.expertName(found.expertUserId) : null;
    const details: ProfileDetails = {
      kind: found.kind,
      platform: found.platform,
      url: address.url,
      handle: address.handle,
      platformId: null,
      displayName: found.workingName,
      unitId: found.unitId,
      purpose: { fi: found.purpose, sv: '', en: '' },
      administrators: found.administrators,
      contactEmail: found.contactEmail,
      employeeName: expert,
      employeeTitle: found.kind === 'expert' ? found.expertRole : null,
      status: 'active',
      closingDate: null,
      closingReason: null,
      successorProfileId: null,
      successorUrl: null,
    };
    let published: Proposal | null = null;
    await this.deps.registry.saveProfile(details, {
      actor: actorOf(user),
      alsoInTransaction: async (tx, saved) => {
        const [row] = await tx.select().from(proposals).where(eq(proposals.id, id)).for('update');
        if (row!.state !== 'approved') throw new ProposalRefused('not-allowed-in-state');
        const [updated] = await tx.update(proposals).set({ state: 'published', profileId: saved.id, updatedAt: this.now() }).where(eq(proposals.id, id)).returning();
        published = toProposal(updated!);
        await recordAudit(tx, {
          actor: actorOf(user),
          action: 'proposal.published',
          entityType: 'proposal',
          entityId: id,
          before: auditView(toProposal(row!)),
          after: { ...auditView(published), rule: check.rule },
        });
      },
    });
    await this.notifyAfter('publish', published!, undefined, user);
    return { ok: true, proposal: published! };
  }

  /** Someone's name for the registry: the expert profile shows the employee it represents (P3). */
  private async expertName(userId: string): Promise<string | null> {
    const [row] = await this.deps.database.db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
    return row?.name ?? null;
  }

  /** Announces the closing of a registry entry with the notice period (O8). */
  private async startClosing(tx: DbOrTx, profileId: string, closing: { reason: string; noticeDays: number }, user: StaffUser): Promise<void> {
    await this.deps.registry.announceClosingIn(tx, profileId, closing, actorOf(user), this.now());
  }

  /** Proposals waiting for something from this person: a decision, their consent. */
  async waitingFor(user: StaffUser): Promise<{ decisions: Proposal[]; consents: Proposal[] }> {
    const rows = await this.deps.database.db
      .select()
      .from(proposals)
      .where(inArray(proposals.state, ['draft', 'submitted']))
      .orderBy(desc(proposals.updatedAt));
    const units = await this.deps.registry.unitsById();
    const list = rows.map(toProposal);
    const decisions = list.filter((p) => {
      if (p.state !== 'submitted' || p.proposerId === user.id) return false;
      return participantIn(user, { proposerId: p.proposerId, expertUserId: p.expertUserId, unitPath: pathIn(units, p.unitId) }).isUnitSupervisor;
    });
    const consents = list.filter((p) => p.kind === 'expert' && p.expertUserId === user.id && p.consentAt === null);
    return { decisions, consents };
  }
}

function auditAction(event: ProposalEvent, result: Extract<TransitionResult, { ok: true }>): string {
  switch (event) {
    case 'edit':
      return 'edited';
    case 'submit':
      return 'submitted';
    case 'withdraw':
      return 'withdrawn';
    case 'consent':
      return 'consent-given';
    case 'withdrawConsent':
      return result.effect === 'start-closing' ? 'consent-withdrawn-closing' : 'consent-withdrawn';
    case 'approve':
      return 'approved';
    case 'reject':
      return 'rejected';
    case 'publish':
      return 'published';
  }
}
