import { readFileSync } from 'node:fs';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Waits until every island on the page has hydrated (Astro drops the `ssr` attribute then), and
 * every late-loaded tool that started loading is hydrated too.
 */
export async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr], [data-lazy-tool="loading"]')).toHaveCount(0);
}

/** The save-status line of the (first) tool on the page. */
export const saveStatus = (page: Page) => page.locator('.save-status').first();

/** Waits until the tool's last change was written and read back. */
export async function saved(page: Page) {
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
  await expect(saveStatus(page)).toHaveText(/^Saved \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
}

/** Answers every question of the quiz with its first or last option and asks for the result. */
export async function answerQuizAndSubmit(page: Page, pick: 'first' | 'last') {
  const groups = page.locator('.quiz fieldset');
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).locator('input[type="radio"]')[pick]().check();
  await page.getByRole('button', { name: 'Show my result' }).click();
}

/** Seeds storage once, before any page script runs (the flag is outside the site's keys). */
export async function seed(page: Page | BrowserContext, values: Record<string, string>) {
  await page.addInitScript((v) => {
    if (localStorage.getItem('test-seeded')) return;
    localStorage.setItem('test-seeded', '1');
    for (const [k, value] of Object.entries(v)) localStorage.setItem(k, value);
  }, values);
}

/** A stored-values fixture from test/fixtures/v1/, as key → stored text. */
export const v1Fixture = (name: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(
      JSON.parse(readFileSync(new URL(`../fixtures/v1/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>,
    ).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );

/** The engagement picker, and the engagement it shows as current. */
export const picker = (page: Page) => page.getByRole('combobox', { name: 'Engagement' });
export const currentEngagement = (page: Page) => picker(page).locator('option:checked');
export const storedText = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

/** Every key of this site in the page's storage, as stored (generation counters left out). */
export const storedKeys = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('handoff-handbook:') && !k.endsWith(':generation'))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

/** Makes a new engagement with the picker; it becomes current. */
export async function createEngagement(page: Page, client: string, project: string) {
  await page.getByRole('button', { name: 'New engagement' }).click();
  await page.getByRole('textbox', { name: 'Client', exact: true }).fill(client);
  await page.getByRole('textbox', { name: 'Project', exact: true }).fill(project);
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(currentEngagement(page)).toHaveText(project ? `${client}: ${project}` : client);
}
