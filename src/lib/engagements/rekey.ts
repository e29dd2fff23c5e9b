/**
 * The step from version 2 to version 3 of the checklist and worksheet kinds: the runs they stored
 * under record ids of their own, each with a name, move under the id of the engagement of that
 * name, the way the migration plan joins names (./named.ts). Loaded with the storage code.
 */
import type { Doc, Entry, ItemMap } from '../persistence/lww';
import { mergeDocs } from '../persistence/lww';
import { itemKey, splitKey } from '../runs/run-set-items';
import { engagementIdForName } from './named';

/** Keeps the later of two entries for one item, as a merge would. */
const keep = (map: ItemMap, key: string, entry: Entry) => {
  map[key] = Object.hasOwn(map, key) ? mergeDocs({ m: { [key]: map[key]! } }, { m: { [key]: entry } }).m![key]! : entry;
};

/**
 * A version 2 runSet doc with each named record moved under its engagement's id: the `records`
 * item, every content item keyed `<record>:…`, and the open record. Records whose names join
 * (same name ignoring case and spacing) land on one engagement, item by item, the later winning;
 * deleted records keep their old ids. Nothing else changes: times and values stay as they were.
 */
export function rekeyRunSet(doc: Doc): Doc {
  const ids = new Map<string, string>();
  for (const [id, e] of Object.entries(doc.records ?? {}))
    if (e[1] !== null) ids.set(id, engagementIdForName((e[1] as { name: string }).name));
  const to = (record: string) => ids.get(record) ?? record;
  const out: Doc = {};
  for (const [name, items] of Object.entries(doc)) {
    const map: ItemMap = (out[name] = {});
    for (const [key, entry] of Object.entries(items)) {
      if (name === 'records') keep(map, to(key), entry);
      else if (name === 'active') keep(map, key, [entry[0], typeof entry[1] === 'string' ? to(entry[1]) : entry[1]]);
      else keep(map, itemKey(to(splitKey(key)[0]), splitKey(key)[1]), entry);
    }
  }
  return out;
}
