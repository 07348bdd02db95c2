import { describe, expect, it } from 'vitest';
import type { App } from '../app';
import { createStaff } from '../../test/helpers/client';
import { appWithSmtp, mailText, type startSmtpServer } from '../../test/helpers/smtp';
import { buildUnit, createProfile } from '../../test/helpers/factories';
import type { ProposalDetails } from './domain/proposal';

// The lifecycle's mail through a real SMTP server: whoever must act next gets a message in their
// own language, and the outbox records it as sent.

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let app: App;
appWithSmtp((a, s) => {
  app = a;
  smtp = s;
});

describe('lifecycle mail over SMTP', () => {
  it('asks the supervisor to decide and the named employee to consent, each in their language', async () => {
    const unit = await app.registry.createUnit(buildUnit(), 'test');
    await app.terms.recordVersion('instagram', { version: '2026-01-01', note: '', source: 'manual' }, 'test');
    const proposer = await createStaff(app, { email: 'eero.ehdottaja@pieksamaki.fi', roles: [{ role: 'employee', unitId: unit.id }] });
    const expert = await createStaff(app, { email: 'seija.laitinen@pieksamaki.fi', displayName: 'Seija Laitinen', lang: 'en', roles: [{ role: 'employee', unitId: unit.id }] });
    const boss = await createStaff(app, { email: 'sanna.esihenkilo@pieksamaki.fi', lang: 'sv', roles: [{ role: 'supervisor', unitId: unit.id }] });
    const user = (await app.auth.staffUser(app.database.db, proposer.id))!;
    const details: ProposalDetails = {
      kind: 'expert', platform: 'instagram', workingName: 'Pieksämäen Nuorisotoimi Seija Laitinen', unitId: unit.id,
      purpose: 'Nuorisotyö.', audience: 'Nuoret', interactions: [], privateMessagePolicy: 'Ohjaamme palautejärjestelmään.', hoursPerWeek: 2,
      administrators: [{ name: 'Seija Laitinen', jobTitle: 'nuoriso-ohjaaja' }], contactEmail: 'seija.laitinen@pieksamaki.fi',
      expertUserId: expert.id, expertRole: 'Nuorisotyön asiantuntija', separationConfirmed: true, termsVersionReviewed: '2026-01-01', termsConcerns: '',
    };
    const draft = await app.lifecycle.createDraft(user, details);
    expect(draft.ok).toBe(true);
    const submitted = await app.lifecycle.submit(user, draft.ok ? draft.proposal.id : '');
    expect(submitted.ok).toBe(true);
    const toBoss = smtp.received.find((m) => m.to === boss.email)!;
    const toExpert = smtp.received.find((m) => m.to === expert.email)!;
    expect(mailText(toBoss.data)).toContain('väntar på ditt beslut');
    expect(mailText(toExpert.data)).toContain('cannot be approved without your consent');
    expect(smtp.received.some((m) => m.to === proposer.email)).toBe(false);
    const statuses = await app.database.query<{ status: string }>('select status from outbox');
    expect(statuses.every((s) => s.status === 'sent')).toBe(true);
  });

  it('tells communications when a closing is announced (policy rule O8)', async () => {
    const unit = await app.registry.createUnit(buildUnit(), 'test');
    const profile = await createProfile(app.registry, { unitId: unit.id, displayName: 'Kirjastoauto' });
    const comms = await createStaff(app, { email: 'viestinta.henkilo@pieksamaki.fi', roles: [{ role: 'communications', unitId: null }] });
    const boss = await createStaff(app, { roles: [{ role: 'supervisor', unitId: unit.id }] });
    const user = (await app.auth.staffUser(app.database.db, boss.id))!;
    const today = app.registry.today();
    const close = new Date(Date.parse(`${today}T00:00:00Z`) + 40 * 86_400_000).toISOString().slice(0, 10);
    const planned = await app.closing.plan(user, profile.id, { announceOn: today, closeOn: close, reason: 'Siirtyy verkkosivuille.', successorProfileId: null, successorUrl: 'https://www.pieksamaki.fi/kirjasto' });
    expect(planned.ok).toBe(true);
    const mail = smtp.received.find((m) => m.to === comms.email);
    expect(mailText(mail!.data)).toContain('Kirjastoauto');
  });
});
