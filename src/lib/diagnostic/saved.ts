/** The diagnostic's ticks as stored in the browser, one slot per diagnostic. */
import * as z from 'zod/mini';
import type { Kind } from '../persistence';

export interface SavedTicks {
  ticked: string[];
}

export const triageKind: Kind<SavedTicks> = {
  name: 'triage',
  version: 1,
  schema: z.object({ ticked: z.array(z.string()) }),
  empty: () => ({ ticked: [] }),
};

/** The ticks with one signal turned on or off, in a stable order. */
export function toggleTick(ticked: readonly string[], signal: string, on: boolean): string[] {
  const rest = ticked.filter((id) => id !== signal);
  return on ? [...rest, signal].sort() : rest;
}
