/**
 * Generations: a clear or a Replace import starts a new one (GENERATION_KEY), so every tab drops
 * what it held from the old one instead of merging it back, and values written under an old
 * generation read as empty. A Replace import's values count as current by their fingerprints.
 */
import type { Io } from './io';
import { GENERATION_KEY } from './keys';
import { fingerprint, parseJson, stamp } from './values';
import { generationSchema } from '../../schemas/stored';

export interface Generation {
  epoch: number;
  /** Key → fingerprint of the value a Replace import wrote there. */
  imported: Record<string, string>;
}

export interface Generations {
  /** The current generation, as stored (or as this tab last saw it, when the stored marker went back). */
  generation(): Generation;
  /** A generation past the current one, holding a Replace import's fingerprints. */
  next(imported: Record<string, string>): Generation;
  /** Whether a stored value belongs to the current generation. */
  current(g: Generation, key: string, raw: string, epoch: number | undefined): boolean;
}

export function createGenerations(io: Io, now: () => number, random: () => number): Generations {
  /** The newest generation this tab has seen: generations only move forward. */
  let known: Generation = { epoch: 0, imported: {} };
  const generation = (): Generation => {
    let stored: Generation = { epoch: 0, imported: {} };
    try {
      const raw = io.get(GENERATION_KEY);
      const json = raw === null ? undefined : parseJson(raw);
      const parsed = json?.ok ? generationSchema.safeParse(json.value) : undefined;
      if (parsed?.success) stored = parsed.data;
    } catch {
      // Unreadable storage reads as the first generation.
    }
    // An older marker (two tabs cleared at once, or storage was wiped): put the newer one back.
    if (stored.epoch < known.epoch) io.put(GENERATION_KEY, JSON.stringify(known));
    else known = stored;
    return known;
  };
  return {
    generation,
    next: (imported) => ({
      epoch: Math.max(generation().epoch + 1, stamp(now) * 1024 + Math.floor(random() * 1024)),
      imported,
    }),
    current: (g, key, raw, epoch) =>
      (epoch ?? 0) === g.epoch || (Object.hasOwn(g.imported, key) && g.imported[key] === fingerprint(raw)),
  };
}
