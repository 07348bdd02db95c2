import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { roleAssignments, users } from '../platform/auth/schema';
import type { Database } from '../platform/db/database';
import type { I18n, Lang } from '../platform/i18n/i18n';
import type { Mailer } from '../platform/mail/mailer';
import { formatDate, shortAddress } from '../registry/pages/components';
import { impersonationReports } from './schema';
import type { CaseMail, CaseSummary, ImpersonationCase } from './service';

interface Recipient {
  id: string;
  email: string;
  name: string;
  lang: Lang;
}

/**
 * The cases' mail, each message in its recipient's language: communications hear of a new case
 * and of stalled ones; a reporter who left an address hears the outcome once, when the case ends.
 * Without SMTP the messages wait in the outbox.
 */
export class CaseNotifier implements CaseMail {
  constructor(private readonly deps: { database: Database; mailer: Mailer; i18n: I18n; publicUrl: string }) {}

  private caseLink(number: number): string {
    return `${this.deps.publicUrl}/staff/cases/${number}`;
  }

  async caseOpened(c: ImpersonationCase): Promise<number> {
    const recipients = await this.communications();
    for (const r of recipients) {
      const t = this.deps.i18n.t(r.lang);
      const params = { recipient: r.name, number: c.number, platform: t(`registry:platform.${c.platform}`), address: shortAddress(c.url), link: this.caseLink(c.number) };
      await this.deps.mailer.send({ to: r.email, subject: t('impersonation:mail.opened.subject', params), text: t('impersonation:mail.opened.body', params) });
    }
    return recipients.length;
  }

  /** One mail per person listing every stalled case claimed for this reminder. */
  async stalled(cases: CaseSummary[]): Promise<number> {
    if (cases.length === 0) return 0;
    const recipients = await this.communications();
    for (const r of recipients) {
      const t = this.deps.i18n.t(r.lang);
      const lines = cases.map((c) =>
        t('impersonation:mail.reminder.line', {
          number: c.number,
          address: shortAddress(c.url),
          state: t(`impersonation:state.${c.state}`),
          due: c.dueOn ? formatDate(c.dueOn, r.lang) : '',
          link: this.caseLink(c.number),
        }),
      );
      const params = { recipient: r.name, count: cases.length, list: lines.join('\n'), link: `${this.deps.publicUrl}/staff/cases` };
      await this.deps.mailer.send({ to: r.email, subject: t('impersonation:mail.reminder.subject', params), text: t('impersonation:mail.reminder.body', params) });
    }
    return recipients.length;
  }

  /**
   * Tells each reporter of the case who left an address how it ended, in the language they
   * reported in. Each report is claimed (notified_at) before its mail goes, so it is told once.
   */
  async caseEnded(c: ImpersonationCase): Promise<number> {
    if (!c.outcome) return 0;
    const db = this.deps.database.db;
    const claimed = await db
      .update(impersonationReports)
      .set({ notifiedAt: new Date() })
      .where(and(eq(impersonationReports.caseNumber, c.number), isNotNull(impersonationReports.contactEmail), isNull(impersonationReports.notifiedAt)))
      .returning({ email: impersonationReports.contactEmail, lang: impersonationReports.lang });
    for (const report of claimed) {
      const lang = report.lang as Lang;
      const t = this.deps.i18n.t(lang);
      const params = {
        number: c.number,
        address: shortAddress(c.url),
        platform: t(`registry:platform.${c.platform}`),
        outcome: t(`impersonation:mail.ended.outcome.${c.outcome}`, { duplicateOf: c.duplicateOf ?? '' }),
        warnings: `${this.deps.publicUrl}/warnings`,
        verify: `${this.deps.publicUrl}/verify`,
      };
      await this.deps.mailer.send({ to: report.email!, subject: t('impersonation:mail.ended.subject', params), text: t('impersonation:mail.ended.body', params) });
    }
    return claimed.length;
  }

  /** Active accounts holding the communications role. */
  private async communications(): Promise<Recipient[]> {
    const db = this.deps.database.db;
    const holders = await db.select({ userId: roleAssignments.userId }).from(roleAssignments).where(eq(roleAssignments.role, 'communications'));
    if (holders.length === 0) return [];
    const rows = await db
      .select({ id: users.id, email: users.email, name: users.displayName, lang: users.lang })
      .from(users)
      .where(and(inArray(users.id, [...new Set(holders.map((h) => h.userId))]), eq(users.active, true)));
    return rows.map((r) => ({ ...r, lang: r.lang as Lang }));
  }
}
