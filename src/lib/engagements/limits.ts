/**
 * Length limits of engagement text, apart from the zod schema so browser code can use them
 * without loading zod. Bounded so one runaway paste cannot fill the browser's storage.
 */
export const LIMITS = { id: 64, name: 120, label: 200, notes: 4000, number: 40, items: 200 } as const;
