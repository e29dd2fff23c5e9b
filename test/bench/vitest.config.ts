import { defineConfig } from 'vitest/config';

/**
 * `npm run bench`: builds synthetic copies of the site at scale and prints the figures, then
 * races the same pages against Starlight (BENCH_STARLIGHT=0 leaves the race out). One file at
 * a time, so that no benchmark's builds share the machine with another's.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: [
      'test/bench/scale.bench-run.ts',
      ...(process.env['BENCH_STARLIGHT'] === '0' ? [] : ['test/bench/starlight.bench-run.ts']),
    ],
    fileParallelism: false,
    testTimeout: 1_800_000,
  },
});
