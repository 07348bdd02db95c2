import { roleLabel } from '../platform/auth/account';
import type { AccessTokenSummary } from '../platform/auth/service';
import type { RoleAssignment } from '../platform/auth/staff';
import { formatTime } from '../platform/auth/time';
import { ErrorSummary, PostForm, SelectField, TextField, errorFor, type FieldError } from '../platform/pages/forms';
import type { PageContext } from '../platform/pages/layout';
import type { Unit } from '../registry/domain/profile';
import { unitTree } from '../registry/pages/staff';
import type { StaffAccount } from './service';

export function UsersPage(props: { ctx: PageContext; accounts: StaffAccount[]; unitNames: Map<string, string>; canCreate: boolean; canEdit: (id: string) => boolean; notice: string | null; now: Date }) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('people:users.title')}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <p>{t('people:users.intro')}</p>
      {props.canCreate ? (
        <p>
          <a class="button" href="/staff/users/new">
            {t('people:users.add')}
          </a>
        </p>
      ) : null}
      <table>
        <caption>{t('people:users.count', { count: props.accounts.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people:users.name')}</th>
            <th scope="col">{t('people:users.email')}</th>
            <th scope="col">{t('people:users.roles')}</th>
            <th scope="col">{t('people:users.state')}</th>
            <th scope="col">{t('people:users.lastSignIn')}</th>
          </tr>
        </thead>
        <tbody>
          {props.accounts.map((a) => (
            <tr>
              <th scope="row">{props.canEdit(a.id) ? <a href={`/staff/users/${a.id}`}>{a.displayName}</a> : a.displayName}</th>
              <td>{a.email}</td>
              <td>{a.roles.length ? <ul>{a.roles.map((r) => <li>{roleLabel(ctx, r, props.unitNames)}</li>)}</ul> : <em>{t('people:users.noRoles')}</em>}</td>
              <td>
                {a.active ? t('people:users.active') : t('people:users.inactive')}
                {a.lockedUntil && a.lockedUntil > props.now ? (
                  <>
                    <br />
                    <strong>{t('people:users.locked', { time: formatTime(a.lockedUntil, ctx.lang, props.now) })}</strong>
                  </>
                ) : null}
              </td>
              <td>{a.lastSignInAt ? formatTime(a.lastSignInAt, ctx.lang, props.now) : t('people:users.never')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export interface UserFormValues {
  email: string;
  displayName: string;
  lang: string;
  active: boolean;
  roles: RoleAssignment[];
}

function UnitChoices(props: { ctx: PageContext; name: string; legend: string; hint?: string; units: Unit[]; chosen: Set<string>; disabled: boolean }) {
  const { ctx } = props;
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      {unitTree(props.units, ctx.lang).map(({ unit, depth }) => (
        <label class={`checkbox depth-${Math.min(depth, 5)}`}>
          <input type="checkbox" name={props.name} value={unit.id} checked={props.chosen.has(unit.id)} disabled={props.disabled} /> {unit.name[ctx.lang] || unit.name.fi}
        </label>
      ))}
    </fieldset>
  );
}

export function UserFormPage(props: {
  ctx: PageContext;
  csrf: string;
  action: string;
  title: string;
  values: UserFormValues;
  errors: FieldError[];
  units: Unit[];
  emailDomain: string;
  isNew: boolean;
  /** Own account: shown, but its roles cannot be changed here. */
  readOnly: boolean;
  notice: string | null;
  tokens: AccessTokenSummary[] | null;
  canSendLink: boolean;
  now: Date;
}) {
  const { ctx, values, errors } = props;
  const t = ctx.t;
  const has = (role: string, unitId: string | null) => values.roles.some((r) => r.role === role && r.unitId === unitId);
  const unitsWith = (role: string) => new Set(values.roles.filter((r) => r.role === role && r.unitId).map((r) => r.unitId!));
  return (
    <>
      <h1>{props.title}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary title={t('people:form.errorTitle')} errors={errors} />
      {props.readOnly ? <p class="notice">{t('people:form.ownAccount')}</p> : null}
      <PostForm action={props.action} csrf={props.csrf} novalidate>
        {props.isNew ? (
          <TextField id="email" type="email" label={t('people:form.email')} hint={t('people:form.emailHint', { domain: props.emailDomain })} value={values.email} error={errorFor(errors, 'email')} maxLength={320} />
        ) : (
          <p>
            <strong>{t('people:form.email')}:</strong> {values.email}
          </p>
        )}
        <TextField id="displayName" label={t('people:form.name')} value={values.displayName} error={errorFor(errors, 'displayName')} maxLength={200} />
        <SelectField
          id="lang"
          label={t('people:form.lang')}
          value={values.lang}
          options={[
            { value: 'fi', label: 'Suomi' },
            { value: 'sv', label: 'Svenska' },
            { value: 'en', label: 'English' },
          ]}
        />
        {props.isNew ? null : (
          <div class="field">
            <label class="checkbox">
              <input type="checkbox" name="active" value="1" checked={values.active} disabled={props.readOnly} aria-describedby="active-hint" /> {t('people:form.active')}
            </label>
            <p class="hint" id="active-hint">
              {t('people:form.activeHint')}
            </p>
          </div>
        )}
        <div id="roles">
          {errorFor(errors, 'roles') ? <p class="error-message">{errorFor(errors, 'roles')}</p> : null}
          <fieldset>
            <legend>{t('people:form.cityRoles')}</legend>
            {(['communications', 'auditor'] as const).map((role) => (
              <label class="checkbox">
                <input type="checkbox" name="cityRoles" value={role} checked={has(role, null)} disabled={props.readOnly} /> {t(`people:form.roleHelp.${role}`)}
              </label>
            ))}
          </fieldset>
          <UnitChoices ctx={ctx} name="supervisorUnits" legend={t('people:form.supervisorIn')} hint={t('people:form.supervisorHint')} units={props.units} chosen={unitsWith('supervisor')} disabled={props.readOnly} />
          <UnitChoices ctx={ctx} name="employeeUnits" legend={t('people:form.employeeIn')} units={props.units} chosen={unitsWith('employee')} disabled={props.readOnly} />
        </div>
        {props.readOnly ? null : (
          <p>
            <button type="submit">{t('people:form.save')}</button> <a href="/staff/users">{t('people:form.cancel')}</a>
          </p>
        )}
      </PostForm>
      {props.canSendLink ? (
        <PostForm action={`${props.action}/password-link`} csrf={props.csrf}>
          <button type="submit" class="button--secondary">
            {t('people:form.sendLink')}
          </button>
        </PostForm>
      ) : null}
      {props.tokens ? (
        <>
          <h2>{t('people:form.tokensTitle')}</h2>
          {props.tokens.length === 0 ? (
            <p>{t('people:form.noTokens')}</p>
          ) : (
            <ul>
              {props.tokens.map((token) => (
                <li>
                  {token.name} <code>{token.prefix}…</code> ({token.scopes.map((s) => t(`auth:tokens.scope.${s}`)).join(', ')}){' '}
                  {token.revokedAt ? (
                    t('auth:tokens.revoked', { date: formatTime(token.revokedAt, ctx.lang, props.now) })
                  ) : (
                    <PostForm action={`/account/tokens/${token.id}/revoke`} csrf={props.csrf} class="inline-form">
                      <button type="submit" class="button--small" aria-label={`${t('auth:tokens.revoke')}: ${token.name}`}>
                        {t('auth:tokens.revoke')}
                      </button>
                    </PostForm>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </>
  );
}
