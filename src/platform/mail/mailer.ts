import { eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config';
import type { Database } from '../db/database';
import { outbox } from './schema';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export type MailStatus = 'queued' | 'sent' | 'failed';

/**
 * Sends mail through the configured SMTP server and keeps a copy of each message in the outbox.
 * Without SMTP the outbox is where messages stay, for staff to read in the app.
 */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(
    private readonly database: Database,
    private readonly config: Config['mail'],
    /** Replaced by the server's logger once it exists. */
    public log: { warn(obj: object, msg: string): void } = console,
  ) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  }

  async send(mail: Mail): Promise<MailStatus> {
    const [row] = await this.database.db
      .insert(outbox)
      .values({ recipient: mail.to, subject: mail.subject, body: mail.text, status: 'queued' })
      .returning({ id: outbox.id });
    if (!this.transport) return 'queued';
    try {
      await this.transport.sendMail({ from: this.config.from, to: mail.to, subject: mail.subject, text: mail.text });
      await this.database.db.update(outbox).set({ status: 'sent', sentAt: new Date() }).where(eq(outbox.id, row!.id));
      return 'sent';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.warn({ err: error, outboxId: row!.id }, 'mail not sent');
      await this.database.db.update(outbox).set({ status: 'failed', error: message.slice(0, 1000) }).where(eq(outbox.id, row!.id));
      return 'failed';
    }
  }

  close(): void {
    this.transport?.close();
  }
}
