import { parseProfileAddress, registeredKeys } from './normalise';
import type { ProfileDetails } from './profile';

/**
 * A broken rule, by field: `code` is a message key, `params` fill it in. An `error` blocks the
 * change; a `gap` is information the policy asks for that the entry still lacks (a city's first
 * import often has only names and links) and is shown to communications until filled in.
 */
export interface RuleViolation {
  field: string;
  code: string;
  severity: 'error' | 'gap';
  params?: Record<string, string>;
}

export interface CityRules {
  emailDomain: string;
}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * An employee's own city address: first and last name joined by a dot, Finnish and Swedish letters
 * written without their dots (Seija Laitinen → seija.laitinen). Cities also use every given name,
 * so both forms are accepted.
 */
export function personalAddressLocalParts(fullName: string): string[] {
  const words = fullName
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2) return [];
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  return [...new Set([`${first}.${last}`, words.join('.')])];
}

function localPart(email: string): string {
  return email.slice(0, email.lastIndexOf('@')).toLowerCase();
}

function onCityDomain(email: string, domain: string): boolean {
  return email.toLowerCase().endsWith(`@${domain.toLowerCase()}`);
}

export const errorsOf = (violations: RuleViolation[]) => violations.filter((v) => v.severity === 'error');

/** Checks the policy rules a registry entry must meet, whoever writes it. */
export function checkProfileRules(p: ProfileDetails, city: CityRules): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const add = (field: string, code: string, params?: Record<string, string>) =>
    violations.push(params ? { field, code, severity: 'error', params } : { field, code, severity: 'error' });
  const gap = (field: string, code: string) => violations.push({ field, code, severity: 'gap' });

  const parsedUrl = parseProfileAddress(p.url, p.platform);
  if (!parsedUrl.ok) add('url', `address.${parsedUrl.error}`);
  if (p.handle) {
    const parsedHandle = parseProfileAddress(p.handle, p.platform);
    if (!parsedHandle.ok) add('handle', `address.${parsedHandle.error}`);
    else if (parsedUrl.ok && !parsedHandle.address.keys.some((k) => parsedUrl.address.keys.includes(k))) {
      // A handle that names another account than the URL would make verify answer for the wrong one.
      const urlHasHandle = parsedUrl.address.handle !== null;
      if (urlHasHandle) add('handle', 'rules.handleMismatch');
    }
  }
  if (registeredKeys(p).length === 0) add('url', 'address.not-an-address');
  // The permanent id is a key of its own: one that names another account than the URL would make
  // verify call that other account official.
  if (p.platformId && parsedUrl.ok && parsedUrl.address.platformId !== null) {
    const idKeys = (platformId: string) => registeredKeys({ platform: p.platform, url: null, handle: null, platformId });
    const urlIdKeys = idKeys(parsedUrl.address.platformId);
    if (!idKeys(p.platformId).some((k) => urlIdKeys.includes(k))) add('platformId', 'rules.platformIdMismatch');
  }

  if (p.displayName.trim() === '') add('displayName', 'rules.required');
  if (p.purpose.fi.trim() === '') gap('purpose.fi', 'rules.purposeMissing');

  // O4: the profile names its administrators and their job titles.
  if (p.administrators.length === 0) gap('administrators', 'rules.administratorsMissing');
  p.administrators.forEach((a, i) => {
    if (a.name.trim() === '') add(`administrators.${i}.name`, 'rules.required');
    if (a.jobTitle.trim() === '') add(`administrators.${i}.jobTitle`, 'rules.required');
  });

  const email = p.contactEmail?.trim() ?? '';
  if (email === '') gap('contactEmail', 'rules.contactMissing');
  else if (!emailShape.test(email)) add('contactEmail', 'rules.emailInvalid');
  else if (!onCityDomain(email, city.emailDomain)) add('contactEmail', 'rules.emailNotCityDomain', { domain: city.emailDomain });
  else if (p.kind === 'organisation') {
    // P2: an organisation profile uses a shared mailbox, never one of its administrators' own addresses.
    const personal = p.administrators.flatMap((a) => personalAddressLocalParts(a.name));
    if (personal.includes(localPart(email))) add('contactEmail', 'rules.organisationNeedsSharedMailbox');
  }

  if (p.kind === 'expert') {
    // P3, E5: an expert profile is one named employee, reached at their own city address.
    const employee = p.employeeName?.trim() ?? '';
    if (employee === '') add('employeeName', 'rules.expertNeedsEmployee');
    else {
      const expected = personalAddressLocalParts(employee);
      if (emailShape.test(email) && onCityDomain(email, city.emailDomain) && !expected.includes(localPart(email))) {
        add('contactEmail', 'rules.expertNeedsOwnAddress', {
          expected: `${expected[0] ?? ''}@${city.emailDomain}`,
        });
      }
    }
    if ((p.employeeTitle?.trim() ?? '') === '') gap('employeeTitle', 'rules.employeeTitleMissing');
  } else if (p.employeeName) {
    add('employeeName', 'rules.organisationHasNoEmployee');
  }

  if (p.status === 'active') {
    if (p.closingDate || p.closingReason || p.successorProfileId || p.successorUrl) add('status', 'rules.activeHasNoClosing');
  } else {
    // O8: a closing is announced with a date, a reason and where to go instead.
    if (!p.closingDate) add('closingDate', 'rules.closingNeedsDate');
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(p.closingDate) || Number.isNaN(Date.parse(p.closingDate))) add('closingDate', 'rules.dateInvalid');
    if (!p.closingReason?.trim()) add('closingReason', 'rules.closingNeedsReason');
    if (!p.successorProfileId && !p.successorUrl) add('successorUrl', 'rules.closingNeedsSuccessor');
  }
  if (p.successorUrl && !/^https?:\/\/[^\s/]+/.test(p.successorUrl)) add('successorUrl', 'rules.urlInvalid');
  return violations;
}
