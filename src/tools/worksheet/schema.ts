import { z } from 'astro/zod';
import { slugSchema } from '../../schemas/ids';

/** One worksheet column. */
export const worksheetColumnSchema = z.object({
  /** Stable id that saved rows are keyed by. */
  id: slugSchema,
  /** The column heading. */
  label: z.string().min(1),
  /** What belongs in the cell. */
  hint: z.string().min(1),
  /** A date column is a date field (written YYYY-MM-DD); other columns are free text. */
  type: z.enum(['text', 'date']).optional(),
});

/** A worksheet as data: columns, example rows to start from, the rule and when it is done. */
export const worksheetSchema = z
  .object({
    /** The worksheet's name as shown above it. */
    title: z.string().min(1),
    /** The columns, left to right. */
    columns: z.array(worksheetColumnSchema).min(2),
    /** Filled-in rows a reader can start from, keyed by column id. */
    exampleRows: z.array(z.record(z.string(), z.string())).min(1),
    /** The rule that tells a weak row from a sound one. */
    rule: z.string().min(1),
    /** The conditions under which a row is finished. */
    doneWhen: z.array(z.string().min(1)).min(1),
  })
  .superRefine((sheet, ctx) => {
    const columnIds = new Set(sheet.columns.map((c) => c.id));
    sheet.exampleRows.forEach((row, index) => {
      for (const key of Object.keys(row)) {
        if (!columnIds.has(key)) {
          ctx.addIssue({ code: 'custom', path: ['exampleRows', index, key], message: `"${key}" is not a column id` });
        }
      }
    });
  });

export type Worksheet = z.infer<typeof worksheetSchema>;
