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
