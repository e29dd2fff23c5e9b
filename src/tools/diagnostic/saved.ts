/** The diagnostic's ticks as stored in the browser, one slot per diagnostic. */
export interface SavedTicks {
  ticked: string[];
}

/** The ticks with one signal turned on or off, in a stable order. */
export function toggleTick(ticked: readonly string[], signal: string, on: boolean): string[] {
  const rest = ticked.filter((id) => id !== signal);
  return on ? [...rest, signal].sort() : rest;
}
