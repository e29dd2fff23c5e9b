/**
 * Writing an import, all or nothing: a Replace starts a new generation and makes storage hold the
 * file's keys and nothing else; a Merge merges each value it can read into the reader's and sets
 * aside the rest. What it changed is kept first as an import copy; on any failed write, storage is
 * put back as it was. An import copy is put back the same way.
 */
import type { Generations } from './generations';
import { importCopyOf, keepImportCopy } from './import-copies';
import type { ImportPlan } from './import-plan';
import type { Io } from './io';
import { GENERATION_KEY, IMPORT_COPY, isData } from './keys';
import type { AnyKind } from './kind';
import { canonical, mergeDocs } from './lww';
import { quarantineBase } from './quarantine';
import { fingerprint, readValue, stamp, type Failure, type Result } from './values';

export interface ImportContext {
  io: Io;
  generations: Generations;
  now: () => number;
  kindOf(key: string): AnyKind | undefined;
  /** Every open slot reads its value afresh. */
  resetAll(): void;
  /**
   * Keys starting with this are written first: the list other data is filed under. Other tabs hear
   * the writes one key at a time; data arriving first would name an entry the tab does not know
   * yet, and the tab would file it anew with a fresh write over the imported list.
   */
  first?: string | undefined;
}

export interface Importer {
  applyImport(plan: ImportPlan, mode: 'replace' | 'merge'): Result;
  restoreImport(key: string): Result;
}

export function createImporter({ io, generations, now, kindOf, resetAll, first }: ImportContext): Importer {
  const ordered = (writes: Record<string, string>): [string, string][] =>
    first === undefined
      ? Object.entries(writes)
      : Object.entries(writes).sort(([a], [b]) => Number(!a.startsWith(first)) - Number(!b.startsWith(first)));

  /**
   * Makes storage hold `writes` and nothing else of this site (import copies apart), starting a new
   * generation first so other tabs drop what they hold before the data arrives. Stops at the first
   * failure; returns each key it touched with its result.
   */
  const replaceWith = (writes: Record<string, string>): [string, Failure | undefined][] => {
    const done: [string, Failure | undefined][] = [];
    const imported = Object.fromEntries(
      Object.entries(writes)
        .filter(([k]) => kindOf(k))
        .map(([k, raw]) => [k, fingerprint(raw)]),
    );
    const marker = io.put(GENERATION_KEY, JSON.stringify(generations.next(imported)));
    if (marker) return [[GENERATION_KEY, marker]];
    for (const key of io.keys()) {
      if (!isData(key) || Object.hasOwn(writes, key)) continue;
      const f = io.remove(key);
      done.push([key, f]);
      if (f) return done;
    }
    for (const [key, raw] of ordered(writes)) {
      const f = io.get(key) === raw ? undefined : io.put(key, raw);
      done.push([key, f]);
      if (f) return done;
    }
    return done;
  };

  return {
    applyImport(plan, mode) {
      if (!io.storage) return { ok: false, failure: 'unavailable' };
      const before = io.snapshot();
      const at = stamp(now);
      /** Key → its text before this import (null: it was not there), for the import copy. */
      const was = new Map<string, string | null>();
      let failure: Failure | undefined;
      const step = (f: Failure | undefined) => (failure ??= f);
      if (mode === 'replace') {
        for (const [key, f] of replaceWith(plan.writes)) {
          if (!was.has(key)) was.set(key, before.get(key) ?? null);
          step(f);
        }
      } else {
        const write = (key: string, text: string) => {
          if (!was.has(key)) was.set(key, io.get(key));
          if (io.get(key) !== text) step(io.put(key, text));
        };
        const g = generations.generation();
        /** Keeps a value the merge cannot merge under a quarantine key of its own: nothing lost, nothing written over. */
        const setAside = (key: string, raw: string) => write(io.freeKey(quarantineBase(key, at), raw), raw);
        for (const [key, raw] of ordered(plan.writes)) {
          if (failure) break;
          const here = io.get(key);
          const kind = kindOf(key);
          const incoming = kind && readValue(kind, raw);
          if (!kind || !incoming?.ok) {
            // A value this version cannot merge (a newer version's, a kind it does not know, a set-aside
            // copy) goes where nothing is, and beside the reader's own value where one is.
            if (here === null) write(key, raw);
            else if (here !== raw) setAside(key, raw);
            continue;
          }
          const stored = here === null ? undefined : readValue(kind, here);
          if (stored && !stored.ok) {
            // A newer version's value here stays as it is; the file's value is kept beside it.
            if (stored.reason === 'newer-version') {
              setAside(key, raw);
              continue;
            }
            // An unreadable value here is moved aside before the file's value takes its place.
            setAside(key, here!);
            if (failure) break;
          }
          const doc =
            stored?.ok && generations.current(g, key, here!, stored.envelope.epoch)
              ? mergeDocs(stored.doc, incoming.doc)
              : incoming.doc;
          write(key, JSON.stringify({ version: kind.version, savedAt: at, epoch: g.epoch, data: canonical(doc) }));
        }
      }
      // What the import wrote over or removed is kept before it counts as done: without room for the
      // copy, nothing is imported.
      if (!failure) step(keepImportCopy(io, was, mode, at));
      if (failure) {
        io.restore(before);
        resetAll();
        return { ok: false, failure };
      }
      resetAll();
      return { ok: true };
    },
    restoreImport(key) {
      if (!io.storage) return { ok: false, failure: 'unavailable' };
      const copy = key.startsWith(IMPORT_COPY) ? importCopyOf(io.get(key)) : undefined;
      if (!copy) return { ok: false, failure: 'unverified' };
      const before = io.snapshot();
      const target = new Map(
        io
          .keys()
          .filter(isData)
          .map((k) => [k, io.get(k) ?? '']),
      );
      for (const k of copy.absent) target.delete(k);
      for (const [k, text] of Object.entries(copy.keys)) target.set(k, text);
      let failure: Failure | undefined;
      for (const [, f] of replaceWith(Object.fromEntries(target))) failure ??= f;
      failure ??= io.remove(key);
      if (failure) io.restore(before);
      resetAll();
      return failure ? { ok: false, failure } : { ok: true };
    },
  };
}
