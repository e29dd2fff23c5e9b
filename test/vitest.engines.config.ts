import { defineConfig } from 'vitest/config';
import { TIMEOUTS } from './support/engines/engine';

/**
 * The reader flows in Chromium, Firefox ESR and WebKitGTK against the built site (test/engines/).
 * One file, one worker: the three browsers run one after another, each started once.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/engines/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: TIMEOUTS.flow,
    hookTimeout: TIMEOUTS.launch,
  },
});
