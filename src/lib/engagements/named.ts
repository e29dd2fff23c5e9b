/**
 * Which engagement a name belongs to. A named record (a checklist or worksheet record, a handoff
 * record) becomes an engagement by its name, and records with the same name (ignoring case,
 * spacing and Unicode form) join the same one. Unnamed data and records still called by the
 * default name go to the default engagement.
 *
 * The id is drawn from a random source seeded by the name, so every tool's data, in every tab,
 * migrates to the same engagement without asking the others.
 */
import { DEFAULT_NAME } from '../runs/run-set';
import { hashText, newId, seededRandom } from './ids';

/** The name under which records join: trimmed, single-spaced, NFC, lower case. */
export const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const DEFAULT_KEY = nameKey(DEFAULT_NAME);

/** The join name of a record's name: '' for the default engagement. */
export const joinOf = (name: string) => (nameKey(name) === DEFAULT_KEY ? '' : nameKey(name));

/** The engagement id of a join name (see joinOf); an id in `taken` is drawn again. */
export const idForJoin = (join: string, taken?: ReadonlySet<string>) =>
  newId('e', seededRandom(hashText(join === '' ? '\u0000default' : join)), taken);

/** The engagement id a named record migrates to. */
export const engagementIdForName = (name: string) => idForJoin(joinOf(name));

/** The engagement of unnamed data (quiz results, diagnostic ticks), and of a first visit: idForJoin(''). */
export { DEFAULT_ENGAGEMENT_ID } from './default-id';
export { DEFAULT_NAME };
