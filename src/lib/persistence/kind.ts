import type { Validator } from './validate';

/**
 * One kind of stored value (a checklist's records, a worksheet's records): its schema, its
 * current version and the steps that bring older versions up to it.
 */
export interface Kind<T> {
  /** The key segment, e.g. "checklist" in `handoff-handbook:v1:checklist:<id>`. */
  readonly name: string;
  /** The version the code writes. Stored values with a higher version are never overwritten. */
  readonly version: number;
  /** Validates the data on every read. */
  readonly schema: Validator<T>;
  /** `migrations[n]` turns data of version n into data of version n + 1. */
  readonly migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /** The value to start from when nothing usable is stored. */
  empty(): T;
}

/** Runs the migration steps from `from` up to the kind's version; throws when a step is missing. */
export function migrate<T>(kind: Kind<T>, from: number, data: unknown): unknown {
  let value = data;
  for (let v = from; v < kind.version; v++) {
    const step = kind.migrations?.[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    value = step(value);
  }
  return value;
}
