/**
 * Offline and redeploys, with the service worker allowed (every other spec blocks it). Each test
 * serves the build from its own server, so it can take the network away or deploy anew.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tools } from '../../src/tools/registry';
import { distDir, htmlFiles, urlOf } from '../support/dist';
import { serveStatic, type StaticServer } from '../support/static-server';
import { makeRedeploy, redeployed } from '../support/redeploy';
import { watchForProblems } from './support';
import { axeInBothSchemes } from './axe';
import { hydrated, saved } from './tools-support';
import { timeouts } from '../support/timeouts';

test.use({ serviceWorkers: 'allow' });

const basePort = Number(process.env.TEST_PORT ?? 4329);

/** Every page that runs a tool, with the island that runs it. */
const toolPages = htmlFiles().flatMap((file) => {
  const islands = [...readFileSync(join(distDir, file), 'utf8').matchAll(/component-url="\/_astro\/(\w+)\./g)].map(
    (m) => m[1]!,
  );
  // The registry's tools; the workspace, engagement and share pages have their own specs.
  const tool = islands.find((name) => tools.some((t) => t.island === name));
  return tool ? [{ url: urlOf(file), tool }] : [];
});

/** Uses the page's tool once, the way a reader would, and waits until the tool says it saved. */
async function useTool(page: Page, tool: string) {
  if (tool === 'WorksheetIsland') await page.locator('.worksheet-tool textarea').first().fill('Offline note');
  else if (tool === 'HandoffRecordIsland') await page.getByLabel('Next-action owner', { exact: true }).fill('Ines');
  else if (tool === 'QuizIsland') await page.locator('input[type="radio"]').nth(1).check();
  else await page.getByRole('checkbox').first().check();
  await saved(page);
}

/** Searches from the header's dialog and waits for the results. */
async function search(page: Page, words: string) {
  // `/` opens search unless a field has focus (a tool's checkbox may have it).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type(words);
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`\\d+ results? for “${words}”`));
  await expect(dialog.locator('.search-results > li').first()).toBeVisible();
}

/** Resolves once a service worker controls the registration's scope and its precache is complete (install done). */
async function serviceWorkerActive(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated')
      await new Promise((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)),
      );
  });
}

let server: StaticServer | undefined;
test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

test('after one visit, every tool page loads and saves, and search finds results, with the network gone', async ({
  context,
  page,
}) => {
  // The five tools on their seven pages (a guide's checklist hydrates late and is covered below).
  expect(toolPages.length).toBeGreaterThanOrEqual(7);
  server = await serveStatic(distDir, basePort + 1);
  const problems = watchForProblems(page);
  await page.goto(`${server.origin}/`);
  await serviceWorkerActive(page);

  await context.setOffline(true);
  await server.close();
  server = undefined;
  for (const { url, tool } of toolPages) {
    await page.goto(`${new URL(page.url()).origin}${url}`);
    // A tool further down a guide hydrates when scrolled near.
    await page.locator('astro-island').last().scrollIntoViewIfNeeded();
    await hydrated(page);
    await useTool(page, tool);
  }

  await search(page, 'billing trigger');
  expect(problems).toEqual([]);
});

test('a redeploy never breaks an open page: its lazy chunks come from the old cache, and the reader is offered the new version', async ({
  context,
}) => {
  // Two builds' worth of service worker installs and an axe pass in both schemes.
  test.slow();
  // In the test's own output folder: a folder shared by name was removed under this test by another worker's cleanup.
  const v2 = test.info().outputPath('redeploy');
  const { renamed } = await makeRedeploy(distDir, v2);
  server = await serveStatic(distDir, basePort + 2);
  const origin = server.origin;
  const problems: string[] = [];

  // First visit installs the worker; the second load of the page is one it controls.
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  problems.push(...watchForProblems(page));
  const guide = `${origin}/workflows/client-onboarding-workflow/`;
  await page.goto(guide);
  await serviceWorkerActive(page);
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // The checklist hydrates when scrolled near: its code and the storage code have not loaded yet.
  await expect(page.locator('[data-lazy-tool]')).toHaveAttribute('data-lazy-tool', '');

  server.swap(v2);
  const oldAssets = renamed.map((name) => `/_astro/${name}`);
  const store = oldAssets.find((path) => /\/store\.[\w-]+\.js$/.test(path))!;
  expect((await context.request.get(`${origin}${store}`)).status()).toBe(404);
  const fromServer = server.requests.length;

  // The browser looks for a new version when another page of the site opens.
  const other = await context.newPage();
  problems.push(...watchForProblems(other));
  await other.goto(`${origin}/glossary/`);

  const notice = page.getByRole('status').filter({ hasText: 'A new version of the handbook is ready.' });
  // The new version installs first, fetching every file it keeps: that can take a while.
  await expect(notice).toBeVisible({ timeout: timeouts.serviceWorker });
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
  expect(await axeInBothSchemes(page)).toEqual([]);

  // The open page, built with the old files, still hydrates its tool and saves.
  await page.locator('[data-lazy-tool]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-lazy-tool]')).toHaveAttribute('data-lazy-tool', 'hydrated');
  await hydrated(page);
  await useTool(page, 'ChecklistIsland');
  const askedOfServer = server.requests.slice(fromServer);
  expect(askedOfServer.filter((path) => oldAssets.includes(path))).toEqual([]);

  // Reload switches to the new version; the old hashed files stay available to other open pages.
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  // A guide names its scripts in templates (loaded on demand): the reloaded page is the new build's.
  await expect.poll(() => page.content()).toContain(`/_astro/${redeployed('')}`);
  await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toHaveCount(0);
  expect(await other.evaluate(async (path) => (await fetch(path)).status, store)).toBe(200);
  expect(problems).toEqual([]);
});

test.describe('with service workers blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('pages, tools and search work as before', async ({ page }) => {
    const problems = watchForProblems(page);
    await page.goto('/templates/client-onboarding-checklist/');
    await page.waitForLoadState('load');
    await hydrated(page);
    await useTool(page, 'ChecklistIsland');
    expect(await page.evaluate(async () => (await navigator.serviceWorker?.getRegistrations())?.length ?? 0)).toBe(0);
    await search(page, 'billing trigger');
    expect(problems).toEqual([]);
  });
});
