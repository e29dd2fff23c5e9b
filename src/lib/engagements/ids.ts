/**
 * Ids for engagements and their dated items. An id is made once and never changes: tool runs,
 * reminders and calendar UIDs all point at it, so renaming a client must not move anything.
 * The random source is passed in so tests (and a migration replayed in two tabs) are repeatable.
 */

/** A number in [0, 1), like Math.random; crypto-backed in the browser (see `cryptoRandom`). */
export type RandomSource = () => number;

/** Lowercase letters and digits without look-alikes (no 0/o, 1/l/i), so an id read aloud survives. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** 10 characters of a 31-letter alphabet: about 8 × 10^14 ids, ample for one person's engagements. */
const LENGTH = 10;

/**
 * A new id such as `e-k3m9tq2xwa`: the prefix says what it names (e engagement, m milestone,
 * i invoice, d dependency, q decision). An id already in `taken` is drawn again.
 */
export function newId(prefix: string, random: RandomSource, taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < LENGTH; i++)
      body += ALPHABET[Math.min(ALPHABET.length - 1, Math.floor(random() * ALPHABET.length))];
    const id = `${prefix}-${body}`;
    if (!taken.has(id)) return id;
  }
}

/** The browser's cryptographic random numbers as a RandomSource. */
export const cryptoRandom: RandomSource = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/**
 * A repeatable RandomSource from a seed (mulberry32), for tests and for the migration, which must
 * give the same ids when it runs twice on the same data.
 */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A 32-bit FNV-1a hash of a text, used to seed repeatable ids from a name. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
