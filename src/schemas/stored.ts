/**
 * Every kind of value the tools store in the browser, written once. The browser validates with
 * these same schemas (zod/mini, loaded with the storage code after the tools hydrate), so what a
 * tool accepts is exactly what is specified here.
 *
 * A stored value is an envelope around a doc: named maps of items, each item `[time, value]`
 * with `null` for a deleted item (see ../lib/persistence/lww.ts). Version 1 values, written
 * before items carried times, are read through the v1 schemas and migrated.
 */
import * as z from 'zod/mini';
import {
  clientDependencySchema,
  decisionSchema,
  invoiceSchema,
  isoDateSchema,
  milestoneSchema,
  nextActionSchema,
} from './engagement-items';
import { LATEST_TIME, LIMITS, MAX_ITEMS, MAX_KEY, MAX_NAME, MAX_ROWS, MAX_TEXT } from './limits';

export { LATEST_TIME };
/** Ms since 1970, as an integer, no later than LATEST_TIME (so always a valid Date). */
export const time = z.int().check(z.minimum(0), z.maximum(LATEST_TIME));

export { MAX_ITEMS, MAX_KEY, MAX_NAME, MAX_TEXT, MAX_ROWS };

const text = (max: number) => z.string().check(z.maxLength(max));
/** Map keys: bounded, and never `__proto__`, which a parsed object would silently drop. */
const itemKey = text(MAX_KEY).check(z.refine((k) => k !== '__proto__', 'reserved key'));
const bounded = <T extends z.ZodMiniType<object>>(map: T): T =>
  map.check(z.refine((m) => Object.keys(m).length <= MAX_ITEMS, `at most ${MAX_ITEMS} items`)) as T;

/** One map of items: key → [time, value or null]. */
export const items = <V extends z.core.$ZodType>(value: V) =>
  bounded(z.record(itemKey, z.tuple([time, z.nullable(value)])));

/** The envelope every data key holds. `epoch` names the generation (see the store); v1 had none. */
export const envelopeSchema = z.object({
  version: z.int().check(z.minimum(1)),
  savedAt: time,
  epoch: z.optional(z.int().check(z.minimum(0))),
  data: z.unknown(),
});

/**
 * The marker a clear or a Replace import leaves: the current generation, and for an import, a
 * fingerprint of each value it wrote, so those values (which keep their bytes, and so their older
 * generation) count as current while anything else from before does not.
 */
export const generationSchema = z.object({
  epoch: z.int().check(z.minimum(0)),
  imported: bounded(z.record(text(MAX_KEY * 2), text(40))),
});

/** A doc: named maps of items, any of which may be absent (a map nothing was written to). */
const doc = <S extends Record<string, z.ZodMiniType>>(maps: S) =>
  z.object(
    Object.fromEntries(Object.entries(maps).map(([k, v]) => [k, z.optional(v)])) as {
      [K in keyof S]: z.ZodMiniOptional<S[K]>;
    },
  );

/** Named records of a checklist or worksheet (shared maps): records and which one is open. */
const bookMaps = {
  records: items(z.object({ name: text(MAX_NAME), order: time })),
  active: items(text(MAX_KEY)),
};

/** `handoff-handbook:v1:engagements:<id>`, version 1: the engagements by id, and the reader's current one. */
export const engagementsV1Schema = doc({
  engagements: items(z.object({ client: text(MAX_NAME), project: text(MAX_NAME), createdAt: time })),
  current: items(text(MAX_KEY)),
});

/**
 * `handoff-handbook:v1:engagements:<id>`, version 2: each engagement's own fields (names, notes,
 * signature, kickoff, next action) are one item; each dated item (milestone, invoice, client
 * dependency, decision) is its own item keyed `<engagement>:<item id>`, so two tabs editing
 * different invoices of one engagement both keep their change. Client and project keep the
 * version 1 limits, so every version 1 value stays valid; the edit form holds new input to the
 * stricter engagement schema.
 */
export const engagementsSchema = doc({
  engagements: items(
    z.object({
      client: text(MAX_NAME),
      project: text(MAX_NAME),
      createdAt: time,
      notes: z.optional(text(LIMITS.notes)),
      signature: z.optional(isoDateSchema),
      kickoff: z.optional(isoDateSchema),
      nextAction: z.optional(nextActionSchema),
    }),
  ),
  current: items(text(MAX_KEY)),
  milestones: items(milestoneSchema),
  invoices: items(invoiceSchema),
  dependencies: items(clientDependencySchema),
  decisions: items(decisionSchema),
});

/** `handoff-handbook:v1:health:all`, version 1: when this browser last downloaded a backup, and when it asked to keep the data. */
export const healthSchema = doc({ health: items(time) });

/**
 * `handoff-handbook:v1:checklist:<id>`, version 3: ticks and notes keyed `<engagement>:<item>`
 * (version 2 keyed them by record ids local to the checklist, with the same shape).
 */
export const checklistSchema = doc({ ...bookMaps, ticks: items(z.boolean()), notes: items(text(MAX_TEXT)) });

/** `handoff-handbook:v1:worksheet:<id>`, version 3: rows keyed `<engagement>:<row>`, cells `<engagement>:<row>:<column>`. */
export const worksheetSchema = doc({
  ...bookMaps,
  rows: items(z.object({ order: time })),
  cells: items(text(MAX_TEXT)),
});

const quizAnswers = z.object({ boundary: text(MAX_KEY), answers: z.record(itemKey, text(MAX_KEY)) });
/** `handoff-handbook:v1:quiz:<id>`, version 3: saved results, each with its engagement (version 2 had none), and the answers being picked. */
export const quizSchema = doc({
  results: items(z.object({ at: time, fragment: text(4000), engagement: z.optional(text(MAX_KEY)) })),
  draft: items(quizAnswers),
});

/** `handoff-handbook:v1:triage:<id>`, version 3: one item per ticked signal, keyed `<engagement>:<signal>` (version 2: `<signal>`). */
export const diagnosticTicksSchema = doc({ ticks: items(z.boolean()) });

const recordValues = z.record(itemKey, text(MAX_TEXT));
/** `handoff-handbook:v1:handoff-records:<id>`, version 3: records keyed `<engagement>:<name>` (version 2: `<name>`), and the form being typed. */
export const handoffRecordsSchema = doc({ records: items(recordValues), draft: items(recordValues) });

// Version 1, as stored before this schema: read only, to migrate.
const v1Named = { id: text(MAX_KEY), name: text(MAX_NAME), updatedAt: time };
const v1RunSet = <S extends z.core.$ZodLooseShape>(content: S) =>
  z.object({
    active: text(MAX_KEY),
    records: z.array(z.object({ ...content, ...v1Named })).check(z.maxLength(MAX_ROWS)),
  });
export const checklistV1Schema = v1RunSet({
  ticks: z.record(itemKey, z.boolean()),
  notes: z.record(itemKey, text(MAX_TEXT)),
});
export const worksheetV1Schema = v1RunSet({
  rows: z.array(z.record(itemKey, text(MAX_TEXT))).check(z.maxLength(MAX_ROWS)),
});
export const quizV1Schema = z.object({
  results: z.array(z.object({ at: time, fragment: text(4000) })).check(z.maxLength(MAX_ITEMS)),
});
export const diagnosticTicksV1Schema = z.object({ ticked: z.array(text(MAX_KEY)).check(z.maxLength(MAX_ITEMS)) });
export const handoffRecordsV1Schema = z.object({ records: bounded(z.record(itemKey, recordValues)) });
