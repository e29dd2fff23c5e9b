/**
 * How a checklist's records are stored (`handoff-handbook:v1:checklist:<id>`), loaded with the
 * storage code after the island hydrates. Version 2 stores each tick and note as its own item,
 * so two tabs ticking different items both keep their ticks.
 */
import type { Kind } from '../../lib/persistence/kind';
import { parseOrThrow } from '../../lib/persistence/kind';
import type { Doc, Items } from '../../lib/persistence/lww';
import { rekeyRunSet } from '../../lib/engagements/rekey';
import { joinChecklist, moveRun } from '../../lib/engagements/refile';
import { foundIn } from '../../lib/engagements/runs';
import { runSetFromV1, runSetItems, runSetView, itemKey, live, splitKey } from '../../lib/runs/run-set-items';
import { checklistSchema, checklistV1Schema } from '../../schemas/stored';
import type { ChecklistRunSet } from './checklist';

function contentOf(doc: Doc) {
  const ticks = new Map<string, Record<string, boolean>>();
  const notes = new Map<string, Record<string, string>>();
  // A `false` tick is a go/no-go question answered "No" (an unticked item is no item at all).
  const no = new Map<string, Record<string, true>>();
  const add = <V>(into: Map<string, Record<string, V>>, key: string, value: V) => {
    const [record, item] = splitKey(key);
    into.set(record, Object.assign(into.get(record) ?? {}, Object.fromEntries([[item, value]])));
  };
  for (const [k, v] of live(doc, 'ticks')) if (typeof v === 'boolean') add(v ? ticks : no, k, true as const);
  for (const [k, v] of live(doc, 'notes')) if (v !== '') add(notes, k, v as string);
  return (record: string) => ({
    ticks: ticks.get(record) ?? {},
    notes: notes.get(record) ?? {},
    ...(no.has(record) && { no: no.get(record)! }),
  });
}

export const checklistKind: Kind<ChecklistRunSet> = {
  name: 'checklist',
  version: 3,
  schema: checklistSchema,
  migrations: {
    1: (data) =>
      runSetFromV1(parseOrThrow(checklistV1Schema, data), ['ticks', 'notes'], (r, doc) => {
        for (const [item, on] of Object.entries(r.ticks)) if (on) doc.ticks![itemKey(r.id, item)] = [r.updatedAt, true];
        for (const [item, note] of Object.entries(r.notes))
          if (note !== '') doc.notes![itemKey(r.id, item)] = [r.updatedAt, note];
      }),
    // Version 3: each named record becomes its engagement's run (see ../engagements/rekey.ts).
    2: (data) => rekeyRunSet(parseOrThrow(checklistSchema, data) as Doc),
  },
  view: (doc) => runSetView(doc, contentOf(doc)),
  items: (runSet, at) =>
    runSetItems(
      runSet,
      at,
      (r, out: Items) => {
        for (const [item, on] of Object.entries(r.no ?? {}))
          if (on && r.ticks[item] !== true) out.ticks![itemKey(r.id, item)] = false;
        for (const [item, on] of Object.entries(r.ticks)) if (on) out.ticks![itemKey(r.id, item)] = true;
        for (const [item, note] of Object.entries(r.notes)) if (note !== '') out.notes![itemKey(r.id, item)] = note;
      },
      ['ticks', 'notes'],
    ),
  refile: { found: foundIn, move: (runSet, from, to) => moveRun(runSet, from, to, joinChecklist) },
};
