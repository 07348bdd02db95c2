import type {} from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isLang, negotiateLanguage, type I18n, type Lang, type Translate } from '../i18n/i18n';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    t: Translate;
  }
}

export const languageCookie = 'lang';
const oneYear = 60 * 60 * 24 * 365;

/** Only a path on this site may follow a language switch, so the switch cannot redirect elsewhere. */
export function safeLocalPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/**
 * Gives every request its language: `?lang=` for a link that fixes it, then the cookie set by the
 * language switch, then Accept-Language.
 */
export function registerLanguage(app: FastifyInstance, i18n: I18n): void {
  app.decorateRequest('lang', 'fi');
  app.decorateRequest('t', undefined as unknown as Translate);
  app.addHook('onRequest', async (request) => {
    const query = request.query as Record<string, unknown> | undefined;
    const fromQuery = typeof query?.lang === 'string' ? query.lang : undefined;
    const choice = isLang(fromQuery) ? fromQuery : request.cookies[languageCookie];
    request.lang = negotiateLanguage(choice, request.headers['accept-language']);
    request.t = i18n.t(request.lang);
  });

  // The switch works without JavaScript: a plain link that remembers the choice and goes back.
  app.get(
    '/language/:lang',
    {
      schema: {
        hide: true,
        params: z.object({ lang: z.enum(['fi', 'sv', 'en']) }),
        querystring: z.object({ next: z.string().max(2000).optional() }),
      },
    },
    async (request, reply) => {
      const { lang } = request.params as { lang: Lang };
      const { next } = request.query as { next?: string };
      reply.setCookie(languageCookie, lang, {
        path: '/',
        maxAge: oneYear,
        sameSite: 'lax',
        httpOnly: true,
        secure: request.protocol === 'https',
      });
      return reply.redirect(safeLocalPath(next), 303);
    },
  );
}
