import type { StaffUser } from '../../platform/auth/staff';
import { ErrorSummary, PostForm, SelectField, TextArea, TextField, errorFor, type FieldError } from '../../platform/pages/forms';
import type { PageContext } from '../../platform/pages/layout';
import { platforms } from '../domain/platforms';
import { profileKinds, profileStatuses, unitLevels, type Profile, type ProfileDetails, type Unit } from '../domain/profile';
import { isConfirmationDue } from '../domain/upkeep';
import { formatDate, StatusBadge, unitName, unitPath } from './components';

export interface StaffProfileRow {
  profile: Profile;
  gaps: string[];
  canEdit: boolean;
  canConfirm: boolean;
  canPlanClosing: boolean;
}

/** Units from the top down, each after its parent, with its depth for indenting. */
export function unitTree(units: Unit[], lang: PageContext['lang']): { unit: Unit; depth: number }[] {
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    const key = u.parentId && units.some((p) => p.id === u.parentId) ? u.parentId : null;
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  const out: { unit: Unit; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => unitName(a, lang).localeCompare(unitName(b, lang), lang))) {
      out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function unitOptions(ctx: PageContext, units: Unit[], empty: string) {
  return [
    { value: '', label: empty },
    ...unitTree(units, ctx.lang).map(({ unit, depth }) => ({ value: unit.id, label: `${'\u00a0\u00a0'.repeat(depth)}${unitName(unit, ctx.lang)}` })),
  ];
}

export function StaffProfilesPage(props: {
  ctx: PageContext;
  csrf: string;
  rows: StaffProfileRow[];
  units: Map<string, Unit>;
  attentionOnly: boolean;
  canCreate: boolean;
  notice: string | null;
  now: Date;
  today: string;
}) {
  const { ctx, rows } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('registry:staff.profiles.title')}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <p>{t('registry:staff.profiles.intro')}</p>
      <p>
        {props.canCreate ? (
          <>
            <a class="button" href="/staff/profiles/new">
              {t('registry:staff.profiles.add')}
            </a>{' '}
          </>
        ) : null}
        {props.attentionOnly ? <a href="/staff/profiles">{t('registry:staff.profiles.all')}</a> : <a href="/staff/profiles?attention=1">{t('registry:staff.profiles.attentionOnly')}</a>}
      </p>
      {rows.length === 0 ? (
        <p>{t('registry:staff.profiles.none')}</p>
      ) : (
        <table>
          <caption>{t('registry:staff.profiles.count', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registry:staff.profiles.name')}</th>
              <th scope="col">{t('registry:pages.registry.unit')}</th>
              <th scope="col">{t('registry:pages.registry.status')}</th>
              <th scope="col">{t('registry:staff.profiles.confirmed')}</th>
              <th scope="col">{t('registry:staff.profiles.gaps')}</th>
              <th scope="col">{t('registry:staff.profiles.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ profile, gaps, canEdit, canConfirm, canPlanClosing }) => {
              const overdue = isConfirmationDue(profile.lastConfirmedAt, props.now);
              return (
                <tr>
                  <th scope="row">
                    <a href={`/profiles/${profile.id}`}>{profile.displayName}</a>
                    <br />
                    {t(`registry:platform.${profile.platform}`)}
                  </th>
                  <td>{profile.unitId ? unitPath(profile.unitId, props.units, ctx.lang).join(' › ') : <em>{t('registry:staff.profiles.noUnit')}</em>}</td>
                  <td>
                    <StatusBadge profile={profile} today={props.today} t={t} lang={ctx.lang} />
                  </td>
                  <td>
                    {formatDate(profile.lastConfirmedAt, ctx.lang)}
                    {overdue ? (
                      <>
                        <br />
                        <strong>{t('registry:staff.profiles.overdue')}</strong>
                      </>
                    ) : null}
                  </td>
                  <td>{gaps.length ? <ul>{gaps.map((g) => <li>{g}</li>)}</ul> : t('registry:staff.profiles.noGaps')}</td>
                  <td>
                    {canEdit ? (
                      <p>
                        <a href={`/staff/profiles/${profile.id}/edit`} aria-label={`${t('registry:staff.profiles.edit')}: ${profile.displayName}`}>
                          {t('registry:staff.profiles.edit')}
                        </a>
                      </p>
                    ) : null}
                    {canPlanClosing && profile.status === 'active' ? (
                      <p>
                        <a href={`/staff/profiles/${profile.id}/closing`} aria-label={t('lifecycle:closing.planLinkFor', { name: profile.displayName })}>
                          {t('lifecycle:closing.planLink')}
                        </a>
                      </p>
                    ) : null}
                    {profile.kind === 'expert' && profile.status !== 'closed' ? (
                      <p>
                        <a href={`/staff/profiles/${profile.id}/absences`} aria-label={t('lifecycle:absences.linkFor', { name: profile.displayName })}>
                          {t('lifecycle:absences.link')}
                        </a>
                      </p>
                    ) : null}
                    {canConfirm ? <ConfirmButton ctx={ctx} csrf={props.csrf} profile={profile} /> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

export function ConfirmButton(props: { ctx: PageContext; csrf: string; profile: Profile; next?: string }) {
  const t = props.ctx.t;
  return (
    <PostForm action={`/staff/profiles/${props.profile.id}/confirm`} csrf={props.csrf} class="inline-form">
      {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
      <button type="submit" class="button--small" aria-label={t('registry:staff.profiles.confirmFor', { name: props.profile.displayName })}>
        {t('registry:staff.profiles.confirm')}
      </button>
    </PostForm>
  );
}

/** The form's values as typed: strings, so a refused form comes back exactly as it was sent. */
export type ProfileFormValues = Record<string, string> & { adminName?: never };

export interface ProfileFormState {
  values: Record<string, string>;
  administrators: { name: string; jobTitle: string }[];
}

export function formStateOf(p: ProfileDetails): ProfileFormState {
  return {
    values: {
      kind: p.kind,
      platform: p.platform,
      url: p.url,
      handle: p.handle ?? '',
      platformId: p.platformId ?? '',
      displayName: p.displayName,
      unitId: p.unitId ?? '',
      purposeFi: p.purpose.fi,
      purposeSv: p.purpose.sv,
      purposeEn: p.purpose.en,
      contactEmail: p.contactEmail ?? '',
      employeeName: p.employeeName ?? '',
      employeeTitle: p.employeeTitle ?? '',
      status: p.status,
      closingDate: p.closingDate ?? '',
      closingReason: p.closingReason ?? '',
      successorProfileId: p.successorProfileId ?? '',
      successorUrl: p.successorUrl ?? '',
    },
    administrators: p.administrators,
  };
}

/**
 * Administrators by name and job title (O4), as rows `adminName-N` / `adminTitle-N`; two empty
 * rows beyond those filled, enough to add administrators without JavaScript.
 */
export function AdministratorRows(props: { ctx: PageContext; administrators: { name: string; jobTitle: string }[] }) {
  const t = props.ctx.t;
  const rows = [...props.administrators, { name: '', jobTitle: '' }, { name: '', jobTitle: '' }];
  return (
    <>
      {rows.map((a, i) => (
        <fieldset>
          <legend>{t('registry:staff.form.administrator', { n: i + 1 })}</legend>
          <div class="form-row">
            <TextField id={`adminName-${i}`} label={t('registry:staff.form.adminName')} value={a.name} maxLength={200} />
            <TextField id={`adminTitle-${i}`} label={t('registry:staff.form.adminTitle')} value={a.jobTitle} maxLength={200} />
          </div>
        </fieldset>
      ))}
    </>
  );
}

export function ProfileFormPage(props: {
  ctx: PageContext;
  csrf: string;
  action: string;
  title: string;
  state: ProfileFormState;
  errors: FieldError[];
  units: Unit[];
  successors: Profile[];
}) {
  const { ctx, state, errors } = props;
  const t = ctx.t;
  const v = (key: string) => state.values[key] ?? '';
  const field = (key: string) => t(`registry:field.${key}`);
  const label = (key: string) => {
    const text = field(key);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return (
    <>
      <h1>{props.title}</h1>
      <ErrorSummary title={t('registry:staff.form.errorTitle')} errors={errors} />
      <PostForm action={props.action} csrf={props.csrf} novalidate>
        <fieldset>
          <legend>{t('registry:staff.form.basics')}</legend>
          <SelectField id="kind" label={label('kind')} value={v('kind')} options={profileKinds.map((k) => ({ value: k, label: t(`registry:kind.${k}`) }))} error={errorFor(errors, 'kind')} />
          <SelectField id="platform" label={label('platform')} value={v('platform')} options={platforms.map((p) => ({ value: p, label: t(`registry:platform.${p}`) }))} error={errorFor(errors, 'platform')} />
          <TextField id="url" type="url" label={label('url')} value={v('url')} error={errorFor(errors, 'url')} maxLength={2000} />
          <TextField id="handle" label={label('handle')} value={v('handle')} error={errorFor(errors, 'handle')} maxLength={300} />
          <TextField id="platformId" label={label('platformId')} value={v('platformId')} error={errorFor(errors, 'platformId')} maxLength={300} />
          <TextField id="displayName" label={label('displayName')} value={v('displayName')} error={errorFor(errors, 'displayName')} maxLength={300} />
          <SelectField id="unitId" label={label('unitId')} value={v('unitId')} options={unitOptions(ctx, props.units, t('registry:staff.form.noUnit'))} error={errorFor(errors, 'unitId')} />
          <TextField id="contactEmail" type="email" label={label('contactEmail')} value={v('contactEmail')} error={errorFor(errors, 'contactEmail')} maxLength={320} />
        </fieldset>
        <fieldset>
          <legend>{t('registry:staff.form.purpose')}</legend>
          <p class="hint">{t('registry:staff.form.purposeHint')}</p>
          <TextArea id="purposeFi" label={label('purpose.fi')} value={v('purposeFi')} error={errorFor(errors, 'purposeFi')} />
          <TextArea id="purposeSv" label={label('purpose.sv')} value={v('purposeSv')} error={errorFor(errors, 'purposeSv')} />
          <TextArea id="purposeEn" label={label('purpose.en')} value={v('purposeEn')} error={errorFor(errors, 'purposeEn')} />
        </fieldset>
        <fieldset id="administrators">
          <legend>{t('registry:staff.form.people')}</legend>
          <p class="hint">{t('registry:staff.form.peopleHint')}</p>
          {errorFor(errors, 'administrators') ? <p class="error-message">{errorFor(errors, 'administrators')}</p> : null}
          <AdministratorRows ctx={ctx} administrators={state.administrators} />
        </fieldset>
        <fieldset>
          <legend>{t('registry:staff.form.expert')}</legend>
          <TextField id="employeeName" label={label('employeeName')} value={v('employeeName')} error={errorFor(errors, 'employeeName')} maxLength={200} />
          <TextField id="employeeTitle" label={label('employeeTitle')} value={v('employeeTitle')} error={errorFor(errors, 'employeeTitle')} maxLength={200} />
        </fieldset>
        <fieldset>
          <legend>{t('registry:staff.form.closing')}</legend>
          <SelectField id="status" label={label('status')} value={v('status')} options={profileStatuses.map((s) => ({ value: s, label: t(`registry:status.${s}`) }))} error={errorFor(errors, 'status')} />
          <TextField id="closingDate" type="date" label={label('closingDate')} value={v('closingDate')} error={errorFor(errors, 'closingDate')} />
          <TextArea id="closingReason" label={label('closingReason')} value={v('closingReason')} error={errorFor(errors, 'closingReason')} />
          <SelectField
            id="successorProfileId"
            label={label('successorProfileId')}
            value={v('successorProfileId')}
            options={[{ value: '', label: t('registry:staff.form.noSuccessor') }, ...props.successors.map((p) => ({ value: p.id, label: `${p.displayName} (${t(`registry:platform.${p.platform}`)})` }))]}
            error={errorFor(errors, 'successorProfileId')}
          />
          <TextField id="successorUrl" type="url" label={label('successorUrl')} value={v('successorUrl')} error={errorFor(errors, 'successorUrl')} maxLength={2000} />
        </fieldset>
        <p>
          <button type="submit">{t('registry:staff.form.save')}</button> <a href="/staff/profiles">{t('registry:staff.form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}

export function UnitsPage(props: { ctx: PageContext; units: Unit[]; profileCounts: Map<string, number>; canEdit: boolean; notice: string | null }) {
  const { ctx } = props;
  const t = ctx.t;
  const tree = unitTree(props.units, ctx.lang);
  return (
    <>
      <h1>{t('registry:staff.units.title')}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <p>{t('registry:staff.units.intro')}</p>
      {props.canEdit ? (
        <p>
          <a class="button" href="/staff/units/new">
            {t('registry:staff.units.add')}
          </a>
        </p>
      ) : null}
      <table>
        <caption class="visually-hidden">{t('registry:staff.units.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry:staff.units.nameFi')}</th>
            <th scope="col">{t('registry:staff.units.level')}</th>
            <th scope="col">{t('registry:nav.registry')}</th>
            {props.canEdit ? <th scope="col">{t('registry:staff.profiles.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {tree.map(({ unit, depth }) => (
            <tr>
              <th scope="row" class={`depth-${Math.min(depth, 5)}`}>
                <span lang={ctx.lang}>{unitName(unit, ctx.lang)}</span>
              </th>
              <td>{t(`registry:level.${unit.level}`)}</td>
              <td>
                <a href={`/?unit=${unit.id}`}>{t('registry:staff.units.profiles', { count: props.profileCounts.get(unit.id) ?? 0 })}</a>
              </td>
              {props.canEdit ? (
                <td>
                  <a href={`/staff/units/${unit.id}/edit`} aria-label={t('registry:staff.units.editFor', { name: unitName(unit, ctx.lang) })}>
                    {t('registry:staff.units.edit')}
                  </a>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function UnitFormPage(props: { ctx: PageContext; csrf: string; action: string; title: string; values: Record<string, string>; errors: FieldError[]; units: Unit[]; selfId: string | null }) {
  const { ctx, values, errors } = props;
  const t = ctx.t;
  const parents = props.units.filter((u) => u.id !== props.selfId);
  return (
    <>
      <h1>{props.title}</h1>
      <ErrorSummary title={t('registry:staff.form.errorTitle')} errors={errors} />
      <PostForm action={props.action} csrf={props.csrf} novalidate>
        <SelectField id="parentId" label={t('registry:staff.units.parent')} value={values.parentId ?? ''} options={unitOptions(ctx, parents, t('registry:staff.units.noParent'))} error={errorFor(errors, 'parentId')} />
        <SelectField id="level" label={t('registry:staff.units.level')} value={values.level ?? 'unit'} options={unitLevels.map((l) => ({ value: l, label: t(`registry:level.${l}`) }))} error={errorFor(errors, 'level')} />
        <TextField id="nameFi" label={t('registry:staff.units.nameFi')} value={values.nameFi ?? ''} error={errorFor(errors, 'nameFi')} maxLength={200} />
        <TextField id="nameSv" label={t('registry:staff.units.nameSv')} value={values.nameSv ?? ''} error={errorFor(errors, 'nameSv')} maxLength={200} />
        <TextField id="nameEn" label={t('registry:staff.units.nameEn')} value={values.nameEn ?? ''} error={errorFor(errors, 'nameEn')} maxLength={200} />
        <p>
          <button type="submit">{t('registry:staff.form.save')}</button> <a href="/staff/units">{t('registry:staff.form.cancel')}</a>
        </p>
      </PostForm>
    </>
  );
}

export type { StaffUser };
