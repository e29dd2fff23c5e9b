import type { Worksheet } from './schema';
import { updateActive, type RunSet, type Run } from '../../lib/runs/run-set';
import { markdownCell } from '../../lib/export/markdown';
import { toCsv } from '../../lib/export/csv';

/** A worksheet run: rows of cells keyed by column id, so a renamed column keeps its cells. */
export interface WorksheetRun {
  rows: Record<string, string>[];
}
export type WorksheetRunSet = RunSet<WorksheetRun>;
export type WorksheetRecord = Run<WorksheetRun>;

/**
 * A new record starts with one blank row: the worksheet's example rows are shown beside it, never
 * copied into it, so nothing the reader did not type is stored, shared or printed as theirs. Each
 * row carries its stored id under ROW_ID (a key no column id can take); the blank row has a fixed
 * id, so two tabs that start from it write the same row.
 */
export const ROW_ID = '#row';
export const BLANK_ROW_ID = 'b0';
export const startingRun = (_sheet?: Worksheet): WorksheetRun => ({ rows: [{ [ROW_ID]: BLANK_ROW_ID }] });

/** One cell still holding an example row's text: where it is, and the text. */
export interface ExampleCell {
  row: number;
  column: string;
}

/**
 * The cells whose text is, word for word, an example row's text in the same column. Earlier
 * versions started every record from copies of the example rows, so a record saved then may
 * still hold them as if the reader had written them.
 */
export function exampleCells(sheet: Pick<Worksheet, 'exampleRows'>, run: WorksheetRun): ExampleCell[] {
  const out: ExampleCell[] = [];
  run.rows.forEach((row, r) => {
    for (const [column, value] of Object.entries(row)) {
      if (column === ROW_ID || value.trim() === '') continue;
      if (sheet.exampleRows.some((ex) => (ex[column] ?? '').trim() === value.trim())) out.push({ row: r, column });
    }
  });
  return out;
}

/**
 * The record without the example text: those cells emptied, and rows left with no text at all
 * removed (one blank row stays when none is left). Everything the reader wrote is kept.
 */
export function removeExampleText(
  sheet: Pick<Worksheet, 'exampleRows'>,
  runSet: WorksheetRunSet,
  now: number,
): WorksheetRunSet {
  return updateActive(
    runSet,
    (r) => {
      const found = exampleCells(sheet, r);
      const rows = r.rows
        .map((row, i) =>
          Object.fromEntries(Object.entries(row).filter(([c]) => !found.some((f) => f.row === i && f.column === c))),
        )
        .filter((row) => Object.entries(row).some(([c, v]) => c !== ROW_ID && v.trim() !== ''));
      return { rows: rows.length > 0 ? rows : [{}] };
    },
    now,
  );
}

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

/** Puts a removed row back where it was (its stored id too, so it is the same row again). */
export function insertRow(
  runSet: WorksheetRunSet,
  at: number,
  row: Record<string, string>,
  now: number,
): WorksheetRunSet {
  return updateActive(runSet, (r) => ({ rows: [...r.rows.slice(0, at), { ...row }, ...r.rows.slice(at)] }), now);
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
