// Words that call the number after them a telephone number (phone.ts, rule 5): by their stems the
// draft is searched for them (draft-scan.ts), and only after one is a number without an area code
// read. Each cue of phone.ts's pattern holds one of these stems.

export const phoneCueStems: readonly string[] = ['numeroon', 'puh', 'tel', 'phone', 'call', 'ring'];

/** How far before a number its cue may begin: "ring oss på", "call us on" and their blanks. */
export const phoneCueReach = 24;
