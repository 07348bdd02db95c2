import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { platforms } from '../registry/domain/platforms';
import { bioFields, termsSources } from './domain/catalogue';
import type { PlatformTermsEntry, TermsService } from './service';

const termsVersionSchema = z
  .object({
    version: z.string().meta({ description: 'The version, named by its date (YYYY-MM-DD)', example: '2026-01-15' }),
    effectiveDate: z.string().nullable().meta({ description: 'When the terms came into force (YYYY-MM-DD); null when only the date they were seen is known' }),
    recordedAt: z.string().meta({ description: 'When the city recorded the version, ISO 8601' }),
    source: z.enum(termsSources).meta({ description: 'manual: read and recorded by the city; open-terms-archive: from the Open Terms Archive dataset; mastodon-instance: read from a Mastodon server' }),
  })
  .meta({ id: 'TermsVersion' });

const textLimitsSchema = z
  .object({
    displayName: z.number().int().nullable().meta({ description: "The longest profile name the platform allows, in characters; null when not known" }),
    bio: z.number().int().nullable().meta({ description: "The longest bio, description or tagline, in characters; null when not known" }),
    bioField: z.enum(bioFields).nullable().meta({ description: 'What the platform calls that text' }),
  })
  .meta({ id: 'ProfileTextLimits' });

export const platformTermsSchema = z
  .object({
    platform: z.enum(platforms),
    termsUrl: z.string().nullable().meta({ description: "The platform's terms of service" }),
    limits: textLimitsSchema,
    currentVersion: termsVersionSchema.nullable().meta({ description: 'The newest version the city has recorded and reviewed against; null when none is recorded yet' }),
  })
  .meta({ id: 'PlatformTerms' });

export function presentPlatformTerms(entry: PlatformTermsEntry): z.infer<typeof platformTermsSchema> {
  const current = entry.current;
  return {
    platform: entry.platform,
    termsUrl: entry.termsUrl,
    limits: entry.limits,
    currentVersion: current ? { version: current.version, effectiveDate: current.effectiveDate, recordedAt: current.recordedAt.toISOString(), source: current.source } : null,
  };
}

/** The public platform catalogue: which version of each platform's terms the city follows (O5). */
export function registerTermsApi(root: FastifyInstance, deps: { terms: TermsService }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/platforms',
    {
      schema: {
        tags: ['registry'],
        summary: 'The platforms, their terms of service and text limits',
        description:
          "Every platform the registry knows, with the link to its terms of service, the version of the terms the city has most recently recorded (policy rule O5: the terms are checked before a profile is opened and their changes followed), and a profile's text limits there.",
        response: { 200: z.object({ items: z.array(platformTermsSchema) }) },
      },
    },
    async () => ({ items: (await deps.terms.catalogue()).map(presentPlatformTerms) }),
  );
}
