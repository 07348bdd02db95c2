import { desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../platform/audit/audit';
import { actorOf } from '../platform/auth/service';
import type { StaffUser } from '../platform/auth/staff';
import type { Database } from '../platform/db/database';
import { authorizeWatchCheck, checkWatchForm, type WatchCheck, type WatchCheckProblem, type WatchedProfile, type WatchOutcome } from './domain/watch-list';
import { watchChecks } from './schema';

export type WatchCheckResult = { ok: true; check: WatchCheck } | { ok: false; refusal: 'forbidden' } | { ok: false; refusal: 'invalid'; problems: WatchCheckProblem[] };

/** The record of looks at the watch list's variants on their platforms (P6). */
export class WatchChecks {
  constructor(private readonly deps: { database: Database; today: () => string }) {}

  /** Records one look, with its audit entry, in one transaction. */
  async record(user: StaffUser, profile: WatchedProfile, form: { variant: string; outcome: string; note: string }): Promise<WatchCheckResult> {
    if (!authorizeWatchCheck(user)) return { ok: false, refusal: 'forbidden' };
    const checked = checkWatchForm(form, profile);
    if (!checked.ok) return { ok: false, refusal: 'invalid', problems: checked.problems };
    const check: WatchCheck = {
      profileId: profile.id,
      variant: checked.variant,
      outcome: checked.outcome,
      note: checked.note,
      checkedOn: this.deps.today(),
      checkedBy: actorOf(user),
    };
    await this.deps.database.db.transaction(async (tx) => {
      const [row] = await tx.insert(watchChecks).values(check).returning({ id: watchChecks.id });
      await recordAudit(tx, {
        actor: check.checkedBy,
        action: 'watch-check.recorded',
        entityType: 'watch-check',
        entityId: row!.id,
        before: null,
        after: { profileId: check.profileId, variant: check.variant, outcome: check.outcome, note: check.note, checkedOn: check.checkedOn },
      });
    });
    return { ok: true, check };
  }

  /** The latest look at each variant of the given profiles, by profile and variant. */
  async latest(profileIds: readonly string[]): Promise<Map<string, Map<string, WatchCheck>>> {
    const byProfile = new Map<string, Map<string, WatchCheck>>();
    if (profileIds.length === 0) return byProfile;
    const rows = await this.deps.database.db
      .selectDistinctOn([watchChecks.profileId, watchChecks.variant])
      .from(watchChecks)
      .where(profileIds.length === 1 ? eq(watchChecks.profileId, profileIds[0]!) : inArray(watchChecks.profileId, [...profileIds]))
      .orderBy(watchChecks.profileId, watchChecks.variant, desc(watchChecks.createdAt), desc(watchChecks.id));
    for (const row of rows) {
      let variants = byProfile.get(row.profileId);
      if (!variants) byProfile.set(row.profileId, (variants = new Map()));
      variants.set(row.variant, {
        profileId: row.profileId,
        variant: row.variant,
        outcome: row.outcome as WatchOutcome,
        note: row.note,
        checkedOn: row.checkedOn,
        checkedBy: row.checkedBy,
      });
    }
    return byProfile;
  }
}
