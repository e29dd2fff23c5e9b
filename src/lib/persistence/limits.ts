/**
 * The limits of what the site stores (defined with the schemas, src/schemas/limits.ts, without
 * zod) and their wording, so a message can name them without loading zod.
 */
import { MAX_ITEMS, MAX_NAME, MAX_TEXT } from '../../schemas/limits';

export { LATEST_TIME, MAX_ITEMS, MAX_KEY, MAX_NAME, MAX_TEXT, MAX_ROWS } from '../../schemas/limits';

/** A count with thousands separated by commas (5,000), the same in every locale. */
export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The limits in the reader's words, for a message about a change that went past them. */
export const LIMITS_TEXT = `at most ${grouped(MAX_ITEMS)} items in one list, ${MAX_NAME} characters in a name and ${grouped(MAX_TEXT)} in one text`;
