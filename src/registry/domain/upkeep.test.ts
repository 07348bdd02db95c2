import { describe, expect, it } from 'vitest';
import { confirmationIntervalMonths, isConfirmationDue, parentWouldLoop } from './upkeep';

describe('confirming an entry (policy rule P5)', () => {
  const confirmed = new Date('2025-11-26T10:00:00Z');

  it(`is due ${confirmationIntervalMonths} months after the last confirmation`, () => {
    expect(isConfirmationDue(confirmed, new Date('2026-11-26T09:59:59Z'))).toBe(false);
    expect(isConfirmationDue(confirmed, new Date('2026-11-26T10:00:00Z'))).toBe(true);
  });
});

describe('moving a unit in the organisation', () => {
  const parents: Record<string, string | null> = { sector: null, area: 'sector', unit: 'area', other: null };
  const parentOf = (id: string) => parents[id];

  it('refuses to put a unit below itself or below one of its own units', () => {
    expect(parentWouldLoop('sector', 'sector', parentOf)).toBe(true);
    expect(parentWouldLoop('sector', 'unit', parentOf)).toBe(true);
  });

  it('allows any other parent, or none', () => {
    expect(parentWouldLoop('unit', 'other', parentOf)).toBe(false);
    expect(parentWouldLoop('area', null, parentOf)).toBe(false);
  });
});
