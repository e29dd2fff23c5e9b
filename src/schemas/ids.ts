import { z } from 'astro/zod';

/**
 * A page id is the page's path under `content/pages/` without the extension, which is
 * also its URL: `glossary/workflow-handoff` is served at `/glossary/workflow-handoff/`.
 */
export const pageIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
  message: 'a page id is a lowercase path such as "glossary/workflow-handoff"',
});

/** A lowercase slug used for stage, boundary, checklist and item ids. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'an id is lowercase words joined by hyphens',
});
