import { z } from 'astro/zod';
import { slugSchema } from '../../schemas/ids';

/** One field of the handoff record form. */
export const recordFieldSchema = z.object({
  /** Stable id that saved records are keyed by. */
  id: slugSchema,
  /** The field's label. */
  label: z.string().min(1),
  /** What belongs in it, shown under the label. */
  hint: z.string().min(1),
  /** The control: one line, several lines, one link per line, or a lifecycle stage. */
  kind: z.enum(['text', 'textarea', 'links', 'stage']),
  /** The transfer this field carries; a blank field counts as missing from it. Absent for optional fields. */
  transfer: slugSchema.optional(),
  /**
   * What a filled-in value must also show, beyond not being blank: `person` one named person
   * (not a role, a group, a placeholder or several people); `contact` a named person or an
   * email address; `event` an event someone could see happen or a date, not "when ready";
   * `substance` enough words to act on, not a bare "files" or "see email".
   */
  check: z.enum(['person', 'contact', 'event', 'substance']).optional(),
  /** Stage ids: the field counts (and is checked) only when the handoff moves into one of them. Absent: always. */
  onlyInto: z.array(slugSchema).min(1).optional(),
});

/** The handoff record form as data: its fields, the transfers they belong to, and the export title. */
export const recordFormSchema = z
  .object({
    /** The form's heading, spoken to the one who fills it in, e.g. "Your handoff record". */
    title: z.string().min(1),
    /** What the record is called when someone else reads a shared copy, e.g. "Handoff record". */
    sharedTitle: z.string().min(1),
    /** The field that names a saved record; it must be a one-line text field. */
    nameField: slugSchema,
    /** The stage fields, which must name two different stages. */
    fromField: slugSchema,
    /** The stage the handoff moves into. */
    toField: slugSchema,
    /** The transfers the completeness check reports against, in order. */
    transfers: z
      .array(
        z.object({
          /** Stable id fields point at. */ id: slugSchema,
          /** The name shown in the check. */ name: z.string().min(1),
        }),
      )
      .min(1),
    /** The fields, in form order. */
    fields: z.array(recordFieldSchema).min(2),
  })
  .superRefine((form, ctx) => {
    const ids = new Set(form.fields.map((f) => f.id));
    const transfers = new Set(form.transfers.map((t) => t.id));
    if (ids.size !== form.fields.length)
      ctx.addIssue({ code: 'custom', path: ['fields'], message: 'a field id is used twice' });
    for (const key of ['nameField', 'fromField', 'toField'] as const) {
      if (!ids.has(form[key]))
        ctx.addIssue({ code: 'custom', path: [key], message: `"${form[key]}" is not a field id` });
    }
    form.fields.forEach((f, i) => {
      if (f.transfer && !transfers.has(f.transfer)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', i, 'transfer'],
          message: `"${f.transfer}" is not a transfer id`,
        });
      }
      if (f.onlyInto && !f.transfer) {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', i, 'onlyInto'],
          message: 'only a field that carries a transfer can be required into a stage',
        });
      }
      if (f.check && f.kind !== 'text' && f.kind !== 'textarea') {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', i, 'check'],
          message: `a ${f.kind} field cannot take a "${f.check}" check`,
        });
      }
    });
  });

export type RecordForm = z.infer<typeof recordFormSchema>;
export type RecordField = z.infer<typeof recordFieldSchema>;
