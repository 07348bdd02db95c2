import { ErrorSummary, PostForm, errorFor, type FieldError } from '../../platform/pages/forms';
import type { PageContext } from '../../platform/pages/layout';
import { formatDate } from '../../registry/pages/components';
import { isOverdue, maxReviewNoteLength } from './domain';
import type { TermsReview } from './service';

function OverdueBadge(props: { ctx: PageContext }) {
  return <span class="badge badge--closing">{props.ctx.t('reviews:list.overdue')}</span>;
}

function OpenTable(props: { ctx: PageContext; reviews: TermsReview[]; today: string }) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <table>
      <caption>{t('reviews:list.open')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reviews:list.profile')}</th>
          <th scope="col">{t('reviews:list.version')}</th>
          <th scope="col">{t('reviews:list.due')}</th>
        </tr>
      </thead>
      <tbody>
        {props.reviews.map((r) => (
          <tr>
            <th scope="row">
              <a href={`/staff/reviews/${r.id}`}>{r.profileName}</a>
              <br />
              {t(`registry:platform.${r.platform}`)}
            </th>
            <td>{formatDate(r.termsVersion, ctx.lang)}</td>
            <td>
              {formatDate(r.dueOn, ctx.lang)} {isOverdue(r, props.today) ? <OverdueBadge ctx={ctx} /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RecentTable(props: { ctx: PageContext; reviews: TermsReview[]; names: Map<string, string> }) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <table>
      <caption>{t('reviews:list.recent')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reviews:list.profile')}</th>
          <th scope="col">{t('reviews:list.version')}</th>
          <th scope="col">{t('reviews:list.outcome')}</th>
          <th scope="col">{t('reviews:list.reviewed')}</th>
        </tr>
      </thead>
      <tbody>
        {props.reviews.map((r) => (
          <tr>
            <th scope="row">
              <a href={`/staff/reviews/${r.id}`}>{r.profileName}</a>
              <br />
              {t(`registry:platform.${r.platform}`)}
            </th>
            <td>{formatDate(r.termsVersion, ctx.lang)}</td>
            <td>{r.outcome ? t(`reviews:outcome.${r.outcome}`) : '–'}</td>
            <td>
              {r.reviewedAt ? formatDate(r.reviewedAt, ctx.lang) : '–'}
              {r.reviewedBy ? `, ${props.names.get(r.reviewedBy) ?? ''}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReviewListPage(props: { ctx: PageContext; open: TermsReview[]; recent: TermsReview[]; names: Map<string, string>; today: string }) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('reviews:list.title')}</h1>
      <p>{t('reviews:list.intro')}</p>
      {props.open.length ? <OpenTable ctx={ctx} reviews={props.open} today={props.today} /> : <p>{t('reviews:list.none')}</p>}
      {props.recent.length ? <RecentTable ctx={ctx} reviews={props.recent} names={props.names} /> : null}
    </>
  );
}

export interface ReviewFormState {
  outcome: string;
  note: string;
}

export function ReviewPage(props: {
  ctx: PageContext;
  csrf: string;
  review: TermsReview;
  termsUrl: string | null;
  today: string;
  noticeDays: number;
  names: Map<string, string>;
  state: ReviewFormState;
  errors: FieldError[];
  notice: string | null;
}) {
  const { ctx, review, errors } = props;
  const t = ctx.t;
  const platform = t(`registry:platform.${review.platform}`);
  const outcomeError = errorFor(errors, 'outcome');
  const noteError = errorFor(errors, 'note');
  const noteDescribed = ['note-hint', noteError ? 'note-error' : ''].filter(Boolean).join(' ');
  return (
    <>
      <h1>{t('reviews:form.title', { name: review.profileName })}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary title={t('reviews:form.errorTitle')} errors={errors} />
      <p>{t('reviews:form.intro', { platform, version: formatDate(review.termsVersion, ctx.lang) })}</p>
      <ul>
        <li>{props.termsUrl ? <a href={props.termsUrl}>{t('reviews:form.termsLink')}</a> : t('reviews:form.noTermsLink')}</li>
        <li>
          <a href={`/profiles/${review.profileId}`}>{t('reviews:form.registryEntry')}</a>: {review.profileName}
        </li>
        <li>
          {t('reviews:form.address')}: <a href={review.profileUrl}>{review.profileUrl}</a>
        </li>
      </ul>
      {review.outcome ? (
        <>
          <p id="outcome">
            {t('reviews:form.result', {
              outcome: t(`reviews:outcome.${review.outcome}`),
              date: review.reviewedAt ? formatDate(review.reviewedAt, ctx.lang) : '–',
              name: review.reviewedBy ? (props.names.get(review.reviewedBy) ?? '') : '',
            })}
          </p>
          {review.note ? <p>{t('reviews:form.resultNote', { note: review.note })}</p> : null}
        </>
      ) : (
        <>
          <p>{isOverdue(review, props.today) ? t('reviews:form.overdue', { date: formatDate(review.dueOn, ctx.lang) }) : t('reviews:form.due', { date: formatDate(review.dueOn, ctx.lang) })}</p>
          <PostForm action={`/staff/reviews/${review.id}`} csrf={props.csrf} novalidate>
            <fieldset id="outcome" aria-describedby={outcomeError ? 'outcome-error' : undefined}>
              <legend>{t('reviews:form.outcome')}</legend>
              {outcomeError ? (
                <p class="error-message" id="outcome-error">
                  {outcomeError}
                </p>
              ) : null}
              <div class="field">
                <label class="checkbox">
                  <input type="radio" name="outcome" value="continue" checked={props.state.outcome === 'continue'} aria-describedby="outcome-continue-hint" /> {t('reviews:outcome.continue')}
                </label>
                <p class="hint" id="outcome-continue-hint">
                  {t('reviews:form.continueHint')}
                </p>
              </div>
              <div class="field">
                <label class="checkbox">
                  <input type="radio" name="outcome" value="close" checked={props.state.outcome === 'close'} aria-describedby="outcome-close-hint" /> {t('reviews:outcome.close')}
                </label>
                <p class="hint" id="outcome-close-hint">
                  {t('reviews:form.closeHint', { days: props.noticeDays })}
                </p>
              </div>
            </fieldset>
            <div class="field">
              <label for="note">{t('reviews:form.note')}</label>
              <p class="hint" id="note-hint">
                {t('reviews:form.noteHint', { max: maxReviewNoteLength })}
              </p>
              {noteError ? (
                <p class="error-message" id="note-error">
                  {noteError}
                </p>
              ) : null}
              <textarea id="note" name="note" rows={4} cols={60} aria-invalid={noteError ? 'true' : undefined} aria-describedby={noteDescribed}>
                {props.state.note}
              </textarea>
            </div>
            <button type="submit">{t('reviews:form.submit')}</button>
          </PostForm>
        </>
      )}
      <p>
        <a href="/staff/reviews">{t('reviews:form.back')}</a>
      </p>
    </>
  );
}
