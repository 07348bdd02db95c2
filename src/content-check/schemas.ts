import { z } from 'zod';
import { mediaKinds, mediaProblems, mediaSources, verdicts } from './domain/check';
import { findingTypes } from './domain/finding';

// The shapes of the check at its edges: the same schemas validate requests, serialise answers and
// write the OpenAPI document.

/** Long enough for any post and most documents; an archive goes through the command line. */
export const maxTextLength = 100_000;

export const mediaItemSchema = z
  .object({
    kind: z.enum(mediaKinds),
    name: z.string().trim().max(300).default('').meta({ description: 'A file name or a short description' }),
    source: z.enum(mediaSources).nullable().default(null).meta({ description: 'Where the right to use it comes from; null when not known' }),
    licence: z.string().trim().max(300).default('').meta({ description: 'The licence by name, for source licence' }),
    permissionFrom: z.string().trim().max(300).default('').meta({ description: 'Who gave permission, for source permission' }),
    credit: z.string().trim().max(300).default('').meta({ description: 'The credit line shown with it' }),
  })
  .meta({ id: 'ContentCheckMedia' });

export const checkRequestSchema = z.object({
  text: z.string().max(maxTextLength),
  lang: z.enum(['fi', 'sv', 'en']).optional().meta({ description: 'Language of the messages; by default that of the request' }),
  media: z.array(mediaItemSchema).max(50).default([]),
});

export const checkAnswerSchema = z
  .object({
    verdict: z.enum(verdicts).meta({ description: 'do-not-publish, review or ok: if in doubt, do not publish' }),
    verdictText: z.string(),
    findings: z.array(
      z.object({
        type: z.enum(findingTypes),
        start: z.number().int().meta({ description: 'UTF-16 offset, as JavaScript indexes strings' }),
        end: z.number().int().meta({ description: 'UTF-16 offset, exclusive' }),
        text: z.string(),
        message: z.string(),
        suggestion: z.string(),
      }),
    ),
    media: z.array(z.object({ index: z.number().int(), problem: z.enum(mediaProblems), message: z.string() })),
    quotes: z.array(z.object({ start: z.number().int(), end: z.number().int(), message: z.string(), suggestion: z.string() })),
    masked: z.string().meta({ description: 'The text with every finding replaced by its type' }),
  })
  .meta({ id: 'ContentCheck' });
