import type { Doc, Items } from './lww';

/** What a kind validates with: the zod schemas of src/schemas/stored.ts fit. */
export interface Validator<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

/**
 * One kind of stored value (a checklist's records, the quiz's results): its schema, its current
 * version, the steps that bring older versions up to it, and how its doc maps to the tool's state.
 */
export interface Kind<S> {
  /** The key segment, e.g. "checklist" in `handoff-handbook:v1:checklist:<id>`. */
  readonly name: string;
  /** The version the code writes. Stored values with a higher version are never overwritten. */
  readonly version: number;
  /** Validates the doc on every read (its maps may be absent, so any object type fits). */
  readonly schema: Validator<object>;
  /** `migrations[n]` turns data of version n into data of version n + 1; it throws on bad data. */
  readonly migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /** The tool's state for a doc (an empty doc gives the starting state). */
  view(doc: Doc): S;
  /** The items that make up a state; `at` is the time to give anything new (a new row's order). */
  items(state: S, at: number): Items;
  /**
   * For kinds that keep data per engagement under names saved before engagements existed: the
   * engagements the state holds data for (with those names), and the state with one engagement's
   * data filed under another id, keeping both where that one holds data too. The store files data
   * under an engagement of the same name the reader already has (../engagements/refile.ts).
   */
  readonly refile?: {
    found(state: S): readonly { id: string; name?: string | undefined }[];
    move(state: S, from: string, to: string): S;
  };
}

/** Runs the migration steps from `from` up to the kind's version; throws when a step is missing. */
/**
 * Any kind, for lists that hold kinds of different value types. `Kind<T>` takes and returns T, so
 * it is invariant in T and `Kind<unknown>` would not accept them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKind = Kind<any>;

export function migrate<T>(kind: Kind<T>, from: number, data: unknown): unknown {
  let value = data;
  for (let v = from; v < kind.version; v++) {
    const step = kind.migrations?.[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    value = step(value);
  }
  return value;
}

/** Parses with a schema or throws, for migrations. */
export function parseOrThrow<T>(schema: Validator<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error('unreadable');
  return parsed.data;
}
