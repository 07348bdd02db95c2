import { describe, expect, it } from 'vitest';
import { easterSunday, finnishHolidays, isWorkingDay } from './holidays';

describe("the days the city's offices are closed", () => {
  it('finds Easter Sunday by the Gregorian computus', () => {
    expect(['2024', '2025', '2026', '2027', '2038', '2285'].map((year) => easterSunday(Number(year)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2285-03-22',
    ]);
  });

  it("lists Finland's public holidays of 2026 with Christmas Eve and Midsummer Eve", () => {
    expect([...finnishHolidays(2026)].sort()).toEqual([
      ['2026-01-01', 'new-year'],
      ['2026-01-06', 'epiphany'],
      ['2026-04-03', 'good-friday'],
      ['2026-04-05', 'easter-sunday'],
      ['2026-04-06', 'easter-monday'],
      ['2026-05-01', 'may-day'],
      ['2026-05-14', 'ascension-day'],
      ['2026-05-24', 'whitsunday'],
      ['2026-06-19', 'midsummer-eve'],
      ['2026-06-20', 'midsummer-day'],
      ['2026-10-31', 'all-saints-day'],
      ['2026-12-06', 'independence-day'],
      ['2026-12-24', 'christmas-eve'],
      ['2026-12-25', 'christmas-day'],
      ['2026-12-26', 'boxing-day'],
    ]);
  });

  it('puts Midsummer and All Saints on the Saturday of their week: 2027', () => {
    const holidays = finnishHolidays(2027);
    expect(holidays.get('2027-06-25')).toBe('midsummer-eve');
    expect(holidays.get('2027-06-26')).toBe('midsummer-day');
    expect(holidays.get('2027-11-06')).toBe('all-saints-day');
  });

  it('calls a weekday a working day unless it is a holiday', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true);
    expect(isWorkingDay('2026-12-24')).toBe(false);
    expect(isWorkingDay('2026-04-06')).toBe(false);
    expect(isWorkingDay('2026-12-05')).toBe(false);
  });
});
