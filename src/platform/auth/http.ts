import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isApiRequest } from '../http/errors';
import { safeLocalPath } from '../http/language';
import type { AuthService } from './service';
import type { StaffUser } from './staff';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or the owner of the access token the request came with. */
    user: StaffUser | null;
    /** The stored key of the browser session (null for anonymous and token requests). */
    sessionKey: string | null;
  }
}

export const sessionCookie = 'sid';
const anonymous = 'anonymous';

export class HttpError extends Error {
  constructor(readonly statusCode: number) {
    super(`HTTP ${statusCode}`);
  }
}

/**
 * Reads the session cookie (pages) or a personal access token (API), and arms the CSRF check.
 * CSRF tokens are bound to the session, so a token taken from one session fails in another,
 * and every token from before sign-in fails after it.
 */
export async function registerAuth(app: FastifyInstance, deps: { auth: AuthService; hmacKey: string }): Promise<void> {
  const { auth } = deps;
  await app.register(fastifyCsrf, {
    cookieKey: 'csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: 'auto' },
    getUserInfo: (request: FastifyRequest) => request.sessionKey ?? anonymous,
    csrfOpts: { hmacKey: deps.hmacKey },
  });
  app.decorateRequest('user', null);
  app.decorateRequest('sessionKey', null);
  app.addHook('onRequest', async (request, reply) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer && isApiRequest(request)) {
      request.user = await auth.userForAccessToken(bearer);
      // A token that does not work is an error to show its client, not an anonymous request.
      if (!request.user) return reply.status(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized', message: request.t('errors.unauthorized') });
      return;
    }
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const found = await auth.userForSession(token);
    if (!found) {
      clearSessionCookie(reply);
      return;
    }
    request.user = found.user;
    request.sessionKey = found.sessionKey;
  });
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: '/' });
}

/** The token a form must send back as `_csrf` (or an API call as the x-csrf-token header). */
export function csrfToken(reply: FastifyReply): string {
  return reply.generateCsrf({ userInfo: reply.request.sessionKey ?? anonymous });
}

/**
 * Makes sure someone is signed in: people are sent to the sign-in page and back, API clients
 * get 401. Returns the user, or null when the answer has been sent.
 */
export function requireUser(request: FastifyRequest, reply: FastifyReply): StaffUser | null {
  if (request.user) return request.user;
  if (isApiRequest(request)) {
    void reply.status(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized', message: request.t('errors.unauthorized') });
  } else {
    void reply.redirect(`/sign-in?next=${encodeURIComponent(safeLocalPath(request.url))}`, 303);
  }
  return null;
}

/** Stops a request its user may not make; the error handler answers 403 as a page or as JSON. */
export function allow(decision: boolean): void {
  if (!decision) throw new HttpError(403);
}

/**
 * CSRF for API calls: a browser session must send the token (x-csrf-token header), a personal
 * access token need not, since no browser sends it on its own.
 */
export function csrfUnlessToken(app: FastifyInstance) {
  return (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (!request.sessionKey) return done();
    return app.csrfProtection(request, reply, done);
  };
}
