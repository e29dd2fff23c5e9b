/**
 * One CSV cell, quoted. Spreadsheets run a cell that starts with = + - @, a tab, a carriage
 * return or NUL as a formula, so such cells get a leading apostrophe; NUL is dropped as well.
 */
export function csvCell(value: string): string {
  const neutral = /^[=+\-@\t\r\0]/.test(value) ? `'${value}` : value;
  return `"${neutral.replace(/\0/g, '').replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
