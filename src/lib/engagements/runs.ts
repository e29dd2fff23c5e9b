/**
 * Tool runs keyed by engagement. The checklist and the worksheet keep one run per engagement,
 * under the engagement's id; the version 2 data they stored (runs under record ids of their own,
 * each with a name) is rekeyed by name, the way the migration plan joins names.
 */
import type { Doc, Entry, ItemMap } from '../persistence/lww';
import { mergeDocs } from '../persistence/lww';
import type { Book, NamedRecord } from '../records/book';
import { itemKey, splitKey } from '../records/book-items';
import { engagementIdForName } from './named';

export interface EngagementRef {
  id: string;
  name: string;
}

/** The engagement's run in a book, or a fresh one when it has none yet. */
export function runOf<T>(book: Book<T>, e: EngagementRef, content: () => T): NamedRecord<T> {
  return book.records.find((r) => r.id === e.id) ?? { ...content(), id: e.id, name: e.name, updatedAt: 0 };
}

/** The book with the engagement's run in it and open, so a change to the open run goes to it. */
export function onRun<T>(book: Book<T>, e: EngagementRef, content: () => T, now: number): Book<T> {
  const has = book.records.some((r) => r.id === e.id);
  return { active: e.id, records: has ? book.records : [...book.records, { ...content(), id: e.id, name: e.name, updatedAt: now }] };
}

/** Keeps the later of two entries for one item, as a merge would. */
const keep = (map: ItemMap, key: string, entry: Entry) => {
  map[key] = Object.hasOwn(map, key) ? mergeDocs({ m: { [key]: map[key]! } }, { m: { [key]: entry } }).m![key]! : entry;
};

/**
 * A version 2 book doc with each named record moved under its engagement's id: the `records`
 * item, every content item keyed `<record>:…`, and the open record. Records whose names join
 * (same name ignoring case and spacing) land on one engagement, item by item, the later winning;
 * deleted records keep their old ids. Nothing else changes: times and values stay as they were.
 */
export function rekeyBook(doc: Doc): Doc {
  const ids = new Map<string, string>();
  for (const [id, e] of Object.entries(doc.records ?? {})) if (e[1] !== null) ids.set(id, engagementIdForName((e[1] as { name: string }).name));
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

/** The engagements a book holds runs for, with the names the runs were saved under. */
export const foundIn = (book: Book<unknown>) => book.records.map((r) => ({ id: r.id, name: r.name }));

/**
 * The run to show before the current engagement is known (storage still opening): changes the
 * reader already made, applied to a blank run, so nothing typed or ticked seems to vanish.
 */
export function previewRun<T>(book: Book<T>, pending: readonly ((book: Book<T>, now: number) => Book<T>)[], content: () => T): NamedRecord<T> {
  const none = { id: '', name: '' };
  return runOf(pending.reduce((b, change) => change(b, 0), onRun(book, none, content, 0)), none, content);
}
