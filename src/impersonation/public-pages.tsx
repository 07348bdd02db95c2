import { ErrorSummary, PostForm, SelectField, TextArea, TextField, errorFor, type FieldError } from '../platform/pages/forms';
import type { PageContext } from '../platform/pages/layout';
import { platforms } from '../registry/domain/platforms';
import { formatDate, ReportChannel } from '../registry/pages/components';
import { maxDescriptionLength, maxEvidenceLinks, type ReportForm } from './domain/report';
import { contactMaxAgeDays } from './service';

/** The name of the honeypot field: people never see it, form-filling robots fill it in. */
export const honeypotField = 'website';

/** The city's name as a handle, for the examples in hints. */
export function exampleSlug(city: string): string {
  return city.toLowerCase().replace(/[äå]/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]/g, '');
}

export function ReportPage(props: { ctx: PageContext; csrf: string; form: ReportForm; errors: FieldError[]; exampleHandle: string }) {
  const { ctx, form, errors } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('impersonation:report.title')}</h1>
      <ErrorSummary title={t('impersonation:report.errorTitle')} errors={errors} />
      <p>{t('impersonation:report.intro')}</p>
      <p>
        {t('impersonation:report.checkFirst')} <a href="/verify">{t('impersonation:report.checkLink')}</a>
      </p>
      <PostForm action="/report" csrf={props.csrf} novalidate>
        <TextField
          id="address"
          label={t('impersonation:report.address')}
          hint={t('impersonation:report.addressHint', { example: props.exampleHandle })}
          value={form.address}
          error={errorFor(errors, 'address')}
          maxLength={2048}
          autocomplete="off"
        />
        <SelectField
          id="platform"
          label={t('impersonation:report.platform')}
          hint={t('impersonation:report.platformHint')}
          value={form.platform}
          options={[{ value: '', label: t('impersonation:report.platformFromAddress') }, ...platforms.map((p) => ({ value: p, label: t(`registry:platform.${p}`) }))]}
          error={errorFor(errors, 'platform')}
        />
        <TextField
          id="shownName"
          label={t('impersonation:report.shownName')}
          hint={t('impersonation:report.shownNameHint')}
          value={form.shownName}
          error={errorFor(errors, 'shownName')}
          maxLength={200}
          autocomplete="off"
        />
        <TextArea
          id="description"
          label={t('impersonation:report.description')}
          hint={t('impersonation:report.descriptionHint', { max: maxDescriptionLength })}
          value={form.description}
          error={errorFor(errors, 'description')}
          rows={5}
        />
        <TextArea
          id="evidence"
          label={t('impersonation:report.evidence')}
          hint={t('impersonation:report.evidenceHint', { max: maxEvidenceLinks })}
          value={form.evidence}
          error={errorFor(errors, 'evidence')}
          rows={3}
        />
        <TextField
          id="contactEmail"
          type="email"
          label={t('impersonation:report.contactEmail')}
          hint={t('impersonation:report.contactEmailHint', { days: contactMaxAgeDays })}
          value={form.contactEmail}
          error={errorFor(errors, 'contactEmail')}
          maxLength={254}
          autocomplete="email"
        />
        {/* Hidden from people and from screen readers alike; only a robot fills it in. */}
        <div class="visually-hidden" aria-hidden="true">
          <label for={honeypotField}>{t('impersonation:report.honeypot')}</label>
          <input type="text" id={honeypotField} name={honeypotField} value="" tabIndex={-1} autocomplete="off" />
        </div>
        <p class="hint">{t('impersonation:report.privacy')}</p>
        <button type="submit">{t('impersonation:report.submit')}</button>
      </PostForm>
    </>
  );
}

export function ReceivedPage(props: { ctx: PageContext; caseNumber: number | null }) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('impersonation:received.title')}</h1>
      {props.caseNumber !== null ? (
        <>
          <p class="notice" role="status">
            <strong>{t('impersonation:received.caseNumber', { number: props.caseNumber })}</strong>
          </p>
          <p>{t('impersonation:received.numberHint')}</p>
        </>
      ) : null}
      <p>{t('impersonation:received.body')}</p>
      <p>
        {t('impersonation:received.warningsHint')} <a href="/warnings">{t('impersonation:received.warningsLink')}</a>
      </p>
      <p>
        <a href="/report">{t('impersonation:received.another')}</a>
      </p>
    </>
  );
}

export function LimitedPage(props: { ctx: PageContext; reportChannel: string }) {
  const t = props.ctx.t;
  return (
    <>
      <h1>{t('impersonation:limited.title')}</h1>
      <p>
        {t('impersonation:limited.body')} <ReportChannel channel={props.reportChannel} />
      </p>
    </>
  );
}

export interface WarningRow {
  caseNumber: number;
  platform: string;
  address: string;
  impersonates: { id: string; displayName: string } | null;
  since: string;
}

export function WarningsPage(props: { ctx: PageContext; rows: WarningRow[] }) {
  const { ctx, rows } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('impersonation:warnings.title')}</h1>
      <p>{t('impersonation:warnings.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('impersonation:warnings.none')}</p>
      ) : (
        <>
          <p>{t('impersonation:warnings.notLinks')}</p>
          <table>
            <caption>{t('impersonation:warnings.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('impersonation:warnings.address')}</th>
                <th scope="col">{t('impersonation:warnings.platform')}</th>
                <th scope="col">{t('impersonation:warnings.impersonates')}</th>
                <th scope="col">{t('impersonation:warnings.since')}</th>
                <th scope="col">{t('impersonation:warnings.case')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">
                    {/* Text, never a link: the list must not lead anyone to the fake. */}
                    <code class="fake-address">{row.address}</code>
                  </th>
                  <td>{t(`registry:platform.${row.platform}`)}</td>
                  <td>{row.impersonates ? <a href={`/profiles/${row.impersonates.id}`}>{row.impersonates.displayName}</a> : t('impersonation:warnings.unknownProfile')}</td>
                  <td>{formatDate(row.since, ctx.lang)}</td>
                  <td>#{row.caseNumber}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        {t('impersonation:warnings.seenOther')} <a href="/report">{t('impersonation:warnings.reportLink')}</a>
      </p>
      <p>
        {t('impersonation:warnings.openData')} <a href="/api/v1/reported-fakes">/api/v1/reported-fakes</a>
      </p>
    </>
  );
}
