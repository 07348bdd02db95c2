import { z } from 'zod';
import { pagingQuery } from '../platform/http/schemas';
import { platforms } from '../registry/domain/platforms';
import { caseStates, outcomes, platformChannels, verdicts } from './domain/case';

// The shapes of the cases' JSON answers; they validate the answers and make the OpenAPI document.

const day = z.string().meta({ description: 'YYYY-MM-DD' });

export const reportedFakeSchema = z
  .object({
    caseNumber: z.number().int().meta({ description: "The city's case number (shown as #12)" }),
    platform: z.enum(platforms),
    address: z.string().meta({ description: "The fake profile's address, as text: do not make it a link" }),
    handle: z.string().nullable(),
    impersonates: z
      .object({ id: z.uuid(), displayName: z.string(), url: z.string().meta({ description: 'The registry page of the official profile' }) })
      .nullable()
      .meta({ description: 'The official profile the fake poses as, when known' }),
    since: day.meta({ description: 'The day the city confirmed it as a fake (YYYY-MM-DD)' }),
  })
  .meta({ id: 'ReportedFake' });

export const reportedFakesSchema = z.object({ items: z.array(reportedFakeSchema) }).meta({ id: 'ReportedFakes' });

export const caseSummarySchema = z
  .object({
    number: z.number().int(),
    state: z.enum(caseStates),
    platform: z.enum(platforms),
    url: z.string(),
    handle: z.string().nullable(),
    shownName: z.string().nullable(),
    registeredProfileId: z.uuid().nullable().meta({ description: 'Set when the address was an official registry entry when reported (a hijacked account?)' }),
    impersonatedProfileId: z.uuid().nullable(),
    verdict: z.enum(verdicts).nullable(),
    duplicateOf: z.number().int().nullable(),
    confirmedOn: day.nullable(),
    platformReportedOn: day.nullable(),
    platformChannel: z.enum(platformChannels).nullable(),
    platformReference: z.string().nullable(),
    policeReportedOn: day.nullable(),
    policeReference: z.string().nullable(),
    outcome: z.enum(outcomes).nullable(),
    endedOn: day.nullable(),
    reports: z.number().int(),
    stalled: z.boolean().meta({ description: 'Waited longer in its state than the rules allow' }),
    dueOn: day.nullable().meta({ description: 'The last day for the next step' }),
    lastActivityAt: z.string().meta({ description: 'ISO 8601' }),
    createdAt: z.string().meta({ description: 'ISO 8601' }),
  })
  .meta({ id: 'ImpersonationCase' });

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const caseQuerySchema = z.object({
  state: z.preprocess(emptyToUndefined, z.enum([...caseStates, 'open'] as const).optional()).meta({ description: 'One state, or open (new, confirmed, reported); all when not given' }),
  ...pagingQuery,
});
