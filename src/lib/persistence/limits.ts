/**
 * The limits of what the site stores, apart from the zod schemas (src/schemas/stored.ts, which
 * enforces them) so a message can name them without loading zod.
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

/** A count with thousands separated by commas (5,000), the same in every locale. */
export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The limits in the reader's words, for a message about a change that went past them. */
export const LIMITS_TEXT = `at most ${grouped(MAX_ITEMS)} items in one list, ${MAX_NAME} characters in a name and ${grouped(MAX_TEXT)} in one text`;
