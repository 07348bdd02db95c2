import { asc, eq, inArray } from 'drizzle-orm';
import { recordAudit, type Actor } from '../platform/audit/audit';
import { accessTokens, passwordResets, roleAssignments, sessions, users } from '../platform/auth/schema';
import type { RoleAssignment, StaffUser } from '../platform/auth/staff';
import type { Database, DbOrTx } from '../platform/db/database';
import type { Lang } from '../platform/i18n/i18n';
import { accountProblems, distinctRoles, normaliseEmail, type AccountProblem, type NewStaffAccount } from './domain/users';

/** Shown wherever an erased person's name was. */
export const erasedName = '–';

export interface StaffAccount {
  id: string;
  email: string;
  displayName: string;
  lang: Lang;
  active: boolean;
  roles: RoleAssignment[];
  hasPassword: boolean;
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
}

export type AccountResult = { ok: true; account: StaffAccount } | { ok: false; problems: AccountProblem[] };

/**
 * Staff accounts and their roles. Audit entries name the person by id and record roles, never
 * their email or name, so correcting or erasing those here reaches every page.
 */
export class PeopleService {
  constructor(private readonly deps: { database: Database; cityEmailDomain: string; unitIds: () => Promise<Set<string>>; now?: () => Date }) {}

  unitIds(): Promise<Set<string>> {
    return this.deps.unitIds();
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  async list(): Promise<StaffAccount[]> {
    const rows = await this.deps.database.db.select().from(users).orderBy(asc(users.displayName), asc(users.email));
    const assignments = await this.rolesOf(this.deps.database.db, rows.map((r) => r.id));
    return rows.map((row) => toAccount(row, assignments.get(row.id) ?? []));
  }

  async get(id: string): Promise<StaffAccount | null> {
    const [row] = await this.deps.database.db.select().from(users).where(eq(users.id, id));
    if (!row) return null;
    const assignments = await this.rolesOf(this.deps.database.db, [id]);
    return toAccount(row, assignments.get(id) ?? []);
  }

  async create(account: NewStaffAccount, actor: Actor, passwordHash: string | null = null): Promise<AccountResult> {
    const roles = distinctRoles(account.roles);
    const problems = accountProblems({ ...account, roles }, this.deps.cityEmailDomain, await this.deps.unitIds());
    if (problems.length) return { ok: false, problems };
    const email = normaliseEmail(account.email);
    return this.deps.database.db.transaction(async (tx) => {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (taken) return { ok: false as const, problems: [{ field: 'email' as const, code: 'taken' as const }] };
      const now = this.now();
      const [row] = await tx
        .insert(users)
        .values({ email, displayName: account.displayName.trim(), lang: account.lang, passwordHash, passwordChangedAt: passwordHash ? now : null, createdAt: now, updatedAt: now })
        .returning();
      if (roles.length) await tx.insert(roleAssignments).values(roles.map((r) => ({ userId: row!.id, role: r.role, unitId: r.unitId })));
      await recordAudit(tx, { actor, action: 'user.created', entityType: 'user', entityId: row!.id, after: { lang: account.lang, roles } });
      return { ok: true as const, account: toAccount(row!, roles) };
    });
  }

  async update(id: string, change: { displayName: string; lang: Lang; active: boolean; roles: RoleAssignment[] }, actor: Actor): Promise<AccountResult | null> {
    const roles = distinctRoles(change.roles);
    // Read before the transaction: the embedded database has one connection, which the
    // transaction holds until it ends.
    const knownUnits = await this.deps.unitIds();
    return this.deps.database.db.transaction(async (tx) => {
      const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
      if (!row) return null;
      const problems = accountProblems({ email: row.email, displayName: change.displayName, lang: change.lang, roles }, this.deps.cityEmailDomain, knownUnits);
      if (problems.length) return { ok: false as const, problems };
      const before = (await this.rolesOf(tx, [id])).get(id) ?? [];
      const [updated] = await tx
        .update(users)
        .set({ displayName: change.displayName.trim(), lang: change.lang, active: change.active, updatedAt: this.now() })
        .where(eq(users.id, id))
        .returning();
      await tx.delete(roleAssignments).where(eq(roleAssignments.userId, id));
      if (roles.length) await tx.insert(roleAssignments).values(roles.map((r) => ({ userId: id, role: r.role, unitId: r.unitId })));
      await recordAudit(tx, {
        actor,
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        before: { lang: row.lang, active: row.active, roles: before, nameChanged: false },
        after: { lang: change.lang, active: change.active, roles, nameChanged: row.displayName !== change.displayName.trim() },
      });
      return { ok: true as const, account: toAccount(updated!, roles) };
    });
  }

  /**
   * Removes a person's name and address from a switched-off account (data protection). The
   * account's id stays, so audit entries still link to one person, now nameless.
   */
  async erase(id: string, actor: Actor): Promise<'erased' | 'active' | null> {
    return this.deps.database.db.transaction(async (tx) => {
      const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
      if (!row) return null;
      if (row.active) return 'active' as const;
      await tx.delete(roleAssignments).where(eq(roleAssignments.userId, id));
      await tx.delete(sessions).where(eq(sessions.userId, id));
      await tx.delete(accessTokens).where(eq(accessTokens.userId, id));
      await tx.delete(passwordResets).where(eq(passwordResets.userId, id));
      await tx
        .update(users)
        .set({ email: `erased-${id}@erased.invalid`, displayName: erasedName, passwordHash: null, lockedUntil: null, failedSignIns: 0, lastSignInAt: null, updatedAt: this.now() })
        .where(eq(users.id, id));
      await recordAudit(tx, { actor, action: 'user.erased', entityType: 'user', entityId: id });
      return 'erased' as const;
    });
  }

  async findByEmail(email: string): Promise<StaffAccount | null> {
    const [row] = await this.deps.database.db.select({ id: users.id }).from(users).where(eq(users.email, normaliseEmail(email)));
    return row ? this.get(row.id) : null;
  }

  private async rolesOf(tx: DbOrTx, ids: string[]): Promise<Map<string, RoleAssignment[]>> {
    const result = new Map<string, RoleAssignment[]>();
    if (ids.length === 0) return result;
    const rows = await tx
      .select({ userId: roleAssignments.userId, role: roleAssignments.role, unitId: roleAssignments.unitId })
      .from(roleAssignments)
      .where(inArray(roleAssignments.userId, ids))
      .orderBy(asc(roleAssignments.role));
    for (const row of rows) {
      const list = result.get(row.userId) ?? [];
      list.push({ role: row.role as RoleAssignment['role'], unitId: row.unitId });
      result.set(row.userId, list);
    }
    return result;
  }
}

function toAccount(row: typeof users.$inferSelect, roles: RoleAssignment[]): StaffAccount {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    lang: row.lang as Lang,
    active: row.active,
    roles,
    hasPassword: row.passwordHash !== null,
    lockedUntil: row.lockedUntil,
    lastSignInAt: row.lastSignInAt,
    createdAt: row.createdAt,
  };
}

export type { StaffUser };
