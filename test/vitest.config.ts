import { defineConfig } from 'vitest/config';
import { timeouts } from './support/timeouts';

/** Fast tests of pure logic and content data; they need no build. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/unit/**/*.test.ts'],
    testTimeout: timeouts.unit,
    // One module cache per worker, not one per file: the files test pure functions, and the few that
    // change a global (Intl, the time zone, env stubs) put it back after each test. Measured: 17
    // processor-seconds for the suite instead of 43, most of it the per-file restart.
    isolate: false,
  },
});
