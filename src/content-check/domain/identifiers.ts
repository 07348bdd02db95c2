import { findBusinessIdAtDigits } from './business-id';
import { scanDraft } from './draft-scan';
import { findEmails } from './email';
import { byPlace, sortFindings, type Finding } from './finding';
import { findHetuAtDigits } from './hetu';
import { findIbanAtDigits } from './iban';
import { findPhones } from './phone';
import { findPlates } from './plate';

// The structured identifiers in a draft (P8, P9): codes with a fixed shape and, where they have
// one, a check character or digit, so each is found by a linear scan without knowing the
// language. Each detector is exact on its own (a telephone number is never read out of a
// business ID or a personal identity code); where two findings still overlap, the check keeps
// the wider (check.ts).
//
// Personal identity codes, business IDs and IBANs are found where the scan of the draft
// (scanDraft) found a run of six digits or more, or of two or more right after a letter (an
// IBAN's check digits, after its country): each holds such a run, and each detector looks only there.

export { findBusinessIds } from './business-id';
export { findEmails } from './email';
export { findHetu, isHetu } from './hetu';
export { findIban } from './iban';
export { findPhones } from './phone';
export { findPlates } from './plate';

/** Every identifier in `text`, in the order of the text (by start, then end). */
export function findIdentifiers(text: string): Finding[] {
  const found = findCodesWithDigits(text);
  append(found, findPhones(text));
  append(found, findEmails(text));
  append(found, findPlates(text));
  return sortFindings(found, byPlace);
}

/** The personal identity codes, IBANs and business IDs in `text`, as their own detectors find them. */
function findCodesWithDigits(text: string): Finding[] {
  const found: Finding[] = [];
  // Where the last IBAN ends: an IBAN is not read inside another.
  let ibanUntil = 0;
  const { codeRuns, codeRunEnds } = scanDraft(text);
  for (let k = 0; k < codeRuns.count; k++) {
    const start = codeRuns.values[k]!;
    const end = codeRunEnds.values[k]!;
    findHetuAtDigits(text, start, end, found);
    ibanUntil = findIbanAtDigits(text, start, ibanUntil, found);
    findBusinessIdAtDigits(text, start, end, found);
  }
  return found;
}

function append(found: Finding[], more: Finding[]): void {
  for (let i = 0; i < more.length; i++) found.push(more[i]!);
}
