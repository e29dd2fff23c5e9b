import * as z from 'zod/mini';
import { isIsoDate } from '../lib/calendar/iso-date';
import { LIMITS } from '../lib/engagements/limits';

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

/**
 * Ids are generated (see src/lib/engagements/ids.ts) and end up inside calendar UIDs and URLs,
 * so they are kept to characters that need no escaping anywhere.
 */
export const engagementIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'An id is letters, digits, - and _.'), z.maxLength(LIMITS.id, `An id is at most ${LIMITS.id} characters.`));

/** A real calendar date as YYYY-MM-DD between 2000-01-01 and 2099-12-31. */
export const isoDateSchema = z.string().check(z.refine(isIsoDate, 'Enter a real date between 2000 and 2099, written YYYY-MM-DD.'));

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'Fill this in.'), z.maxLength(max, `At most ${max} characters.`));
/** One named person, not a team or a company: a reminder needs someone to send it to. */
const person = text(LIMITS.name);

export const milestoneSchema = z.object({
  id: engagementIdSchema,
  /** What the milestone delivers, e.g. "Booking flow live on staging". */
  label: text(LIMITS.label),
  due: isoDateSchema,
  /** When the approval owner accepted it; an accepted milestone is no longer due. */
  acceptedOn: z.optional(isoDateSchema),
});

export const invoiceSchema = z
  .object({
    id: engagementIdSchema,
    /** The invoice number as printed on it. */
    number: text(LIMITS.number),
    /** The amount, in the currency's main unit (euros, not cents). */
    amount: z.optional(z.number('An amount is a number, such as 1200 or 1200.50.').check(z.nonnegative('An amount cannot be negative.'), z.maximum(1e12, 'That amount is too large.'))),
    /** ISO 4217 code, e.g. EUR. */
    currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'A currency is a three-letter ISO 4217 code such as EUR.'))),
    sentOn: isoDateSchema,
    dueOn: isoDateSchema,
    /** Set once payment lands; the chase reminders stop. */
    paidOn: z.optional(isoDateSchema),
  })
  .check(
    z.refine((i) => i.dueOn >= i.sentOn, {
      message: 'An invoice cannot fall due before it is sent.',
      path: ['dueOn'],
      // Checked whenever both dates are real, so the form shows it together with any other field's message.
      when: ({ value }) => isIsoDate((value as { sentOn?: unknown }).sentOn) && isIsoDate((value as { dueOn?: unknown }).dueOn),
    }),
  );

export const clientDependencySchema = z.object({
  id: engagementIdSchema,
  /** The input, file, access or approval the client owes. */
  what: text(LIMITS.label),
  owner: person,
  dueOn: isoDateSchema,
  /** Set when it arrives; the chase reminder stops. */
  receivedOn: z.optional(isoDateSchema),
});

export const decisionSchema = z.object({
  id: engagementIdSchema,
  /** What must be decided, e.g. "Approve the homepage design, version 3". */
  what: text(LIMITS.label),
  decisionDate: isoDateSchema,
  /** The one person whose yes counts. */
  approvalOwner: person,
  /** Set when the decision is made; the reminder stops. */
  decidedOn: z.optional(isoDateSchema),
});

export const nextActionSchema = z.object({
  what: text(LIMITS.label),
  owner: person,
  due: isoDateSchema,
});

/** Lists keep unique ids: reminders and calendar UIDs are keyed by them. */
const listOf = <T extends z.ZodMiniType<{ id: string }>>(item: T) =>
  z
    .array(item)
    .check(
      z.maxLength(LIMITS.items, `At most ${LIMITS.items} in one list.`),
      z.refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'An id is used twice in this list.'),
    );

export const engagementDatesSchema = z.object({
  signature: z.optional(isoDateSchema),
  kickoff: z.optional(isoDateSchema),
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
