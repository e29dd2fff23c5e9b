/** Worksheet records and their CSV and Markdown exports. */
import { describe, expect, it } from 'vitest';
import type { Worksheet } from '../../src/schemas/worksheet';
import { addRow, removeRow, setCell, startingRun, worksheetCsv, worksheetKind, worksheetMarkdown, type WorksheetBook, type WorksheetRun } from '../../src/lib/worksheet/worksheet';
import { activeRecord, newBook } from '../../src/lib/records/book';
import { csvCell } from '../../src/lib/export/csv';
import { createPersistence, memoryStorage } from '../../src/lib/persistence';

const sheet: Worksheet = {
  title: 'Sheet',
  columns: [
    { id: 'what', label: 'What', hint: 'h' },
    { id: 'who', label: 'Who', hint: 'h' },
  ],
  exampleRows: [{ what: 'Example', who: 'Me' }],
  rule: 'r',
  doneWhen: ['d'],
};

describe('worksheet', () => {
  it('starts a record from copies of the example rows and loads it when nothing is saved', () => {
    const persistence = createPersistence({ storage: memoryStorage(), now: () => 1, kinds: [worksheetKind()] });
    const book = persistence.slot(worksheetKind(sheet), 'sheet').load().value;
    expect(activeRecord(book).rows).toEqual([{ what: 'Example', who: 'Me' }]);
    expect(activeRecord(book).rows[0]).not.toBe(sheet.exampleRows[0]);
  });

  it('edits, adds and removes rows', () => {
    let book = newBook(startingRun(sheet), 0);
    book = addRow(book, 1);
    book = setCell(book, 1, 'who', 'Client', 2);
    expect(activeRecord(book).rows).toEqual([{ what: 'Example', who: 'Me' }, { who: 'Client' }]);
    book = removeRow(book, 0, 3);
    expect(activeRecord(book)).toMatchObject({ rows: [{ who: 'Client' }], updatedAt: 3 });
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\0=1', `"'=1"`],
    ['plain, "quoted"', `"plain, ""quoted"""`],
  ])('neutralises %j in a CSV cell', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('exports CSV with a header row and Markdown with escaped cells', () => {
    let book: WorksheetBook = newBook<WorksheetRun>({ rows: [{ what: '=1+1', who: 'a|b\nc' }] }, 0);
    book = setCell(book, 0, 'what', '=1+1', 0);
    const record = activeRecord(book);
    expect(worksheetCsv(sheet, record)).toBe(`"What","Who"\r\n"'=1+1","a|b\nc"\r\n`);
    expect(worksheetMarkdown(sheet, record)).toContain('| \\=1\\+1 | a\\|b c |');
  });
});
