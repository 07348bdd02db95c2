// What the check before publishing finds in a draft (policy rules P8, P9): the kinds of personal
// and confidential data, each found at its place in the text.

export const findingTypes = ['FI_HETU', 'IBAN', 'PHONE', 'EMAIL', 'PERSON', 'ADDRESS', 'Y_TUNNUS', 'PLATE', 'HEALTH', 'CONFIDENTIAL'] as const;
export type FindingType = (typeof findingTypes)[number];

/** One piece of data found: UTF-16 offsets as JavaScript indexes them, `end` exclusive, `text` the slice. */
export interface Finding {
  type: FindingType;
  start: number;
  end: number;
  text: string;
}

/** A finding of this type at this place in `text`. */
export function findingAt(text: string, type: FindingType, start: number, end: number): Finding {
  return { type, start, end, text: text.slice(start, end) };
}

/** Findings in the order of the text: by start, then end. */
export const byPlace = (a: Finding, b: Finding): number => a.start - b.start || a.end - b.end;

/**
 * Sorts `findings` in place, stably. A draft holds a handful, often in order already: they are
 * sorted by insertion, with hardly a step and no allocation (the library sort makes a work area
 * on every call); a long list takes the library sort, which is stable too.
 */
export function sortFindings(findings: Finding[], order: (a: Finding, b: Finding) => number): Finding[] {
  if (findings.length > 16) return findings.sort(order);
  for (let i = 1; i < findings.length; i++) {
    const finding = findings[i]!;
    let j = i;
    while (j > 0 && order(findings[j - 1]!, finding) > 0) {
      findings[j] = findings[j - 1]!;
      j--;
    }
    findings[j] = finding;
  }
  return findings;
}
