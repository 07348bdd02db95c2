import { z } from 'zod';
import { pageSchema, pagingQuery } from '../platform/http/schemas';
import { platforms } from './domain/platforms';
import { profileKinds, profileStatuses, unitLevels } from './domain/profile';
import { verifyStatuses } from './domain/verify';

// The shapes at the registry's edges: API answers, the export format and what import accepts.
// The same schemas validate requests, serialise answers and generate the OpenAPI document.

export const localisedSchema = z
  .object({ fi: z.string(), sv: z.string(), en: z.string() })
  .meta({ description: 'Text in Finnish, Swedish and English' });

export const administratorSchema = z.object({
  name: z.string().meta({ description: 'Full name' }),
  jobTitle: z.string().meta({ description: 'Job title at the city' }),
});

export const unitSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    level: z.enum(unitLevels),
    name: localisedSchema,
  })
  .meta({ id: 'Unit' });

export const publicProfileSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(profileKinds),
    platform: z.enum(platforms),
    url: z.string().meta({ description: 'Canonical address of the profile' }),
    handle: z.string().nullable(),
    platformId: z.string().nullable().meta({ description: "The platform's permanent id: YouTube channel id, Bluesky DID, Mastodon account URL…" }),
    displayName: z.string(),
    unitId: z.uuid().nullable(),
    unitName: localisedSchema.nullable(),
    purpose: localisedSchema,
    administrators: z.array(administratorSchema),
    contactEmail: z.string().nullable(),
    employeeName: z.string().nullable().meta({ description: 'The employee an expert profile represents' }),
    employeeTitle: z.string().nullable(),
    status: z.enum(profileStatuses).meta({ description: 'Status today: a closing profile is closed from its closing date on' }),
    closingDate: z.string().nullable().meta({ description: 'YYYY-MM-DD' }),
    closingReason: z.string().nullable(),
    successorProfileId: z.uuid().nullable(),
    successorUrl: z.string().nullable(),
    createdAt: z.string().meta({ description: 'ISO 8601' }),
    updatedAt: z.string(),
    lastConfirmedAt: z.string(),
  })
  .meta({ id: 'Profile' });
export type PublicProfile = z.infer<typeof publicProfileSchema>;

export const profilePageSchema = pageSchema(publicProfileSchema);

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const profileQuerySchema = z.object({
  q: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  platform: z.preprocess(emptyToUndefined, z.enum(platforms).optional()),
  unit: z.preprocess(emptyToUndefined, z.uuid().optional()),
  kind: z.preprocess(emptyToUndefined, z.enum(profileKinds).optional()),
  status: z.preprocess(emptyToUndefined, z.enum(profileStatuses).optional()),
  ...pagingQuery,
});

export const verifyQuerySchema = z.object({
  url: z.preprocess(emptyToUndefined, z.string().max(2048).optional()).meta({ description: 'A profile address or handle as pasted' }),
  platform: z.preprocess(emptyToUndefined, z.enum(platforms).optional()),
  handle: z.preprocess(emptyToUndefined, z.string().max(300).optional()),
  name: z
    .preprocess(emptyToUndefined, z.string().max(300).optional())
    .meta({ description: 'The name shown on the profile, if known: a copied official name is a sign of a fake' }),
});

export const suspicionReasonSchema = z
  .object({
    code: z.string().meta({ description: 'The trick, e.g. confusable-characters, word-added, letter-doubled, other-platform' }),
    text: z.string().meta({ description: 'The reason in plain words, in the language of the request' }),
  })
  .meta({ id: 'SuspicionReason' });

export const verifyAnswerSchema = z
  .object({
    status: z.enum(verifyStatuses).or(z.string()).meta({
      description:
        'official, closed, reported-fake (the city has confirmed the address as a fake), suspected-impersonation ' +
        '(not in the registry, and it looks like an official profile) or not-registered; more statuses may be ' +
        'added, and any other status is not official',
    }),
    profile: publicProfileSchema.nullable().meta({ description: 'The registry entry of the address: only when official or closed' }),
    resembles: z
      .array(z.object({ profile: publicProfileSchema, reasons: z.array(suspicionReasonSchema) }))
      .meta({ description: 'The official profiles a fake or suspect address imitates, best match first, with the reasons' }),
    case: z
      .object({ number: z.number().int(), confirmedOn: z.string().meta({ description: 'YYYY-MM-DD' }) })
      .nullable()
      .meta({ description: 'For reported-fake: the case in which the city confirmed the fake' }),
    reportUrl: z
      .string()
      .nullable()
      .meta({ description: 'Where a resident reports the address as a fake, pre-filled; null for official profiles' }),
  })
  .meta({ id: 'VerifyAnswer' });

export { errorSchema } from '../platform/http/schemas';

const optionalText = z.preprocess(emptyToUndefined, z.string().trim().optional());
const optionalNullableText = z.preprocess(
  (v) => (v === null ? undefined : emptyToUndefined(v)),
  z.string().trim().optional(),
);

/**
 * One profile as import accepts it: the export format, or a spreadsheet row with at least
 * platform, url or handle, and display name. Unknown fields are ignored.
 */
export const importProfileSchema = z
  .object({
    id: z.preprocess(emptyToUndefined, z.uuid().optional()),
    kind: z.preprocess(emptyToUndefined, z.enum(profileKinds).default('organisation')),
    platform: z.enum(platforms),
    url: optionalNullableText,
    handle: optionalNullableText,
    platformId: optionalNullableText,
    displayName: z.string().trim().min(1),
    unitId: z.preprocess((v) => (v === null ? undefined : emptyToUndefined(v)), z.uuid().optional()),
    unitName: z
      .object({ fi: optionalText, sv: optionalText, en: optionalText })
      .nullable()
      .optional(),
    purpose: z.object({ fi: optionalText, sv: optionalText, en: optionalText }).optional(),
    administrators: z.array(z.object({ name: z.string().trim(), jobTitle: z.string().trim() })).optional(),
    contactEmail: optionalNullableText,
    employeeName: optionalNullableText,
    employeeTitle: optionalNullableText,
    status: z.preprocess(emptyToUndefined, z.enum(profileStatuses).default('active')),
    closingDate: optionalNullableText,
    closingReason: optionalNullableText,
    successorProfileId: z.preprocess((v) => (v === null ? undefined : emptyToUndefined(v)), z.uuid().optional()),
    successorUrl: optionalNullableText,
    createdAt: z.preprocess((v) => (v === null ? undefined : emptyToUndefined(v)), z.iso.datetime({ offset: true }).optional()),
    updatedAt: z.preprocess((v) => (v === null ? undefined : emptyToUndefined(v)), z.iso.datetime({ offset: true }).optional()),
    lastConfirmedAt: z.preprocess((v) => (v === null ? undefined : emptyToUndefined(v)), z.iso.datetime({ offset: true }).optional()),
  })
  .refine((r) => r.url !== undefined || r.handle !== undefined, { path: ['url'], message: 'url or handle is required' });
export type ImportProfile = z.infer<typeof importProfileSchema>;

export const exportUnitSchema = unitSchema;

export const exportDocumentSchema = z.object({
  format: z.literal('somerekisteri-export'),
  version: z.literal(1),
  exportedAt: z.string(),
  units: z.array(exportUnitSchema),
  profiles: z.array(z.unknown()),
});
