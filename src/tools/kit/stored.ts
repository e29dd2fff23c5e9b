/**
 * The island side of storage, the same for every tool: loads the store after the island
 * hydrates (keeping it out of the first-paint JavaScript), keeps what the reader does before it
 * arrives and merges that into what was stored, follows other tabs, and reports the save state.
 * If the storage code fails to download, it says so and tries again, later each time.
 */
import { retryDelay } from './lazy-island';
import type { Kind } from '../../lib/persistence/kind';
import type { Failure, Kept, Slot, SlotStatus } from '../../lib/persistence/store';

type StoreModule = typeof import('../site-store');

/** What the save-status line shows. */
export type SaveState =
  | { state: 'opening' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'ready' }
  | { state: 'not-saved'; why: Failure | 'no-code'; retrying?: boolean }
  | { state: 'full' };

export interface Stored<S> {
  value: S;
  save: SaveState;
  kept?: Kept | undefined;
  /** Where an older version's value was kept when this tab rewrote it (shown once, on that load). */
  upgraded?: SlotStatus['upgraded'];
  /** True once the stored state is in (or storage could not be opened). */
  loaded: boolean;
}

export interface Connection<S> {
  /** Applies a change; returns the slot's status after it (undefined while storage is still opening). */
  update(change: (state: S) => S): SlotStatus | undefined;
  close(): void;
}

let loading: Promise<StoreModule> | undefined;
/** The storage module; a failed download is not remembered, so the next call tries again. */
export function loadStore(): Promise<StoreModule> {
  return (loading ??= import('../site-store').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

function saveState(slot: Slot<unknown>): SaveState {
  const { failure, savedAt } = slot.status();
  if (failure === 'full') return { state: 'full' };
  if (failure) return { state: 'not-saved', why: failure };
  return savedAt === undefined ? { state: 'ready' } : { state: 'saved', at: savedAt };
}

/**
 * Connects an island to its stored state. `initial` is what the island shows before storage
 * opens; changes made meanwhile are applied to it at once and replayed on the stored state.
 */
export function connect<S>(
  kindOf: (m: StoreModule) => Kind<S>,
  id: string,
  initial: S,
  onChange: (stored: Stored<S>) => void,
): Connection<S> {
  let slot: Slot<S> | undefined;
  let value = initial;
  let queue: ((state: S) => S)[] = [];
  let closed = false;
  let stop = () => {};
  let save: SaveState = { state: 'opening' };
  let attempt = 0;
  const emit = (loaded: boolean) =>
    !closed && onChange({ value, save, kept: slot?.status().kept, upgraded: slot?.status().upgraded, loaded });
  const refresh = () => {
    value = slot!.read();
    save = saveState(slot!);
    emit(true);
  };

  const open = () =>
    loadStore().then(
      (m) => {
        if (closed) return;
        slot = m.browserStore().open(kindOf(m), id);
        stop = slot.subscribe(refresh);
        const pending = queue;
        queue = [];
        // Changes are applied to the latest state (not the one they were made on), so none can stop the rest.
        for (const change of pending) {
          try {
            slot.update(change);
          } catch {
            // A change that no longer applies is dropped; the status shows what was saved.
          }
        }
        refresh();
      },
      () => {
        if (closed) return;
        save = { state: 'not-saved', why: 'no-code', retrying: true };
        emit(false);
        setTimeout(open, retryDelay(attempt++));
      },
    );
  void open();

  return {
    update(change) {
      // The store tells every listener, this one included.
      if (slot) return slot.update(change);
      queue.push(change);
      value = change(value);
      if (save.state !== 'not-saved') save = { state: 'saving' };
      emit(false);
      return undefined;
    },
    close() {
      closed = true;
      stop();
    },
  };
}
