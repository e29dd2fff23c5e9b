/** Runs `fn` as if the machine were in `zone`: Node reads TZ afresh on every Date computation. */
export function inTimeZone<T>(zone: string, fn: () => T): T {
  const saved = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  }
}
