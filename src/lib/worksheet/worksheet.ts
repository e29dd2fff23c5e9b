import type { Worksheet } from '../../schemas/worksheet';
import { updateActive, type RunSet, type Run } from '../runs/run-set';
import { markdownCell } from '../export/markdown';
import { toCsv } from '../export/csv';

/** A worksheet run: rows of cells keyed by column id, so a renamed column keeps its cells. */
export interface WorksheetRun {
  rows: Record<string, string>[];
}
export type WorksheetRunSet = RunSet<WorksheetRun>;
export type WorksheetRecord = Run<WorksheetRun>;

/**
 * A new record starts from copies of the example rows and one blank row. Each row carries its stored id under
 * ROW_ID (a key no column id can take); the example rows have fixed ids, so two tabs that start
 * from them write the same rows.
 */
export const ROW_ID = '#row';
export const startingRun = (sheet: Worksheet): WorksheetRun => ({
  rows: [...sheet.exampleRows, {}].map((r, i) => ({ ...r, [ROW_ID]: `x${i}` })),
});

export function setCell(
  runSet: WorksheetRunSet,
  row: number,
  column: string,
  value: string,
  now: number,
): WorksheetRunSet {
  return updateActive(
    runSet,
    (r) => ({ rows: r.rows.map((cells, i) => (i === row ? { ...cells, [column]: value } : cells)) }),
    now,
  );
}

export function addRow(runSet: WorksheetRunSet, now: number): WorksheetRunSet {
  return updateActive(runSet, (r) => ({ rows: [...r.rows, {}] }), now);
}

export function removeRow(runSet: WorksheetRunSet, row: number, now: number): WorksheetRunSet {
  return updateActive(runSet, (r) => ({ rows: r.rows.filter((_, i) => i !== row) }), now);
}

export function worksheetCsv(sheet: Worksheet, record: WorksheetRecord): string {
  return toCsv([
    sheet.columns.map((c) => c.label),
    ...record.rows.map((row) => sheet.columns.map((c) => row[c.id] ?? '')),
  ]);
}

export function worksheetMarkdown(sheet: Worksheet, record: WorksheetRecord): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return (
    [
      `# ${markdownCell(sheet.title)}: ${markdownCell(record.name)}`,
      '',
      row(sheet.columns.map((c) => markdownCell(c.label))),
      row(sheet.columns.map(() => '---')),
      ...record.rows.map((r) => row(sheet.columns.map((c) => markdownCell(r[c.id] ?? '')))),
    ].join('\n') + '\n'
  );
}
