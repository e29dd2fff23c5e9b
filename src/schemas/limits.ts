/**
 * The limits of what the site stores, apart from the zod schemas that enforce them (./stored.ts,
 * ./engagement.ts) so browser code and messages can name them without loading zod.
 */
/** The latest time a stored value may carry: 1 January 2200, far past any real save. */
export const LATEST_TIME = Date.UTC(2200, 0, 1);
/** Items in one stored map: engagements, records, ticks… */
export const MAX_ITEMS = 5000;
export const MAX_KEY = 300;
/** Characters in a stored name (an engagement's client or project, a record's name). */
export const MAX_NAME = 200;
/** Characters in one stored text (a note, a cell, a record field). */
export const MAX_TEXT = 20_000;
export const MAX_ROWS = 500;

/**
 * Length limits of engagement text. Bounded so one runaway paste cannot fill the browser's storage.
 */
export const LIMITS = { id: 64, name: 120, label: 200, notes: 4000, number: 40, items: 200 } as const;
