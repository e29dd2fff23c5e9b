import { defineConfig } from 'vitest/config';

/** Checks over the built site in dist/, and builds of broken fixtures that must fail. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/dist/**/*.test.ts'],
    globalSetup: ['test/support/fixture-root.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
