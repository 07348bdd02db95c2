import { and, asc, desc, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Config } from '../../config';
import { recordAudit, type Actor } from '../audit/audit';
import type { Database, DbOrTx } from '../db/database';
import type { I18n, Lang } from '../i18n/i18n';
import type { Mailer } from '../mail/mailer';
import { outbox } from '../mail/schema';
import { decoyHash, hashPassword, passwordProblem, verifyPassword, type PasswordProblem } from './passwords';
import {
  afterFailedSignIn,
  isLocked,
  lastSeenResolutionMs,
  passwordLinkLifetime,
  sessionExpiry,
  sessionState,
  type PasswordLinkPurpose,
  type SessionLimits,
} from './rules';
import { accessTokens, passwordResets, roleAssignments, sessions, users } from './schema';
import { roles as knownRoles, type Role, type RoleAssignment, type Scope, type StaffUser } from './staff';
import { accessTokenPrefix, newAccessToken, newSecret, secretHash } from './tokens';

export type SignInMethod = 'password' | 'oidc';

export type SignInResult =
  | { ok: true; user: StaffUser; sessionToken: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; lockedUntil: Date };

export interface SessionUser {
  user: StaffUser;
  /** The stored key of the session, which CSRF tokens are bound to. */
  sessionKey: string;
}

export interface AccessTokenSummary {
  id: string;
  name: string;
  prefix: string;
  scopes: Scope[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export type PasswordChange = { ok: true } | { ok: false; problem: PasswordProblem | { code: 'wrong-current' } | { code: 'invalid-link' } };

/** Days a sent or queued message stays in the outbox. */
export const outboxRetentionDays = 90;

export function actorOf(user: { id: string }): Actor {
  return `user:${user.id}`;
}

/** Signing in and out, sessions, personal access tokens and password links. */
export class AuthService {
  private readonly database: Database;
  private readonly now: () => Date;
  readonly limits: SessionLimits;

  constructor(
    private readonly deps: { database: Database; config: Config; i18n: I18n; mailer: Mailer; now?: () => Date },
  ) {
    this.database = deps.database;
    this.now = deps.now ?? (() => new Date());
    this.limits = { idleMinutes: deps.config.auth.sessionIdleMinutes, maxHours: deps.config.auth.sessionMaxHours };
  }

  async staffUser(tx: DbOrTx, userId: string): Promise<StaffUser | null> {
    const [row] = await tx.select().from(users).where(and(eq(users.id, userId), eq(users.active, true)));
    if (!row) return null;
    const assignments = await tx
      .select({ role: roleAssignments.role, unitId: roleAssignments.unitId })
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, userId))
      .orderBy(asc(roleAssignments.role), asc(roleAssignments.unitId));
    return {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      lang: row.lang as Lang,
      roles: assignments.filter((a) => knownRoles.includes(a.role as Role)) as RoleAssignment[],
    };
  }

  async signInWithPassword(email: string, password: string): Promise<SignInResult> {
    const now = this.now();
    const address = email.trim().toLowerCase();
    const [row] = await this.database.db.select().from(users).where(eq(users.email, address));
    if (!row || !row.active || !row.passwordHash) {
      // As slow as a real check, so the answer's timing does not tell which addresses exist.
      await verifyPassword(await decoyHash(), password);
      return { ok: false, reason: 'invalid' };
    }
    if (isLocked(row, now)) return { ok: false, reason: 'locked', lockedUntil: row.lockedUntil! };
    const matches = await verifyPassword(row.passwordHash, password);
    return this.database.db.transaction(async (tx) => {
      // Counted under a row lock: parallel guesses must not each see the old count.
      const [current] = await tx.select().from(users).where(eq(users.id, row.id)).for('update');
      if (!current || !current.active) return { ok: false as const, reason: 'invalid' as const };
      if (isLocked(current, now)) return { ok: false as const, reason: 'locked' as const, lockedUntil: current.lockedUntil! };
      if (!matches) {
        const next = afterFailedSignIn(current, now);
        await tx.update(users).set(next).where(eq(users.id, row.id));
        if (next.lockedUntil) {
          await recordAudit(tx, {
            actor: 'system:sign-in',
            action: 'user.locked',
            entityType: 'user',
            entityId: row.id,
            after: { lockedUntil: next.lockedUntil.toISOString() },
          });
          return { ok: false as const, reason: 'locked' as const, lockedUntil: next.lockedUntil };
        }
        return { ok: false as const, reason: 'invalid' as const };
      }
      await tx.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, row.id));
      const user = await this.staffUser(tx, row.id);
      const sessionToken = await this.startSession(tx, row.id, 'password');
      return { ok: true as const, user: user!, sessionToken };
    });
  }

  /** A new session for someone whose identity is settled; any session they had in this browser is replaced by the caller. */
  async startSession(tx: DbOrTx, userId: string, method: SignInMethod): Promise<string> {
    const now = this.now();
    const token = newSecret();
    await tx.insert(sessions).values({
      idHash: secretHash(token),
      userId,
      method,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: sessionExpiry(now, this.limits),
    });
    await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, userId));
    await recordAudit(tx, { actor: `user:${userId}`, action: 'session.started', entityType: 'user', entityId: userId, after: { method } });
    return token;
  }

  async userForSession(token: string): Promise<SessionUser | null> {
    const now = this.now();
    const key = secretHash(token);
    const [session] = await this.database.db.select().from(sessions).where(eq(sessions.idHash, key));
    if (!session) return null;
    if (sessionState(session, now, this.limits) !== 'valid') {
      await this.database.db.delete(sessions).where(eq(sessions.idHash, key));
      return null;
    }
    const user = await this.staffUser(this.database.db, session.userId);
    if (!user) return null;
    if (now.getTime() - session.lastSeenAt.getTime() >= lastSeenResolutionMs) {
      await this.database.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, key));
    }
    return { user, sessionKey: key };
  }

  async endSession(token: string): Promise<void> {
    await this.database.db.transaction(async (tx) => {
      const [ended] = await tx.delete(sessions).where(eq(sessions.idHash, secretHash(token))).returning({ userId: sessions.userId });
      if (ended) {
        await recordAudit(tx, { actor: `user:${ended.userId}`, action: 'session.ended', entityType: 'user', entityId: ended.userId });
      }
    });
  }

  /** Signs a person out of every browser, as after a lost laptop or a changed password. */
  async endAllSessions(tx: DbOrTx, userId: string, actor: Actor): Promise<number> {
    const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ userId: sessions.userId });
    await recordAudit(tx, {
      actor,
      action: 'session.ended-everywhere',
      entityType: 'user',
      entityId: userId,
      after: { sessions: ended.length },
    });
    return ended.length;
  }

  async signOutEverywhere(user: StaffUser): Promise<number> {
    return this.database.db.transaction((tx) => this.endAllSessions(tx, user.id, actorOf(user)));
  }

  /** Ends another person's sessions, as when their account is switched off. */
  async signOutPerson(userId: string, actor: Actor): Promise<number> {
    return this.database.db.transaction((tx) => this.endAllSessions(tx, userId, actor));
  }

  /** Removes sessions and links that can no longer be used; safe to run on every server at once. */
  async purgeExpired(): Promise<void> {
    const now = this.now();
    const idleSince = new Date(now.getTime() - this.limits.idleMinutes * 60_000);
    await this.database.db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)));
    const dayAgo = new Date(now.getTime() - 24 * 3_600_000);
    await this.database.db.delete(passwordResets).where(lt(passwordResets.expiresAt, dayAgo));
    // Sent mail holds addresses and spent links: kept long enough to answer "did it arrive?".
    await this.database.db.delete(outbox).where(lt(outbox.createdAt, new Date(now.getTime() - outboxRetentionDays * 86_400_000)));
  }

  // Personal access tokens

  async createAccessToken(
    owner: StaffUser,
    input: { name: string; scopes: Scope[]; expiresAt: Date | null },
  ): Promise<{ token: string; summary: AccessTokenSummary }> {
    const token = newAccessToken();
    return this.database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(accessTokens)
        .values({
          userId: owner.id,
          name: input.name,
          tokenHash: secretHash(token),
          prefix: token.slice(0, accessTokenPrefix.length + 6),
          scopes: input.scopes,
          createdAt: this.now(),
          expiresAt: input.expiresAt,
        })
        .returning();
      await recordAudit(tx, {
        actor: actorOf(owner),
        action: 'access-token.created',
        entityType: 'access-token',
        entityId: row!.id,
        after: { owner: owner.id, name: input.name, scopes: input.scopes, expiresAt: input.expiresAt?.toISOString() ?? null },
      });
      return { token, summary: tokenSummary(row!) };
    });
  }

  async accessTokensOf(userId: string): Promise<AccessTokenSummary[]> {
    const rows = await this.database.db.select().from(accessTokens).where(eq(accessTokens.userId, userId)).orderBy(desc(accessTokens.createdAt));
    return rows.map(tokenSummary);
  }

  async accessTokenOwner(id: string): Promise<string | null> {
    const [row] = await this.database.db.select({ userId: accessTokens.userId }).from(accessTokens).where(eq(accessTokens.id, id));
    return row?.userId ?? null;
  }

  async revokeAccessToken(id: string, actor: StaffUser): Promise<boolean> {
    return this.database.db.transaction(async (tx) => {
      const [row] = await tx
        .update(accessTokens)
        .set({ revokedAt: this.now() })
        .where(and(eq(accessTokens.id, id), isNull(accessTokens.revokedAt)))
        .returning();
      if (!row) return false;
      await recordAudit(tx, { actor: actorOf(actor), action: 'access-token.revoked', entityType: 'access-token', entityId: id, before: { owner: row.userId, name: row.name } });
      return true;
    });
  }

  async userForAccessToken(token: string): Promise<StaffUser | null> {
    if (!token.startsWith(accessTokenPrefix)) return null;
    const now = this.now();
    const [row] = await this.database.db
      .select()
      .from(accessTokens)
      .where(and(eq(accessTokens.tokenHash, secretHash(token)), isNull(accessTokens.revokedAt), or(isNull(accessTokens.expiresAt), gt(accessTokens.expiresAt, now))));
    if (!row) return null;
    const user = await this.staffUser(this.database.db, row.userId);
    if (!user) return null;
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= lastSeenResolutionMs) {
      await this.database.db.update(accessTokens).set({ lastUsedAt: now }).where(eq(accessTokens.id, row.id));
    }
    return { ...user, tokenScopes: row.scopes as Scope[] };
  }

  // Passwords

  /**
   * Mails a single-use link that sets a password. Says nothing about whether the address has an
   * account: the caller shows the same answer either way.
   */
  async sendPasswordLink(email: string, purpose: PasswordLinkPurpose, linkFor: (token: string) => string): Promise<void> {
    const address = email.trim().toLowerCase();
    const [row] = await this.database.db.select().from(users).where(and(eq(users.email, address), eq(users.active, true)));
    if (!row) return;
    const token = await this.createPasswordLink(row.id, purpose);
    const t = this.deps.i18n.t(row.lang as Lang);
    const city = this.deps.config.city.name[row.lang as Lang];
    await this.deps.mailer.send({
      to: row.email,
      subject: t(`auth:mail.${purpose}.subject`, { city }),
      text: t(`auth:mail.${purpose}.body`, {
        name: row.displayName,
        city,
        link: linkFor(token),
        hours: Math.round(passwordLinkLifetime[purpose] / 3_600_000),
      }),
    });
  }

  /** A single-use password link's secret part; only its hash is stored. */
  async createPasswordLink(userId: string, purpose: PasswordLinkPurpose): Promise<string> {
    const token = newSecret();
    const now = this.now();
    const expiresAt = new Date(now.getTime() + passwordLinkLifetime[purpose]);
    await this.database.db.transaction(async (tx) => {
      await tx.insert(passwordResets).values({ tokenHash: secretHash(token), userId, createdAt: now, expiresAt });
      await recordAudit(tx, { actor: purpose === 'invite' ? 'system:invite' : 'system:password-reset', action: `password.${purpose}-sent`, entityType: 'user', entityId: userId });
    });
    return token;
  }

  /** The account a password link belongs to, while the link can still be used. */
  async passwordLinkUser(token: string): Promise<{ id: string; email: string; displayName: string } | null> {
    const [row] = await this.database.db
      .select({ id: users.id, email: users.email, displayName: users.displayName })
      .from(passwordResets)
      .innerJoin(users, eq(users.id, passwordResets.userId))
      .where(and(eq(passwordResets.tokenHash, secretHash(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, this.now()), eq(users.active, true)));
    return row ?? null;
  }

  async setPasswordWithLink(token: string, password: string): Promise<PasswordChange> {
    const owner = await this.passwordLinkUser(token);
    if (!owner) return { ok: false, problem: { code: 'invalid-link' } };
    const problem = passwordProblem(password, this.passwordOwner(owner));
    if (problem) return { ok: false, problem };
    const passwordHash = await hashPassword(password);
    return this.database.db.transaction(async (tx) => {
      // Used up in the same statement that checks it, so two tabs cannot both use one link.
      const [used] = await tx
        .update(passwordResets)
        .set({ usedAt: this.now() })
        .where(and(eq(passwordResets.tokenHash, secretHash(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, this.now())))
        .returning();
      if (!used) return { ok: false as const, problem: { code: 'invalid-link' as const } };
      await this.storePassword(tx, owner.id, passwordHash, 'system:password-reset');
      // Any other links to the same account are spent too.
      await tx.update(passwordResets).set({ usedAt: this.now() }).where(and(eq(passwordResets.userId, owner.id), isNull(passwordResets.usedAt)));
      return { ok: true as const };
    });
  }

  async changePassword(user: StaffUser, current: string, next: string): Promise<PasswordChange> {
    const [row] = await this.database.db.select().from(users).where(eq(users.id, user.id));
    if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, current))) return { ok: false, problem: { code: 'wrong-current' } };
    const problem = passwordProblem(next, this.passwordOwner(row));
    if (problem) return { ok: false, problem };
    const passwordHash = await hashPassword(next);
    await this.database.db.transaction((tx) => this.storePassword(tx, user.id, passwordHash, actorOf(user)));
    return { ok: true };
  }

  passwordOwner(owner: { email: string; displayName: string }) {
    const city = this.deps.config.city;
    return { email: owner.email, displayName: owner.displayName, cityWords: [city.name.fi, city.name.sv, city.name.en, city.webDomain, city.emailDomain] };
  }

  /** A new password ends every session and any lock: whoever knew the old one is out. */
  private async storePassword(tx: DbOrTx, userId: string, passwordHash: string, actor: Actor): Promise<void> {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: this.now(), failedSignIns: 0, lockedUntil: null, updatedAt: this.now() })
      .where(eq(users.id, userId));
    await recordAudit(tx, { actor, action: 'password.changed', entityType: 'user', entityId: userId });
    await this.endAllSessions(tx, userId, actor);
  }

  /** The language of the app's mail to this person. */
  async setLanguage(user: StaffUser, lang: Lang): Promise<void> {
    await this.database.db.transaction(async (tx) => {
      const [before] = await tx.select({ lang: users.lang }).from(users).where(eq(users.id, user.id)).for('update');
      if (!before || before.lang === lang) return;
      await tx.update(users).set({ lang, updatedAt: this.now() }).where(eq(users.id, user.id));
      await recordAudit(tx, { actor: actorOf(user), action: 'user.language-changed', entityType: 'user', entityId: user.id, before: { lang: before.lang }, after: { lang } });
    });
  }

  async hasPassword(userId: string): Promise<boolean> {
    const [row] = await this.database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
    return Boolean(row?.hash);
  }

  /** Users by id, for showing names beside audit entries and tokens. */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.database.db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

function tokenSummary(row: typeof accessTokens.$inferSelect): AccessTokenSummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as Scope[],
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}
