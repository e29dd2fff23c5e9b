/**
 * Named runs (checklist and worksheet) as stored items: `records` (run id → name and order),
 * `active` (the open run), and the content maps keyed `<run id>:<…>`. Run ids hold no colon, so a
 * content key splits at its first one.
 */
import type { Doc, Items } from '../persistence/lww';
import { latest } from '../persistence/lww';
import type { RunSet, Run } from './run-set';

/** A record's place in the list, kept with it in the state so rewriting it keeps the order. */
type Ordered = { order?: number };

export const itemKey = (record: string, rest: string) => `${record}:${rest}`;
export function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}

/** Live items of one map, without times. */
export function live(doc: Doc, map: string): [string, unknown][] {
  const m = Object.hasOwn(doc, map) ? doc[map]! : {};
  return Object.entries(m)
    .filter(([, e]) => e[1] !== null)
    .map(([k, e]) => [k, e[1]]);
}

/** The runSet a doc holds: its runs, one per engagement (none for an empty doc). */
export function runSetView<T>(doc: Doc, content: (record: string) => T): RunSet<T> {
  const list = live(doc, 'records').map(([id, v]) => ({ id, ...(v as { name: string; order: number }) }));
  list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const runs = list.map(({ id, name, order }) => {
    const updatedAt =
      latest(doc, (map, key) => (map === 'records' ? key === id : map !== 'active' && splitKey(key)[0] === id)) ?? 0;
    return { ...content(id), id, name, order, updatedAt } as Run<T> & Ordered;
  });
  const active = live(doc, 'active').find(([k]) => k === '')?.[1] as string | undefined;
  return {
    active: active !== undefined && runs.some((r) => r.id === active) ? active : (runs[0]?.id ?? ''),
    runs,
  };
}

/** The items of a runSet; `content` adds each record's content items. */
export function runSetItems<T>(
  runSet: RunSet<T>,
  at: number,
  content: (record: Run<T>, out: Items) => void,
  maps: string[],
): Items {
  const out: Items = { records: {}, active: { '': runSet.active } };
  for (const m of maps) out[m] = {};
  for (const r of runSet.runs) {
    out.records![r.id] = { name: r.name, order: (r as Ordered).order ?? at };
    content(r, out);
  }
  return out;
}

/** A version 1 runSet (records held whole) as a doc: every item stamped with its record's time. */
export function runSetFromV1<R extends { id: string; name: string; updatedAt: number }>(
  runSet: { active: string; records: R[] },
  maps: string[],
  content: (record: R, doc: Doc) => void,
): Doc {
  const doc: Doc = { records: {}, active: {} };
  for (const m of maps) doc[m] = {};
  let last = 0;
  runSet.records.forEach((r, order) => {
    last = Math.max(last, r.updatedAt);
    doc.records![r.id] = [r.updatedAt, { name: r.name, order }];
    content(r, doc);
  });
  doc.active![''] = [last, runSet.active];
  return doc;
}
