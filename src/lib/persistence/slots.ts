/**
 * The open slots of a store: each update reads the latest stored value, merges it into the tab's
 * copy, applies the change item by item, writes and reads back; another tab's write is merged the
 * same way and written again when this tab holds changes it lacks, so two tabs converge.
 */
import type { Generations } from './generations';
import type { Io } from './io';
import { dataKey, GENERATION_KEY } from './keys';
import type { Kind } from './kind';
import { diff, itemsOf, mergeDocs, sameDoc } from './lww';
import { createFiling, type AnyRefiler } from './refile';
import { createSlotIo, type SlotState } from './slot-io';
import { stamp, type SlotStatus } from './values';

export interface Slot<S> {
  readonly key: string;
  read(): S;
  status(): SlotStatus;
  /** Applies a change to the latest stored state and saves it. */
  update(change: (state: S) => S): SlotStatus;
  /** Called whenever another tab, an import or a clear changes what the slot holds. */
  subscribe(listener: () => void): () => void;
}

export interface Slots {
  open<S>(kind: Kind<S>, id: string): Slot<S>;
  /** Every slot reads its stored value afresh, as after a clear or an import. */
  resetAll(): void;
  /** Another tab wrote `key` (null: cleared storage). */
  handleStorageEvent(key: string | null): void;
}

export function createSlots(io: Io, generations: Generations, now: () => number, refiler?: AnyRefiler): Slots {
  const slots = new Map<string, SlotState>();
  const { sync, save, reset } = createSlotIo(io, generations, now);
  const notify = (s: SlotState) => {
    for (const l of s.listeners) l();
  };

  /** Applies a change to the latest stored state of a slot and saves it; listeners are told by the caller. */
  const apply = (state: SlotState, change: (state: unknown) => unknown): SlotStatus => {
    const kind = state.kind;
    const at = stamp(now);
    const stored = io.storage ? sync(state) : null;
    const before = itemsOf(state.replica);
    const after = kind.items(change(kind.view(state.replica)), at);
    const changes = diff(state.replica, before, after, at);
    state.replica = mergeDocs(state.replica, changes);
    // A change that changes nothing, on a value already stored as it is, is not written again.
    const unchanged =
      Object.keys(changes).length === 0 &&
      stored &&
      sameDoc(stored, state.replica) &&
      !state.status.failure &&
      !state.older &&
      !state.locked;
    if (!io.storage) state.status = { ...state.status, failure: 'unavailable' };
    else if (!unchanged) save(state, at);
    return state.status;
  };

  const filing = refiler && createFiling(io, generations, refiler);

  /**
   * Files data under the list's entry the caller's refiler names (saved before the list had it);
   * runs each time the slot's value is read anew. Once moved, nothing is left to move.
   */
  const refile = (s: SlotState) => {
    const hook = s.kind.refile;
    if (!hook || !filing || !io.storage || s.locked) return;
    const moves = filing.moves(hook.found(s.kind.view(s.replica)));
    if (moves.size > 0) apply(s, (state) => [...moves].reduce((st, [from, to]) => hook.move(st, from, to), state));
  };

  const open = <S>(kind: Kind<S>, id: string): Slot<S> => {
    const key = dataKey(kind.name, id);
    let s = slots.get(key);
    if (!s) {
      s = {
        kind,
        key,
        replica: {},
        epoch: generations.generation().epoch,
        locked: false,
        status: {},
        listeners: new Set(),
      };
      slots.set(key, s);
      reset(s);
      // A value of an older version is rewritten at once (its text kept), so every tab reads the new shape.
      if (s.older) save(s, stamp(now));
      refile(s);
    }
    const state = s;
    return {
      key,
      read: () => kind.view(state.replica),
      status: () => state.status,
      update(change) {
        const status = apply(state, change as (state: unknown) => unknown);
        notify(state);
        return status;
      },
      subscribe(listener) {
        state.listeners.add(listener);
        return () => state.listeners.delete(listener);
      },
    };
  };

  const resetAll = () => {
    for (const s of slots.values()) reset(s);
    // After every slot is read anew: an import may have brought both old data and its list.
    for (const s of slots.values()) {
      refile(s);
      notify(s);
    }
  };

  const handleStorageEvent = (key: string | null) => {
    if (key === null || key === GENERATION_KEY) return resetAll();
    const s = slots.get(key);
    if (s) {
      const stored = sync(s);
      // This tab holds changes the stored value lacks (its write was raced): write the merge back.
      if (stored && io.storage && !s.locked && !sameDoc(stored, s.replica)) save(s, stamp(now));
      refile(s);
      notify(s);
    }
    // Another tab changed the list: data this tab holds may now have an entry to go to.
    if (key === filing?.key)
      for (const other of slots.values()) {
        const before = other.replica;
        refile(other);
        if (other.replica !== before) notify(other);
      }
  };

  return { open, resetAll, handleStorageEvent };
}
