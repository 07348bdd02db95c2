import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { staffSecurity, staffTags } from '../platform/auth/api';
import { allow, requireUser } from '../platform/auth/http';
import { errorSchema, pageSchema } from '../platform/http/schemas';
import { openStates } from './domain/case';
import { authorizeCase } from './domain/policy';
import { caseQuerySchema, caseSummarySchema } from './schemas';
import type { ImpersonationService } from './service';

/** The staff API for fake-profile cases: read-only, without the reporters' words or addresses. */
export function registerImpersonationStaffApi(root: FastifyInstance, deps: { impersonation: ImpersonationService }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/staff/impersonation-cases',
    {
      schema: {
        tags: staffTags,
        security: staffSecurity,
        summary: 'Fake-profile cases',
        description:
          'The cases of suspected fake profiles (policy rule P6), stalled first, a page at a time. For communications and auditors; a token needs the cases:read scope. ' +
          "Residents' reports are not included.",
        querystring: caseQuerySchema,
        response: { 200: pageSchema(caseSummarySchema), 400: errorSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeCase(user, 'list'));
      const { state, limit, offset } = request.query;
      const { items, total } = await deps.impersonation.page({ states: state === 'open' ? openStates : state ? [state] : undefined }, { limit, offset });
      return {
        total,
        limit,
        offset,
        items: items.map((c) => ({
          number: c.number,
          state: c.state,
          platform: c.platform,
          url: c.url,
          handle: c.handle,
          shownName: c.shownName,
          registeredProfileId: c.registeredProfileId,
          impersonatedProfileId: c.impersonatedProfileId,
          verdict: c.verdict,
          duplicateOf: c.duplicateOf,
          confirmedOn: c.confirmedOn,
          platformReportedOn: c.platformReportedOn,
          platformChannel: c.platformChannel,
          platformReference: c.platformReference,
          policeReportedOn: c.policeReportedOn,
          policeReference: c.policeReference,
          outcome: c.outcome,
          endedOn: c.endedOn,
          reports: c.reports,
          stalled: c.stalled,
          dueOn: c.dueOn,
          lastActivityAt: c.lastActivityAt.toISOString(),
          createdAt: c.createdAt.toISOString(),
        })),
      };
    },
  );
}
