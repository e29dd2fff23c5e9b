import { z } from 'astro/zod';
import { placeholderProblems } from './placeholders';

/** One named gap in a message, e.g. `{clientName}`, with what a reader puts there. */
export const placeholderSchema = z
  .object({
    /** The name written inside braces in the subject or body, camelCase. */
    name: z.string().regex(/^[a-z][A-Za-z0-9]*$/, { message: 'a placeholder name is camelCase, e.g. clientName' }),
    /** What the reader sees in its place, e.g. "Client name". */
    label: z.string().min(1).max(40),
    /** A realistic value, shown to help the reader fill it. */
    example: z.string().min(1),
  })
  .strict();

/**
 * A message a freelancer can copy and send: one per file in `content/messages/<id>.json`.
 * `stageIds` comes from the lifecycle data, so a message names a real stage or boundary.
 */
export function messageSchema(stageIds: readonly [string, ...string[]]) {
  return z
    .object({
      /** A short name for lists and headings, e.g. "Invoice reminder: 3 days overdue". */
      title: z.string().min(1).max(70),
      /** What the message achieves, in one or two sentences. */
      purpose: z.string().min(10),
      /** The moment to send it, so the reader knows it is the right one. */
      whenToSend: z.string().min(10),
      /** The lifecycle stage or boundary the message belongs to. */
      stage: z.enum(stageIds),
      /** Position among the messages of the same stage, smallest first. */
      order: z.number().int().min(0),
      /** The email subject line; may use placeholders. */
      subject: z.string().min(1).max(120),
      /** The plain-text body, paragraphs separated by blank lines; may use placeholders. */
      body: z.string().min(40),
      /** Every placeholder the subject and body use, each declared once. */
      placeholders: z.array(placeholderSchema).default([]),
      /** What to attach or link; empty when nothing goes with it. */
      attach: z.array(z.string().min(1)).default([]),
      /** The reply that means the message worked, and what to do if it does not come. */
      expectReply: z.string().min(10),
    })
    .strict()
    .superRefine((m, ctx) => {
      const { undeclared, unused, duplicated } = placeholderProblems(m.subject, m.body, m.placeholders);
      for (const name of undeclared) {
        ctx.addIssue({
          code: 'custom',
          path: ['placeholders'],
          message: `{${name}} is used in the subject or body but not declared in placeholders`,
        });
      }
      for (const name of unused) {
        ctx.addIssue({
          code: 'custom',
          path: ['placeholders'],
          message: `placeholder "${name}" is declared but never used`,
        });
      }
      for (const name of duplicated) {
        ctx.addIssue({ code: 'custom', path: ['placeholders'], message: `placeholder "${name}" is declared twice` });
      }
    });
}

export type Message = z.infer<ReturnType<typeof messageSchema>>;
