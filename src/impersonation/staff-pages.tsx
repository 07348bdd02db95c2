import { formatTime } from '../platform/auth/time';
import { actionLabel, actorLabel, formatMoment } from '../platform/audit/pages';
import { ErrorSummary, PostForm, SelectField, TextArea, TextField, errorFor, type FieldError } from '../platform/pages/forms';
import type { PageContext } from '../platform/pages/layout';
import type { Profile } from '../registry/domain/profile';
import { formatDate, shortAddress } from '../registry/pages/components';
import { closeOutcomes, isEnded, nextSteps, platformChannels, verdicts, type CaseEventType, type CaseState } from './domain/case';
import type { CaseHistoryEntry, CaseReport, CaseSummary, ImpersonationCase } from './service';

export function CaseStateBadge(props: { ctx: PageContext; state: CaseState }) {
  const tone = props.state === 'new' || props.state === 'confirmed' || props.state === 'reported' ? 'closing' : props.state === 'removed' ? 'active' : 'closed';
  return <span class={`badge badge--${tone}`}>{props.ctx.t(`impersonation:state.${props.state}`)}</span>;
}

function StalledBadge(props: { ctx: PageContext }) {
  return <span class="badge badge--closed">{props.ctx.t('impersonation:list.stalled')}</span>;
}

/** The suspect's address in a list: as text, so that no one opens a fake by a slip of the finger. */
function Suspect(props: { url: string }) {
  return <code class="fake-address">{shortAddress(props.url)}</code>;
}

/** How many cases a page of the list shows. */
export const casesPerPage = 50;

export function CaseListPage(props: { ctx: PageContext; cases: CaseSummary[]; total: number; page: number; filter: string; profiles: Map<string, string> }) {
  const { ctx, cases, total, page } = props;
  const first = (page - 1) * casesPerPage + 1;
  const last = first + cases.length - 1;
  const pageLink = (to: number) => `/staff/cases?${new URLSearchParams({ state: props.filter, ...(to > 1 ? { page: String(to) } : {}) }).toString()}`;
  const t = ctx.t;
  const options = [
    { value: 'open', label: t('impersonation:list.open') },
    ...(['new', 'confirmed', 'reported', 'removed', 'closed'] as const).map((s) => ({ value: s, label: t(`impersonation:state.${s}`) })),
    { value: 'all', label: t('impersonation:list.all') },
  ];
  return (
    <>
      <h1>{t('impersonation:list.title')}</h1>
      <p>{t('impersonation:list.intro')}</p>
      <search>
        <form method="get" action="/staff/cases" class="form-row" aria-label={t('impersonation:list.filterTitle')}>
          <SelectField id="state" label={t('impersonation:list.state')} value={props.filter} options={options} />
          <div class="field">
            <button type="submit">{t('impersonation:list.apply')}</button>
          </div>
        </form>
      </search>
      {cases.length === 0 ? (
        <p>{t('impersonation:list.none')}</p>
      ) : (
        <table>
          <caption>{t('impersonation:list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('impersonation:list.number')}</th>
              <th scope="col">{t('impersonation:list.suspect')}</th>
              <th scope="col">{t('impersonation:list.state')}</th>
              <th scope="col">{t('impersonation:list.impersonates')}</th>
              <th scope="col">{t('impersonation:list.reports')}</th>
              <th scope="col">{t('impersonation:list.lastActivity')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr>
                <th scope="row">
                  <a href={`/staff/cases/${c.number}`}>#{c.number}</a>
                </th>
                <td>
                  <Suspect url={c.url} />
                  <br />
                  {t(`registry:platform.${c.platform}`)}
                </td>
                <td>
                  <CaseStateBadge ctx={ctx} state={c.state} />
                  {c.stalled ? (
                    <>
                      {' '}
                      <StalledBadge ctx={ctx} />
                    </>
                  ) : null}
                  {c.dueOn && !isEnded(c.state) ? (
                    <>
                      <br />
                      {t('impersonation:list.due', { date: formatDate(c.dueOn, ctx.lang) })}
                    </>
                  ) : null}
                </td>
                <td>{c.impersonatedProfileId ? (props.profiles.get(c.impersonatedProfileId) ?? '–') : '–'}</td>
                <td>{c.reports}</td>
                <td>{formatDate(c.lastActivityAt, ctx.lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > casesPerPage || page > 1 ? (
        <nav class="pager" aria-label={t('impersonation:list.paging')}>
          {cases.length > 0 ? <p>{t('impersonation:list.shown', { first, last, total })}</p> : null}
          {page > 1 ? (
            // Past the end, back to the last page there is.
            <a href={pageLink(Math.min(page - 1, Math.max(1, Math.ceil(total / casesPerPage))))} rel="prev">
              {t('impersonation:list.previous')}
            </a>
          ) : null}
          {last < total ? (
            <a href={pageLink(page + 1)} rel="next">
              {t('impersonation:list.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

/** One question answered by choosing one option: radio buttons in a fieldset named by its legend. */
function Choices(props: { id: string; name: string; legend: string; options: { value: string; label: string }[]; value: string; error?: string | undefined }) {
  const { id, error } = props;
  return (
    <fieldset id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      {error ? (
        <p class="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {props.options.map((o) => (
        <div class="field">
          <label class="checkbox">
            <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} /> {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export function profileOptions(ctx: PageContext, profiles: Profile[], none: string): { value: string; label: string }[] {
  return [
    { value: '', label: none },
    ...[...profiles]
      .sort((a, b) => a.displayName.localeCompare(b.displayName, ctx.lang))
      .map((p) => ({ value: p.id, label: `${p.displayName} (${ctx.t(`registry:platform.${p.platform}`)})` })),
  ];
}

export interface CasePageProps {
  ctx: PageContext;
  csrf: string;
  c: ImpersonationCase;
  keys: string[];
  reports: CaseReport[];
  duplicates: number[];
  history: CaseHistoryEntry[];
  names: Map<string, string>;
  profiles: Profile[];
  registered: Profile | null;
  impersonated: Profile | null;
  stalled: boolean;
  dueOn: string | null;
  mayHandle: boolean;
  mayReadContact: boolean;
  today: string;
  now: Date;
  notice: string | null;
  errors: FieldError[];
  /** What the person typed in the form that failed, to show again. */
  values: Record<string, string>;
}

export function CasePage(props: CasePageProps) {
  const { ctx, c, errors } = props;
  const t = ctx.t;
  const date = (d: string | null) => (d ? formatDate(d, ctx.lang) : '–');
  const steps = props.mayHandle ? nextSteps(c) : [];
  return (
    <>
      <h1>
        {t('impersonation:view.title', { number: c.number })} <CaseStateBadge ctx={ctx} state={c.state} />
      </h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary title={t('impersonation:view.errorTitle')} errors={errors} />
      {props.registered ? (
        <div class="result result--not-registered">
          <p>
            <strong>{t('impersonation:view.officialWarning', { name: props.registered.displayName })}</strong>
          </p>
          <p>
            <a href={`/profiles/${props.registered.id}`}>{t('impersonation:view.registeredLink')}</a>
          </p>
        </div>
      ) : null}
      {!isEnded(c.state) && props.dueOn ? (
        <p>
          {props.stalled ? (
            <>
              <StalledBadge ctx={ctx} /> {t('impersonation:view.stalled', { date: date(props.dueOn) })}
            </>
          ) : (
            t('impersonation:view.due', { date: date(props.dueOn) })
          )}
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t('impersonation:view.platform')}</dt>
        <dd>{t(`registry:platform.${c.platform}`)}</dd>
        <dt>{t('impersonation:view.address')}</dt>
        <dd>
          {/^https?:\/\//i.test(c.url) ? (
            <a href={c.url} rel="noreferrer nofollow noopener" class="address">
              {c.url}
            </a>
          ) : (
            <code class="fake-address">{c.url}</code>
          )}
          <br />
          <span class="hint">{t('impersonation:view.addressHint')}</span>
        </dd>
        {c.handle ? (
          <>
            <dt>{t('impersonation:view.handle')}</dt>
            <dd>{c.handle}</dd>
          </>
        ) : null}
        <dt>{t('impersonation:view.keys')}</dt>
        <dd>{props.keys.join(', ') || '–'}</dd>
        <dt>{t('impersonation:view.shownName')}</dt>
        <dd>{c.shownName ?? '–'}</dd>
        <dt>{t('impersonation:view.impersonates')}</dt>
        <dd>{props.impersonated ? <a href={`/profiles/${props.impersonated.id}`}>{props.impersonated.displayName}</a> : t('impersonation:view.impersonatesNone')}</dd>
        <dt>{t('impersonation:view.opened')}</dt>
        <dd>{formatTime(c.createdAt, ctx.lang, props.now)}</dd>
        {c.verdict ? (
          <>
            <dt>{t('impersonation:view.verdict')}</dt>
            <dd>
              {t(`impersonation:verdict.${c.verdict}`)}
              {c.duplicateOf ? (
                <>
                  {' '}
                  (<a href={`/staff/cases/${c.duplicateOf}`}>#{c.duplicateOf}</a>)
                </>
              ) : null}
              {c.triageNote ? (
                <>
                  <br />
                  {c.triageNote}
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        {props.duplicates.length ? (
          <>
            <dt>{t('impersonation:view.duplicates')}</dt>
            <dd>
              {props.duplicates.map((n, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a href={`/staff/cases/${n}`}>#{n}</a>
                </>
              ))}
            </dd>
          </>
        ) : null}
        {c.confirmedOn ? (
          <>
            <dt>{t('impersonation:view.confirmedOn')}</dt>
            <dd>{date(c.confirmedOn)}</dd>
          </>
        ) : null}
        {c.platformReportedOn ? (
          <>
            <dt>{t('impersonation:view.platformReport')}</dt>
            <dd>
              {t('impersonation:view.platformReportValue', { date: date(c.platformReportedOn), channel: c.platformChannel ? t(`impersonation:channel.${c.platformChannel}`) : '–' })}
              {c.platformReference ? `, ${t('impersonation:view.reference', { reference: c.platformReference })}` : ''}
            </dd>
          </>
        ) : null}
        {c.policeReportedOn ? (
          <>
            <dt>{t('impersonation:view.policeReport')}</dt>
            <dd>{t('impersonation:view.policeReportValue', { date: date(c.policeReportedOn), reference: c.policeReference ?? '–' })}</dd>
          </>
        ) : null}
        {c.outcome ? (
          <>
            <dt>{t('impersonation:view.outcome')}</dt>
            <dd>
              {t('impersonation:view.outcomeValue', { outcome: t(`impersonation:outcome.${c.outcome}`, { number: c.duplicateOf ?? '' }), date: date(c.endedOn) })}
              {c.outcomeNote ? (
                <>
                  <br />
                  {c.outcomeNote}
                </>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>

      <StepForms {...props} steps={steps} />

      <section aria-labelledby="reports-title">
        <h2 id="reports-title">{t('impersonation:view.reportsTitle', { count: props.reports.length })}</h2>
        {props.reports.map((r, i) => (
          <ReportBlock ctx={ctx} report={r} index={i} caseNumber={c.number} mayReadContact={props.mayReadContact} now={props.now} />
        ))}
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('impersonation:view.timelineTitle')}</h2>
        <table>
          <caption class="visually-hidden">{t('impersonation:view.timelineCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('impersonation:view.time')}</th>
              <th scope="col">{t('impersonation:view.who')}</th>
              <th scope="col">{t('impersonation:view.what')}</th>
            </tr>
          </thead>
          <tbody>
            {props.history.map((entry) => (
              <tr>
                <td>{formatMoment(entry.occurredAt, ctx.lang)}</td>
                <td>{actorLabel(t, entry.actor, props.names)}</td>
                <td>{actionLabel(t, entry.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p>
        <a href="/staff/cases">{t('impersonation:view.back')}</a>
      </p>
    </>
  );
}

function ReportBlock(props: { ctx: PageContext; report: CaseReport; index: number; caseNumber: number; mayReadContact: boolean; now: Date }) {
  const { ctx, report: r } = props;
  const t = ctx.t;
  const id = `report-${props.index + 1}`;
  return (
    <article aria-labelledby={id}>
      <h3 id={id}>
        {t('impersonation:view.reportHeading', { time: formatTime(r.createdAt, ctx.lang, props.now) })}
        {r.caseNumber !== props.caseNumber ? ` (${t('impersonation:view.reportFromDuplicate', { number: r.caseNumber })})` : ''}
      </h3>
      <dl class="facts">
        <dt>{t('impersonation:view.reportAddress')}</dt>
        <dd>
          <code class="fake-address">{r.address}</code>
        </dd>
        <dt>{t('impersonation:view.reportDescription')}</dt>
        <dd class="preformatted">{r.description}</dd>
        <dt>{t('impersonation:view.reportEvidence')}</dt>
        <dd>
          {r.evidence.length === 0 ? (
            t('impersonation:view.reportNoEvidence')
          ) : (
            <ul>
              {r.evidence.map((link) => (
                <li>
                  <a href={link} rel="noreferrer nofollow noopener" class="address">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {r.shownName ? (
          <>
            <dt>{t('impersonation:view.reportShownName')}</dt>
            <dd>{r.shownName}</dd>
          </>
        ) : null}
        <dt>{t('impersonation:view.reportContact')}</dt>
        <dd>
          {r.contactEmail
            ? props.mayReadContact
              ? r.contactEmail
              : t('impersonation:view.contactHidden')
            : r.contactErasedAt
              ? t('impersonation:view.contactErased', { date: formatDate(r.contactErasedAt, ctx.lang) })
              : t('impersonation:view.contactNone')}
          {r.notifiedAt ? (
            <>
              <br />
              {t('impersonation:view.contactNotified', { date: formatDate(r.notifiedAt, ctx.lang) })}
            </>
          ) : null}
        </dd>
        <dt>{t('impersonation:view.reportLanguage')}</dt>
        <dd>{r.lang.toUpperCase()}</dd>
      </dl>
    </article>
  );
}

function StepForms(props: CasePageProps & { steps: CaseEventType[] }) {
  const { ctx, c, errors, steps, values } = props;
  const t = ctx.t;
  const action = (path: string) => `/staff/cases/${c.number}/${path}`;
  const v = (key: string, fallback = '') => values[key] ?? fallback;
  if (!props.mayHandle) return <p>{isEnded(c.state) ? t('impersonation:view.ended') : t('impersonation:view.readOnly')}</p>;
  if (steps.length === 0) return <p>{t('impersonation:view.ended')}</p>;
  const profileSelect = (
    <SelectField
      id="impersonatedProfileId"
      label={t('impersonation:view.impersonated.label')}
      hint={t('impersonation:view.impersonated.hint')}
      value={v('impersonatedProfileId', c.impersonatedProfileId ?? '')}
      options={profileOptions(ctx, props.profiles, t('impersonation:view.impersonated.none'))}
      error={errorFor(errors, 'impersonatedProfileId')}
    />
  );
  return (
    <section aria-labelledby="next-title">
      <h2 id="next-title">{t('impersonation:view.nextTitle')}</h2>
      {steps.includes('triage') ? (
        <section aria-labelledby="triage-title">
          <h3 id="triage-title">{t('impersonation:view.triage.title')}</h3>
          <p>{t('impersonation:view.triage.intro')}</p>
          <PostForm action={action('triage')} csrf={props.csrf} novalidate>
            <Choices
              id="verdict"
              name="verdict"
              legend={t('impersonation:view.triage.verdict')}
              options={verdicts.map((verdict) => ({ value: verdict, label: t(`impersonation:verdict.${verdict}`) }))}
              value={v('verdict')}
              error={errorFor(errors, 'verdict')}
            />
            <TextField
              id="duplicateOf"
              label={t('impersonation:view.triage.duplicateOf')}
              hint={t('impersonation:view.triage.duplicateHint')}
              value={v('duplicateOf')}
              error={errorFor(errors, 'duplicateOf')}
              maxLength={12}
            />
            {profileSelect}
            <TextArea id="triageNote" label={t('impersonation:view.triage.note')} value={v('triageNote')} error={errorFor(errors, 'triageNote')} />
            <button type="submit">{t('impersonation:view.triage.submit')}</button>
          </PostForm>
        </section>
      ) : null}
      {steps.includes('reportToPlatform') ? (
        <section aria-labelledby="platform-title">
          <h3 id="platform-title">{c.state === 'reported' ? t('impersonation:view.platformForm.titleAgain') : t('impersonation:view.platformForm.title')}</h3>
          <p>{t('impersonation:view.platformForm.intro')}</p>
          <PostForm action={action('platform-report')} csrf={props.csrf} novalidate>
            <TextField
              id="platformReportedOn"
              type="date"
              label={t('impersonation:view.platformForm.on')}
              value={v('platformReportedOn', props.today)}
              error={errorFor(errors, 'platformReportedOn')}
            />
            <SelectField
              id="platformChannel"
              label={t('impersonation:view.platformForm.channel')}
              value={v('platformChannel')}
              options={[{ value: '', label: t('impersonation:view.platformForm.chooseChannel') }, ...platformChannels.map((ch) => ({ value: ch, label: t(`impersonation:channel.${ch}`) }))]}
              error={errorFor(errors, 'platformChannel')}
            />
            <TextField
              id="platformReference"
              label={t('impersonation:view.platformForm.reference')}
              hint={t('impersonation:view.platformForm.referenceHint')}
              value={v('platformReference')}
              error={errorFor(errors, 'platformReference')}
              maxLength={200}
            />
            <button type="submit">{t('impersonation:view.platformForm.submit')}</button>
          </PostForm>
        </section>
      ) : null}
      {steps.includes('reportToPolice') ? (
        <section aria-labelledby="police-title">
          <h3 id="police-title">{t('impersonation:view.policeForm.title')}</h3>
          <p>{t('impersonation:view.policeForm.intro')}</p>
          <PostForm action={action('police-report')} csrf={props.csrf} novalidate>
            <TextField id="policeReportedOn" type="date" label={t('impersonation:view.policeForm.on')} value={v('policeReportedOn', props.today)} error={errorFor(errors, 'policeReportedOn')} />
            <TextField id="policeReference" label={t('impersonation:view.policeForm.reference')} value={v('policeReference')} error={errorFor(errors, 'policeReference')} maxLength={200} />
            <button type="submit" class="button--secondary">
              {t('impersonation:view.policeForm.submit')}
            </button>
          </PostForm>
        </section>
      ) : null}
      {steps.includes('markRemoved') ? (
        <section aria-labelledby="removed-title">
          <h3 id="removed-title">{t('impersonation:view.removedForm.title')}</h3>
          <PostForm action={action('removed')} csrf={props.csrf} novalidate>
            <TextField id="removedOn" type="date" label={t('impersonation:view.removedForm.on')} value={v('removedOn', props.today)} error={errorFor(errors, 'removedOn')} />
            <TextArea id="removedNote" label={t('impersonation:view.removedForm.note')} value={v('removedNote')} error={errorFor(errors, 'removedNote')} rows={2} />
            <button type="submit">{t('impersonation:view.removedForm.submit')}</button>
          </PostForm>
        </section>
      ) : null}
      {steps.includes('close') ? (
        <section aria-labelledby="close-title">
          <h3 id="close-title">{t('impersonation:view.closeForm.title')}</h3>
          <p>{t('impersonation:view.closeForm.intro')}</p>
          <PostForm action={action('close')} csrf={props.csrf} novalidate>
            <Choices
              id="outcome"
              name="outcome"
              legend={t('impersonation:view.closeForm.outcome')}
              options={closeOutcomes.map((o) => ({ value: o, label: t(`impersonation:outcome.${o}`) }))}
              value={v('outcome')}
              error={errorFor(errors, 'outcome')}
            />
            <TextArea id="outcomeNote" label={t('impersonation:view.closeForm.note')} value={v('outcomeNote')} error={errorFor(errors, 'outcomeNote')} rows={2} />
            <button type="submit" class="button--secondary">
              {t('impersonation:view.closeForm.submit')}
            </button>
          </PostForm>
        </section>
      ) : null}
      {steps.includes('setImpersonated') && !steps.includes('triage') ? (
        <section aria-labelledby="impersonated-title">
          <h3 id="impersonated-title">{t('impersonation:view.impersonated.title')}</h3>
          <PostForm action={action('impersonated')} csrf={props.csrf} novalidate>
            {profileSelect}
            <button type="submit" class="button--secondary">
              {t('impersonation:view.impersonated.submit')}
            </button>
          </PostForm>
        </section>
      ) : null}
    </section>
  );
}

/** The dashboard's section for those who handle cases: the stalled ones first, then the new ones. */
export function CasesWaiting(props: { ctx: PageContext; stalled: CaseSummary[]; fresh: CaseSummary[] }) {
  const { ctx } = props;
  const t = ctx.t;
  const line = (c: CaseSummary) => (
    <li>
      <a href={`/staff/cases/${c.number}`}>{t('impersonation:dashboard.line', { number: c.number, address: shortAddress(c.url), state: t(`impersonation:state.${c.state}`) })}</a>
    </li>
  );
  return (
    <section aria-labelledby="cases-title">
      <h2 id="cases-title">{t('impersonation:dashboard.title')}</h2>
      {props.stalled.length === 0 && props.fresh.length === 0 ? <p>{t('impersonation:dashboard.none')}</p> : null}
      {props.stalled.length ? (
        <>
          <h3>{t('impersonation:dashboard.stalled')}</h3>
          <ul>{props.stalled.map(line)}</ul>
        </>
      ) : null}
      {props.fresh.length ? (
        <>
          <h3>{t('impersonation:dashboard.fresh')}</h3>
          <ul>{props.fresh.map(line)}</ul>
        </>
      ) : null}
      <p>
        <a href="/staff/cases">{t('impersonation:dashboard.link')}</a>
      </p>
    </section>
  );
}

