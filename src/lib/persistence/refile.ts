/**
 * Filing old data under a stored list: for kinds with a `refile` hook, the ids a slot holds data
 * for that move to another entry of a list the caller names (the engagements: data saved before
 * engagements existed goes under the reader's engagement of the same name). Storage reads the
 * list; what it means is the caller's.
 */
import type { Generations } from './generations';
import type { Io } from './io';
import { dataKey } from './keys';
import type { Kind } from './kind';
import { readValue } from './values';

/** What a kind's data is filed under, for a kind with a `refile` hook: data the caller defines. */
export interface Refiler<L> {
  /** The kind and id of the stored list that data is filed under. */
  readonly kind: Kind<L>;
  readonly id: string;
  /** Which ids a slot holds data for move where, given the list (undefined when none can be read). */
  moves(list: L | undefined, found: readonly { id: string; name?: string | undefined }[]): ReadonlyMap<string, string>;
}
/** Any refiler: `Refiler<L>` takes and returns L, so it is invariant in L (see AnyKind). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRefiler = Refiler<any>;

export interface Filing {
  /** The list's key: another tab's write there may give data somewhere to go. */
  readonly key: string;
  /** Which ids move where, for the ids (and names) a slot holds data for, given the list as stored now. */
  moves(found: readonly { id: string; name?: string | undefined }[]): ReadonlyMap<string, string>;
}

export function createFiling(io: Io, generations: Generations, refiler: AnyRefiler): Filing {
  const key = dataKey(refiler.kind.name, refiler.id);
  /** The stored list as last read, by the text it was read from (5,000 engagements take a while to read). */
  let listRead: { raw: string | null; epoch: number; list: unknown } | undefined;
  /** The stored list, as every tab reads it now (undefined when it cannot be read). */
  const storedList = (): unknown => {
    let raw: string | null;
    try {
      raw = io.get(key);
    } catch {
      return undefined; // Storage refused: nothing to file anything under.
    }
    const g = generations.generation();
    if (listRead?.raw === raw && listRead.epoch === g.epoch) return listRead.list;
    const read = raw === null ? undefined : readValue(refiler.kind, raw);
    const list =
      read?.ok && generations.current(g, key, raw!, read.envelope.epoch) ? refiler.kind.view(read.doc) : undefined;
    listRead = { raw, epoch: g.epoch, list };
    return list;
  };
  return { key, moves: (found) => refiler.moves(storedList(), found) };
}
