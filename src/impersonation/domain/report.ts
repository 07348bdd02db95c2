import { parseProfileAddress, type AddressError, type ProfileAddress } from '../../registry/domain/normalise';
import { isPlatform, type Platform } from '../../registry/domain/platforms';

// What a resident's report of a suspected fake profile must hold (P6). Residents report without
// signing in, so the form asks only for what the city needs to act, and the contact address is
// optional: it is kept only until the case ends.

export const maxDescriptionLength = 2000;
export const maxShownNameLength = 200;
export const maxEvidenceLinks = 5;
export const maxLinkLength = 2048;
export const maxEmailLength = 254;

/** The form as sent: every field text, as a person typed it. */
export interface ReportForm {
  address: string;
  /** A platform chosen for a bare handle; empty when the address says it. */
  platform: string;
  description: string;
  /** Links to screenshots or posts, one per line. */
  evidence: string;
  /** The name the suspect profile shows. */
  shownName: string;
  contactEmail: string;
}

export interface Report {
  /** The address as the resident gave it. */
  given: string;
  address: ProfileAddress;
  description: string;
  evidence: string[];
  shownName: string | null;
  contactEmail: string | null;
}

export type ReportField = 'address' | 'platform' | 'description' | 'evidence' | 'shownName' | 'contactEmail';

export type ReportProblem =
  | { field: 'address'; code: AddressError }
  | { field: 'platform'; code: 'unknown-platform' | 'platform-mismatch' }
  | { field: 'description'; code: 'required' | 'too-long'; max?: number }
  | { field: 'evidence'; code: 'too-many'; max: number }
  | { field: 'evidence'; code: 'not-a-link' | 'too-long'; line: number }
  | { field: 'shownName'; code: 'too-long'; max: number }
  | { field: 'contactEmail'; code: 'invalid-email' };

const emailShape = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

/** An http(s) link with a host; anything else (javascript:, data:, a bare word) is no evidence. */
export function isEvidenceLink(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The report, or every problem with it, each naming its field. */
export function checkReport(form: ReportForm): { ok: true; report: Report } | { ok: false; problems: ReportProblem[] } {
  const problems: ReportProblem[] = [];

  const platformText = form.platform.trim();
  let platform: Platform | undefined;
  if (platformText !== '') {
    if (isPlatform(platformText)) platform = platformText;
    else problems.push({ field: 'platform', code: 'unknown-platform' });
  }
  const given = form.address.trim();
  let address: ProfileAddress | null = null;
  const parsed = parseProfileAddress(given, platform);
  if (parsed.ok) address = parsed.address;
  else if (parsed.error === 'platform-mismatch') problems.push({ field: 'platform', code: 'platform-mismatch' });
  else problems.push({ field: 'address', code: parsed.error });

  const description = form.description.trim();
  if (description === '') problems.push({ field: 'description', code: 'required' });
  else if (description.length > maxDescriptionLength) problems.push({ field: 'description', code: 'too-long', max: maxDescriptionLength });

  const links = form.evidence
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (links.length > maxEvidenceLinks) problems.push({ field: 'evidence', code: 'too-many', max: maxEvidenceLinks });
  else {
    links.forEach((link, index) => {
      if (link.length > maxLinkLength) problems.push({ field: 'evidence', code: 'too-long', line: index + 1 });
      else if (!isEvidenceLink(link)) problems.push({ field: 'evidence', code: 'not-a-link', line: index + 1 });
    });
  }

  const shownName = form.shownName.trim();
  if (shownName.length > maxShownNameLength) problems.push({ field: 'shownName', code: 'too-long', max: maxShownNameLength });

  const contactEmail = form.contactEmail.trim();
  if (contactEmail !== '' && (contactEmail.length > maxEmailLength || !emailShape.test(contactEmail))) {
    problems.push({ field: 'contactEmail', code: 'invalid-email' });
  }

  if (problems.length > 0 || address === null) return { ok: false, problems };
  return {
    ok: true,
    report: {
      given,
      address,
      description,
      evidence: [...new Set(links)],
      shownName: shownName || null,
      contactEmail: contactEmail || null,
    },
  };
}
