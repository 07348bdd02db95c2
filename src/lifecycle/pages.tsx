import { formatTime } from '../platform/auth/time';
import { ErrorSummary, PostForm, SelectField, TextArea, TextField, errorFor, type FieldError } from '../platform/pages/forms';
import type { PageContext } from '../platform/pages/layout';
import { platforms } from '../registry/domain/platforms';
import { profileKinds, type Unit } from '../registry/domain/profile';
import { unitName, unitPath } from '../registry/pages/components';
import { AdministratorRows, unitOptions } from '../registry/pages/staff';
import { suggestDescription } from './domain/description';
import type { ProposalProblem } from './domain/proposal';
import type { Participant } from './domain/workflow';
import type { PlatformFacts, Proposal } from './service';

export const formInteractions = ['comments', 'chat'] as const;

export function StateBadge(props: { ctx: PageContext; state: Proposal['state'] }) {
  const tone = props.state === 'published' || props.state === 'approved' ? 'active' : props.state === 'rejected' || props.state === 'withdrawn' ? 'closed' : 'closing';
  return <span class={`badge badge--${tone}`}>{props.ctx.t(`lifecycle:state.${props.state}`)}</span>;
}

function ProposalTable(props: { ctx: PageContext; proposals: Proposal[]; units: Map<string, Unit>; caption: string; now: Date }) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('lifecycle:list.name')}</th>
          <th scope="col">{t('lifecycle:list.unit')}</th>
          <th scope="col">{t('lifecycle:list.state')}</th>
          <th scope="col">{t('lifecycle:list.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {props.proposals.map((p) => (
          <tr>
            <th scope="row">
              <a href={`/staff/proposals/${p.id}`}>{p.workingName}</a>
              <br />
              {t(`registry:kind.${p.kind}`)}, {t(`registry:platform.${p.platform}`)}
            </th>
            <td>{p.unitId ? unitPath(p.unitId, props.units, ctx.lang).join(' › ') : '–'}</td>
            <td>
              <StateBadge ctx={ctx} state={p.state} />
            </td>
            <td>{formatTime(p.updatedAt, ctx.lang, props.now)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProposalListPage(props: {
  ctx: PageContext;
  all: Proposal[];
  decisions: Proposal[];
  consents: Proposal[];
  units: Map<string, Unit>;
  canCreate: boolean;
  now: Date;
}) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('lifecycle:list.title')}</h1>
      <p>{t('lifecycle:list.intro')}</p>
      {props.canCreate ? (
        <p>
          <a class="button" href="/staff/proposals/new">
            {t('lifecycle:list.add')}
          </a>
        </p>
      ) : null}
      {props.decisions.length ? <ProposalTable ctx={ctx} proposals={props.decisions} units={props.units} caption={t('lifecycle:list.decisions')} now={props.now} /> : null}
      {props.consents.length ? <ProposalTable ctx={ctx} proposals={props.consents} units={props.units} caption={t('lifecycle:list.consents')} now={props.now} /> : null}
      {props.all.length ? <ProposalTable ctx={ctx} proposals={props.all} units={props.units} caption={t('lifecycle:list.all')} now={props.now} /> : <p>{t('lifecycle:list.none')}</p>}
    </>
  );
}

export interface ProposalFormState {
  values: Record<string, string>;
  interactions: Record<string, { used: boolean; handling: string }>;
  administrators: { name: string; jobTitle: string }[];
  separationConfirmed: boolean;
  /** The terms version ticked as read, per platform (the form shows every platform's terms). */
  termsReviewed: Record<string, string>;
}

export function formStateOf(p: Proposal): ProposalFormState {
  return {
    values: {
      kind: p.kind,
      platform: p.platform,
      workingName: p.workingName,
      unitId: p.unitId ?? '',
      purpose: p.purpose,
      audience: p.audience,
      privateMessagePolicy: p.privateMessagePolicy,
      hoursPerWeek: p.hoursPerWeek ? String(p.hoursPerWeek).replace('.', ',') : '',
      contactEmail: p.contactEmail,
      expertUserId: p.expertUserId ?? '',
      expertRole: p.expertRole,
      termsConcerns: p.termsConcerns,
    },
    interactions: Object.fromEntries(formInteractions.map((f) => [f, { used: p.interactions.some((i) => i.form === f), handling: p.interactions.find((i) => i.form === f)?.handling ?? '' }])),
    administrators: p.administrators,
    separationConfirmed: p.separationConfirmed,
    termsReviewed: p.termsVersionReviewed ? { [p.platform]: p.termsVersionReviewed } : {},
  };
}

export function ProposalFormPage(props: {
  ctx: PageContext;
  csrf: string;
  action: string;
  title: string;
  state: ProposalFormState;
  errors: FieldError[];
  units: Unit[];
  people: { id: string; name: string }[];
  /** Every platform's current terms: the form works without JavaScript, so all are shown. */
  terms: { platform: string; facts: PlatformFacts }[];
}) {
  const { ctx, state, errors } = props;
  const t = ctx.t;
  const v = (key: string) => state.values[key] ?? '';
  return (
    <>
      <h1>{props.title}</h1>
      <ErrorSummary title={t('lifecycle:form.errorTitle')} errors={errors} />
      <PostForm action={props.action} csrf={props.csrf} novalidate>
        <SelectField id="kind" label={t('lifecycle:form.kind')} value={v('kind')} options={profileKinds.map((k) => ({ value: k, label: t(`registry:kind.${k}`) }))} error={errorFor(errors, 'kind')} />
        <SelectField id="platform" label={t('lifecycle:form.platform')} value={v('platform')} options={platforms.map((p) => ({ value: p, label: t(`registry:platform.${p}`) }))} error={errorFor(errors, 'platform')} />
        <TextField id="workingName" label={t('lifecycle:form.workingName')} hint={t('lifecycle:form.workingNameHint')} value={v('workingName')} error={errorFor(errors, 'workingName')} maxLength={300} />
        <SelectField id="unitId" label={t('lifecycle:form.unit')} value={v('unitId')} options={unitOptions(ctx, props.units, t('lifecycle:form.noUnit'))} error={errorFor(errors, 'unitId')} />
        <fieldset>
          <legend>{t('lifecycle:form.planning')}</legend>
          <TextArea id="purpose" label={t('lifecycle:form.purpose')} hint={t('lifecycle:form.purposeHint')} value={v('purpose')} error={errorFor(errors, 'purpose')} />
          <TextField id="audience" label={t('lifecycle:form.audience')} value={v('audience')} error={errorFor(errors, 'audience')} maxLength={500} />
          <TextField id="hoursPerWeek" label={t('lifecycle:form.hoursPerWeek')} hint={t('lifecycle:form.hoursHint')} value={v('hoursPerWeek')} error={errorFor(errors, 'hoursPerWeek')} maxLength={6} />
        </fieldset>
        <fieldset id="interactions">
          <legend>{t('lifecycle:form.interactionsTitle')}</legend>
          {errorFor(errors, 'interactions') ? <p class="error-message">{errorFor(errors, 'interactions')}</p> : null}
          {formInteractions.map((form) => {
            const name = t(`lifecycle:form.interaction.${form}`);
            return (
              <div class="field">
                <label class="checkbox">
                  <input type="checkbox" name={`use-${form}`} value="1" checked={state.interactions[form]?.used} /> {t('lifecycle:form.interactionUsed', { form: name })}
                </label>
                <TextArea id={`handling-${form}`} label={t('lifecycle:form.interactionHandling', { form: name })} value={state.interactions[form]?.handling ?? ''} rows={2} />
              </div>
            );
          })}
          <TextArea id="privateMessagePolicy" label={t('lifecycle:form.privateMessagePolicy')} hint={t('lifecycle:form.privateMessageHint')} value={v('privateMessagePolicy')} error={errorFor(errors, 'privateMessagePolicy')} />
        </fieldset>
        <fieldset id="administrators">
          <legend>{t('lifecycle:form.administratorsTitle')}</legend>
          <p class="hint">{t('lifecycle:form.administratorsHint')}</p>
          {errorFor(errors, 'administrators') ? <p class="error-message">{errorFor(errors, 'administrators')}</p> : null}
          <AdministratorRows ctx={ctx} administrators={state.administrators} />
        </fieldset>
        <TextField id="contactEmail" type="email" label={t('lifecycle:form.contactEmail')} hint={t('lifecycle:form.contactHint')} value={v('contactEmail')} error={errorFor(errors, 'contactEmail')} maxLength={320} />
        <fieldset>
          <legend>{t('lifecycle:form.expertTitle')}</legend>
          <SelectField
            id="expertUserId"
            label={t('lifecycle:form.expertUser')}
            value={v('expertUserId')}
            options={[{ value: '', label: t('lifecycle:form.noExpert') }, ...props.people.map((p) => ({ value: p.id, label: p.name }))]}
            error={errorFor(errors, 'expertUserId')}
          />
          <TextField id="expertRole" label={t('lifecycle:form.expertRole')} value={v('expertRole')} error={errorFor(errors, 'expertRole')} maxLength={300} />
          <div class="field" id="separationConfirmed">
            {errorFor(errors, 'separationConfirmed') ? <p class="error-message">{errorFor(errors, 'separationConfirmed')}</p> : null}
            <label class="checkbox">
              <input type="checkbox" name="separationConfirmed" value="1" checked={state.separationConfirmed} /> {t('lifecycle:form.separation')}
            </label>
          </div>
        </fieldset>
        <fieldset id="termsVersionReviewed">
          <legend>{t('lifecycle:form.termsTitle')}</legend>
          {errorFor(errors, 'termsVersionReviewed') ? <p class="error-message">{errorFor(errors, 'termsVersionReviewed')}</p> : null}
          <p class="hint">{t('lifecycle:form.termsHint')}</p>
          {props.terms.map(({ platform, facts }) =>
            facts.termsVersion ? (
              <div class="field">
                <label class="checkbox">
                  <input type="checkbox" name={`terms-${platform}`} value={facts.termsVersion} checked={state.termsReviewed[platform] === facts.termsVersion} />{' '}
                  {t('lifecycle:form.termsReviewedOf', { platform: t(`registry:platform.${platform}`), version: facts.termsVersion })}
                </label>{' '}
                {facts.termsUrl ? (
                  <a href={facts.termsUrl} aria-label={`${t('lifecycle:form.termsLink')}: ${t(`registry:platform.${platform}`)}`}>
                    {t('lifecycle:form.termsLink')}
                  </a>
                ) : null}
              </div>
            ) : null,
          )}
          {props.terms.some((x) => !x.facts.termsVersion) ? <p>{t('lifecycle:form.termsNoneFor', { platforms: props.terms.filter((x) => !x.facts.termsVersion).map((x) => t(`registry:platform.${x.platform}`)).join(', ') })}</p> : null}
          <TextArea id="termsConcerns" label={t('lifecycle:form.termsConcerns')} value={v('termsConcerns')} rows={2} />
        </fieldset>
        <p>
          <button type="submit" name="intent" value="save" class="button--secondary">
            {t('lifecycle:form.saveDraft')}
          </button>{' '}
          <button type="submit" name="intent" value="submit">
            {t('lifecycle:form.saveAndSubmit')}
          </button>{' '}
          <a href="/staff/proposals">{t('lifecycle:form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}

export function ProposalPage(props: {
  ctx: PageContext;
  csrf: string;
  proposal: Proposal;
  units: Map<string, Unit>;
  who: Participant;
  names: Map<string, string>;
  problems: ProposalProblem[];
  facts: PlatformFacts;
  notice: string | null;
  errors: FieldError[];
  registryBase: string;
  cityEmailDomain: string;
  /** The description's sentence frame in each language, whatever the page's language. */
  descriptionTemplates: Record<'fi' | 'sv' | 'en', string>;
  now: Date;
}) {
  const { ctx, proposal: p, who, errors } = props;
  const t = ctx.t;
  const time = (d: Date) => formatTime(d, ctx.lang, props.now);
  const action = (name: string) => `/staff/proposals/${p.id}/${name}`;
  const isExpert = p.kind === 'expert';
  const registryLink = p.profileId ? `${props.registryBase}/profiles/${p.profileId}` : `${props.registryBase}/?q=${encodeURIComponent(p.workingName)}`;
  return (
    <>
      <h1>
        {p.workingName} <StateBadge ctx={ctx} state={p.state} />
      </h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary title={t('lifecycle:form.errorTitle')} errors={errors} />
      <dl class="facts">
        <dt>{t('lifecycle:form.kind')}</dt>
        <dd>{t(`registry:kind.${p.kind}`)}</dd>
        <dt>{t('lifecycle:form.platform')}</dt>
        <dd>{t(`registry:platform.${p.platform}`)}</dd>
        <dt>{t('lifecycle:form.unit')}</dt>
        <dd>{p.unitId && props.units.get(p.unitId) ? unitPath(p.unitId, props.units, ctx.lang).join(' › ') : '–'}</dd>
        <dt>{t('lifecycle:form.purpose')}</dt>
        <dd>{p.purpose || '–'}</dd>
        <dt>{t('lifecycle:form.audience')}</dt>
        <dd>{p.audience || '–'}</dd>
        <dt>{t('lifecycle:form.hoursPerWeek')}</dt>
        <dd>{t('lifecycle:view.hours', { hours: String(p.hoursPerWeek).replace('.', ctx.lang === 'en' ? '.' : ',') })}</dd>
        <dt>{t('lifecycle:form.interactionsTitle')}</dt>
        <dd>
          <ul>
            {p.interactions.map((i) => (
              <li>
                {t(`lifecycle:form.interaction.${i.form}`)}: {i.handling}
              </li>
            ))}
            <li>
              {t('lifecycle:form.interaction.private-messages')}: {p.privateMessagePolicy || '–'}
            </li>
          </ul>
        </dd>
        <dt>{t('lifecycle:form.administratorsTitle')}</dt>
        <dd>{p.administrators.map((a) => `${a.name} (${a.jobTitle})`).join(', ') || '–'}</dd>
        <dt>{t('lifecycle:form.contactEmail')}</dt>
        <dd>{p.contactEmail || '–'}</dd>
        {isExpert ? (
          <>
            <dt>{t('lifecycle:form.expertUser')}</dt>
            <dd>{p.expertUserId ? (props.names.get(p.expertUserId) ?? '–') : '–'}</dd>
            <dt>{t('lifecycle:form.expertRole')}</dt>
            <dd>{p.expertRole || '–'}</dd>
            <dt>{t('lifecycle:view.consent')}</dt>
            <dd>{p.consentAt ? t('lifecycle:view.consentGiven', { date: time(p.consentAt) }) : t('lifecycle:view.consentMissing')}</dd>
          </>
        ) : null}
        <dt>{t('lifecycle:form.termsTitle')}</dt>
        <dd>
          {p.termsVersionReviewed ?? '–'}
          {p.termsConcerns ? ` – ${p.termsConcerns}` : ''}
        </dd>
        <dt>{t('lifecycle:view.proposer')}</dt>
        <dd>{props.names.get(p.proposerId) ?? '–'}</dd>
        {p.submittedAt ? (
          <>
            <dt>{t('lifecycle:view.submittedAt')}</dt>
            <dd>{time(p.submittedAt)}</dd>
          </>
        ) : null}
        {p.decidedAt ? (
          <>
            <dt>{t('lifecycle:view.decision')}</dt>
            <dd>
              {t(`lifecycle:state.${p.state === 'rejected' ? 'rejected' : 'approved'}`)} – {t('lifecycle:view.decidedBy', { name: props.names.get(p.decidedBy ?? '') ?? '–', date: time(p.decidedAt) })}
              <br />
              {p.decisionReason}
            </dd>
          </>
        ) : null}
        {p.profileId ? (
          <>
            <dt>{t('lifecycle:view.registryEntry')}</dt>
            <dd>
              <a href={`/profiles/${p.profileId}`}>{p.workingName}</a>
            </dd>
          </>
        ) : null}
      </dl>

      {p.state === 'draft' && who.isProposer ? (
        <section aria-labelledby="next-title">
          <h2 id="next-title">{props.problems.length ? t('lifecycle:view.missingTitle') : t('lifecycle:view.submit')}</h2>
          {props.problems.length ? (
            <ul>
              {props.problems.map((problem) => (
                <li>{t(`lifecycle:problem.${problem.code}`, { domain: props.cityEmailDomain })}</li>
              ))}
            </ul>
          ) : null}
          <p>
            <a class="button button--secondary" href={action('edit')}>
              {t('lifecycle:view.edit')}
            </a>
          </p>
          {props.problems.length === 0 ? (
            <PostForm action={action('submit')} csrf={props.csrf}>
              <button type="submit">{t('lifecycle:view.submit')}</button>
            </PostForm>
          ) : null}
        </section>
      ) : null}

      {(p.state === 'draft' || p.state === 'submitted') && who.isProposer ? (
        <PostForm action={action('withdraw')} csrf={props.csrf}>
          <button type="submit" class="button--secondary">
            {t('lifecycle:view.withdraw')}
          </button>
        </PostForm>
      ) : null}

      {isExpert && who.isNamedExpert && ['draft', 'submitted', 'approved', 'published'].includes(p.state) ? (
        <section aria-labelledby="consent-title">
          <h2 id="consent-title">{t('lifecycle:view.consentTitle')}</h2>
          <p>{t('lifecycle:view.consentIntro')}</p>
          {p.consentAt === null && (p.state === 'draft' || p.state === 'submitted') ? (
            <PostForm action={action('consent')} csrf={props.csrf}>
              <button type="submit">{t('lifecycle:view.giveConsent')}</button>
            </PostForm>
          ) : null}
          {p.consentAt !== null ? (
            <PostForm action={action('withdraw-consent')} csrf={props.csrf}>
              <button type="submit" class="button--secondary">
                {t('lifecycle:view.withdrawConsent')}
              </button>
            </PostForm>
          ) : null}
        </section>
      ) : null}

      {p.state === 'submitted' && who.isUnitSupervisor && !who.isProposer ? (
        <section aria-labelledby="decide-title">
          <h2 id="decide-title">{t('lifecycle:view.decideTitle')}</h2>
          <PostForm action={action('decide')} csrf={props.csrf} novalidate>
            <TextArea id="reason" label={t('lifecycle:view.reason')} hint={t('lifecycle:view.reasonHint')} value="" error={errorFor(errors, 'reason')} />
            <p>
              <button type="submit" name="decision" value="approve">
                {t('lifecycle:view.approve')}
              </button>{' '}
              <button type="submit" name="decision" value="reject" class="button--secondary">
                {t('lifecycle:view.reject')}
              </button>
            </p>
          </PostForm>
        </section>
      ) : null}

      {p.state === 'approved' && who.mayPublish ? (
        <section aria-labelledby="publish-title">
          <h2 id="publish-title">{t('lifecycle:view.publishTitle')}</h2>
          <p>{t('lifecycle:view.publishIntro')}</p>
          <PostForm action={action('publish')} csrf={props.csrf} novalidate>
            <TextField id="url" type="url" label={t('lifecycle:view.url')} error={errorFor(errors, 'url')} maxLength={2000} />
            <TextField id="handle" label={t('lifecycle:view.handle')} error={errorFor(errors, 'handle')} maxLength={300} />
            <button type="submit">{t('lifecycle:view.publish')}</button>
          </PostForm>
        </section>
      ) : null}

      {p.state === 'approved' || p.state === 'published' ? (
        <section aria-labelledby="description-title">
          <h2 id="description-title">{t('lifecycle:view.descriptionTitle')}</h2>
          <p>{t('lifecycle:view.descriptionIntro')}</p>
          {(['fi', 'sv', 'en'] as const).map((lang) => {
            const text = suggestDescription({
              template: props.descriptionTemplates[lang],
              purpose: p.purpose,
              administrators: p.administrators,
              registryLink,
              limit: props.facts.descriptionLimit,
            });
            return (
              <figure>
                <figcaption>
                  {lang.toUpperCase()} –{' '}
                  {props.facts.descriptionLimit
                    ? t('lifecycle:view.descriptionLimit', { length: text.length, limit: props.facts.descriptionLimit })
                    : t('lifecycle:view.descriptionLength', { length: text.length })}
                </figcaption>
                <p class="secret" lang={lang}>
                  {text}
                </p>
              </figure>
            );
          })}
        </section>
      ) : null}
    </>
  );
}

export { unitName };
