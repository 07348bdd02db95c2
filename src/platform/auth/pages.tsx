import type { PageContext } from '../pages/layout';
import { ErrorSummary, PostForm, TextField, type FieldError, errorFor } from '../pages/forms';
import { passwordMinLength, type PasswordProblem } from './passwords';

export function passwordProblemMessage(ctx: PageContext, problem: PasswordProblem | { code: 'wrong-current' } | { code: 'invalid-link' }): string {
  if (problem.code === 'weak') return ctx.t(`auth:password.weak.${problem.hint}`);
  return ctx.t(`auth:password.${problem.code}`, problem);
}

export function SignInPage(props: {
  ctx: PageContext;
  csrf: string;
  next: string;
  email: string;
  errors: FieldError[];
  notice: string | null;
  oidc: boolean;
  local: boolean;
}) {
  const { ctx, errors } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('auth:signIn.title')}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <ErrorSummary title={t('auth:signIn.errorTitle')} errors={errors} />
      <p>{t('auth:signIn.intro')}</p>
      {props.oidc ? (
        <p>
          <a class="button" id="provider" href={`/sign-in/oidc?next=${encodeURIComponent(props.next)}`}>
            {t('auth:signIn.withProvider')}
          </a>
        </p>
      ) : null}
      {props.local ? (
        <>
          {props.oidc ? <h2>{t('auth:signIn.orPassword')}</h2> : null}
          <PostForm action="/sign-in" csrf={props.csrf} novalidate>
            <input type="hidden" name="next" value={props.next} />
            <TextField id="email" type="email" label={t('auth:signIn.email')} value={props.email} autocomplete="username" required error={errorFor(errors, 'email')} />
            <TextField id="password" type="password" label={t('auth:signIn.password')} autocomplete="current-password" required error={errorFor(errors, 'password')} />
            <button type="submit">{t('auth:signIn.submit')}</button>
          </PostForm>
          <p>
            <a href="/sign-in/forgot">{t('auth:signIn.forgot')}</a>
          </p>
        </>
      ) : null}
      {!props.oidc && !props.local ? <p>{t('auth:signIn.noMethods')}</p> : null}
    </>
  );
}

export function ForgotPage(props: { ctx: PageContext; csrf: string; email: string; errors: FieldError[] }) {
  const t = props.ctx.t;
  return (
    <>
      <h1>{t('auth:forgot.title')}</h1>
      <ErrorSummary title={t('auth:signIn.errorTitle')} errors={props.errors} />
      <p>{t('auth:forgot.intro')}</p>
      <PostForm action="/sign-in/forgot" csrf={props.csrf} novalidate>
        <TextField id="email" type="email" label={t('auth:signIn.email')} value={props.email} autocomplete="username" required error={errorFor(props.errors, 'email')} />
        <button type="submit">{t('auth:forgot.submit')}</button>
      </PostForm>
    </>
  );
}

export function NewPasswordFields(props: { ctx: PageContext; errors: FieldError[]; id?: string }) {
  const t = props.ctx.t;
  const id = props.id ?? 'password';
  return (
    <>
      <TextField
        id={id}
        type="password"
        label={t('auth:reset.password')}
        hint={t('auth:reset.passwordHint', { min: passwordMinLength })}
        autocomplete="new-password"
        required
        error={errorFor(props.errors, id)}
      />
      <TextField id="confirm" type="password" label={t('auth:reset.confirm')} autocomplete="new-password" required error={errorFor(props.errors, 'confirm')} />
    </>
  );
}

export function ResetPage(props: { ctx: PageContext; csrf: string; token: string; email: string; errors: FieldError[] }) {
  const t = props.ctx.t;
  return (
    <>
      <h1>{t('auth:reset.title')}</h1>
      <ErrorSummary title={t('auth:signIn.errorTitle')} errors={props.errors} />
      <p>{t('auth:reset.intro', { email: props.email })}</p>
      <PostForm action={`/sign-in/password/${props.token}`} csrf={props.csrf} novalidate>
        {/* Lets password managers store the new password under the right account. */}
        <input type="hidden" name="username" value={props.email} autocomplete="username" />
        <NewPasswordFields ctx={props.ctx} errors={props.errors} />
        <button type="submit">{t('auth:reset.submit')}</button>
      </PostForm>
    </>
  );
}

export function InvalidLinkPage(props: { ctx: PageContext }) {
  const t = props.ctx.t;
  return (
    <>
      <h1>{t('auth:reset.invalidTitle')}</h1>
      <p>{t('auth:reset.invalid')}</p>
      <p>
        <a href="/sign-in/forgot">{t('auth:reset.requestNew')}</a>
      </p>
    </>
  );
}
