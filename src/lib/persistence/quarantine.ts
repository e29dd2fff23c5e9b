/**
 * Quarantine: an unreadable value is moved to a timestamped key of its own and offered for
 * download, so nothing is lost and the slot can start afresh.
 */
import type { Io } from './io';
import { QUARANTINE, unspaced } from './keys';
import { stamp } from './values';

/** The quarantine key for a value of `key` set aside at `at` (before a free one is found). */
export const quarantineBase = (key: string, at: number) =>
  `${QUARANTINE}${unspaced(key)}:${new Date(at).toISOString()}`;

/** Moves an unreadable value to a timestamped quarantine key; null if it had to stay put. */
export function quarantine(io: Io, now: () => number, key: string, raw: string): string | null {
  const target = io.freeKey(quarantineBase(key, stamp(now)));
  if (io.put(target, raw)) return null;
  if (io.remove(key)) {
    io.remove(target);
    return null;
  }
  return target;
}
