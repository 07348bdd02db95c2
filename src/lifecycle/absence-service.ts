import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { recordAudit } from '../platform/audit/audit';
import { actorOf } from '../platform/auth/service';
import { hasRole, hasRoleIn, type StaffUser } from '../platform/auth/staff';
import type { Database } from '../platform/db/database';
import type { Profile } from '../registry/domain/profile';
import type { RegistryService } from '../registry/service';
import { pathIn } from '../registry/staff-routes';
import { absenceOn, absenceProblems, type Absence, type AbsenceProblem } from './domain/absence';
import { absences, proposals } from './schema';

export interface StoredAbsence extends Absence {
  id: string;
}

export type AbsenceResult = { ok: true; absence: StoredAbsence } | { ok: false; problems: AbsenceProblem[] } | { ok: false; refusal: 'forbidden' | 'not-found' | 'not-expert' };

/** Absences of experts (E4): recorded by the expert, or by those responsible for the profile. */
export class AbsenceService {
  constructor(private readonly deps: { database: Database; registry: RegistryService }) {}

  /** The expert themself, the one who proposed the profile, its unit's supervisors, communications. */
  async mayManage(user: StaffUser, profile: Profile): Promise<boolean> {
    if (hasRole(user, 'communications')) return true;
    if (hasRoleIn(user, 'supervisor', pathIn(await this.deps.registry.unitsById(), profile.unitId))) return true;
    const rows = await this.deps.database.db
      .select({ proposerId: proposals.proposerId, expertUserId: proposals.expertUserId })
      .from(proposals)
      .where(eq(proposals.profileId, profile.id));
    return rows.some((r) => r.proposerId === user.id || r.expertUserId === user.id);
  }

  async list(profileId: string): Promise<StoredAbsence[]> {
    const rows = await this.deps.database.db.select().from(absences).where(eq(absences.profileId, profileId)).orderBy(asc(absences.startsOn));
    return rows.map((r) => ({ id: r.id, startsOn: r.startsOn, endsOn: r.endsOn, substitute: r.substitute, awayMessage: r.awayMessage, showPublicly: r.showPublicly }));
  }

  async add(user: StaffUser, profileId: string, absence: Absence): Promise<AbsenceResult> {
    const profile = await this.deps.registry.getProfile(profileId);
    if (!profile) return { ok: false, refusal: 'not-found' };
    if (!(await this.mayManage(user, profile))) return { ok: false, refusal: 'forbidden' };
    if (profile.kind !== 'expert') return { ok: false, refusal: 'not-expert' };
    const problems = absenceProblems(absence, this.deps.registry.today());
    if (problems.length) return { ok: false, problems };
    return this.deps.database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(absences)
        .values({ profileId, ...absence, substitute: absence.substitute.trim(), awayMessage: absence.awayMessage.trim(), createdBy: user.id })
        .returning();
      const stored = { id: row!.id, ...absence };
      await recordAudit(tx, { actor: actorOf(user), action: 'absence.added', entityType: 'profile', entityId: profileId, after: { ...stored, rule: 'E4' } });
      return { ok: true as const, absence: stored };
    });
  }

  async remove(user: StaffUser, profileId: string, absenceId: string): Promise<boolean> {
    const profile = await this.deps.registry.getProfile(profileId);
    if (!profile || !(await this.mayManage(user, profile))) return false;
    return this.deps.database.db.transaction(async (tx) => {
      const [removed] = await tx.delete(absences).where(and(eq(absences.id, absenceId), eq(absences.profileId, profileId))).returning();
      if (!removed) return false;
      await recordAudit(tx, { actor: actorOf(user), action: 'absence.removed', entityType: 'profile', entityId: profileId, before: { id: removed.id, startsOn: removed.startsOn, endsOn: removed.endsOn } });
      return true;
    });
  }

  /** What the public page may say today: the day the expert is back, when they chose to show it. */
  async publicAwayUntil(profileId: string): Promise<string | null> {
    const today = this.deps.registry.today();
    const rows = await this.deps.database.db
      .select()
      .from(absences)
      .where(and(eq(absences.profileId, profileId), lte(absences.startsOn, today), gte(absences.endsOn, today), eq(absences.showPublicly, true)));
    return absenceOn(rows, today)?.endsOn ?? null;
  }
}
