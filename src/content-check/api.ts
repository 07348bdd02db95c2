import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { staffSecurity, staffTags } from '../platform/auth/api';
import { allow, csrfUnlessToken, requireUser } from '../platform/auth/http';
import { errorSchema } from '../platform/http/schemas';
import type { I18n } from '../platform/i18n/i18n';
import { authorizeContentCheck } from './domain/policy';
import { presentCheck } from './present';
import { checkAnswerSchema, checkRequestSchema } from './schemas';
import type { ContentCheckService } from './service';

export function registerContentCheckApi(root: FastifyInstance, deps: { contentCheck: ContentCheckService; i18n: I18n }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/v1/content-checks',
    {
      schema: {
        tags: staffTags,
        security: staffSecurity,
        summary: 'Check a draft before publishing',
        description:
          'Finds personal and confidential data in a draft (policy rules P8, P9) and asks for the rights to its media (P10): ' +
          'identity codes, bank accounts, phone numbers, email addresses, names, street addresses, business IDs, plates, ' +
          'health information and secrecy markings. Nothing is stored. For staff; a token needs the content:check scope, ' +
          'and a browser session sends its CSRF token in the x-csrf-token header.',
        body: checkRequestSchema,
        response: { 200: checkAnswerSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
      preHandler: csrfUnlessToken(root),
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeContentCheck(user, 'check'));
      const { text, lang, media } = request.body;
      const t = lang ? deps.i18n.t(lang) : request.t;
      return presentCheck(deps.contentCheck.check({ text, media }), t);
    },
  );
}
