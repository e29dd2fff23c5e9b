import { defineConfig } from 'vitest/config';
import { timeouts } from './support/timeouts';

/** Fast tests of pure logic and content data; they need no build. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/unit/**/*.test.ts'],
    testTimeout: timeouts.unit,
  },
});
