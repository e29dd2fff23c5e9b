/** The diagnostic triage in Chromium: the tie rule, the fallback, saved ticks and accessibility. */
import { expect, test, type Page } from '@playwright/test';
import { loadDiagnostics, loadPages } from '../support/content-files';
import { watchForProblems } from './support';
import { axeInBothSchemes } from './axe';
import { hydrated } from './tools-support';

const diagnostic = loadDiagnostics().find((d) => d.id === 'workflow-diagnostic')!.data;
const titles = new Map(loadPages().map((p) => [p.id, p.data.title]));
const url = '/templates/workflow-diagnostic-checklist/';
const category = (id: string) => diagnostic.categories.find((c) => c.id === id)!;

async function tick(page: Page, categoryId: string, count: number) {
  for (const signal of category(categoryId).signals.slice(0, count)) {
    await page.getByRole('checkbox', { name: signal.text }).check();
  }
}

const result = (page: Page) => page.locator('.diagnostic-result');

test('a tie resolves to the earlier category, and the result names why and its first page', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto(url);
  await hydrated(page);
  await expect(result(page)).toContainText('Tick the signals you recognise');
  // Tick the later category first, so the order of ticking cannot decide the tie.
  await tick(page, 'billing-status', 2);
  await expect(page.getByRole('heading', { name: `Start with: ${category('billing-status').name}` })).toBeVisible();
  await tick(page, 'approval-delivery', 2);
  const winner = category('approval-delivery');
  await expect(page.getByRole('heading', { name: `Start with: ${winner.name}` })).toBeVisible();
  await expect(result(page)).toContainText(`${winner.name} wins because it comes earlier in the list`);
  await expect(result(page)).toContainText(winner.meaning);
  const first = result(page).getByRole('link', { name: titles.get(winner.firstPage)! });
  await expect(first).toHaveAttribute('href', `/${winner.firstPage}/`);
  expect(await axeInBothSchemes(page)).toEqual([]);

  // The ticks are saved: a reload brings back the same result.
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('heading', { name: `Start with: ${winner.name}` })).toBeVisible();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.get(winner.firstPage)!);
  expect(problems).toEqual([]);
});

test('more than three counting categories fall back to a sequence problem and the anchor', async ({ page }) => {
  await page.goto(url);
  await hydrated(page);
  await tick(page, 'approval-delivery', 2);
  await tick(page, 'billing-status', 2);
  await tick(page, 'system-of-record', 2);
  await tick(page, 'narrow-blocker', 1);
  const fallback = category(diagnostic.fallback.category);
  await expect(page.getByRole('heading', { name: `Start with: ${fallback.name}` })).toBeVisible();
  await expect(result(page)).toContainText('4 categories count, more than 3');
  await expect(result(page).getByRole('link', { name: titles.get(diagnostic.fallback.page)! })).toBeVisible();
  await page.getByRole('button', { name: 'Clear all ticks' }).click();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(result(page)).toContainText('Tick the signals you recognise');
});
