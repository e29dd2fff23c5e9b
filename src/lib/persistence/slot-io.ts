/**
 * One slot's copy of a stored value, and its reads and writes: every read merges the latest stored
 * value into the copy (./lww.ts), every write is read back, an older version's text is kept under
 * an EARLIER key before it is written over, and a newer version's value is never written over.
 */
import type { Generations } from './generations';
import type { Io } from './io';
import { EARLIER, unspaced } from './keys';
import type { AnyKind } from './kind';
import { canonical, mergeDocs, type Doc } from './lww';
import { quarantine } from './quarantine';
import { readValue, TOMBSTONE_MS, type SlotStatus } from './values';

export interface SlotState {
  kind: AnyKind;
  key: string;
  replica: Doc;
  epoch: number;
  locked: boolean;
  status: SlotStatus;
  listeners: Set<() => void>;
  /** The stored text of an older version, until its copy is kept and the value rewritten. */
  older?: { version: number; raw: string } | undefined;
}

export interface SlotIo {
  /** Merges the latest stored value into the slot's copy; returns the stored doc (or null when unreadable). */
  sync(s: SlotState): Doc | null;
  /** Writes the slot's copy; records in its status whether that held. */
  save(s: SlotState, at: number): void;
  /** Drops the slot's copy and reads the stored value afresh. */
  reset(s: SlotState): void;
}

export function createSlotIo(io: Io, generations: Generations, now: () => number): SlotIo {
  const sync = (s: SlotState): Doc | null => {
    const g = generations.generation();
    if (g.epoch !== s.epoch) {
      s.replica = {};
      s.epoch = g.epoch;
      s.status = {};
    }
    let raw: string | null;
    try {
      if (!io.storage) throw new Error('no storage');
      raw = io.get(s.key);
    } catch {
      s.status = { ...s.status, failure: 'unavailable' };
      return null;
    }
    s.locked = false;
    if (raw === null) return {};
    const read = readValue(s.kind, raw);
    if (read.ok) {
      // A value written under a generation that was since cleared or replaced reads as empty.
      if (!generations.current(g, s.key, raw, read.envelope.epoch)) return {};
      s.replica = mergeDocs(s.replica, read.doc);
      s.older = read.envelope.version < s.kind.version ? { version: read.envelope.version, raw } : undefined;
      if (s.status.savedAt === undefined || read.envelope.savedAt > s.status.savedAt)
        s.status = { ...s.status, savedAt: read.envelope.savedAt };
      return read.doc;
    }
    if (read.reason === 'newer-version') {
      s.locked = true;
      s.status = { ...s.status, kept: { reason: read.reason, key: s.key, raw } };
      return null;
    }
    const moved = quarantine(io, now, s.key, raw);
    s.status = { ...s.status, kept: { reason: read.reason, key: moved ?? s.key, raw } };
    if (moved === null) {
      s.locked = true;
      return null;
    }
    return {};
  };

  const save = (s: SlotState, at: number) => {
    if (s.locked) {
      s.status = { ...s.status, failure: 'locked' };
      return;
    }
    // Deletions older than a month have reached every tab that is still open; drop them.
    s.replica = Object.fromEntries(
      Object.entries(s.replica).map(([n, m]) => [
        n,
        Object.fromEntries(Object.entries(m).filter(([, e]) => e[1] !== null || e[0] > at - TOMBSTONE_MS)),
      ]),
    );
    // Never write what a read would refuse (past a size limit): that would lose it on the next load.
    if (!s.kind.schema.safeParse(s.replica).success) {
      s.status = { ...s.status, failure: 'too-large' };
      return;
    }
    const older = s.older;
    let copy: string | undefined;
    if (older) {
      // The older text is kept under its own key first; if that fails, the old value stays put.
      copy = io.freeKey(`${EARLIER}v${older.version}:${unspaced(s.key)}`, older.raw);
      const kept = io.get(copy) === older.raw ? undefined : io.put(copy, older.raw);
      if (kept) {
        s.status = { ...s.status, failure: kept };
        return;
      }
    }
    const text = JSON.stringify({ version: s.kind.version, savedAt: at, epoch: s.epoch, data: canonical(s.replica) });
    const failure = io.put(s.key, text);
    if (!failure && older && copy) {
      s.older = undefined;
      s.status = { ...s.status, upgraded: { from: older.version, key: copy, raw: older.raw } };
    }
    s.status = failure ? { ...s.status, failure } : { ...s.status, failure: undefined, savedAt: at };
  };

  const reset = (s: SlotState) => {
    s.replica = {};
    s.epoch = generations.generation().epoch;
    s.locked = false;
    s.status = {};
    sync(s);
    if (!io.storage) s.status = { ...s.status, failure: 'unavailable' };
  };

  return { sync, save, reset };
}
