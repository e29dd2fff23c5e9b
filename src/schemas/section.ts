import { z } from 'astro/zod';
import { slugSchema } from './ids';

/** A top-level section of the site, listed in the primary navigation and given a hub page. */
export const sectionSchema = z.object({
  /** The URL segment and folder under `content/pages/`, e.g. `workflows`. */
  id: slugSchema,
  /** The label in the primary navigation. */
  label: z.string().min(1),
  /** The hub page's heading. */
  title: z.string().min(1),
  /** The hub page's introduction and meta description. */
  description: z.string().min(20).max(220),
  /** Position in the primary navigation. */
  order: z.number().int(),
});

export type Section = z.infer<typeof sectionSchema>;
