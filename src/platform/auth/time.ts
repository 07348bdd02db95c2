import type { Lang } from '../i18n/i18n';

const locales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment as the city's clock shows it: the time alone today, the date and time otherwise. */
export function formatTime(moment: Date, lang: Lang, now: Date, timeZone = 'Europe/Helsinki'): string {
  const day = (d: Date) => d.toLocaleDateString('en-CA', { timeZone });
  const sameDay = day(moment) === day(now);
  return moment.toLocaleString(locales[lang], {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    ...(sameDay ? {} : { day: 'numeric', month: 'numeric', year: 'numeric' }),
  });
}
