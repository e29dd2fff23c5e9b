/**
 * Small things a reader meets on every visit: breadcrumbs that keep their separators, a search
 * dialog that holds still while results change, and search on the 404.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from './support';

test.describe('breadcrumbs on a phone', () => {
  test.use({ viewport: { width: 320, height: 700 }, hasTouch: true });

  test('a separator never ends a line on its own: it sits on the line of the link after it', async ({ page }) => {
    const pages = [
      '/templates/approval-and-billing-readiness-checklist/',
      '/templates/project-start-readiness-and-handoff-boundary-worksheet/',
      '/workflows/freelance-client-workflow-system-inquiry-to-final-payment/',
      '/glossary/client-dependency/',
      '/faq/client-silent-after-proposal/',
    ];
    for (const url of pages) {
      await page.goto(url);
      const gaps = await page.locator('.breadcrumbs li + li').evaluateAll((items) =>
        items.map((li) => {
          const link = li.querySelector('a')!.getBoundingClientRect();
          // The separator is the item's ::before; with it on a line of its own, the link starts a line lower.
          return link.top - li.getBoundingClientRect().top;
        }),
      );
      expect(gaps.length, url).toBeGreaterThan(0);
      for (const gap of gaps) expect(gap, url).toBeLessThan(4);
    }
  });
});

async function openSearch(page: Page) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  return dialog;
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the search dialog holds its place as results come and go, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/glossary/');
    const dialog = await openSearch(page);
    const top = async () => (await dialog.boundingBox())!.y;
    const empty = await top();
    await page.keyboard.type('approval');
    await expect(dialog.locator('.search-results > li').first()).toBeVisible();
    expect(await top()).toBeCloseTo(empty, 0);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('qqqzzzxx');
    await expect(dialog.getByRole('status')).toHaveText(/No results|no results|0 results/);
    expect(await top()).toBeCloseTo(empty, 0);
  });
}

test('the 404 page searches the handbook without a script of its own', async ({ page }) => {
  const problems = watchForProblems(page);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('billing trigger');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=billing\+trigger$/);
  await expect(page.locator('.search-results > li').first()).toContainText(/billing trigger/i);
  // The 404 status itself is the one expected console line.
  expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
});
