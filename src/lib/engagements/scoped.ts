/**
 * Data tagged with an engagement by its key: `<engagement id>:<key>` (diagnostic ticks, handoff
 * records). Engagement ids hold no colon, so a key splits at its first one. Pure; no storage code.
 */
import type { Found } from './chosen';

export const scopedKey = (engagement: string, key: string) => `${engagement}:${key}`;

/** The keys of one engagement, without the prefix. */
export const keysOf = (keys: readonly string[], engagement: string) =>
  keys.filter((k) => k.startsWith(`${engagement}:`)).map((k) => k.slice(engagement.length + 1));

/** The keys with one engagement's part replaced by `mine` (keys without the prefix). */
export const withKeysOf = (keys: readonly string[], engagement: string, mine: readonly string[]) => [
  ...keys.filter((k) => !k.startsWith(`${engagement}:`)),
  ...mine.map((k) => scopedKey(engagement, k)),
];

/** One engagement's part of a keyed map, keys without the prefix. */
export const sliceOf = <V>(map: Readonly<Record<string, V>>, engagement: string): Record<string, V> =>
  Object.fromEntries(keysOf(Object.keys(map), engagement).map((k) => [k, map[scopedKey(engagement, k)]!]));

/** The map with one engagement's part replaced by `mine`. */
export const withSlice = <V>(
  map: Readonly<Record<string, V>>,
  engagement: string,
  mine: Readonly<Record<string, V>>,
): Record<string, V> =>
  Object.fromEntries([
    ...withKeysOf(Object.keys(map), engagement, []).map((k): [string, V] => [k, map[k]!]),
    ...Object.entries(mine).map(([k, v]): [string, V] => [scopedKey(engagement, k), v]),
  ]);

/** The engagements keyed data belongs to; `name` gives a name for a key when the data has one. */
export function engagementsIn(keys: readonly string[], named?: boolean): Found[] {
  const out = new Map<string, Found>();
  for (const k of keys) {
    const at = k.indexOf(':');
    const id = k.slice(0, at);
    if (at > 0 && !out.has(id)) out.set(id, { id, name: named ? k.slice(at + 1) : undefined });
  }
  return [...out.values()];
}
