/**
 * The one way into browser storage: open a slot, read it, update it, follow other tabs, and know at
 * every moment whether the last change was saved. Nothing else in the site touches localStorage.
 * The store knows no tool: its caller hands it the kinds it stores (and, for data filed under a
 * list, the list's refiler).
 *
 * - Every stored value is a doc of items with times (./lww.ts), read, merged and written back with
 *   a read-back by its slot (./slots.ts, ./slot-io.ts); only a write read back is "saved".
 * - A clear or a Replace import starts a new generation (./generations.ts).
 * - Unreadable values are moved to a quarantine key and offered for download (./quarantine.ts);
 *   values of a newer version are never overwritten. Export carries every key as stored text, and
 *   a Replace import writes it back byte for byte, all or nothing (./import-plan.ts, ./import-apply.ts).
 * - Copies kept from before a version change wait for the reader's answer (./earlier.ts).
 *
 * Loaded after the islands hydrate (with the zod schemas it validates with), so it costs nothing
 * at first paint.
 */
import { earlier } from './earlier';
import { createGenerations } from './generations';
import { importCopies, type ImportCopy } from './import-copies';
import { createImporter } from './import-apply';
import { previewImport, type ImportPlan, type ImportPreview } from './import-plan';
import { createIo } from './io';
import { dataKey, GENERATION_KEY, NAMESPACE, QUARANTINE, unspaced } from './keys';
import type { AnyKind, Kind } from './kind';
import { quarantine } from './quarantine';
import type { AnyRefiler } from './refile';
import { createSlots, type Slot } from './slots';
import type { StorageLike } from './storage';
import { readValue, type Result } from './values';

export * from './keys';
export { fingerprint, readValue, TOMBSTONE_MS } from './values';
export type { Failure, Kept, KeptReason, Result, SlotStatus } from './values';
export type { Slot } from './slots';
export type { Refiler, AnyRefiler } from './refile';
export type { ImportPlan, ImportPreview } from './import-plan';
export type { ImportCopy } from './import-copies';

export interface Store {
  open<S>(kind: Kind<S>, id: string): Slot<S>;
  /** The export file's text: every stored key of this site, as stored. */
  exportText(): string;
  previewImport(text: string): ImportPreview;
  /**
   * All or nothing: on any failed write, storage is put back as it was. What it changed is kept
   * first as an import copy (see IMPORT_COPY); when even that does not fit, nothing is imported.
   */
  applyImport(plan: ImportPlan, mode: 'replace' | 'merge'): Result;
  /** The copies imports kept of what they changed, newest first. */
  importCopies(): ImportCopy[];
  /** Puts back what an import changed (as a Replace: every tab drops what it held), then removes the copy. */
  restoreImport(key: string): Result;
  clearAll(): Result;
  /** Feed `storage` events from other tabs here; a null key means storage was cleared. */
  handleStorageEvent(key: string | null): void;
  /** The namespaced keys, data and quarantine alike. */
  keys(): string[];
  /**
   * When each item of the current data was last set (deletions included), for the backup
   * reminder; values of kinds `skip` names (the backup record itself) are left out.
   */
  changeTimes(skip?: readonly string[]): number[];
  /** The copies kept from before a version change (EARLIER keys), and whether the reader chose to keep them. */
  earlierCopies(): { key: string; raw: string; kept: boolean }[];
  /** The reader's answer for these copies: keep them (and stop asking) or remove them. */
  settleEarlier(keys: readonly string[], choice: 'keep' | 'remove'): Result;
}

export interface StoreOptions {
  /** The storage to use, or null when the browser refused it. */
  storage: StorageLike | null;
  now: () => number;
  /** Every kind this site stores, so imports can be checked. */
  kinds: readonly AnyKind[];
  /** Where kinds with a `refile` hook file their data; none: nothing is refiled. */
  refiler?: AnyRefiler | undefined;
  random?: () => number;
}

export function createStore({ storage, now, kinds, refiler, random = Math.random }: StoreOptions): Store {
  const io = createIo(storage);
  const generations = createGenerations(io, now, random);
  const slots = createSlots(io, generations, now, refiler);
  const kindOf = (key: string) => {
    if (!key.startsWith(NAMESPACE) || key.startsWith(QUARANTINE) || key === GENERATION_KEY) return undefined;
    const rest = unspaced(key);
    const name = rest.slice(0, rest.indexOf(':'));
    return rest.includes(':') ? kinds.find((k) => k.name === name) : undefined;
  };
  const first = refiler && dataKey(refiler.kind.name, '');

  return {
    // open, handleStorageEvent (./slots.ts); applyImport, restoreImport (./import-apply.ts); earlierCopies, settleEarlier (./earlier.ts)
    ...slots,
    ...earlier(io),
    ...createImporter({ io, generations, now, kindOf, resetAll: slots.resetAll, first }),
    keys: io.keys,
    changeTimes(skip = []) {
      const g = generations.generation();
      const times: number[] = [];
      for (const key of io.keys()) {
        const kind = kindOf(key);
        const raw = kind && !skip.includes(kind.name) ? io.get(key) : null;
        const read = raw === null ? undefined : readValue(kind!, raw);
        if (!read?.ok || !generations.current(g, key, raw!, read.envelope.epoch)) continue;
        for (const map of Object.values(read.doc)) for (const [at] of Object.values(map)) times.push(at);
      }
      return times;
    },
    exportText() {
      const keys: Record<string, string> = {};
      for (const key of io.keys()) {
        if (key === GENERATION_KEY) continue;
        const raw = io.get(key);
        if (raw === null) continue;
        const kind = kindOf(key);
        const read = kind && readValue(kind, raw);
        // The site must accept its own export, so an unreadable value goes out set aside.
        if (read && !read.ok && read.reason !== 'newer-version') {
          const moved = quarantine(io, now, key, raw);
          if (moved) {
            if (key !== moved) keys[moved] = raw;
          } else keys[`${QUARANTINE}${unspaced(key)}:export`] = raw;
          continue;
        }
        keys[key] = raw;
      }
      return JSON.stringify({ app: 'handoff-handbook', format: 2, exportedAt: now(), keys }, null, 2);
    },
    previewImport: (text) => previewImport(io, kindOf, text),
    importCopies: () => importCopies(io),
    clearAll() {
      if (!storage) return { ok: false, failure: 'unavailable' };
      let failure = io.put(GENERATION_KEY, JSON.stringify(generations.next({})));
      const retryGeneration = failure !== undefined;
      for (const key of io.keys()) if (key !== GENERATION_KEY) failure = io.remove(key) ?? failure;
      // When storage was too full for the marker, write it once the data is gone.
      if (retryGeneration)
        failure =
          io.put(GENERATION_KEY, JSON.stringify(generations.next({}))) ?? (failure === 'full' ? undefined : failure);
      slots.resetAll();
      return failure ? { ok: false, failure } : { ok: true };
    },
  };
}
