import type { PageContext } from '../../platform/pages/layout';
import type { AddressError } from '../domain/normalise';
import { platforms, type Platform } from '../domain/platforms';
import type { Profile, Unit } from '../domain/profile';
import type { VerifyStatus } from '../domain/verify';
import { ErrorSummary, formatDate, ReportChannel, unitPath } from './components';
import { Successor } from './profile';

export type VerifyOutcome =
  | { kind: 'error'; error: AddressError }
  | { kind: 'answer'; status: VerifyStatus; profile: Profile | null; successor: Profile | null; units: Map<string, Unit> };

function exampleSlug(city: string): string {
  return city.toLowerCase().replace(/[äå]/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]/g, '');
}

/** The outcome in a few words, first in the page title and in the result's heading. */
export function outcomeHeadline(ctx: PageContext, outcome: Extract<VerifyOutcome, { kind: 'answer' }>): string {
  const t = ctx.t;
  const closingDate = outcome.profile?.closingDate;
  if (outcome.status === 'official') return t('registry:pages.verify.officialTitle');
  if (outcome.status === 'closed') {
    return closingDate ? t('registry:pages.verify.closedTitle', { date: formatDate(closingDate, ctx.lang) }) : t('registry:verify.closed');
  }
  return t('registry:pages.verify.notRegisteredTitle');
}

function Answer(props: { ctx: PageContext; outcome: Extract<VerifyOutcome, { kind: 'answer' }>; address: string; reportChannel: string; today: string }) {
  const { ctx, outcome, address, reportChannel } = props;
  const t = ctx.t;
  const profile = outcome.profile;
  const city = ctx.cityName;
  const date = profile?.closingDate ? formatDate(profile.closingDate, ctx.lang) : '';
  const tone = outcome.status === 'official' ? 'official' : outcome.status === 'closed' ? 'closed' : 'not-registered';
  return (
    <section class={`result result--${tone}`} aria-labelledby="result-title">
      <h2 id="result-title">
        {t('registry:pages.verify.resultHeading')}: {outcomeHeadline(ctx, outcome)}
      </h2>
      <p>
        {t('registry:pages.verify.checked')}: <code>{address}</code>
      </p>
      {outcome.status === 'official' && profile ? (
        <>
          <p>
            <strong>{t('registry:pages.verify.official', { city, name: profile.displayName })}</strong>
          </p>
          {profile.status === 'closing' ? (
            <>
              <p>{t('registry:pages.verify.officialClosing', { date })}</p>
              <Successor ctx={ctx} successor={outcome.successor} successorUrl={profile.successorUrl} />
            </>
          ) : null}
        </>
      ) : null}
      {outcome.status === 'closed' && profile ? (
        <>
          <p>
            <strong>{t('registry:pages.verify.closed', { city, name: profile.displayName, date })}</strong>
          </p>
          {profile.closingReason ? (
            <p>
              {t('registry:pages.profile.reason')}: <span lang="fi">{profile.closingReason}</span>
            </p>
          ) : null}
          <Successor ctx={ctx} successor={outcome.successor} successorUrl={profile.successorUrl} />
        </>
      ) : null}
      {outcome.status !== 'official' && outcome.status !== 'closed' ? (
        <>
          <p>
            <strong>{t('registry:pages.verify.notRegistered', { city })}</strong>
          </p>
          <p>
            {t('registry:pages.verify.reportLabel')}: <ReportChannel channel={reportChannel} />
          </p>
        </>
      ) : null}
      {profile ? (
        <p>
          {t('registry:pages.verify.details')}: <a href={`/profiles/${profile.id}`}>{profile.displayName}</a>
          {(() => {
            const path = unitPath(profile.unitId, outcome.units, ctx.lang);
            return path.length ? ` (${path.join(' › ')})` : '';
          })()}
        </p>
      ) : null}
    </section>
  );
}

export function VerifyPage(props: {
  ctx: PageContext;
  address: string;
  platform: Platform | undefined;
  outcome: VerifyOutcome | null;
  reportChannel: string;
  exampleHandle: string;
  today: string;
}) {
  const { ctx, address, platform, outcome } = props;
  const t = ctx.t;
  const error = outcome?.kind === 'error' ? t(`registry:address.${outcome.error}`) : null;
  const fieldIsPlatform = outcome?.kind === 'error' && outcome.error === 'platform-mismatch';
  return (
    <>
      <h1>{t('registry:pages.verify.title')}</h1>
      {error ? <ErrorSummary title={t('registry:pages.verify.errorSummary')} errors={[{ field: 'address', message: error }]} /> : null}
      {outcome?.kind === 'answer' ? (
        <Answer ctx={ctx} outcome={outcome} address={address} reportChannel={props.reportChannel} today={props.today} />
      ) : null}
      <p>{t('registry:pages.verify.intro', { city: ctx.cityName })}</p>
      <search>
        <form method="get" action="/verify" noValidate>
          <div class="field">
            <label for="address">{t('registry:pages.verify.address')}</label>
            <p class="hint" id="address-hint">
              {t('registry:pages.verify.addressHint', { example: exampleSlug(props.exampleHandle) })}
            </p>
            {error ? (
              <p class="error-message" id="address-error">
                {error}
              </p>
            ) : null}
            <input
              type="text"
              id="address"
              name="address"
              value={address}
              autocomplete="off"
              spellcheck={false}
              aria-describedby={error ? 'address-hint address-error' : 'address-hint'}
              aria-invalid={error ? 'true' : undefined}
              size={50}
            />
          </div>
          <div class="field">
            <label for="platform">{t('registry:pages.verify.platform')}</label>
            <p class="hint" id="platform-hint">
              {t('registry:pages.verify.platformHint')}
            </p>
            <select id="platform" name="platform" aria-describedby="platform-hint" aria-invalid={fieldIsPlatform ? 'true' : undefined}>
              <option value="">{t('registry:pages.verify.platformAuto')}</option>
              {platforms.map((p) => (
                <option value={p} selected={platform === p}>
                  {t(`registry:platform.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('registry:pages.verify.submit')}</button>
        </form>
      </search>
    </>
  );
}
