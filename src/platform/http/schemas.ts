import { z } from 'zod';

/** Every JSON error answer: a code for programs, a message in the caller's language for people. */
export const errorSchema = z
  .object({
    error: z.string(),
    message: z.string(),
    field: z.string().optional(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Error' });
