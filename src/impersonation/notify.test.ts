import { describe, expect, it } from 'vitest';
import type { App } from '../app';
import { createStaff } from '../../test/helpers/client';
import { appWithSmtp, mailText, type startSmtpServer } from '../../test/helpers/smtp';

// The cases' mail through a real SMTP server: communications hear of a new case, and the reporter
// hears the outcome once, in the language they reported in.

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let app: App;
appWithSmtp((a, s) => {
  app = a;
  smtp = s;
});

describe('fake-profile mail over SMTP (policy rule P6)', () => {
  it('tells communications of a new case and the reporter of its end, each in their language', async () => {
    const comms = await createStaff(app, { email: 'viestinta.henkilo@pieksamaki.fi', lang: 'en', roles: [{ role: 'communications', unitId: null }] });
    const reported = await app.impersonation.report(
      {
        address: 'https://www.facebook.com/pieksamaenkaupunki.virallinen',
        platform: '',
        description: 'Sivu pyytää pankkitunnuksia.',
        evidence: '',
        shownName: '',
        contactEmail: 'sven.invanare@example.fi',
      },
      'sv',
    );
    expect(reported.ok).toBe(true);
    const number = reported.ok ? reported.caseNumber : 0;
    const toComms = smtp.received.find((m) => m.to === comms.email)!;
    expect(mailText(toComms.data)).toContain('a resident has reported a suspected fake profile');
    expect(mailText(toComms.data)).toContain(`/staff/cases/${number}`);

    const user = (await app.auth.staffUser(app.database.db, comms.id))!;
    await app.impersonation.triage(user, number, { verdict: 'fake', duplicateOf: null, note: '' });
    expect(smtp.received.some((m) => m.to === 'sven.invanare@example.fi')).toBe(false);
    await app.impersonation.markRemoved(user, number, { on: app.impersonation.today(), note: '' });
    const toReporter = smtp.received.filter((m) => m.to === 'sven.invanare@example.fi');
    expect(toReporter).toHaveLength(1);
    expect(mailText(toReporter[0]!.data)).toContain('Profilen var falsk, och tjänsten har tagit bort den.');
    const statuses = await app.database.query<{ status: string }>('select status from outbox');
    expect(statuses.every((s) => s.status === 'sent')).toBe(true);
  });
});
