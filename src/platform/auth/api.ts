import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../http/schemas';
import { requireUser } from './http';
import { roles, scopes } from './staff';

export const staffTags = ['staff'];
/** Staff endpoints take a personal access token or a signed-in browser session. */
export const staffSecurity: { [scheme: string]: string[] }[] = [{ bearerAuth: [] }, { sessionCookie: [] }];

export const roleAssignmentSchema = z
  .object({ role: z.enum(roles), unitId: z.uuid().nullable().meta({ description: 'Null for the city-wide roles communications and auditor' }) })
  .meta({ id: 'RoleAssignment' });

const meSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    lang: z.enum(['fi', 'sv', 'en']),
    roles: z.array(roleAssignmentSchema),
    scopes: z.array(z.enum(scopes)).nullable().meta({ description: 'The scopes of the access token used; null for a browser session' }),
  })
  .meta({ id: 'StaffMe' });

export function registerStaffIdentityApi(root: FastifyInstance): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/staff/me',
    {
      schema: {
        tags: staffTags,
        security: staffSecurity,
        summary: 'Who the token or session belongs to',
        description: 'The person, their roles and, for a personal access token, its scopes. Any valid token may call this.',
        response: { 200: meSchema, 401: errorSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      return { id: user.id, email: user.email, displayName: user.displayName, lang: user.lang, roles: user.roles, scopes: user.tokenScopes ? [...user.tokenScopes] : null };
    },
  );
}
