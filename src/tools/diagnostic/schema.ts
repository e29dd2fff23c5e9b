import { z } from 'astro/zod';
import { pageIdSchema, slugSchema } from '../../schemas/ids';

/** One category of warning signals in the workflow diagnostic. */
export const diagnosticCategorySchema = z.object({
  /** Stable id, e.g. `sequence`. */
  id: slugSchema,
  /** The category's name as shown to the reader. */
  name: z.string().min(1),
  /** Ticks needed before the category counts (2 for most, 1 for the narrow blocker). */
  threshold: z.number().int().min(1),
  /** The signals a reader can tick. */
  signals: z.array(z.object({ id: slugSchema, text: z.string().min(1) })).min(1),
  /** What a winning category usually means, in one sentence. */
  meaning: z.string().min(1),
  /** The page to open first when this category wins. */
  firstPage: pageIdSchema,
});

/** The diagnostic: categories in tie-break order plus the fallback rule. */
export const diagnosticSchema = z.object({
  /** What the diagnostic is called where someone else reads a shared copy, e.g. "Workflow diagnostic". */
  title: z.string().min(1),
  /** Categories in order; on a tie the earlier one wins. */
  categories: z.array(diagnosticCategorySchema).min(2),
  /** More than this many counting categories means a sequence problem. */
  maxCountingCategories: z.number().int().min(1),
  /** The category and page used when there is no clear winner. */
  fallback: z.object({ category: slugSchema, page: pageIdSchema }),
});

export type Diagnostic = z.infer<typeof diagnosticSchema>;
