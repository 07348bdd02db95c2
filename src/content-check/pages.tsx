import type { ComponentChildren } from 'preact';
import { ErrorSummary, PostForm, SelectField, TextArea, TextField, errorFor, type FieldError } from '../platform/pages/forms';
import type { PageContext } from '../platform/pages/layout';
import { mediaKinds, mediaSources, type MediaItem } from './domain/check';
import type { PresentedCheck } from './present';

/** Rows for attached files on the page without JavaScript; the API takes any number up to 50. */
export const mediaRows = 3;

export interface CheckPageState {
  text: string;
  media: MediaItem[];
  result: PresentedCheck | null;
  errors: FieldError[];
  notice: string | null;
}

export const mediaField = (index: number, field: keyof MediaItem) => `media-${index}-${field}`;

/** The draft with each finding marked where it stands, its type read out before it. */
function MarkedText(props: { ctx: PageContext; text: string; result: PresentedCheck }) {
  const { ctx, text, result } = props;
  const parts: ComponentChildren[] = [];
  let at = 0;
  result.findings.forEach((f, i) => {
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark class={`finding finding--${result.verdict}`} id={`finding-${i}`}>
        <span class="visually-hidden">{ctx.t(`contentCheck:type.${f.type}`)}: </span>
        {f.text}
      </mark>,
    );
    at = f.end;
  });
  parts.push(text.slice(at));
  return <div class="checked-text">{parts}</div>;
}

function Result(props: { ctx: PageContext; state: CheckPageState; csrf: string }) {
  const { ctx, state, csrf } = props;
  const t = ctx.t;
  const result = state.result!;
  return (
    <section class={`result result--check-${result.verdict}`} aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1}>
        {t('contentCheck:page.resultHeading')}: {t(`contentCheck:verdict.${result.verdict}`)}
      </h2>
      <p>{result.verdictText}</p>
      {result.findings.length > 0 ? (
        <>
          <h3>{t('contentCheck:page.findingsHeading', { count: result.findings.length })}</h3>
          <MarkedText ctx={ctx} text={state.text} result={result} />
          <ul class="findings">
            {result.findings.map((f, i) => (
              <li>
                <a href={`#finding-${i}`}>{t(`contentCheck:type.${f.type}`)}</a>: {f.message} {f.suggestion}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('contentCheck:page.noFindings')}</p>
      )}
      {result.quotes.length > 0 ? (
        <ul>
          {result.quotes.map((q) => (
            <li>
              <q>{state.text.slice(q.start, q.end).replace(/^["”“«»]|["”“«»]$/g, '')}</q> {q.message} {q.suggestion}
            </li>
          ))}
        </ul>
      ) : null}
      {result.media.length > 0 ? (
        <>
          <h3>{t('contentCheck:page.mediaProblemsHeading')}</h3>
          <ul>
            {result.media.map((m) => (
              <li>
                {state.media[m.index]?.name || t('contentCheck:page.mediaItem', { number: m.index + 1 })}: {m.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.findings.length > 0 ? (
        <div class="field">
          <label for="masked">{t('contentCheck:page.maskedLabel')}</label>
          <p class="hint" id="masked-hint">
            {t('contentCheck:page.maskedHint')}
          </p>
          <textarea id="masked" rows={4} cols={60} readOnly aria-describedby="masked-hint">
            {result.masked}
          </textarea>
        </div>
      ) : null}
      {result.verdict !== 'ok' ? (
        <PostForm action="/staff/content-check/confirmation" csrf={csrf}>
          <h3>{t('contentCheck:page.confirmHeading')}</h3>
          <p>{t('contentCheck:page.confirmIntro')}</p>
          <input type="hidden" name="text" value={state.text} />
          <MediaHidden media={state.media} />
          <div class="field">
            <input type="checkbox" id="confirmRead" name="confirmRead" value="yes" aria-invalid={errorFor(state.errors, 'confirmRead') ? 'true' : undefined} />{' '}
            <label for="confirmRead">{t('contentCheck:page.confirmRead')}</label>
          </div>
          <div class="field">
            <input type="checkbox" id="keepText" name="keepText" value="yes" /> <label for="keepText">{t('contentCheck:page.keepText')}</label>
          </div>
          <button type="submit">{t('contentCheck:page.confirmSubmit')}</button>
        </PostForm>
      ) : null}
    </section>
  );
}

/** The attached files, carried from the check to the confirmation unchanged. */
function MediaHidden(props: { media: MediaItem[] }) {
  return (
    <>
      {props.media.map((m, i) =>
        (['kind', 'name', 'source', 'licence', 'permissionFrom', 'credit'] as const).map((field) => (
          <input type="hidden" name={mediaField(i, field)} value={m[field] ?? ''} />
        )),
      )}
    </>
  );
}

export function ContentCheckPage(props: { ctx: PageContext; csrf: string; state: CheckPageState }) {
  const { ctx, csrf, state } = props;
  const t = ctx.t;
  const rows = Array.from({ length: Math.max(mediaRows, state.media.length) }, (_, i) => state.media[i]);
  return (
    <>
      <h1>{t('contentCheck:page.title')}</h1>
      <ErrorSummary title={t('contentCheck:page.errorSummary')} errors={state.errors} />
      {state.notice ? (
        <p class="notice" role="status">
          {state.notice}
        </p>
      ) : null}
      <p>{t('contentCheck:page.intro')}</p>
      {state.result ? <Result ctx={ctx} state={state} csrf={csrf} /> : null}
      <PostForm action="/staff/content-check" csrf={csrf} class="content-check" novalidate>
        <TextArea id="text" label={t('contentCheck:page.text')} hint={t('contentCheck:page.textHint')} value={state.text} rows={10} error={errorFor(state.errors, 'text')} />
        <p
          class="live-result"
          aria-live="polite"
          id="live-result"
          data-checking={t('contentCheck:page.live.checking')}
          data-result={t('contentCheck:page.live.result')}
          data-result-one={t('contentCheck:page.live.result_one')}
          data-failed={t('contentCheck:page.live.failed')}
          data-verdict-ok={t('contentCheck:verdict.ok')}
          data-verdict-review={t('contentCheck:verdict.review')}
          data-verdict-do-not-publish={t('contentCheck:verdict.do-not-publish')}
        ></p>
        <fieldset>
          <legend>{t('contentCheck:page.mediaHeading')}</legend>
          <p class="hint">{t('contentCheck:page.mediaHint')}</p>
          {rows.map((item, i) => (
            <fieldset class="media-item">
              <legend>{t('contentCheck:page.mediaItem', { number: i + 1 })}</legend>
              <SelectField
                id={mediaField(i, 'kind')}
                label={t('contentCheck:page.kind')}
                value={item?.kind ?? 'image'}
                options={mediaKinds.map((k) => ({ value: k, label: t(`contentCheck:page.kinds.${k}`) }))}
              />
              <TextField id={mediaField(i, 'name')} label={t('contentCheck:page.name')} value={item?.name ?? ''} />
              <SelectField
                id={mediaField(i, 'source')}
                label={t('contentCheck:page.source')}
                value={item?.source ?? ''}
                options={[{ value: '', label: t('contentCheck:page.sources.none') }, ...mediaSources.map((s) => ({ value: s, label: t(`contentCheck:page.sources.${s}`) }))]}
              />
              <TextField id={mediaField(i, 'licence')} label={t('contentCheck:page.licence')} value={item?.licence ?? ''} />
              <TextField id={mediaField(i, 'permissionFrom')} label={t('contentCheck:page.permissionFrom')} value={item?.permissionFrom ?? ''} />
              <TextField id={mediaField(i, 'credit')} label={t('contentCheck:page.credit')} hint={t('contentCheck:page.creditHint')} value={item?.credit ?? ''} />
            </fieldset>
          ))}
        </fieldset>
        <button type="submit">{t('contentCheck:page.submit')}</button>
      </PostForm>
      <script src="/static/content-check.js" defer></script>
    </>
  );
}
