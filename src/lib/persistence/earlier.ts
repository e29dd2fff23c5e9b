/**
 * The copies kept from before a version change (EARLIER keys), and the reader's answer for them:
 * keep them (their fingerprints under EARLIER_KEPT, so the question is not asked again) or remove them.
 */
import type { Io } from './io';
import { EARLIER, EARLIER_KEPT } from './keys';
import { fingerprint, parseJson, type Failure, type Result } from './values';

/** Key → fingerprint of each earlier copy the reader chose to keep. */
function keptEarlier(io: Io): Record<string, string> {
  const json = parseJson(io.get(EARLIER_KEPT) ?? '{}');
  const value = json.ok ? json.value : {};
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string'))
    : {};
}

/** The store's earlier copies over `io` (see Store.earlierCopies and Store.settleEarlier). */
export const earlier = (io: Io) => ({
  earlierCopies(): { key: string; raw: string; kept: boolean }[] {
    const kept = keptEarlier(io);
    return io
      .keys()
      .filter((k) => k.startsWith(EARLIER))
      .sort()
      .flatMap((key) => {
        const raw = io.get(key);
        return raw === null ? [] : [{ key, raw, kept: kept[key] === fingerprint(raw) }];
      });
  },
  settleEarlier(keys: readonly string[], choice: 'keep' | 'remove'): Result {
    if (!io.storage) return { ok: false, failure: 'unavailable' };
    const kept = keptEarlier(io);
    let failure: Failure | undefined;
    for (const key of keys) {
      if (!key.startsWith(EARLIER)) continue;
      const raw = io.get(key);
      if (choice === 'remove') {
        failure = io.remove(key) ?? failure;
        delete kept[key];
      } else if (raw !== null) kept[key] = fingerprint(raw);
    }
    const live = Object.fromEntries(Object.entries(kept).filter(([k]) => io.get(k) !== null));
    failure =
      (Object.keys(live).length > 0 ? io.put(EARLIER_KEPT, JSON.stringify(live)) : io.remove(EARLIER_KEPT)) ?? failure;
    return failure ? { ok: false, failure } : { ok: true };
  },
});
