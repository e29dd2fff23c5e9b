/**
 * How a worksheet's records are stored (`handoff-handbook:v1:worksheet:<id>`), loaded with the
 * storage code after the island hydrates. Version 2 stores each row and each cell as its own
 * item, so two tabs editing different cells, or adding rows, keep each other's changes.
 * A record with no stored rows at all shows one blank row (`startingRun`); the example rows are
 * never part of a record.
 */
import type { Worksheet } from './schema';
import type { Kind } from '../../lib/persistence/kind';
import { parseOrThrow } from '../../lib/persistence/kind';
import type { Doc } from '../../lib/persistence/lww';
import { rekeyRunSet } from '../../lib/engagements/rekey';
import { joinRows, moveRun } from '../../lib/engagements/refile';
import { foundIn } from '../../lib/engagements/runs';
import { runSetFromV1, runSetItems, runSetView, itemKey, live, splitKey } from '../../lib/runs/run-set-items';
import { worksheetSchema, worksheetV1Schema } from '../../schemas/stored';
import { BLANK_ROW_ID, ROW_ID, startingRun, type WorksheetRunSet, type WorksheetRun } from './worksheet';

function contentOf(doc: Doc, sheet: Worksheet | undefined) {
  const rows = new Map<string, { id: string; order: number }[]>();
  const explicit = new Set(Object.keys(Object.hasOwn(doc, 'rows') ? doc.rows! : {}).map((k) => splitKey(k)[0]));
  for (const [k, v] of live(doc, 'rows')) {
    const [record, row] = splitKey(k);
    rows.set(record, [...(rows.get(record) ?? []), { id: row, order: (v as { order: number }).order }]);
  }
  const cells = new Map(live(doc, 'cells'));
  const cellEntries = Object.hasOwn(doc, 'cells') ? doc.cells! : {};
  return (record: string): WorksheetRun => {
    if (!explicit.has(record)) {
      // No rows stored: one blank row, after any cell stored for a row without its row item (a
      // version that showed the example rows stored only the cells typed over them).
      const overlay = new Map<string, Record<string, string>>();
      for (const [k, e] of Object.entries(cellEntries)) {
        const [r, rest] = splitKey(k);
        const [rowId, column] = splitKey(rest);
        if (r !== record || e[1] === null || e[1] === '') continue;
        overlay.set(rowId, { ...(overlay.get(rowId) ?? { [ROW_ID]: rowId }), [column]: e[1] as string });
      }
      const start = startingRun(sheet).rows.filter((row) => !overlay.has(row[ROW_ID]!));
      return { rows: [...[...overlay.keys()].sort().map((id) => overlay.get(id)!), ...start] };
    }
    const list = (rows.get(record) ?? []).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      rows: list.map(({ id }) => {
        const row: Record<string, string> = { [ROW_ID]: id };
        const prefix = itemKey(record, `${id}:`);
        for (const [k, v] of cells) if (k.startsWith(prefix)) row[k.slice(prefix.length)] = v as string;
        return row;
      }),
    };
  };
}

/** A fresh id for a row added here, unlike any other tab's. */
const newRowId = (at: number) => `n${at.toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export const worksheetKind = (sheet?: Worksheet): Kind<WorksheetRunSet> => ({
  name: 'worksheet',
  version: 3,
  schema: worksheetSchema,
  migrations: {
    1: (data) =>
      runSetFromV1(parseOrThrow(worksheetV1Schema, data), ['rows', 'cells'], (r, doc) => {
        // A record whose rows were all removed stays without rows (not back to the examples).
        if (r.rows.length === 0) doc.rows![itemKey(r.id, 'none')] = [r.updatedAt, null];
        r.rows.forEach((cells, i) => {
          doc.rows![itemKey(r.id, `v${i}`)] = [r.updatedAt, { order: i }];
          for (const [column, value] of Object.entries(cells))
            if (value !== '') doc.cells![itemKey(r.id, `v${i}:${column}`)] = [r.updatedAt, value];
        });
      }),
    // Version 3: each named record becomes its engagement's run (see ../engagements/rekey.ts).
    2: (data) => rekeyRunSet(parseOrThrow(worksheetSchema, data) as Doc),
  },
  view: (doc) => runSetView(doc, contentOf(doc, sheet)),
  items: (runSet, at) =>
    runSetItems(
      runSet,
      at,
      (r, out) => {
        r.rows.forEach((row, order) => {
          const id = row[ROW_ID] ?? (row[ROW_ID] = newRowId(at));
          out.rows![itemKey(r.id, id)] = { order };
          for (const [column, value] of Object.entries(row))
            if (column !== ROW_ID && value !== '') out.cells![itemKey(r.id, `${id}:${column}`)] = value;
        });
      },
      ['rows', 'cells'],
    ),
  refile: {
    found: foundIn,
    move: (runSet, from, to) =>
      moveRun(runSet, from, to, (mine, theirs) => ({ rows: joinRows(mine.rows, theirs.rows, ROW_ID, BLANK_ROW_ID) })),
  },
});
