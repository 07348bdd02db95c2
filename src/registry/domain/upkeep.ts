// Keeping the registry true over time. A resident trusts the registry only while its entries are
// right (policy rule P5), so someone responsible for each profile confirms its details regularly.

/** How often an entry's details are confirmed; a city can tighten this but never skip it. */
export const confirmationIntervalMonths = 12;

/** The moment an entry confirmed at `lastConfirmedAt` is due again. */
export function confirmationDueAt(lastConfirmedAt: Date): Date {
  const due = new Date(lastConfirmedAt);
  due.setUTCMonth(due.getUTCMonth() + confirmationIntervalMonths);
  return due;
}

export function isConfirmationDue(lastConfirmedAt: Date, now: Date): boolean {
  return confirmationDueAt(lastConfirmedAt) <= now;
}

/**
 * Whether making `parentId` the parent of `unitId` would put the unit below itself. The unit tree
 * must stay a tree: roles held in a unit reach every unit below it.
 */
export function parentWouldLoop(unitId: string, parentId: string | null, parentOf: (id: string) => string | null | undefined): boolean {
  const seen = new Set<string>();
  let current = parentId;
  while (current && !seen.has(current)) {
    if (current === unitId) return true;
    seen.add(current);
    current = parentOf(current) ?? null;
  }
  return false;
}
