import type { PageContext } from '../../platform/pages/layout';
import type { AddressError } from '../domain/normalise';
import { platforms, type Platform } from '../domain/platforms';
import type { Profile, Unit } from '../domain/profile';
import type { VerifyStatus } from '../domain/verify';
import { ErrorSummary, formatDate, ReportChannel, unitPath } from './components';
import { Successor } from './profile';

/** An official profile the checked address imitates, with the reasons already in words. */
export interface ShownResemblance {
  profile: Profile;
  reasons: string[];
}

export type VerifyOutcome =
  | { kind: 'error'; error: AddressError }
  | {
      kind: 'answer';
      status: VerifyStatus;
      profile: Profile | null;
      successor: Profile | null;
      units: Map<string, Unit>;
      resembles: ShownResemblance[];
      fakeCase: { number: number; confirmedOn: string } | null;
      /** The report form, pre-filled with the checked address; null for official profiles. */
      reportHref: string | null;
    };

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
  if (outcome.status === 'reported-fake') return t('registry:pages.verify.reportedFakeTitle');
  if (outcome.status === 'suspected-impersonation') return t('registry:pages.verify.suspectedTitle');
  return t('registry:pages.verify.notRegisteredTitle');
}

const tones: Record<VerifyStatus, string> = {
  official: 'official',
  closed: 'closed',
  'reported-fake': 'fake',
  'suspected-impersonation': 'fake',
  'not-registered': 'not-registered',
};

/** The official profiles an address imitates, each with the tricks that make it look like one. */
function Resemblances(props: { ctx: PageContext; resembles: ShownResemblance[]; units: Map<string, Unit> }) {
  const { ctx } = props;
  return (
    <ul class="resemblances">
      {props.resembles.map((r) => {
        const path = unitPath(r.profile.unitId, props.units, ctx.lang);
        return (
          <li>
            <a href={`/profiles/${r.profile.id}`}>{r.profile.displayName}</a> ({ctx.t(`registry:platform.${r.profile.platform}`)}
            {r.profile.handle ? <>, <code>{r.profile.handle}</code></> : null}
            {path.length ? `, ${path.join(' › ')}` : ''})
            {r.reasons.length ? (
              <ul>
                {r.reasons.map((reason) => (
                  <li>{reason}</li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** What a resident can do about an address that is not the city's. */
function ReportLinks(props: { ctx: PageContext; reportHref: string | null; reportChannel: string }) {
  const t = props.ctx.t;
  return (
    <>
      {props.reportHref ? (
        <p>
          <a href={props.reportHref}>{t('registry:pages.verify.reportLink')}</a>
        </p>
      ) : null}
      <p>
        {t('registry:pages.verify.reportLabel')}: <ReportChannel channel={props.reportChannel} />
      </p>
    </>
  );
}

function Answer(props: { ctx: PageContext; outcome: Extract<VerifyOutcome, { kind: 'answer' }>; address: string; reportChannel: string; today: string }) {
  const { ctx, outcome, address, reportChannel } = props;
  const t = ctx.t;
  const profile = outcome.profile;
  const city = ctx.cityName;
  const date = profile?.closingDate ? formatDate(profile.closingDate, ctx.lang) : '';
  const tone = tones[outcome.status] ?? 'not-registered';
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
      {outcome.status === 'reported-fake' ? (
        <>
          <p>
            <strong>{t('registry:pages.verify.reportedFake', { city })}</strong>
          </p>
          {outcome.fakeCase ? (
            <p>
              {t('registry:pages.verify.reportedFakeCase', {
                number: outcome.fakeCase.number,
                date: formatDate(outcome.fakeCase.confirmedOn, ctx.lang),
              })}
            </p>
          ) : null}
          {outcome.resembles.length ? (
            <>
              <p>{t('registry:pages.verify.imitates', { city })}</p>
              <Resemblances ctx={ctx} resembles={outcome.resembles} units={outcome.units} />
            </>
          ) : null}
          <p>
            <a href="/warnings">{t('registry:pages.verify.warningsLink')}</a>
          </p>
          <ReportLinks ctx={ctx} reportHref={outcome.reportHref} reportChannel={reportChannel} />
        </>
      ) : null}
      {outcome.status === 'suspected-impersonation' ? (
        <>
          <p>
            <strong>{t('registry:pages.verify.suspected', { city })}</strong>
          </p>
          <Resemblances ctx={ctx} resembles={outcome.resembles} units={outcome.units} />
          <p>{t('registry:pages.verify.suspectedAdvice')}</p>
          <ReportLinks ctx={ctx} reportHref={outcome.reportHref} reportChannel={reportChannel} />
        </>
      ) : null}
      {outcome.status === 'not-registered' ? (
        <>
          <p>
            <strong>{t('registry:pages.verify.notRegistered', { city })}</strong>
          </p>
          <ReportLinks ctx={ctx} reportHref={outcome.reportHref} reportChannel={reportChannel} />
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
  shownName: string;
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
          <div class="field">
            <label for="name">{t('registry:pages.verify.shownName')}</label>
            <p class="hint" id="name-hint">
              {t('registry:pages.verify.shownNameHint')}
            </p>
            <input type="text" id="name" name="name" value={props.shownName} autocomplete="off" aria-describedby="name-hint" size={50} />
          </div>
          <button type="submit">{t('registry:pages.verify.submit')}</button>
        </form>
      </search>
    </>
  );
}
