import { binaryPath } from './engines.ts';

/**
 * The Chromium the Playwright suite drives. A missing one fails here, when the configuration
 * loads, naming the Debian package and CHROME_PATH (test/support/engines.ts), not minutes later in
 * every test with "executable doesn't exist".
 */
export const browserPath = binaryPath('chromium');
