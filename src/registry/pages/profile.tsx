import type { PageContext } from '../../platform/pages/layout';
import { effectiveStatus, type Profile, type Unit } from '../domain/profile';
import { formatDate, StatusBadge, unitPath } from './components';

/** Where followers of a closing or closed profile should go instead (policy rule O8). */
export function Successor(props: { ctx: PageContext; successor: Profile | null; successorUrl: string | null }) {
  const { ctx, successor, successorUrl } = props;
  if (!successor && !successorUrl) return null;
  return (
    <p>
      {ctx.t('registry:pages.profile.goInstead')}{' '}
      {successor ? (
        <a href={`/profiles/${successor.id}`}>
          {successor.displayName} ({ctx.t(`registry:platform.${successor.platform}`)})
        </a>
      ) : (
        <a href={successorUrl!}>{successorUrl}</a>
      )}
    </p>
  );
}

export function ClosingNotice(props: { ctx: PageContext; profile: Profile; successor: Profile | null; today: string }) {
  const { ctx, profile, successor, today } = props;
  const status = effectiveStatus(profile, today);
  if (status === 'active') return null;
  const t = ctx.t;
  const date = profile.closingDate ? formatDate(profile.closingDate, ctx.lang) : '';
  return (
    <div class="result result--closed">
      <p>
        <strong>{t(status === 'closing' ? 'registry:pages.profile.closingNotice' : 'registry:pages.profile.closedNotice', { date })}</strong>
      </p>
      {profile.closingReason ? (
        <p>
          {t('registry:pages.profile.reason')}: <span lang="fi">{profile.closingReason}</span>
        </p>
      ) : null}
      <Successor ctx={ctx} successor={successor} successorUrl={profile.successorUrl} />
    </div>
  );
}

export function ProfilePage(props: { ctx: PageContext; profile: Profile; units: Map<string, Unit>; successor: Profile | null; today: string; awayUntil?: string | null }) {
  const { ctx, profile, units, successor, today } = props;
  const t = ctx.t;
  const purpose = profile.purpose[ctx.lang] || '';
  const platformName = t(`registry:platform.${profile.platform}`);
  const path = unitPath(profile.unitId, units, ctx.lang);
  const status = effectiveStatus(profile, today);
  // Mastodon marks a link in a profile verified when the linked page links back with rel="me".
  const rel = profile.platform === 'mastodon' ? 'me noopener' : 'noopener';

  return (
    <>
      <h1>{profile.displayName}</h1>
      {status !== 'closed' ? <p>{t('registry:pages.profile.officialNotice', { city: ctx.cityName })}</p> : null}
      <ClosingNotice ctx={ctx} profile={profile} successor={successor} today={today} />
      {props.awayUntil && status !== 'closed' ? (
        <p class="notice">{t('registry:pages.profile.awayUntil', { name: profile.employeeName ?? profile.displayName, date: formatDate(props.awayUntil, ctx.lang) })}</p>
      ) : null}
      <dl class="facts">
        <dt>{t('registry:pages.profile.status')}</dt>
        <dd>
          <StatusBadge profile={profile} today={today} t={t} lang={ctx.lang} />
        </dd>
        <dt>{t('registry:pages.profile.kind')}</dt>
        <dd>{t(`registry:kind.${profile.kind}`)}</dd>
        <dt>{t('registry:pages.profile.platform')}</dt>
        <dd>{platformName}</dd>
        <dt>{t('registry:pages.profile.address')}</dt>
        <dd>
          <a href={profile.url} rel={rel}>
            {profile.url}
            <span class="visually-hidden"> ({t('registry:pages.profile.openProfile', { platform: platformName })})</span>
          </a>
        </dd>
        {profile.handle ? (
          <>
            <dt>{t('registry:pages.profile.handle')}</dt>
            <dd>{profile.platform === 'mastodon' || profile.platform === 'bluesky' ? `@${profile.handle}` : profile.handle}</dd>
          </>
        ) : null}
        {path.length ? (
          <>
            <dt>{t('registry:pages.profile.unit')}</dt>
            <dd>{path.join(' › ')}</dd>
          </>
        ) : null}
        {profile.kind === 'expert' && profile.employeeName ? (
          <>
            <dt>{t('registry:pages.profile.employee')}</dt>
            <dd>
              {profile.employeeName}
              {profile.employeeTitle ? <>, {profile.employeeTitle}</> : null}
            </dd>
          </>
        ) : null}
        {profile.contactEmail ? (
          <>
            <dt>{t('registry:pages.profile.contact')}</dt>
            <dd>
              <a href={`mailto:${profile.contactEmail}`}>{profile.contactEmail}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('registry:pages.profile.lastConfirmed')}</dt>
        <dd>{formatDate(profile.lastConfirmedAt, ctx.lang)}</dd>
      </dl>

      <h2>{t('registry:pages.profile.purpose')}</h2>
      {purpose ? (
        <p>{purpose}</p>
      ) : profile.purpose.fi ? (
        <p>
          {t('registry:pages.profile.purposeInFinnish')} <span lang="fi">{profile.purpose.fi}</span>
        </p>
      ) : (
        <p>–</p>
      )}

      <h2>{t('registry:pages.profile.administrators')}</h2>
      {profile.administrators.length ? (
        <ul>
          {profile.administrators.map((a) => (
            <li>
              {a.name}
              {a.jobTitle ? <>, {a.jobTitle}</> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('registry:pages.profile.administratorsMissing')}</p>
      )}

      <p>
        <a href="/verify">{t('registry:pages.profile.checkAnother')}</a> · <a href="/">{t('registry:pages.profile.backToList')}</a>
      </p>
    </>
  );
}
