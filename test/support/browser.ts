import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests drive. CHROME_PATH wins; otherwise Debian's headless shell
 * (`chromium-headless-shell`, the same engine build without the desktop browser around it,
 * which is what Playwright itself runs headless) and, failing that, Debian's full `chromium`.
 * The shell runs the suite in half the CPU time of the full browser's headless mode.
 */
export const browserPath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ??
  '/usr/bin/chromium';
