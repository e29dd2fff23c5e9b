/**
 * An engagement's client dependencies are one list, whichever page a line was written on: the
 * dated items added on the engagement page, and the rows of the client input dependency
 * worksheet. Each line is stored once, where it was written (the engagement's dated items, or
 * the worksheet's rows), and every view joins the two here: the worksheet shows the engagement
 * page's items, the engagement page and its calendar file show the worksheet's dated rows, and
 * the share link and the print packet carry both. Pure, and loaded with the tools that show it.
 */
import type { ClientDependency, Engagement } from './engagement';
import { isIsoDate } from '../../schemas/calendar-date';

/** The worksheet's column ids that the engagement page's fields fill. */
export const DEPENDENCY_COLUMNS = {
  item: 'item',
  clientOwner: 'client-owner',
  dueOn: 'due-on',
} as const;

/** The key a worksheet row keeps its storage id under (ROW_ID in ../worksheet/worksheet.ts). */
const ROW_ID = '#row';

/** The prefix of a dated item made from a worksheet row, so it never takes an engagement page item's id. */
const FROM_SHEET = 'ws-';

/** Whether a dependency was written on the worksheet (and is edited there). */
export const fromWorksheet = (d: Pick<ClientDependency, 'id'>) => d.id.startsWith(FROM_SHEET);

/** The engagement page's dependencies as worksheet rows (cells by column id), in the order given. */
export function engagementDependencyRows(deps: readonly ClientDependency[] | undefined): Record<string, string>[] {
  return (deps ?? [])
    .filter((d) => !fromWorksheet(d))
    .map((d) => ({
      [DEPENDENCY_COLUMNS.item]: d.what,
      [DEPENDENCY_COLUMNS.clientOwner]: d.owner,
      [DEPENDENCY_COLUMNS.dueOn]: d.dueOn,
    }));
}

/**
 * The worksheet's rows that name an item and carry a real due date, as dated dependencies: what
 * gives them a reminder and a calendar event. A row without a named client-side owner is owed by
 * "the client", as the worksheet asks the reader to name one.
 */
export function worksheetDependencies(rows: readonly Readonly<Record<string, string>>[]): ClientDependency[] {
  return rows.flatMap((row, i) => {
    const what = (row[DEPENDENCY_COLUMNS.item] ?? '').trim();
    const dueOn = (row[DEPENDENCY_COLUMNS.dueOn] ?? '').trim();
    if (what === '' || !isIsoDate(dueOn)) return [];
    const rowId = (row[ROW_ID] ?? `${i}`).replace(/[^A-Za-z0-9_-]/g, '');
    const owner = (row[DEPENDENCY_COLUMNS.clientOwner] ?? '').trim() || 'the client';
    return [{ id: `${FROM_SHEET}${rowId}`, what, owner, dueOn }];
  });
}

/** The engagement with its worksheet's dated rows joined to its dependencies, in date order. */
export function withWorksheetDependencies(
  e: Engagement,
  rows: readonly Readonly<Record<string, string>>[] | undefined,
): Engagement {
  const extra = worksheetDependencies(rows ?? []);
  if (extra.length === 0) return e;
  const dependencies = [...e.dates.dependencies.filter((d) => !fromWorksheet(d)), ...extra].sort((a, b) =>
    a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id < b.id ? -1 : 1,
  );
  return { ...e, dates: { ...e.dates, dependencies } };
}
