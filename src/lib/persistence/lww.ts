/**
 * The stored value of every tool: named maps of items, each item with the time it was last set
 * (`null` marks a deleted item). Two copies merge item by item, the later time winning, so
 * merging is order-free and repeatable (a last-writer-wins map): two tabs that each merge what
 * they see end up with the same value and keep each other's changes.
 */
export type Entry = [at: number, value: unknown];
export type ItemMap = Record<string, Entry>;
export type Doc = Record<string, ItemMap>;

/** The maps of a view without times: what a tool's state is made of, item by item. */
export type Items = Record<string, Record<string, unknown>>;

const own = (o: object, k: string) => Object.hasOwn(o, k);

/** Which of two entries for one item wins: the later one; a tie is broken by the value's text. */
function later(a: Entry, b: Entry): Entry {
  if (a[0] !== b[0]) return a[0] > b[0] ? a : b;
  return JSON.stringify(a[1]) >= JSON.stringify(b[1]) ? a : b;
}

export function mergeDocs(a: Doc, b: Doc): Doc {
  const out: [string, ItemMap][] = [];
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = own(a, name) ? a[name]! : {};
    const y = own(b, name) ? b[name]! : {};
    const items: [string, Entry][] = [];
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
      items.push([key, own(x, key) && own(y, key) ? later(x[key]!, y[key]!) : own(x, key) ? x[key]! : y[key]!]);
    }
    out.push([name, Object.fromEntries(items)]);
  }
  return Object.fromEntries(out);
}

/** The same items in a fixed order, so equal docs have equal text. */
export function canonical(doc: Doc): Doc {
  const sorted = <T>(o: Record<string, T>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return sorted(Object.fromEntries(Object.entries(doc).map(([n, m]) => [n, sorted(m)])));
}

export const sameDoc = (a: Doc, b: Doc) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** The live items of a doc (deleted ones left out), without times. */
export function itemsOf(doc: Doc): Items {
  return Object.fromEntries(
    Object.entries(doc).map(([n, m]) => [
      n,
      Object.fromEntries(
        Object.entries(m)
          .filter(([, e]) => e[1] !== null)
          .map(([k, e]) => [k, e[1]]),
      ),
    ]),
  );
}

/** The latest time any item of a doc was set, or undefined for an empty doc. */
export function latest(doc: Doc, keep: (map: string, key: string) => boolean = () => true): number | undefined {
  let max: number | undefined;
  for (const [n, m] of Object.entries(doc))
    for (const [k, e] of Object.entries(m)) if (keep(n, k) && (max === undefined || e[0] > max)) max = e[0];
  return max;
}

/**
 * The change from one view's items to the next as doc entries stamped `at` or later: changed
 * items set, vanished items deleted. An item's new time is always past its stored one, so a
 * change made after seeing another tab's value wins over it even if the clocks disagree.
 */
export function diff(base: Doc, before: Items, after: Items, at: number): Doc {
  const out: [string, ItemMap][] = [];
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = own(before, name) ? before[name]! : {};
    const a = own(after, name) ? after[name]! : {};
    const stored = own(base, name) ? base[name]! : {};
    const items: [string, Entry][] = [];
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const next = own(a, key) ? a[key]! : null;
      const prev = own(b, key) ? b[key]! : null;
      if (JSON.stringify(next) === JSON.stringify(prev)) continue;
      items.push([key, [Math.max(at, (own(stored, key) ? stored[key]![0] : -1) + 1), next]]);
    }
    if (items.length > 0) out.push([name, Object.fromEntries(items)]);
  }
  return Object.fromEntries(out);
}
