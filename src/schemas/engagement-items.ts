import * as z from 'zod/mini';
import { isIsoDate } from './calendar-date';
import { LIMITS } from './limits';

/**
 * The dated items of an engagement, one schema each: what the storage code validates every stored
 * item with. Apart from ./engagement.ts, which adds the whole engagement and the lists, so the
 * storage code (loaded on every tool page) carries only what it checks.
 */

// Checks are refinements and bounds the stored schemas already use, rather than zod's regex and
// minimum-length checks, so the storage code loaded on every tool page carries no extra check kinds.

/**
 * Ids are generated (see src/lib/engagements/ids.ts) and end up inside calendar UIDs and URLs,
 * so they are kept to characters that need no escaping anywhere.
 */
export const engagementIdSchema = z.string().check(
  z.refine((id) => /^[A-Za-z0-9_-]+$/.test(id), 'An id is letters, digits, - and _.'),
  z.maxLength(LIMITS.id, `An id is at most ${LIMITS.id} characters.`),
);

/** A real calendar date as YYYY-MM-DD between 2000-01-01 and 2099-12-31. */
export const isoDateSchema = z.string().check(
  z.refine((d) => d !== '', 'Fill this in.'),
  z.refine((d) => d === '' || isIsoDate(d), 'Enter a real date between 2000 and 2099, written YYYY-MM-DD.'),
);

export const text = (max: number) =>
  z.string().check(
    z.trim(),
    z.refine((t) => t !== '', 'Fill this in.'),
    z.maxLength(max, `At most ${max} characters.`),
  );
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
    amount: z.optional(
      z
        .number('An amount is a number, such as 1200 or 1200.50.')
        .check(z.minimum(0, 'An amount cannot be negative.'), z.maximum(1e12, 'That amount is too large.')),
    ),
    /** ISO 4217 code, e.g. EUR. */
    currency: z.optional(
      z
        .string()
        .check(z.refine((c) => /^[A-Z]{3}$/.test(c), 'A currency is a three-letter ISO 4217 code such as EUR.')),
    ),
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
      when: ({ value }) =>
        isIsoDate((value as { sentOn?: unknown }).sentOn) && isIsoDate((value as { dueOn?: unknown }).dueOn),
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
