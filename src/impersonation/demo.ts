import type { StaffUser } from '../platform/auth/staff';
import type { RegistryService } from '../registry/service';
import type { ImpersonationService } from './service';

/**
 * Two fakes for the demo, only into a database without cases: one confirmed and reported to the
 * platform (so the warning list and verify's `reported-fake` have something to show), one waiting
 * for triage on the communications unit's dashboard.
 */
export async function loadDemoCases(impersonation: ImpersonationService, registry: RegistryService, communications: StaffUser): Promise<number> {
  if ((await impersonation.lastCaseNumber()) > 0) return 0;
  const profiles = await registry.allProfiles({ platform: 'instagram', kind: 'organisation' });
  const official = profiles.find((p) => p.handle?.endsWith('kaupunki')) ?? profiles[0];
  if (!official?.handle) return 0;
  const today = impersonation.today();

  const confirmed = await impersonation.report(
    {
      address: `https://www.instagram.com/${official.handle}_virallinen/`,
      platform: '',
      description: 'Profiili arpoo lahjakortteja kaupungin nimissä ja pyytää voittajilta henkilötunnuksen ja tilinumeron.',
      evidence: '',
      shownName: official.displayName,
      contactEmail: '',
    },
    'fi',
  );
  if (!confirmed.ok) throw new Error(`Demo report does not validate: ${JSON.stringify(confirmed.problems)}`);
  await impersonation.triage(communications, confirmed.caseNumber, { verdict: 'fake', duplicateOf: null, note: 'Kaupungin logo ja nimi, ei rekisterissä.', impersonatedProfileId: official.id });
  await impersonation.reportToPlatform(communications, confirmed.caseNumber, { on: today, channel: 'report-form', reference: 'IG-DEMO-0001' });

  const waiting = await impersonation.report(
    {
      address: `https://www.tiktok.com/@${official.handle}`,
      platform: '',
      description: 'Tili käyttää kaupungin nimeä ja julkaisee mainoksia.',
      evidence: '',
      shownName: '',
      contactEmail: '',
    },
    'fi',
  );
  if (!waiting.ok) throw new Error(`Demo report does not validate: ${JSON.stringify(waiting.problems)}`);
  return 2;
}
