import type { Worksheet } from '../../schemas/worksheet';
import { updateActive } from '../records/book';
import { markdownCell } from '../export/markdown';
import { toCsv } from '../export/csv';

export { startingRun, worksheetKind, type WorksheetBook, type WorksheetRecord, type WorksheetRun } from './kind';
import type { WorksheetBook, WorksheetRecord } from './kind';

export function setCell(book: WorksheetBook, row: number, column: string, value: string, now: number): WorksheetBook {
  return updateActive(book, (r) => ({ rows: r.rows.map((cells, i) => (i === row ? { ...cells, [column]: value } : cells)) }), now);
}

export function addRow(book: WorksheetBook, now: number): WorksheetBook {
  return updateActive(book, (r) => ({ rows: [...r.rows, {}] }), now);
}

export function removeRow(book: WorksheetBook, row: number, now: number): WorksheetBook {
  return updateActive(book, (r) => ({ rows: r.rows.filter((_, i) => i !== row) }), now);
}

export function worksheetCsv(sheet: Worksheet, record: WorksheetRecord): string {
  return toCsv([sheet.columns.map((c) => c.label), ...record.rows.map((row) => sheet.columns.map((c) => row[c.id] ?? ''))]);
}

export function worksheetMarkdown(sheet: Worksheet, record: WorksheetRecord): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `# ${markdownCell(sheet.title)}: ${markdownCell(record.name)}`,
    '',
    row(sheet.columns.map((c) => markdownCell(c.label))),
    row(sheet.columns.map(() => '---')),
    ...record.rows.map((r) => row(sheet.columns.map((c) => markdownCell(r[c.id] ?? '')))),
  ].join('\n') + '\n';
}
