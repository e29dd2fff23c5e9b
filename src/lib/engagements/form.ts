/**
 * The engagement page's forms as data: which fields each part has, how typed text becomes a value
 * the engagement schema checks, and which message goes next to which field. Pure and free of
 * zod: the page validates with the schemas of src/schemas/engagement.ts and hands the issues here.
 */
import type { DatedList } from './kind';
import { LIMITS } from './limits';

export type FieldType = 'text' | 'date' | 'number' | 'textarea';

export interface FieldSpec {
  key: string;
  label: string;
  type: FieldType;
  /** May be left empty; an empty field is then left out of the value. */
  optional?: boolean;
  /** Longest text accepted, for the field's maxlength. */
  max?: number;
  /** A hint under the label, e.g. the format expected. */
  hint?: string;
  /** Typed text is turned to upper case (currency codes). */
  upper?: boolean;
}

const text = (key: string, label: string, max: number, optional = false, hint?: string): FieldSpec => ({
  key,
  label,
  type: 'text',
  max,
  ...(optional ? { optional } : {}),
  ...(hint ? { hint } : {}),
});
const date = (key: string, label: string, optional = false): FieldSpec => ({
  key,
  label,
  type: 'date',
  ...(optional ? { optional } : {}),
});

export const NAME_FIELDS: readonly FieldSpec[] = [
  text('client', 'Client', LIMITS.name),
  text('project', 'Project', LIMITS.name, true),
  { key: 'notes', label: 'Notes', type: 'textarea', optional: true, max: LIMITS.notes },
];

export const KEY_DATE_FIELDS: readonly FieldSpec[] = [
  date('signature', 'Contract signed on', true),
  date('kickoff', 'Kickoff on', true),
];

export const NEXT_ACTION_FIELDS: readonly FieldSpec[] = [
  text('what', 'Next action', LIMITS.label),
  text('owner', 'Owner (one person)', LIMITS.name),
  date('due', 'Due on'),
];

/** Each dated list: its heading, the name of one item, and its fields. */
export const LIST_FORMS: Readonly<
  Record<DatedList, { heading: string; one: string; an: 'a' | 'an'; fields: readonly FieldSpec[] }>
> = {
  milestones: {
    heading: 'Milestones',
    one: 'milestone',
    an: 'a',
    fields: [
      text('label', 'What it delivers', LIMITS.label),
      date('due', 'Due on'),
      date('acceptedOn', 'Accepted on', true),
    ],
  },
  invoices: {
    heading: 'Invoices',
    one: 'invoice',
    an: 'an',
    fields: [
      text('number', 'Invoice number', LIMITS.number),
      {
        key: 'amount',
        label: 'Amount',
        type: 'number',
        optional: true,
        hint: 'In the currency’s main unit, e.g. 1200.50',
      },
      {
        key: 'currency',
        label: 'Currency',
        type: 'text',
        optional: true,
        max: 3,
        upper: true,
        hint: 'Three letters, e.g. EUR',
      },
      date('sentOn', 'Sent on'),
      date('dueOn', 'Due on'),
      date('paidOn', 'Paid on', true),
    ],
  },
  dependencies: {
    heading: 'Client dependencies',
    one: 'client dependency',
    an: 'a',
    fields: [
      text('what', 'What the client owes', LIMITS.label),
      text('owner', 'Owner on the client side', LIMITS.name),
      date('dueOn', 'Due on'),
      date('receivedOn', 'Received on', true),
    ],
  },
  decisions: {
    heading: 'Decisions',
    one: 'decision',
    an: 'a',
    fields: [
      text('what', 'What must be decided', LIMITS.label),
      text('approvalOwner', 'Approval owner', LIMITS.name),
      date('decisionDate', 'Decision due on'),
      date('decidedOn', 'Decided on', true),
    ],
  },
};

/** What a form holds while being typed: every field as text. */
export type Draft = Record<string, string>;

/** A stored value as form text (absent fields empty). */
export function draftOf(value: object | undefined, fields: readonly FieldSpec[]): Draft {
  const v = (value ?? {}) as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f.key, v[f.key] === undefined ? '' : String(v[f.key])]));
}

/**
 * The value to validate: text trimmed, an empty optional field left out, an amount as a number
 * (text that is no number stays text, so the schema names the problem). An empty required field
 * stays empty, for the schema to refuse with its message.
 */
export function valueOf(draft: Draft, fields: readonly FieldSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    let t = (draft[f.key] ?? '').trim();
    if (f.upper) t = t.toUpperCase();
    if (t === '' && f.optional) continue;
    out[f.key] = f.type === 'number' ? (/^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t) : t;
  }
  return out;
}

/** True when every field of the draft is empty: a blank "add" form, nothing to save. */
export const blank = (draft: Draft) => Object.values(draft).every((v) => v.trim() === '');

/** One message per field from a schema's issues: the first issue on each top-level field. */
export function fieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix: readonly PropertyKey[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    if (prefix.some((p, i) => issue.path[i] !== p)) continue;
    const key = String(issue.path[prefix.length] ?? '');
    out[key] ??= issue.message;
  }
  return out;
}
