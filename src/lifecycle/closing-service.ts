import { and, eq, isNull, lte } from 'drizzle-orm';
import { recordAudit } from '../platform/audit/audit';
import { actorOf } from '../platform/auth/service';
import type { StaffUser } from '../platform/auth/staff';
import type { Database } from '../platform/db/database';
import { authorizeProfile } from '../registry/domain/policy';
import type { Profile } from '../registry/domain/profile';
import type { RegistryService } from '../registry/service';
import { pathIn } from '../registry/staff-routes';
import { closingProblems, type ClosingPlan, type ClosingProblem } from './domain/closing';
import { closingPlans } from './schema';

export type PlanResult = { ok: true; plan: ClosingPlan; announced: boolean } | { ok: false; problems: ClosingProblem[] } | { ok: false; refusal: 'forbidden' | 'not-found' | 'not-active' };

/** Closing plans (O8): recorded by those who decide the profile, announced and closed on their days. */
export class ClosingService {
  constructor(
    private readonly deps: {
      database: Database;
      registry: RegistryService;
      noticeDays: number;
      /** Called after a closing became public, once its transaction has committed. */
      onAnnounced?: (profileId: string, profileName: string, closeOn: string, actorId: string | null) => Promise<unknown>;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  async planOf(profileId: string): Promise<(ClosingPlan & { announcedAt: Date | null }) | null> {
    const [row] = await this.deps.database.db.select().from(closingPlans).where(eq(closingPlans.profileId, profileId));
    return row ? { announceOn: row.announceOn, closeOn: row.closeOn, reason: row.reason, successorProfileId: row.successorProfileId, successorUrl: row.successorUrl, announcedAt: row.announcedAt } : null;
  }

  async mayPlan(user: StaffUser, profile: Profile): Promise<boolean> {
    return authorizeProfile(user, 'planClosing', { unitPath: pathIn(await this.deps.registry.unitsById(), profile.unitId) });
  }

  /**
   * Records the plan; one announced today shows in the registry at once, a later one on its day.
   * A plan not yet announced may be replaced; an announced one is the registry's promise to
   * residents and stays.
   */
  async plan(user: StaffUser, profileId: string, plan: ClosingPlan): Promise<PlanResult> {
    const profile = await this.deps.registry.getProfile(profileId);
    if (!profile) return { ok: false, refusal: 'not-found' };
    if (!(await this.mayPlan(user, profile))) return { ok: false, refusal: 'forbidden' };
    if (profile.status !== 'active') return { ok: false, refusal: 'not-active' };
    const today = this.deps.registry.today();
    const problems = closingProblems(plan, { today, noticeDays: this.deps.noticeDays });
    if (plan.successorProfileId === profileId) problems.push({ field: 'successorProfileId', code: 'successorRequired' });
    if (problems.length) return { ok: false, problems };
    const announceNow = plan.announceOn <= today;
    await this.deps.database.db.transaction(async (tx) => {
      const values = { ...plan, plannedBy: user.id, announcedAt: announceNow ? this.now() : null, createdAt: this.now() };
      await tx.insert(closingPlans).values({ profileId, ...values }).onConflictDoUpdate({ target: closingPlans.profileId, set: values, where: isNull(closingPlans.announcedAt) });
      await recordAudit(tx, { actor: actorOf(user), action: 'closing.planned', entityType: 'profile', entityId: profileId, after: { ...plan, rule: 'O8' } });
      if (announceNow) await this.announce(tx, profileId, plan, actorOf(user));
    });
    if (announceNow) await this.deps.onAnnounced?.(profileId, profile.displayName, plan.closeOn, user.id);
    return { ok: true, plan, announced: announceNow };
  }

  private async announce(tx: Parameters<RegistryService['announceClosingIn']>[0], profileId: string, plan: ClosingPlan, actor: string) {
    await this.deps.registry.announceClosingIn(
      tx,
      profileId,
      { reason: plan.reason, closingDate: plan.closeOn, successorProfileId: plan.successorProfileId, successorUrl: plan.successorUrl },
      actor,
      this.now(),
    );
  }

  /** For the daily job: plans whose announcement day has come are shown in the registry. */
  async announceDue(): Promise<number> {
    const today = this.deps.registry.today();
    const announced = await this.deps.database.db.transaction(async (tx) => {
      const due = await tx.select().from(closingPlans).where(and(isNull(closingPlans.announcedAt), lte(closingPlans.announceOn, today))).for('update');
      for (const row of due) {
        await this.announce(tx, row.profileId, row, 'system:jobs');
        await tx.update(closingPlans).set({ announcedAt: this.now() }).where(eq(closingPlans.profileId, row.profileId));
      }
      return due;
    });
    for (const row of announced) {
      const profile = await this.deps.registry.getProfile(row.profileId);
      if (profile) await this.deps.onAnnounced?.(row.profileId, profile.displayName, row.closeOn, null);
    }
    return announced.length;
  }
}
