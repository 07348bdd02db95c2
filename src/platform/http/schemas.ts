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

/** One page of a list: the items, how many the filter holds in all, and the page asked for. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
}

/** The query of a paged list: how many items, and how many to skip. */
export const pagingQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50).meta({ description: 'Items per page' }),
  offset: z.coerce.number().int().min(0).default(0).meta({ description: 'Items to skip, in the order of the list' }),
};
