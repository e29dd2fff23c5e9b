/** Worksheet records and their CSV and Markdown exports. */
import { describe, expect, it } from 'vitest';
import type { Worksheet } from '../../src/tools/worksheet/schema';
import {
  addRow,
  exampleCells,
  removeExampleText,
  removeRow,
  ROW_ID,
  setCell,
  startingRun,
  worksheetCsv,
  worksheetMarkdown,
  type WorksheetRunSet,
  type WorksheetRun,
} from '../../src/tools/worksheet/worksheet';
import { activeRun } from '../../src/lib/runs/run-set';
import { oneRun } from '../support/run-sets';
import { csvCell } from '../../src/lib/export/csv';
import { onRun, runOf } from '../../src/lib/engagements/runs';
import { createStore, worksheetKind } from '../support/store';
import { memoryStorage } from '../../src/lib/persistence/storage';

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
  const cells = (rows: Record<string, string>[]) => rows.map(({ [ROW_ID]: _, ...rest }) => rest);

  const acme = { id: 'e-acme', name: 'Acme' };
  const content = () => startingRun(sheet);

  it('starts an engagement’s run with one blank row, never with the example rows', () => {
    const runSet = createStore({ storage: memoryStorage(), now: () => 1 })
      .open(worksheetKind(sheet), 'sheet')
      .read();
    expect(runSet.runs).toEqual([]);
    expect(cells(runOf(runSet, acme, content).rows)).toEqual([{}]);
  });

  it('edits, adds and removes rows', () => {
    let runSet = oneRun(startingRun(sheet), 0);
    runSet = addRow(runSet, 1);
    runSet = setCell(runSet, 1, 'who', 'Client', 2);
    expect(cells(activeRun(runSet).rows)).toEqual([{}, { who: 'Client' }]);
    runSet = removeRow(runSet, 0, 3);
    expect(cells(activeRun(runSet).rows)).toEqual([{ who: 'Client' }]);
    expect(activeRun(runSet).updatedAt).toBe(3);
  });

  it('finds the cells an earlier version copied from the example rows, and removes only those', () => {
    let runSet = oneRun<WorksheetRun>(
      { rows: [{ what: 'Example', who: 'Me' }, { what: 'Logo files', who: 'Me ' }, { what: 'Mine' }] },
      0,
    );
    expect(exampleCells(sheet, activeRun(runSet))).toEqual([
      { row: 0, column: 'what' },
      { row: 0, column: 'who' },
      { row: 1, column: 'who' },
    ]);
    runSet = removeExampleText(sheet, runSet, 5);
    expect(cells(activeRun(runSet).rows)).toEqual([{ what: 'Logo files' }, { what: 'Mine' }]);
    expect(exampleCells(sheet, activeRun(runSet))).toEqual([]);
    // A record that held nothing but examples keeps one blank row to type in.
    const only = removeExampleText(sheet, oneRun<WorksheetRun>({ rows: [{ what: 'Example' }] }, 0), 6);
    expect(cells(activeRun(only).rows)).toEqual([{}]);
  });

  it('reads a record saved with copied example rows as it was stored, examples included', () => {
    // Stored by the version that copied the examples: explicit rows x0 (the example) and x1.
    const storage = memoryStorage();
    const old = createStore({ storage, now: () => 10 }).open(worksheetKind(sheet), 'sheet');
    old.update(() => ({
      active: 'e-acme',
      runs: [
        {
          id: 'e-acme',
          name: 'Acme',
          updatedAt: 10,
          rows: [
            { [ROW_ID]: 'x0', what: 'Example', who: 'Me' },
            { [ROW_ID]: 'x1', what: 'Logins' },
          ],
        },
      ],
    }));
    const run = runOf(
      createStore({ storage, now: () => 11 })
        .open(worksheetKind(sheet), 'sheet')
        .read(),
      acme,
      content,
    );
    expect(cells(run.rows)).toEqual([{ what: 'Example', who: 'Me' }, { what: 'Logins' }]);
    expect(exampleCells(sheet, run)).toHaveLength(2);
  });

  it('stores each row and cell apart: two tabs adding rows and editing cells keep both', () => {
    const storage = memoryStorage();
    const a = createStore({ storage, now: () => 10 }).open(worksheetKind(sheet), 'sheet');
    const b = createStore({ storage, now: () => 11 }).open(worksheetKind(sheet), 'sheet');
    a.update((runSet) => setCell(onRun(runSet, acme, content, 10), 0, 'who', 'Us', 10));
    // b has not heard of a's edit: its change still lands on the latest stored rows.
    b.update((runSet) => setCell(addRow(onRun(runSet, acme, content, 11), 11), 1, 'what', 'Logins', 11));
    const runSet = createStore({ storage, now: () => 12 })
      .open(worksheetKind(sheet), 'sheet')
      .read();
    expect(cells(runOf(runSet, acme, content).rows)).toEqual([{ who: 'Us' }, { what: 'Logins' }]);
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
    let runSet: WorksheetRunSet = oneRun<WorksheetRun>({ rows: [{ what: '=1+1', who: 'a|b\nc' }] }, 0);
    runSet = setCell(runSet, 0, 'what', '=1+1', 0);
    const record = activeRun(runSet);
    expect(worksheetCsv(sheet, record)).toBe(`"What","Who"\r\n"'=1+1","a|b\nc"\r\n`);
    expect(worksheetMarkdown(sheet, record)).toContain('| =1+1 | a\\|b c |');
  });
});
