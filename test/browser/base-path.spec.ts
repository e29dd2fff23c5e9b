/**
 * The site served under a sub-path, as a project site or a reverse proxy serves it: the build
 * made with BASE_PATH=/handbook/ (shared with the dist test), previewed under /handbook/.
 * Search finds a page and opens it under the prefix; a tool saves a run and keeps it.
 */
import { createServer } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { preview } from 'astro';
import { loadPages, root } from '../support/content-files';
import { subpathBase, subpathBuild, subpathDir } from '../support/subpath-build';
import { watchForProblems } from './support';
import { saved, saveStatus } from './tools-support';

// One build and one preview server for the file, so its tests run in one worker.
test.describe.configure({ mode: 'serial' });

let server: Awaited<ReturnType<typeof preview>> | undefined;
let home = '';

/** A port nobody is listening on, so this server cannot collide with the main preview. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  subpathBuild();
  const port = await freePort();
  server = await preview({
    root,
    outDir: subpathDir,
    base: subpathBase,
    server: { host: '127.0.0.1', port },
    logLevel: 'warn',
  });
  home = `http://127.0.0.1:${port}${subpathBase}`;
});

test.afterAll(async () => {
  await server?.stop();
});

/** Every request the page makes, as paths, to show nothing is fetched from outside the prefix. */
function requestedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

const billingTrigger = loadPages().find((p) => p.id === 'glossary/billing-trigger')!;

test('search finds a page, the result opens under the prefix and highlights the words', async ({ page }) => {
  const problems = watchForProblems(page);
  const requests = requestedPaths(page);
  await page.goto(`${home}workflows/client-onboarding-workflow/`);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('billing trigger');
  const first = dialog.locator('.search-results > li').first().locator('a').first();
  await expect(first).toHaveAttribute(
    'href',
    new RegExp(`^${subpathBase}glossary/billing-trigger/\\?highlight=billing`),
  );
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${subpathBase}glossary/billing-trigger/\\?highlight=`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(billingTrigger.data.title);
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  // Printed, a link shows its absolute address, prefix included.
  await page.emulateMedia({ media: 'print' });
  const after = await page
    .locator('main .page-body a[href^="/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(new RegExp(`^" \\(https?://[^/]+${subpathBase}[a-z].+\\)"$`));
  expect(requests.filter((p) => !p.startsWith(subpathBase))).toEqual([]);
  expect(problems).toEqual([]);
});

test('a checklist tick is saved and still ticked after a reload', async ({ page }) => {
  const problems = watchForProblems(page);
  const requests = requestedPaths(page);
  const item = page.getByRole('checkbox', {
    name: 'Every deliverable is written down in the signed scope, not only discussed on a call.',
  });
  await page.goto(`${home}templates/client-onboarding-checklist/`);
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'ready');
  await item.check();
  await saved(page);
  await page.reload();
  await expect(item).toBeChecked();
  expect(requests.filter((p) => !p.startsWith(subpathBase))).toEqual([]);
  expect(problems).toEqual([]);
});

test('an unknown address under the prefix gets the styled 404 page with links back in', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(`${home}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('header .site-name')).toHaveAttribute('href', subpathBase);
  // Styled: the page's stylesheet loaded from under the prefix.
  await expect(page.locator('.skip-link')).not.toBeInViewport();
  await page.getByRole('link', { name: 'Glossary A–Z' }).first().click();
  await expect(page).toHaveURL(`${home}glossary/`);
  expect(failed).toEqual([]);
});
