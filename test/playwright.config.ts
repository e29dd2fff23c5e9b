import { defineConfig } from '@playwright/test';
import { browserPath } from './support/browser';
import { timeouts } from './support/timeouts';

const port = Number(process.env.TEST_PORT ?? 4329);
export const baseURL = `http://127.0.0.1:${port}`;

/** Browser tests against the built site, in the system's Chromium (see support/browser.ts). */
export default defineConfig({
  testDir: './browser',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // Screenshot baselines live next to the tests, one file per name, the same on every platform.
  snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
  timeout: 60_000,
  // Web-first assertions wait for islands to hydrate; 5 s, the default, failed on a busy machine.
  expect: { timeout: timeouts.hydration },
  use: {
    baseURL,
    // Tests see the network as the page makes it: the offline spec allows the service worker for its own tests.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: browserPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // --ignore-lock: a preview server left by another checkout must not stand in for this build.
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    cwd: '..',
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
