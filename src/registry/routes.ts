import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config';
import { feedActions } from './domain/changes';
import { atomFeed } from './feed';
import { profilesToCsv } from './exchange';
import {
  errorSchema,
  profilePageSchema,
  profileQuerySchema,
  publicProfileSchema,
  unitSchema,
  verifyAnswerSchema,
  verifyQuerySchema,
} from './schemas';
import type { RegistryService } from './service';
import { blueskyDidForHost } from './domain/bluesky';
import type { ProfileAddress } from './domain/normalise';
import type { SuspicionReason } from './domain/verify';
import type { Translate } from '../platform/i18n/i18n';

export interface RegistryRouteDeps {
  registry: RegistryService;
  config: Config;
  /** A reason for suspecting an address, in plain words. */
  explainReason: ReasonText;
}

export type ReasonText = (reason: SuspicionReason, t: Translate) => string;

/** Where a resident reports an address as a fake, pre-filled with it. */
export function reportPath(address: ProfileAddress): string {
  const params = new URLSearchParams({ url: address.canonicalUrl ?? address.handle ?? '', platform: address.platform });
  return `/report?${params.toString()}`;
}

const tags = ['registry'];

/** The registry's open data: JSON API, CSV, the change feed and Bluesky's handle check. */
export function registerRegistryApi(root: FastifyInstance, deps: RegistryRouteDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { registry, config } = deps;

  app.get(
    '/api/v1/profiles',
    {
      schema: {
        tags,
        summary: 'List official profiles',
        description: 'Search and filter the registry. `q` matches names, handles, employees and units.',
        querystring: profileQuerySchema,
        response: { 200: profilePageSchema, 400: errorSchema },
      },
    },
    async (request) => {
      const { limit, offset, unit, ...filter } = request.query;
      const [page, units] = await Promise.all([
        registry.listProfiles({ ...filter, unitId: unit }, { limit, offset }),
        registry.unitsById(),
      ]);
      return { items: page.items.map((p) => registry.present(p, units)), total: page.total, limit, offset };
    },
  );

  app.get(
    '/api/v1/profiles.csv',
    {
      schema: {
        tags,
        summary: 'All official profiles as CSV',
        description: 'The same fields as the JSON API; nested fields as dotted column names. Imports back unchanged.',
        produces: ['text/csv'],
      },
    },
    async (_request, reply) => {
      const [profiles, units] = await Promise.all([registry.allProfiles(), registry.unitsById()]);
      const csv = profilesToCsv(profiles.map((p) => registry.present(p, units)));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="somerekisteri.csv"')
        .send(csv);
    },
  );

  app.get(
    '/api/v1/profiles/:id',
    {
      schema: {
        tags,
        summary: 'One official profile',
        params: z.object({ id: z.uuid() }),
        response: { 200: publicProfileSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const profile = await registry.getProfile(request.params.id);
      if (!profile) return reply.status(404).send({ error: 'not-found', message: request.t('registry:notFound') });
      return registry.present(profile, await registry.unitsById());
    },
  );

  app.get(
    '/api/v1/units',
    {
      schema: { tags, summary: "The city's units as a flat list with parents", response: { 200: z.array(unitSchema) } },
    },
    async () => registry.listUnits(),
  );

  app.get(
    '/api/v1/verify',
    {
      schema: {
        tags,
        summary: "Is this profile really the city's?",
        description:
          'Give `url` (any form of a profile address or handle), or `platform` and `handle`. Always 200 for a valid ' +
          'address; 400 when the input is no profile address. Treat any status other than `official` as not official.',
        querystring: verifyQuerySchema,
        response: { 200: verifyAnswerSchema, 400: errorSchema },
      },
    },
    async (request, reply) => {
      const { url, platform, handle, name } = request.query;
      if (url === undefined && handle === undefined) {
        return reply.status(400).send({
          error: 'validation',
          field: 'url',
          message: request.t('errors.validation', { field: 'url', message: request.t('registry:address.empty') }),
        });
      }
      const result = await registry.verify({ url, platform, handle, name });
      if (!result.ok) {
        return reply.status(400).send({
          error: result.error,
          field: result.field,
          message: request.t('errors.validation', {
            field: result.field,
            message: request.t(`registry:address.${result.error}`),
          }),
        });
      }
      const units = new Map([result.unit, ...result.resembles.map((r) => r.unit)].flatMap((u) => (u ? [[u.id, u] as const] : [])));
      const profile = result.profile ? registry.present(result.profile, units) : null;
      const official = result.status === 'official' || result.status === 'closed';
      return {
        status: result.status,
        profile,
        resembles: result.resembles.map((r) => ({
          profile: registry.present(r.profile, units),
          reasons: r.reasons.map((reason) => ({ code: reason.code, text: deps.explainReason(reason, request.t) })),
        })),
        case: result.fakeCase,
        reportUrl: official ? null : `${config.city.publicUrl}${reportPath(result.address)}`,
      };
    },
  );

  app.get('/feeds/changes.atom', { schema: { hide: true } }, async (request, reply) => {
    const changes = await registry.recentChanges([...feedActions], 100);
    const xml = atomFeed({
      changes,
      lang: request.lang,
      t: request.t,
      cityName: config.city.name[request.lang],
      publicUrl: config.city.publicUrl,
    });
    return reply.header('content-type', 'application/atom+xml; charset=utf-8').send(xml);
  });

  // Bluesky confirms a handle under the city's domain by asking that host for the account's DID.
  app.get('/.well-known/atproto-did', { schema: { hide: true } }, async (request, reply) => {
    const found = await registry.verify({ platform: 'bluesky', handle: request.hostname }, { suspicion: false });
    const profile = found.ok ? found.profile : null;
    const did = blueskyDidForHost(request.hostname, profile, config.city.webDomain, registry.today());
    if (!did) return reply.status(404).header('content-type', 'text/plain; charset=utf-8').send('Not found\n');
    return reply.header('content-type', 'text/plain; charset=utf-8').send(did);
  });
}
