import { defineConfig } from 'vitest/config';
import { timeouts } from './support/timeouts.ts';

/**
 * The reader flows in Chromium, Firefox ESR and WebKitGTK against the built site (test/engines/):
 * one file, each flow in the three engines side by side, each browser started once.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/engines/**/*.test.ts'],
    testTimeout: timeouts.engineFlow,
    hookTimeout: timeouts.browserStart,
  },
});
