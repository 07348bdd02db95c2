import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roleAssignmentSchema, staffSecurity, staffTags } from '../platform/auth/api';
import { allow, requireUser } from '../platform/auth/http';
import { errorSchema } from '../platform/http/schemas';
import { authorizeUser } from './domain/policy';
import type { PeopleService } from './service';

const staffAccountSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    lang: z.enum(['fi', 'sv', 'en']),
    active: z.boolean(),
    roles: z.array(roleAssignmentSchema),
    lastSignInAt: z.string().nullable().meta({ description: 'ISO 8601' }),
  })
  .meta({ id: 'StaffAccount' });

export function registerPeopleApi(root: FastifyInstance, deps: { people: PeopleService }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/staff/users',
    {
      schema: {
        tags: staffTags,
        security: staffSecurity,
        summary: 'Staff accounts and their roles',
        description: 'For communications and auditors; a token needs the people:read scope.',
        response: { 200: z.object({ items: z.array(staffAccountSchema) }), 401: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      allow(authorizeUser(user, 'list', null));
      const accounts = await deps.people.list();
      return {
        items: accounts.map((a) => ({
          id: a.id,
          email: a.email,
          displayName: a.displayName,
          lang: a.lang,
          active: a.active,
          roles: a.roles,
          lastSignInAt: a.lastSignInAt?.toISOString() ?? null,
        })),
      };
    },
  );
}
