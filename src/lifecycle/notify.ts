import { and, eq, inArray } from 'drizzle-orm';
import type { Config } from '../config';
import { roleAssignments, users } from '../platform/auth/schema';
import type { Database } from '../platform/db/database';
import type { I18n, Lang } from '../platform/i18n/i18n';
import type { Mailer } from '../platform/mail/mailer';
import type { RegistryService } from '../registry/service';
import { pathIn } from '../registry/staff-routes';
import { proposals } from './schema';
import type { Proposal } from './service';

/** The step that happened, which decides who must act next. */
export type LifecycleNotice = 'submitted' | 'consent-needed' | 'approved' | 'rejected' | 'published' | 'closing-started';

interface Recipient {
  id: string;
  email: string;
  name: string;
  lang: Lang;
}

/**
 * Mails whoever must act after a step, each in their own language. Without SMTP the messages
 * wait in the outbox, which staff read in the app.
 */
export class LifecycleNotifier {
  constructor(private readonly deps: { database: Database; registry: RegistryService; mailer: Mailer; i18n: I18n; config: Config }) {}

  async notify(notice: LifecycleNotice, proposal: Proposal, actorId: string): Promise<number> {
    const recipients = (await this.recipients(notice, proposal)).filter((r) => r.id !== actorId);
    const link = `${this.deps.config.city.publicUrl}/staff/proposals/${proposal.id}`;
    for (const r of recipients) {
      const t = this.deps.i18n.t(r.lang);
      await this.deps.mailer.send({
        to: r.email,
        subject: t(`lifecycle:mail.${notice}.subject`, { name: proposal.workingName }),
        text: t(`lifecycle:mail.${notice}.body`, { recipient: r.name, name: proposal.workingName, link, reason: proposal.decisionReason ?? '' }),
      });
    }
    return recipients.length;
  }

  /**
   * Tells those responsible that a profile's closing is now public (O8): whoever proposed it, so
   * they can announce it on the profile, and communications.
   */
  async notifyClosing(profileId: string, profileName: string, closeOn: string, actorId: string | null): Promise<number> {
    const proposers = await this.deps.database.db.select({ id: proposals.proposerId }).from(proposals).where(eq(proposals.profileId, profileId));
    const seen = new Set<string>();
    const recipients = [...(await this.people(proposers.map((p) => p.id))), ...(await this.withRole('communications', []))].filter((r) => {
      if (r.id === actorId || seen.has(r.id)) return false;
      seen.add(r.id);
      return true;
    });
    const link = `${this.deps.config.city.publicUrl}/staff/profiles/${profileId}/closing`;
    for (const r of recipients) {
      const t = this.deps.i18n.t(r.lang);
      await this.deps.mailer.send({
        to: r.email,
        subject: t('lifecycle:mail.closing-announced.subject', { name: profileName }),
        text: t('lifecycle:mail.closing-announced.body', { recipient: r.name, name: profileName, date: closeOn, link }),
      });
    }
    return recipients.length;
  }

  private async recipients(notice: LifecycleNotice, p: Proposal): Promise<Recipient[]> {
    switch (notice) {
      case 'submitted':
        return this.withRole('supervisor', pathIn(await this.deps.registry.unitsById(), p.unitId));
      case 'consent-needed':
        return p.expertUserId ? this.people([p.expertUserId]) : [];
      case 'approved':
      case 'rejected':
      case 'published':
        return this.people([p.proposerId, ...(p.expertUserId ? [p.expertUserId] : [])]);
      case 'closing-started':
        return [...(await this.people([p.proposerId])), ...(await this.withRole('communications', []))];
    }
  }

  private async people(ids: string[]): Promise<Recipient[]> {
    if (ids.length === 0) return [];
    const rows = await this.deps.database.db
      .select({ id: users.id, email: users.email, name: users.displayName, lang: users.lang })
      .from(users)
      .where(and(inArray(users.id, [...new Set(ids)]), eq(users.active, true)));
    return rows.map((r) => ({ ...r, lang: r.lang as Lang }));
  }

  /** Holders of a role: in one of the units on the path, or city-wide when the path is empty. */
  private async withRole(role: 'supervisor' | 'communications', unitPath: readonly string[]): Promise<Recipient[]> {
    const rows = await this.deps.database.db
      .select({ userId: roleAssignments.userId, unitId: roleAssignments.unitId })
      .from(roleAssignments)
      .where(eq(roleAssignments.role, role));
    const ids = rows.filter((r) => (unitPath.length ? r.unitId !== null && unitPath.includes(r.unitId) : true)).map((r) => r.userId);
    return this.people(ids);
  }
}
