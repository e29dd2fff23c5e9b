import { z } from 'astro/zod';

/** The canonical terms and the variants the content lint refuses (`content/vocabulary.json`). */
export const vocabularySchema = z.array(
  z
    .object({
      /** The word the handbook uses, e.g. "next-action owner". */
      term: z.string().min(1),
      /** Variants that must not appear in page or data text; a glossary page may still list them as aliases. */
      banned: z.array(z.string().min(1)),
    })
    .strict(),
);
