import type { Lang } from '../platform/i18n/i18n';
import { ErrorSummary, PostForm, TextField, errorFor, type FieldError } from '../platform/pages/forms';
import type { PageContext } from '../platform/pages/layout';
import type { Platform } from '../registry/domain/platforms';
import { maxNoteLength } from './domain/catalogue';
import type { PlatformTermsEntry, TermsVersion } from './service';

const dateLocales: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment's date on the city's clock, as the page's language writes it. */
function formatDay(value: Date | string, lang: Lang): string {
  const date = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
  const options: Intl.DateTimeFormatOptions = lang === 'en' ? { dateStyle: 'long' } : { day: 'numeric', month: 'numeric', year: 'numeric' };
  return new Intl.DateTimeFormat(dateLocales[lang], { ...options, timeZone: 'Europe/Helsinki' }).format(date);
}

/** The terms address as a reader recognises it: help.instagram.com/581066165581870. */
function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host.replace(/^www\./, '') + parsed.pathname.replace(/\/+$/, '');
  } catch {
    return url;
  }
}

export const versionField = (platform: Platform) => `version-${platform}`;
export const noteField = (platform: Platform) => `note-${platform}`;

export interface TermsPageState {
  /** The platform whose form was sent back with problems, and what was typed in it. */
  form: { platform: Platform; version: string; note: string } | null;
  instanceUrl: string;
  /** For the summary at the top, each naming its platform and field. */
  errors: FieldError[];
  /** Shown at each field. */
  fieldErrors: FieldError[];
  notice: string | null;
}

function CurrentVersion(props: { ctx: PageContext; current: TermsVersion | null }) {
  const { ctx, current } = props;
  const t = ctx.t;
  if (!current) {
    return (
      <>
        <strong>{t('terms:page.noVersion')}</strong>
        <br />
        {t('terms:page.noVersionHint')}
      </>
    );
  }
  const details = [
    current.effectiveDate ? t('terms:page.effectiveFrom', { date: formatDay(current.effectiveDate, ctx.lang) }) : null,
    t('terms:page.recordedOn', { date: formatDay(current.recordedAt, ctx.lang) }),
    t(`terms:page.source.${current.source}`),
  ].filter((d): d is string => d !== null);
  return (
    <>
      <strong>{current.version}</strong>
      <br />
      {details.join(', ')}
      {current.note ? (
        <>
          <br />
          {current.note}
        </>
      ) : null}
    </>
  );
}

function Limits(props: { ctx: PageContext; entry: PlatformTermsEntry }) {
  const t = props.ctx.t;
  const { limits } = props.entry;
  const items = [
    limits.displayName ? t('terms:page.limitName', { count: limits.displayName }) : null,
    limits.bio ? t('terms:page.limitBio', { field: t(`terms:page.bioField.${limits.bioField ?? 'bio'}`), count: limits.bio }) : null,
  ].filter((i): i is string => i !== null);
  if (items.length === 0) return <>{t('terms:page.limitsUnknown')}</>;
  return (
    <ul>
      {items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
}

function RecordForm(props: { ctx: PageContext; csrf: string; platform: Platform; state: TermsPageState }) {
  const { ctx, platform, state } = props;
  const t = ctx.t;
  const name = t(`registry:platform.${platform}`);
  const mine = state.form?.platform === platform;
  const fieldError = (id: string) => errorFor(state.fieldErrors, id);
  return (
    <details open={mine && state.errors.length > 0 ? true : undefined}>
      <summary>{t('terms:record.summary', { platform: name })}</summary>
      <PostForm action={`/staff/platforms/${platform}/versions`} csrf={props.csrf} novalidate>
        <TextField
          id={versionField(platform)}
          label={t('terms:record.version')}
          hint={t('terms:record.versionHint')}
          value={mine ? state.form!.version : ''}
          error={fieldError(versionField(platform))}
          autocomplete="off"
          maxLength={20}
        />
        <TextField
          id={noteField(platform)}
          label={t('terms:record.note')}
          hint={t('terms:record.noteHint')}
          value={mine ? state.form!.note : ''}
          error={fieldError(noteField(platform))}
          maxLength={maxNoteLength}
        />
        <p>
          <button type="submit">{t('terms:record.submit')}</button>
        </p>
      </PostForm>
    </details>
  );
}

export function TermsCataloguePage(props: { ctx: PageContext; csrf: string; entries: PlatformTermsEntry[]; canRecord: boolean; state: TermsPageState }) {
  const { ctx, entries, state } = props;
  const t = ctx.t;
  const platformName = (p: Platform) => t(`registry:platform.${p}`);
  return (
    <>
      <h1>{t('terms:page.title')}</h1>
      <ErrorSummary title={t('terms:errors.title')} errors={state.errors} />
      {state.notice ? (
        <p class="notice" role="status">
          {state.notice}
        </p>
      ) : null}
      <p>{t('terms:page.intro')}</p>
      <table>
        <caption>{t('terms:page.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('terms:page.platform')}</th>
            <th scope="col">{t('terms:page.terms')}</th>
            <th scope="col">{t('terms:page.current')}</th>
            <th scope="col">{t('terms:page.limits')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr id={`platform-${entry.platform}`}>
              <th scope="row">{platformName(entry.platform)}</th>
              <td>
                {entry.termsUrl ? (
                  <a href={entry.termsUrl} rel="noopener noreferrer">
                    {shortUrl(entry.termsUrl)}
                  </a>
                ) : (
                  t('terms:page.noTermsUrl')
                )}
              </td>
              <td>
                <CurrentVersion ctx={ctx} current={entry.current} />
              </td>
              <td>
                <Limits ctx={ctx} entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.canRecord ? (
        <>
          <h2>{t('terms:record.title')}</h2>
          <p>{t('terms:record.intro')}</p>
          {entries.map((entry) => (
            <RecordForm ctx={ctx} csrf={props.csrf} platform={entry.platform} state={state} />
          ))}
          <h2>{t('terms:fetch.title')}</h2>
          <p>{t('terms:fetch.intro')}</p>
          <PostForm action="/staff/platforms/mastodon/fetch" csrf={props.csrf} novalidate>
            <TextField
              id="instanceUrl"
              type="url"
              label={t('terms:fetch.instanceUrl')}
              hint={t('terms:fetch.instanceUrlHint')}
              value={state.instanceUrl}
              error={errorFor(state.fieldErrors, 'instanceUrl')}
              maxLength={500}
            />
            <p>
              <button type="submit">{t('terms:fetch.submit')}</button>
            </p>
          </PostForm>
        </>
      ) : null}
    </>
  );
}
