import * as z from 'zod/mini';
import { LIMITS } from './limits';
import {
  clientDependencySchema,
  decisionSchema,
  engagementIdSchema,
  invoiceSchema,
  isoDateSchema,
  milestoneSchema,
  nextActionSchema,
  text,
} from './engagement-items';

// The item schemas are this module's too: callers import the engagement's whole vocabulary from here.
export * from './engagement-items';

/**
 * The engagement: the one record per client project that every tool run belongs to, with the
 * dates a calendar can hold. This schema is the specification of the stored shape; the pure
 * operations live in src/lib/engagements/ and import only its types.
 *
 * Written with zod/mini, like every stored shape: the browser loads it with the storage code
 * after the page hydrates, and the engagement page shows its messages next to the fields, so
 * every rule carries a message a reader can act on.
 */

export { LIMITS };

/** Lists keep unique ids: reminders and calendar UIDs are keyed by them. */
const listOf = <T extends z.ZodMiniType<{ id: string }>>(item: T) =>
  z.array(item).check(
    z.maxLength(LIMITS.items, `At most ${LIMITS.items} in one list.`),
    z.refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'An id is used twice in this list.'),
  );

/** The engagement's single dates, with a form of their own on the engagement page. */
export const keyDatesSchema = z.object({
  signature: z.optional(isoDateSchema),
  kickoff: z.optional(isoDateSchema),
});

export const engagementDatesSchema = z.object({
  ...keyDatesSchema.shape,
  milestones: listOf(milestoneSchema),
  invoices: listOf(invoiceSchema),
  dependencies: listOf(clientDependencySchema),
  decisions: listOf(decisionSchema),
});

/** The engagement's own fields, without its id, dates and stamps: what its edit form checks. */
export const engagementNamesSchema = z.object({
  client: text(LIMITS.name),
  /** May be empty: engagements made from saved data know only the record's name. */
  project: z.string().check(z.trim(), z.maxLength(LIMITS.name, `At most ${LIMITS.name} characters.`)),
  notes: z.optional(z.string().check(z.maxLength(LIMITS.notes, `At most ${LIMITS.notes} characters.`))),
});

export const engagementSchema = z.object({
  id: engagementIdSchema,
  ...engagementNamesSchema.shape,
  dates: engagementDatesSchema,
  nextAction: z.optional(nextActionSchema),
  /** ms since the epoch; the newer copy wins a merge, and calendar SEQUENCE numbers derive from it. */
  createdAt: z.int().check(z.nonnegative()),
  updatedAt: z.int().check(z.nonnegative()),
});

export const engagementListSchema = z
  .array(engagementSchema)
  .check(z.refine((list) => new Set(list.map((e) => e.id)).size === list.length, 'An engagement id is used twice.'));

export type Milestone = z.infer<typeof milestoneSchema>;
export type Invoice = z.infer<typeof invoiceSchema>;
export type ClientDependency = z.infer<typeof clientDependencySchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type NextAction = z.infer<typeof nextActionSchema>;
export type EngagementDates = z.infer<typeof engagementDatesSchema>;
export type Engagement = z.infer<typeof engagementSchema>;
