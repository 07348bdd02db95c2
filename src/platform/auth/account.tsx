import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorizeAccessToken, authorizeUser } from '../../people/domain/policy';
import { ErrorSummary, PostForm, SelectField, TextField, errorFor, type FieldError } from '../pages/forms';
import type { PageContext } from '../pages/layout';
import { pageContext, sendPage, type SiteInfo } from '../pages/render';
import { allow, csrfToken, HttpError, requireUser } from './http';
import { NewPasswordFields } from './pages';
import type { AccessTokenSummary, AuthService } from './service';
import { scopes, type RoleAssignment, type Scope, type StaffUser } from './staff';
import { formatTime } from './time';

export interface AccountDeps {
  auth: AuthService;
  site: SiteInfo;
  now: () => Date;
  /** The unit's name in the reader's language, for roles held in a unit. */
  unitNames: (lang: PageContext['lang']) => Promise<Map<string, string>>;
}

export function roleLabel(ctx: PageContext, role: RoleAssignment, unitNames: Map<string, string>): string {
  const name = ctx.t(`auth:role.${role.role}`);
  return role.unitId ? ctx.t('auth:roleIn', { role: name, unit: unitNames.get(role.unitId) ?? role.unitId }) : name;
}

const tokenLifetimes = ['30', '90', '365', 'never'] as const;

export function registerAccountRoutes(root: FastifyInstance, deps: AccountDeps): { renderAccount: AccountRenderer } {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { auth, site } = deps;

  const renderAccount: AccountRenderer = async (request, reply, errors = [], view: { notice?: string } = {}) => {
    const user = request.user!;
    const ctx = pageContext(request, site);
    const t = ctx.t;
    const [units, hasPassword] = await Promise.all([deps.unitNames(ctx.lang), auth.hasPassword(user.id)]);
    return sendPage(reply, ctx, {
      status: errors.length ? 400 : 200,
      title: t('auth:account.title'),
      body: (
        <>
          <h1>{t('auth:account.title')}</h1>
          <ErrorSummary title={t('auth:signIn.errorTitle')} errors={errors} />
          <dl class="facts">
            <dt>{t('auth:account.name')}</dt>
            <dd>{user.displayName}</dd>
            <dt>{t('auth:account.email')}</dt>
            <dd>{user.email}</dd>
            <dt>{t('auth:account.roles')}</dt>
            <dd>
              {user.roles.length ? (
                <ul>
                  {user.roles.map((r) => (
                    <li>{roleLabel(ctx, r, units)}</li>
                  ))}
                </ul>
              ) : (
                t('auth:account.noRoles')
              )}
            </dd>
          </dl>
          <p>
            <a href="/account/tokens">{t('auth:account.tokensLink')}</a>
          </p>
          <h2>{t('auth:account.languageTitle')}</h2>
          {view.notice ? (
            <p class="notice" role="status">
              {view.notice}
            </p>
          ) : null}
          <PostForm action="/account/language" csrf={csrfToken(reply)}>
            <SelectField
              id="lang"
              label={t('auth:account.language')}
              hint={t('auth:account.languageHint')}
              value={user.lang}
              options={[
                { value: 'fi', label: 'Suomi' },
                { value: 'sv', label: 'Svenska' },
                { value: 'en', label: 'English' },
              ]}
            />
            <button type="submit">{t('auth:account.saveLanguage')}</button>
          </PostForm>
          <h2>{t('auth:account.passwordTitle')}</h2>
          {hasPassword ? (
            <PostForm action="/account/password" csrf={csrfToken(reply)} novalidate>
              <input type="hidden" name="username" value={user.email} autocomplete="username" />
              <TextField id="current" type="password" label={t('auth:account.currentPassword')} autocomplete="current-password" required error={errorFor(errors, 'current')} />
              <NewPasswordFields ctx={ctx} errors={errors} />
              <button type="submit">{t('auth:account.changePassword')}</button>
            </PostForm>
          ) : (
            <p>{t('auth:account.noPassword')}</p>
          )}
          <h2>{t('auth:account.everywhereTitle')}</h2>
          <p>{t('auth:account.everywhereIntro')}</p>
          <PostForm action="/sign-out-everywhere" csrf={csrfToken(reply)}>
            <button type="submit">{t('auth:account.everywhere')}</button>
          </PostForm>
        </>
      ),
    });
  };

  app.get('/account', { schema: { hide: true } }, async (request, reply) => {
    if (!requireUser(request, reply)) return reply;
    return renderAccount(request, reply);
  });

  app.post(
    '/account/language',
    { schema: { hide: true, body: z.object({ lang: z.enum(['fi', 'sv', 'en']), _csrf: z.string().optional() }) }, preHandler: root.csrfProtection },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeUser(user, 'changeOwnSettings', user));
      await auth.setLanguage(user, request.body.lang);
      request.user = { ...user, lang: request.body.lang };
      return renderAccount(request, reply, [], { notice: request.t('auth:account.languageSaved') });
    },
  );

  // Personal access tokens

  async function tokensPage(request: FastifyRequest, reply: FastifyReply, view: { errors?: FieldError[]; created?: { token: string; summary: AccessTokenSummary }; notice?: string; name?: string; chosen?: Scope[] } = {}) {
    const user = request.user!;
    const ctx = pageContext(request, site);
    const t = ctx.t;
    const errors = view.errors ?? [];
    const tokens = await auth.accessTokensOf(user.id);
    const now = deps.now();
    const csrf = csrfToken(reply);
    return sendPage(reply, ctx, {
      status: errors.length ? 400 : view.created ? 201 : 200,
      title: view.created ? t('auth:tokens.createdTitle') : t('auth:tokens.title'),
      body: (
        <>
          <h1>{t('auth:tokens.title')}</h1>
          {view.notice ? (
            <p class="notice" role="status">
              {view.notice}
            </p>
          ) : null}
          {view.created ? (
            <section aria-labelledby="created-title" class="notice">
              <h2 id="created-title">{t('auth:tokens.createdTitle')}</h2>
              <p>{t('auth:tokens.createdOnce')}</p>
              <p class="secret" id="new-token">
                {view.created.token}
              </p>
              <p>{t('auth:tokens.usage')}</p>
            </section>
          ) : null}
          <p>{t('auth:tokens.intro')}</p>
          <ErrorSummary title={t('auth:signIn.errorTitle')} errors={errors} />
          <PostForm action="/account/tokens" csrf={csrf} novalidate>
            <TextField id="name" label={t('auth:tokens.name')} hint={t('auth:tokens.nameHint')} value={view.name ?? ''} maxLength={100} required error={errorFor(errors, 'name')} />
            <fieldset id="scopes" aria-describedby={errorFor(errors, 'scopes') ? 'scopes-error' : undefined}>
              <legend>{t('auth:tokens.scopes')}</legend>
              {errorFor(errors, 'scopes') ? (
                <p class="error-message" id="scopes-error">
                  {errorFor(errors, 'scopes')}
                </p>
              ) : null}
              {scopes.map((scope) => (
                <label class="checkbox">
                  <input type="checkbox" name="scopes" value={scope} checked={view.chosen?.includes(scope)} /> {t(`auth:tokens.scope.${scope}`)}
                </label>
              ))}
            </fieldset>
            <div class="field">
              <label for="expires">{t('auth:tokens.expires')}</label>
              <select id="expires" name="expires">
                {tokenLifetimes.map((days) => (
                  <option value={days} selected={days === '90'}>
                    {days === 'never' ? t('auth:tokens.never') : t('auth:tokens.expiresDays', { count: Number(days) })}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">{t('auth:tokens.create')}</button>
          </PostForm>
          <h2>{t('auth:tokens.listTitle')}</h2>
          {tokens.length === 0 ? (
            <p>{t('auth:tokens.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('auth:tokens.name')}</th>
                  <th scope="col">{t('auth:tokens.scopes')}</th>
                  <th scope="col">{t('auth:tokens.created')}</th>
                  <th scope="col">{t('auth:tokens.lastUsed')}</th>
                  <th scope="col">{t('auth:tokens.expires')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t('auth:tokens.revoke')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => {
                  const expired = token.expiresAt !== null && token.expiresAt <= now;
                  return (
                    <tr>
                      <th scope="row">
                        {token.name} <code>{token.prefix}…</code>
                      </th>
                      <td>{token.scopes.map((s) => t(`auth:tokens.scope.${s}`)).join(', ')}</td>
                      <td>{formatTime(token.createdAt, ctx.lang, now)}</td>
                      <td>{token.lastUsedAt ? formatTime(token.lastUsedAt, ctx.lang, now) : t('auth:tokens.notUsed')}</td>
                      <td>
                        {token.revokedAt
                          ? t('auth:tokens.revoked', { date: formatTime(token.revokedAt, ctx.lang, now) })
                          : expired
                            ? t('auth:tokens.expired')
                            : token.expiresAt
                              ? formatTime(token.expiresAt, ctx.lang, now)
                              : t('auth:tokens.never')}
                      </td>
                      <td>
                        {token.revokedAt || expired ? null : (
                          <PostForm action={`/account/tokens/${token.id}/revoke`} csrf={csrf} class="inline-form">
                            <button type="submit" class="button--small" aria-label={`${t('auth:tokens.revoke')}: ${token.name}`}>
                              {t('auth:tokens.revoke')}
                            </button>
                          </PostForm>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      ),
    });
  }

  app.get('/account/tokens', { schema: { hide: true } }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    allow(authorizeAccessToken(user, 'list', { ownerId: user.id }));
    return tokensPage(request, reply);
  });

  const scopeList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(scopes)).max(scopes.length));

  app.post(
    '/account/tokens',
    {
      schema: {
        hide: true,
        body: z.object({ name: z.string().max(1000).optional().default(''), scopes: scopeList, expires: z.enum(tokenLifetimes).default('90'), _csrf: z.string().optional() }),
      },
      preHandler: root.csrfProtection,
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeAccessToken(user, 'create', { ownerId: user.id }));
      const name = request.body.name.trim();
      const chosen = [...new Set(request.body.scopes)];
      const errors: FieldError[] = [];
      if (!name || name.length > 100) errors.push({ field: 'name', message: request.t('auth:tokens.nameRequired') });
      if (chosen.length === 0) errors.push({ field: 'scopes', message: request.t('auth:tokens.scopeRequired') });
      if (errors.length) return tokensPage(request, reply, { errors, name, chosen });
      const days = request.body.expires;
      const expiresAt = days === 'never' ? null : new Date(deps.now().getTime() + Number(days) * 86_400_000);
      const created = await auth.createAccessToken(user, { name, scopes: chosen, expiresAt });
      reply.header('cache-control', 'no-store');
      return tokensPage(request, reply, { created });
    },
  );

  app.post(
    '/account/tokens/:id/revoke',
    { schema: { hide: true, params: z.object({ id: z.uuid() }) }, preHandler: root.csrfProtection },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      const ownerId = await auth.accessTokenOwner(request.params.id);
      if (!ownerId) throw new HttpError(404);
      allow(authorizeAccessToken(user, 'revoke', { ownerId }));
      await auth.revokeAccessToken(request.params.id, user);
      if (ownerId !== user.id) return reply.redirect(`/staff/users/${ownerId}`, 303);
      return tokensPage(request, reply, { notice: request.t('auth:tokens.revokedNotice') });
    },
  );

  return { renderAccount };
}

export type AccountRenderer = (request: FastifyRequest, reply: FastifyReply, errors?: FieldError[], view?: { notice?: string }) => Promise<unknown>;

export type { StaffUser };
