import { describe, expect, it } from 'vitest';
import { cityDay, filterQuery, isDay, nextDay, readAuditFilters, startOfDay } from './query';

describe('a day in a filter', () => {
  it('begins at midnight on the city clock, in winter and in summer time', () => {
    expect(startOfDay('2024-01-15').toISOString()).toBe('2024-01-14T22:00:00.000Z');
    expect(startOfDay('2024-07-01').toISOString()).toBe('2024-06-30T21:00:00.000Z');
  });

  it('keeps the right offset on the days the clocks change', () => {
    // Summer time began at 03:00 on 31 March 2024 and ended at 04:00 on 27 October 2024.
    expect(startOfDay('2024-03-31').toISOString()).toBe('2024-03-30T22:00:00.000Z');
    expect(startOfDay('2024-04-01').toISOString()).toBe('2024-03-31T21:00:00.000Z');
    expect(startOfDay('2024-10-27').toISOString()).toBe('2024-10-26T21:00:00.000Z');
    expect(startOfDay('2024-10-28').toISOString()).toBe('2024-10-27T22:00:00.000Z');
  });

  it('is followed by the next calendar day across months, years and leap days', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-02-29')).toBe('2024-03-01');
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
  });

  it('is a real date written as YYYY-MM-DD', () => {
    expect(isDay('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2026-02-30', '2026-13-01', '2026-1-5', '26.11.2026', 'huomenna', '']) expect(isDay(bad), bad).toBe(false);
  });

  it("is today's date in Helsinki, which is ahead of UTC", () => {
    expect(cityDay(new Date('2026-11-25T22:30:00Z'))).toBe('2026-11-26');
    expect(cityDay(new Date('2026-11-25T21:30:00Z'))).toBe('2026-11-25');
  });
});

describe('reading the filters of a request', () => {
  it('takes what was given, trimmed, and leaves out empty fields', () => {
    const id = '0A1B2C3D-0000-4000-8000-000000000001';
    expect(readAuditFilters({ actor: ` user:${id} `, action: 'profile.updated', entityType: '', entityId: ['p1', 'p2'], from: '2026-11-01', to: '2026-11-30', before: '40' })).toEqual({
      filters: { actor: `user:${id.toLowerCase()}`, action: 'profile.updated', entityId: 'p1', from: '2026-11-01', to: '2026-11-30' },
      before: 40,
      problems: [],
    });
  });

  it('names each value that does not pass and leaves it out', () => {
    const read = readAuditFilters({ actor: 'user:ei-uuid', from: '2026-02-30', to: 'eilen', before: 'abc', entityId: 'x'.repeat(201) });
    expect(read.filters).toEqual({});
    expect(read.before).toBeUndefined();
    expect(read.problems).toEqual([
      { field: 'actor', code: 'invalid-actor' },
      { field: 'entityId', code: 'too-long' },
      { field: 'from', code: 'invalid-date' },
      { field: 'to', code: 'invalid-date' },
      { field: 'before', code: 'invalid-id' },
    ]);
  });

  it('refuses an end before the start', () => {
    const read = readAuditFilters({ from: '2026-05-02', to: '2026-05-01' });
    expect(read.filters).toEqual({ from: '2026-05-02' });
    expect(read.problems).toEqual([{ field: 'to', code: 'to-before-from' }]);
  });

  it('accepts any actor that is not a malformed person, and "system" for all of them', () => {
    expect(readAuditFilters({ actor: 'system' }).filters).toEqual({ actor: 'system' });
    expect(readAuditFilters({ actor: 'system:start' }).filters).toEqual({ actor: 'system:start' });
    expect(readAuditFilters({ actor: 'test' }).filters).toEqual({ actor: 'test' });
  });

  it('writes the filters back as a query string for links', () => {
    expect(filterQuery({ action: 'unit.added', from: '2026-11-01' }, { before: '12' })).toBe('action=unit.added&from=2026-11-01&before=12');
    expect(filterQuery({})).toBe('');
  });
});
