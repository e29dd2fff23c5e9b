import { z } from 'astro/zod';

/**
 * The stored kinds as zod schemas: the specification the browser-side checks in
 * ../persistence/validate.ts must match (test/unit/stored-schemas.test.ts holds them to it).
 * Not imported by the islands: zod alone would exceed the island's size budget.
 */
const named = { id: z.string(), name: z.string(), updatedAt: z.number() };
const book = <S extends z.ZodRawShape>(content: S) =>
  z.object({ active: z.string(), records: z.array(z.object({ ...content, ...named })) });

/** `handoff-handbook:v1:checklist:<checklist id>`, version 1. */
export const checklistBookSchema = book({ ticks: z.record(z.string(), z.boolean()), notes: z.record(z.string(), z.string()) });

/** `handoff-handbook:v1:worksheet:<worksheet id>`, version 1. */
export const worksheetBookSchema = book({ rows: z.array(z.record(z.string(), z.string())) });

/** The envelope every data key holds. */
export const envelopeSchema = z.object({ version: z.number().int().min(0), savedAt: z.number(), data: z.unknown() });
