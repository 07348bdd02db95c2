import type { Lang, Translate } from '../../platform/i18n/i18n';
import type { PageContext } from '../../platform/pages/layout';
import type { Profile, ProfileStatus, Unit } from '../domain/profile';
import { effectiveStatus } from '../domain/profile';

const dateLocales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A YYYY-MM-DD date as people of the page's language write it (24.11.2026, 24 November 2026). */
export function formatDate(date: string | Date, lang: Lang): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  const options: Intl.DateTimeFormatOptions =
    lang === 'en' ? { dateStyle: 'long', timeZone: 'UTC' } : { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' };
  if (typeof date !== 'string') options.timeZone = 'Europe/Helsinki';
  return new Intl.DateTimeFormat(dateLocales[lang], options).format(value);
}

/** A unit's name in the page's language; a name not yet translated shows in Finnish. */
export function unitName(unit: Unit, lang: Lang): string {
  return unit.name[lang] || unit.name.fi;
}

/** The address as a reader recognises it: instagram.com/pieksamaki rather than the full URL. */
export function shortAddress(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, '');
    // Some profiles are known only by a query, such as facebook.com/profile.php?id=…
    return decodeURI(parsed.host.replace(/^www\./, '') + path + parsed.search);
  } catch {
    return url;
  }
}

/** Sector › service area › unit, from the top down. */
export function unitPath(unitId: string | null, units: Map<string, Unit>, lang: Lang): string[] {
  const path: string[] = [];
  let current = unitId ? units.get(unitId) : undefined;
  const guard = new Set<string>();
  while (current && !guard.has(current.id)) {
    guard.add(current.id);
    path.unshift(unitName(current, lang));
    current = current.parentId ? units.get(current.parentId) : undefined;
  }
  return path;
}

export function StatusBadge(props: { profile: Profile; today: string; t: Translate; lang: Lang }) {
  const { profile, today, t, lang } = props;
  const status: ProfileStatus = effectiveStatus(profile, today);
  const date = profile.closingDate ? formatDate(profile.closingDate, lang) : '';
  const text =
    status === 'closing'
      ? t('registry:pages.registry.closingOn', { date })
      : status === 'closed'
        ? date
          ? t('registry:pages.registry.closedOn', { date })
          : t('registry:status.closed')
        : t('registry:status.active');
  return <span class={`badge badge--${status}`}>{text}</span>;
}

export { ErrorSummary } from '../../platform/pages/forms';

/** The city's channel for reports: a mail link for an address, a plain link for a web page. */
export function ReportChannel(props: { channel: string }) {
  const { channel } = props;
  if (/^https?:\/\//.test(channel)) return <a href={channel}>{channel}</a>;
  if (/^[^\s@]+@[^\s@]+$/.test(channel)) return <a href={`mailto:${channel}`}>{channel}</a>;
  return <>{channel}</>;
}

export type { PageContext };
