import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Database } from '../db/database';
import { safeLocalPath } from '../http/language';
import type { Lang } from '../i18n/i18n';
import type { FieldError } from '../pages/forms';
import { pageContext, sendPage, type SiteInfo } from '../pages/render';
import type { AccountRenderer } from './account';
import { allow, clearSessionCookie, csrfToken, HttpError, requireUser, sessionCookie, setSessionCookie } from './http';
import { ForgotPage, InvalidLinkPage, passwordProblemMessage, ResetPage, SignInPage } from './pages';
import { countAttempt } from './rate-limit';
import type { AuthService } from './service';
import { formatTime } from './time';

export interface AuthRouteDeps {
  auth: AuthService;
  config: Config;
  database: Database;
  site: SiteInfo;
  now: () => Date;
  renderAccount: AccountRenderer;
}

/** Where a signed-in person lands by default. */
export const staffHome = '/staff';

const formText = (max: number) => z.string().max(max).optional().default('');
const noticeKeys = {
  'signed-out': 'auth:signIn.signedOut',
  everywhere: 'auth:signIn.signedOutEverywhere',
  'password-set': 'auth:signIn.passwordSet',
  'password-changed': 'auth:account.passwordChanged',
} as const;

export function registerAuthRoutes(root: FastifyInstance, deps: AuthRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { auth, config, site } = deps;
  const oidc = config.auth.oidc !== null;
  const local = config.auth.localSignIn;

  /** Rate limit shared by every app server: a guess costs a database round trip, not more. */
  async function limitAttempts(request: FastifyRequest, reply: FastifyReply, kind: string): Promise<void> {
    const limit = config.auth.signInRateLimit;
    if (limit <= 0) return;
    const now = deps.now();
    const { count, resetsAt } = await countAttempt(deps.database, `${kind}:${request.ip}`, 60_000, now);
    if (count > limit) {
      reply.header('retry-after', String(Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000))));
      throw new HttpError(429);
    }
  }

  function signInPage(request: FastifyRequest, reply: FastifyReply, view: { next: string; email?: string; errors?: FieldError[]; notice?: string | null; status?: number }) {
    const ctx = pageContext(request, site);
    return sendPage(reply, ctx, {
      status: view.status ?? 200,
      title: request.t('auth:signIn.title'),
      body: (
        <SignInPage
          ctx={ctx}
          csrf={csrfToken(reply)}
          next={view.next}
          email={view.email ?? ''}
          errors={view.errors ?? []}
          notice={view.notice ?? null}
          oidc={oidc}
          local={local}
        />
      ),
    });
  }

  app.get(
    '/sign-in',
    {
      schema: {
        hide: true,
        querystring: z.object({ next: z.string().max(2000).optional(), done: z.string().max(40).optional(), lang: z.string().optional() }),
      },
    },
    async (request, reply) => {
      const next = safeLocalPath(request.query.next ?? staffHome);
      if (request.user) return reply.redirect(next, 303);
      const done = request.query.done as keyof typeof noticeKeys | undefined;
      const notice = done && done in noticeKeys ? request.t(noticeKeys[done]) : null;
      return signInPage(request, reply, { next, notice });
    },
  );

  app.post(
    '/sign-in',
    {
      schema: { hide: true, body: z.object({ email: formText(320), password: formText(1000), next: formText(2000), _csrf: formText(200) }) },
      preHandler: root.csrfProtection,
    },
    async (request, reply) => {
      if (!local) throw new HttpError(404);
      await limitAttempts(request, reply, 'sign-in');
      const { email, password } = request.body;
      const next = safeLocalPath(request.body.next || staffHome);
      const errors: FieldError[] = [];
      if (!email.trim()) errors.push({ field: 'email', message: request.t('auth:signIn.emailRequired') });
      if (!password) errors.push({ field: 'password', message: request.t('auth:signIn.passwordRequired') });
      if (errors.length) return signInPage(request, reply, { next, email, errors, status: 400 });

      const result = await auth.signInWithPassword(email, password);
      if (!result.ok) {
        const message =
          result.reason === 'locked'
            ? request.t('auth:signIn.locked', { time: formatTime(result.lockedUntil, request.lang, deps.now()) })
            : request.t('auth:signIn.invalid');
        return signInPage(request, reply, { next, email, errors: [{ field: 'password', message }], status: 401 });
      }
      // A new session id at every sign-in: an id planted in the browser beforehand is never honoured.
      const previous = request.cookies[sessionCookie];
      if (previous) await auth.endSession(previous);
      setSessionCookie(request, reply, result.sessionToken);
      setLanguageIfUnset(request, reply, result.user.lang);
      return reply.redirect(next, 303);
    },
  );

  app.post('/sign-out', { schema: { hide: true }, preHandler: root.csrfProtection }, async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token) await auth.endSession(token);
    clearSessionCookie(reply);
    return reply.redirect('/sign-in?done=signed-out', 303);
  });

  app.post('/sign-out-everywhere', { schema: { hide: true }, preHandler: root.csrfProtection }, async (request, reply) => {
    const user = requireUser(request, reply);
    if (!user) return reply;
    await auth.signOutEverywhere(user);
    clearSessionCookie(reply);
    return reply.redirect('/sign-in?done=everywhere', 303);
  });

  // Forgotten password: the answer is the same whether or not the address has an account.

  function forgotPage(request: FastifyRequest, reply: FastifyReply, email = '', errors: FieldError[] = []) {
    const ctx = pageContext(request, site);
    return sendPage(reply, ctx, {
      status: errors.length ? 400 : 200,
      title: request.t('auth:forgot.title'),
      body: <ForgotPage ctx={ctx} csrf={csrfToken(reply)} email={email} errors={errors} />,
    });
  }

  app.get('/sign-in/forgot', { schema: { hide: true } }, async (request, reply) => {
    if (!local) throw new HttpError(404);
    return forgotPage(request, reply);
  });

  app.post(
    '/sign-in/forgot',
    { schema: { hide: true, body: z.object({ email: formText(320), _csrf: formText(200) }) }, preHandler: root.csrfProtection },
    async (request, reply) => {
      if (!local) throw new HttpError(404);
      await limitAttempts(request, reply, 'password-reset');
      const email = request.body.email.trim();
      if (!email || !email.includes('@')) {
        return forgotPage(request, reply, email, [{ field: 'email', message: request.t('auth:signIn.emailRequired') }]);
      }
      await auth.sendPasswordLink(email, 'reset', (token) => `${config.city.publicUrl}/sign-in/password/${token}`);
      const ctx = pageContext(request, site);
      return sendPage(reply, ctx, {
        title: request.t('auth:forgot.sentTitle'),
        body: (
          <>
            <h1>{request.t('auth:forgot.sentTitle')}</h1>
            <p role="status">{request.t('auth:forgot.sent', { email })}</p>
          </>
        ),
      });
    },
  );

  const tokenParams = z.object({ token: z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/) });

  async function resetPage(request: FastifyRequest, reply: FastifyReply, token: string, errors: FieldError[] = []) {
    const ctx = pageContext(request, site);
    // The link itself is a password: it must not leak to other sites through the Referer header.
    reply.header('referrer-policy', 'no-referrer');
    const owner = await auth.passwordLinkUser(token);
    if (!owner) {
      return sendPage(reply, ctx, { status: 410, title: request.t('auth:reset.invalidTitle'), body: <InvalidLinkPage ctx={ctx} /> });
    }
    return sendPage(reply, ctx, {
      status: errors.length ? 400 : 200,
      title: request.t('auth:reset.title'),
      body: <ResetPage ctx={ctx} csrf={csrfToken(reply)} token={token} email={owner.email} errors={errors} />,
    });
  }

  app.get('/sign-in/password/:token', { schema: { hide: true, params: tokenParams } }, async (request, reply) =>
    resetPage(request, reply, request.params.token),
  );

  app.post(
    '/sign-in/password/:token',
    {
      schema: { hide: true, params: tokenParams, body: z.object({ password: formText(1000), confirm: formText(1000), username: formText(320), _csrf: formText(200) }) },
      preHandler: root.csrfProtection,
    },
    async (request, reply) => {
      const { token } = request.params;
      const { password, confirm } = request.body;
      const ctx = pageContext(request, site);
      if (password !== confirm) return resetPage(request, reply, token, [{ field: 'confirm', message: request.t('auth:reset.mismatch') }]);
      const result = await auth.setPasswordWithLink(token, password);
      if (!result.ok) {
        if (result.problem.code === 'invalid-link') return resetPage(request, reply, token);
        return resetPage(request, reply, token, [{ field: 'password', message: passwordProblemMessage(ctx, result.problem) }]);
      }
      clearSessionCookie(reply);
      return reply.redirect('/sign-in?done=password-set', 303);
    },
  );

  app.post(
    '/account/password',
    {
      schema: { hide: true, body: z.object({ current: formText(1000), password: formText(1000), confirm: formText(1000), _csrf: formText(200) }) },
      preHandler: root.csrfProtection,
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(!user.tokenScopes);
      const { current, password, confirm } = request.body;
      const ctx = pageContext(request, site);
      const fail = (field: string, message: string) => deps.renderAccount(request, reply, [{ field, message }]);
      if (password !== confirm) return fail('confirm', request.t('auth:reset.mismatch'));
      const result = await auth.changePassword(user, current, password);
      if (!result.ok) return fail(result.problem.code === 'wrong-current' ? 'current' : 'password', passwordProblemMessage(ctx, result.problem));
      clearSessionCookie(reply);
      return reply.redirect('/sign-in?done=password-changed', 303);
    },
  );
}

function setLanguageIfUnset(request: FastifyRequest, reply: FastifyReply, lang: Lang): void {
  if (request.cookies.lang) return;
  reply.setCookie('lang', lang, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: true, secure: request.protocol === 'https' });
}
