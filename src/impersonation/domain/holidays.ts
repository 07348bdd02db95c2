// The days the city's offices are closed besides weekends: Finland's public holidays, with
// Christmas Eve and Midsummer Eve, which public employers keep as days off. Deadlines counted
// in working days (a report's triage, policy rule P6) skip them, as the people who meet the
// deadlines do.

/** Easter Sunday of a year in the Gregorian calendar, as YYYY-MM-DD (the anonymous Gregorian computus). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function shifted(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first day from `first` on that falls on `weekday` (0 Sunday … 6 Saturday). */
function firstWeekdayFrom(first: string, weekday: number): string {
  const offset = (weekday - new Date(`${first}T00:00:00Z`).getUTCDay() + 7) % 7;
  return shifted(first, offset);
}

export type HolidayName =
  | 'new-year'
  | 'epiphany'
  | 'good-friday'
  | 'easter-sunday'
  | 'easter-monday'
  | 'may-day'
  | 'ascension-day'
  | 'whitsunday'
  | 'midsummer-eve'
  | 'midsummer-day'
  | 'all-saints-day'
  | 'independence-day'
  | 'christmas-eve'
  | 'christmas-day'
  | 'boxing-day';

/** The closed days of a year, by date. */
export function finnishHolidays(year: number): ReadonlyMap<string, HolidayName> {
  const easter = easterSunday(year);
  const on = (monthDay: string) => `${year}-${monthDay}`;
  return new Map<string, HolidayName>([
    [on('01-01'), 'new-year'],
    [on('01-06'), 'epiphany'],
    [shifted(easter, -2), 'good-friday'],
    [easter, 'easter-sunday'],
    [shifted(easter, 1), 'easter-monday'],
    [on('05-01'), 'may-day'],
    [shifted(easter, 39), 'ascension-day'],
    [shifted(easter, 49), 'whitsunday'],
    // Midsummer Day is the Saturday from 20 to 26 June, its eve the Friday before.
    [firstWeekdayFrom(on('06-19'), 5), 'midsummer-eve'],
    [firstWeekdayFrom(on('06-20'), 6), 'midsummer-day'],
    // All Saints' Day is the Saturday from 31 October to 6 November.
    [firstWeekdayFrom(on('10-31'), 6), 'all-saints-day'],
    [on('12-06'), 'independence-day'],
    [on('12-24'), 'christmas-eve'],
    [on('12-25'), 'christmas-day'],
    [on('12-26'), 'boxing-day'],
  ]);
}

const byYear = new Map<number, ReadonlyMap<string, HolidayName>>();

/** Whether a YYYY-MM-DD day is a working day: Monday to Friday, and not a closed day. */
export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(day.slice(0, 4));
  let holidays = byYear.get(year);
  if (!holidays) byYear.set(year, (holidays = finnishHolidays(year)));
  return !holidays.has(day);
}
