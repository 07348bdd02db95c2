import { findBusinessIds } from './business-id';
import { findEmails } from './email';
import type { Finding } from './finding';
import { findHetu } from './hetu';
import { findIban } from './iban';
import { findPhones } from './phone';
import { findPlates } from './plate';

// The structured identifiers in a draft (P8, P9): codes with a fixed shape and, where they have
// one, a check character or digit, so each is found by a linear scan without knowing the
// language. Each detector is exact on its own (a telephone number is never read out of a
// business ID or a personal identity code); where two findings still overlap, the check keeps
// the wider (check.ts).

export { findBusinessIds } from './business-id';
export { findEmails } from './email';
export { findHetu, isHetu } from './hetu';
export { findIban } from './iban';
export { findPhones } from './phone';
export { findPlates } from './plate';

const detectors = [findHetu, findIban, findPhones, findEmails, findBusinessIds, findPlates] as const;

/** Every identifier in `text`, in the order of the text (by start, then end). */
export function findIdentifiers(text: string): Finding[] {
  const found: Finding[] = [];
  for (const detect of detectors) for (const finding of detect(text)) found.push(finding);
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
