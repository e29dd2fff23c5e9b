/** axe in light and dark on the states this layout adds: the open menu and disclosures, search results, tool results. */
import { expect, test, type Locator } from '@playwright/test';
import { drawn, mobileContext, pageTypes } from './layout-gates';
import { axeInBothSchemes } from './axe';
import { answerQuizAndSubmit, hydrated } from './tools-support';

test.describe('on a phone', () => {
  test.use(mobileContext);

  test('the open menu, the open routing block and the open contents', async ({ page }) => {
    await page.goto(pageTypes.guide!);
    await page.getByText('Menu', { exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
    await page.getByText('Is this the right page?', { exact: true }).click();
    await page.locator('.toc-inline > summary').click();
    expect(await axeInBothSchemes(page)).toEqual([]);
  });

  test('the diagnostic with its leading category, and all backlinks shown', async ({ page }) => {
    await page.goto(pageTypes.diagnostic!);
    await hydrated(page);
    // Two ticks in the first category reach its threshold, so it leads on its own ticks.
    await page.getByRole('checkbox').nth(0).check();
    await page.getByRole('checkbox').nth(1).check();
    await expect(page.locator('.diagnostic-lead')).toContainText('Leading so far');
    expect(await axeInBothSchemes(page)).toEqual([]);
    await page.goto(pageTypes.term!);
    for (const more of await page.locator('.backlinks details > summary').all()) await more.click();
    expect(await axeInBothSchemes(page)).toEqual([]);
  });
});

test('the quiz verdict panel and the search dialog with more results listed', async ({ page }) => {
  await page.goto(pageTypes.quiz!);
  await hydrated(page);
  await answerQuizAndSubmit(page, 'last');
  await expect(page.locator('.quiz-result')).toBeVisible();
  expect(await axeInBothSchemes(page)).toEqual([]);
  await page.keyboard.press('/');
  await page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox').fill('invoice');
  await page.locator('.search-more').click();
  expect(await axeInBothSchemes(page)).toEqual([]);
});

test('success, caution and error notices each in their own style, with no axe violation in either scheme', async ({
  page,
}) => {
  const edge = (notice: Locator) => notice.evaluate((el) => getComputedStyle(el).borderLeftColor);
  // Success: the handoff record's notice after a record is saved.
  await page.goto(pageTypes.record!);
  await hydrated(page);
  await page.getByLabel('Record name', { exact: true }).fill('Oakmere study');
  await page.getByRole('button', { name: 'Save record' }).click();
  const success = page.locator('.tool-notice[data-tone="ok"]');
  await expect(success).toHaveText('Added “Oakmere study” to your records.');
  const ok = await edge(success);
  expect(await axeInBothSchemes(page)).toEqual([]);
  // Error: the quiz refuses a result before every question is answered.
  await page.goto(pageTypes.quiz!);
  await hydrated(page);
  await page.getByRole('button', { name: 'Show my result' }).click();
  const error = page.locator('.tool-notice[data-tone="bad"]');
  await expect(error).toContainText('Answer every question first');
  const bad = await edge(error);
  expect(await axeInBothSchemes(page)).toEqual([]);
  // Caution: the engagement page's link names an engagement this browser does not hold.
  await page.goto(`${pageTypes.engagement!}?engagement=e-notheld00`);
  await hydrated(page);
  await drawn(page, 'engagement');
  const caution = page.locator('.notice').filter({ hasText: 'does not hold' });
  await expect(caution).toBeVisible();
  const warn = await edge(caution);
  expect(await axeInBothSchemes(page)).toEqual([]);
  expect(new Set([ok, bad, warn]).size, `edges: ${ok}, ${warn}, ${bad}`).toBe(3);
});
