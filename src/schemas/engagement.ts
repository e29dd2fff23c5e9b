import { z } from 'astro/zod';
import { isIsoDate } from '../lib/calendar/iso-date';
import { LIMITS } from '../lib/engagements/limits';

/**
 * The engagement: the one record per client project that every tool run belongs to, with the
 * dates a calendar can hold. This schema is the specification of the stored shape; the pure
 * operations live in src/lib/engagements/ and import only its types.
 */

export { LIMITS };

/**
 * Ids are generated (see src/lib/engagements/ids.ts) and end up inside calendar UIDs and URLs,
 * so they are kept to characters that need no escaping anywhere.
 */
export const engagementIdSchema = z.string().regex(/^[A-Za-z0-9_-]+$/, { message: 'an id is letters, digits, - and _' }).max(LIMITS.id);

/** A real calendar date as YYYY-MM-DD between 2000-01-01 and 2099-12-31. */
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'a date is a real calendar date written YYYY-MM-DD, between 2000 and 2099' });

const text = (max: number) => z.string().trim().min(1).max(max);
/** One named person, not a team or a company: a reminder needs someone to send it to. */
const person = text(LIMITS.name);

export const milestoneSchema = z.object({
  id: engagementIdSchema,
  /** What the milestone delivers, e.g. "Booking flow live on staging". */
  label: text(LIMITS.label),
  due: isoDateSchema,
  /** When the approval owner accepted it; an accepted milestone is no longer due. */
  acceptedOn: isoDateSchema.optional(),
});

export const invoiceSchema = z
  .object({
    id: engagementIdSchema,
    /** The invoice number as printed on it. */
    number: text(LIMITS.number),
    /** The amount, in the currency's main unit (euros, not cents). */
    amount: z.number().nonnegative().max(1e12).optional(),
    /** ISO 4217 code, e.g. EUR. */
    currency: z.string().regex(/^[A-Z]{3}$/, { message: 'a currency is a three-letter ISO 4217 code such as EUR' }).optional(),
    sentOn: isoDateSchema,
    dueOn: isoDateSchema,
    /** Set once payment lands; the chase reminders stop. */
    paidOn: isoDateSchema.optional(),
  })
  .refine((i) => i.dueOn >= i.sentOn, { message: 'an invoice cannot fall due before it is sent', path: ['dueOn'] });

export const clientDependencySchema = z.object({
  id: engagementIdSchema,
  /** The input, file, access or approval the client owes. */
  what: text(LIMITS.label),
  owner: person,
  dueOn: isoDateSchema,
  /** Set when it arrives; the chase reminder stops. */
  receivedOn: isoDateSchema.optional(),
});

export const decisionSchema = z.object({
  id: engagementIdSchema,
  /** What must be decided, e.g. "Approve the homepage design, version 3". */
  what: text(LIMITS.label),
  decisionDate: isoDateSchema,
  /** The one person whose yes counts. */
  approvalOwner: person,
  /** Set when the decision is made; the reminder stops. */
  decidedOn: isoDateSchema.optional(),
});

export const nextActionSchema = z.object({
  what: text(LIMITS.label),
  owner: person,
  due: isoDateSchema,
});

/** Lists keep unique ids: reminders and calendar UIDs are keyed by them. */
const listOf = <T extends z.ZodType<{ id: string }>>(item: T) =>
  z
    .array(item)
    .max(LIMITS.items)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, { message: 'an id is used twice in this list' });

export const engagementDatesSchema = z.object({
  signature: isoDateSchema.optional(),
  kickoff: isoDateSchema.optional(),
  milestones: listOf(milestoneSchema),
  invoices: listOf(invoiceSchema),
  dependencies: listOf(clientDependencySchema),
  decisions: listOf(decisionSchema),
});

export const engagementSchema = z.object({
  id: engagementIdSchema,
  client: text(LIMITS.name),
  /** May be empty: engagements made from saved data know only the record's name. */
  project: z.string().trim().max(LIMITS.name),
  notes: z.string().max(LIMITS.notes).optional(),
  dates: engagementDatesSchema,
  nextAction: nextActionSchema.optional(),
  /** ms since the epoch; the newer copy wins a merge, and calendar SEQUENCE numbers derive from it. */
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});

export const engagementListSchema = z
  .array(engagementSchema)
  .refine((list) => new Set(list.map((e) => e.id)).size === list.length, { message: 'an engagement id is used twice' });

export type Milestone = z.infer<typeof milestoneSchema>;
export type Invoice = z.infer<typeof invoiceSchema>;
export type ClientDependency = z.infer<typeof clientDependencySchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type NextAction = z.infer<typeof nextActionSchema>;
export type EngagementDates = z.infer<typeof engagementDatesSchema>;
export type Engagement = z.infer<typeof engagementSchema>;
