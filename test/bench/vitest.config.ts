import { defineConfig } from 'vitest/config';

/** `npm run bench`: builds synthetic copies of the site at scale and prints the figures. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/bench/**/*.bench-run.ts'],
    testTimeout: 1_800_000,
  },
});
