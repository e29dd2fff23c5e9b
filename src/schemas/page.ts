import { z } from 'astro/zod';
import { pageIdSchema, slugSchema } from './ids';

/** A route to another page, taken when a condition holds. */
export const routeSchema = z.object({
  /** The condition, written so it completes "…if" or "…when", e.g. "the whole lifecycle feels messy". */
  when: z.string().min(1),
  /** The page to open when the condition holds. */
  page: pageIdSchema,
});

/** The places whose law the handbook states; a page that states law names them in `jurisdictions`. */
export const jurisdictions = [
  'england-and-wales',
  'uk',
  'eu',
  'new-york-city',
  'new-york-state',
  'california',
] as const;

/** One official or primary source for a legal statement, with the day it was last checked. */
export const sourceSchema = z
  .object({
    /** The source's own title, e.g. "Late Payment of Commercial Debts (Interest) Act 1998". */
    title: z.string().min(1),
    /** An https address on the publisher of the law or of the official guidance. */
    url: z.url({ protocol: /^https$/ }),
    /** The day the statement was last checked against this source, as YYYY-MM-DD (YAML reads it as a date). */
    checked: z.preprocess(
      (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
    ),
  })
  .strict();

/**
 * Fields every page carries. `stageIds` is passed in so that the list of valid stages and
 * boundaries comes from the lifecycle data, never from a second hand-typed list.
 */
export function sharedPageFields(stageIds: readonly [string, ...string[]]) {
  return {
    /** The page title, used for the `h1`, `<title>` and every link to the page; at most 70 characters so it fits a search result. */
    title: z.string().min(1).max(70),
    /** One or two sentences for search results, link previews and section hubs. */
    description: z.string().min(20).max(220),
    /** One line saying what kind of page this is and what it is not. */
    kind: z.string().min(1),
    /** The readers and situations this page serves ("What this page is for"). */
    for: z.array(z.string().min(1)).min(1),
    /** The situations this page does not serve ("What this page is not for"). */
    notFor: z.array(z.string().min(1)).min(1),
    /** Pages to read first when a bigger question is still open. */
    startUpstreamIf: z.array(routeSchema).default([]),
    /** Where to go after this page, each with its condition ("Safest next step"). */
    nextSteps: z.array(routeSchema).min(1),
    /** Further pages worth reading alongside this one. */
    related: z.array(pageIdSchema).default([]),
    /** Messages from the library (`content/messages/<id>.json`) shown under "Messages to send". */
    messages: z.array(slugSchema).default([]),
    /** The lifecycle stages or boundaries this page serves. */
    stages: z.array(z.enum(stageIds)).default([]),
    /** Date of the last meaningful revision. */
    updated: z.coerce.date(),
    /** Marks a page readers reach from outside (home, search); exempt from the orphan check. */
    entry: z.boolean().default(false),
    /** The worked examples the body tells: each a person, their business and their trade, used on no other page. */
    examples: z
      .array(
        z.object({
          person: z.string(),
          business: z.string(),
          trade: z.string(),
          /** The story the example tells, as a short tag ("wrong-person-says-yes"); at most two pages share one. */
          plot: z
            .string()
            .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a plot tag is kebab-case')
            .optional(),
        }),
      )
      .default([]),
    /**
     * Words readers search with that the page answers but may not use itself ("scope creep",
     * "ghosted"); indexed for search with a heavy weight, never shown.
     */
    searchTerms: z.array(z.string().min(2)).default([]),
    /** The places whose law this page states; any entry requires `sources`. */
    jurisdictions: z.array(z.enum(jurisdictions)).default([]),
    /** The official or primary sources for the law the page states, rendered as a "Sources" list. */
    sources: z.array(sourceSchema).default([]),
  };
}

/** Glossary additions: the term, its short definition and the checks a reader can run. */
export const glossaryFields = {
  /** The term as readers say it, e.g. "workflow handoff". */
  term: z.string().min(1),
  /** One standalone sentence of at most 160 characters, reused by previews and the index. */
  short: z.string().min(10).max(160),
  /** Other names readers use for the same concept. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Three or four questions a reader should be able to answer once the term is clear. */
  practicalTest: z.array(z.string().min(1)).min(3).max(4),
  /** The most common wrong reading of the term, and the correction. */
  misunderstanding: z.string().min(1),
};

/** Asset additions: which interactive data the page executes. */
export const assetFields = {
  /** Whether the asset is a checklist, a worksheet or a diagnostic checklist. */
  assetKind: z.enum(['checklist', 'worksheet', 'diagnostic', 'messages']),
  /** The id of the checklist data this page runs (`content/checklists/<id>.json`). */
  checklist: slugSchema.optional(),
  /** The id of the worksheet data this page runs (`content/worksheets/<id>.json`). */
  worksheet: slugSchema.optional(),
  /** The id of the diagnostic data this page runs (`content/diagnostics/<id>.json`). */
  diagnostic: slugSchema.optional(),
};

/** FAQ additions: the answer a reader gets before any reasoning. */
export const faqFields = {
  /** The direct answer in two or three sentences, shown first. */
  answer: z.string().min(20).max(400),
};

/** One row of the problem-to-page guide. */
export const problemRowSchema = z.object({
  /** The problem in the reader's words. */
  problem: z.string().min(1),
  /** What the problem usually is underneath. */
  really: z.string().min(1),
  /** The page to read first. */
  first: pageIdSchema,
  /** The page to read after that. */
  next: pageIdSchema,
});

/** Routing additions: grouped problem-to-page rows (empty on pages that route by nextSteps alone). */
export const routingFields = {
  /** Groups of problem rows, e.g. "Billing". */
  problemGroups: z
    .array(
      z.object({
        /** The group heading. */ title: z.string().min(1),
        /** The rows. */ rows: z.array(problemRowSchema).min(1),
      }),
    )
    .default([]),
  /** What the site does for the reader, one short line each (the home page's first screen). */
  offers: z.array(z.string().min(1).max(160)).max(4).default([]),
  /** The page's one primary action: a button to a page of the site (e.g. the workspace). */
  action: z.object({ label: z.string().min(1).max(40), path: z.enum(['workspace']) }).optional(),
};

/** Workflow additions: the handoff checklist a guide carries for its boundary. */
export const workflowFields = {
  /** The id of the checklist data for the boundary this guide runs, if any. */
  checklist: slugSchema.optional(),
};

/** Tool additions: which interactive tool the page runs. */
export const toolFields = {
  /** The tool this page runs; each has its own data, no-JS view and island. */
  tool: z.enum(['weak-handoff-quiz', 'handoff-record']),
};

export const pageRoles = ['anchor', 'workflow', 'asset', 'tool', 'reference', 'faq', 'routing'] as const;
export type PageRole = (typeof pageRoles)[number];

/** The page schema: a discriminated union on `role`, one branch per kind of page. */
export function pageSchema(stageIds: readonly [string, ...string[]]) {
  const shared = sharedPageFields(stageIds);
  return z.discriminatedUnion('role', [
    z.object({ role: z.literal('anchor'), ...shared }).strict(),
    z.object({ role: z.literal('workflow'), ...shared, ...workflowFields }).strict(),
    z.object({ role: z.literal('asset'), ...shared, ...assetFields }).strict(),
    z.object({ role: z.literal('tool'), ...shared, ...toolFields }).strict(),
    z.object({ role: z.literal('reference'), ...shared, ...glossaryFields }).strict(),
    z.object({ role: z.literal('faq'), ...shared, ...faqFields }).strict(),
    z.object({ role: z.literal('routing'), ...shared, ...routingFields }).strict(),
  ]);
}

export type PageData = z.infer<ReturnType<typeof pageSchema>>;
