import type { Worksheet } from '../../schemas/worksheet';
import type { Kind } from '../persistence/kind';
import { arrayOf, isString, recordOf } from '../persistence/validate';
import { bookValidator, newBook, type Book, type NamedRecord } from '../records/book';

/** A worksheet run: rows of cells keyed by column id, so a renamed column keeps its cells. */
export interface WorksheetRun {
  rows: Record<string, string>[];
}
export type WorksheetBook = Book<WorksheetRun>;
export type WorksheetRecord = NamedRecord<WorksheetRun>;

/** A new record starts from copies of the example rows. */
export const startingRun = (sheet: Worksheet): WorksheetRun => ({ rows: sheet.exampleRows.map((r) => ({ ...r })) });

/**
 * One book per worksheet id, stored as `handoff-handbook:v1:worksheet:<id>`; `empty` is set per
 * sheet. Kept apart from the worksheet's operations so other pages can validate imports cheaply.
 */
export const worksheetKind = (sheet?: Worksheet): Kind<WorksheetBook> => ({
  name: 'worksheet',
  version: 1,
  schema: bookValidator<WorksheetRun>({ rows: arrayOf(recordOf(isString)) }),
  empty: () => newBook(sheet ? startingRun(sheet) : { rows: [] }, 0),
});
