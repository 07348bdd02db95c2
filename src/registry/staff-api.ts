import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffSecurity, staffTags } from '../platform/auth/api';
import { allow, csrfUnlessToken, HttpError, requireUser } from '../platform/auth/http';
import { actorOf } from '../platform/auth/service';
import { errorSchema } from '../platform/http/schemas';
import { authorizeProfile } from './domain/policy';
import { publicProfileSchema } from './schemas';
import type { RegistryService } from './service';
import { pathIn } from './staff-routes';

export function registerRegistryStaffApi(root: FastifyInstance, deps: { registry: RegistryService }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { registry } = deps;
  app.post(
    '/api/v1/staff/profiles/:id/confirmation',
    {
      schema: {
        tags: staffTags,
        security: staffSecurity,
        summary: "Confirm that a profile's details are still right",
        description:
          'For communications, and for supervisors of the profile\'s unit or a unit above it (policy rule P5). A token needs the registry:write scope; a browser session sends its CSRF token in the x-csrf-token header.',
        params: z.object({ id: z.uuid() }),
        response: { 200: publicProfileSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema },
      },
      preHandler: csrfUnlessToken(root),
    },
    async (request, reply) => {
      const user = requireUser(request, reply);
      if (!user) return reply;
      const [profile, units] = await Promise.all([registry.getProfile(request.params.id), registry.unitsById()]);
      if (!profile) throw new HttpError(404);
      allow(authorizeProfile(user, 'confirm', { unitPath: pathIn(units, profile.unitId) }));
      await registry.confirmProfile(profile.id, actorOf(user));
      return registry.present((await registry.getProfile(profile.id))!, units);
    },
  );
}
