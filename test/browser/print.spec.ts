/** On paper: a tool says which engagement and when, starts on page 1, prints absolute link targets and no focus ring. */
import { expect, test } from '@playwright/test';
import { pageTypes } from './layout-gates';
import { hydrated } from './tools-support';

test.use({ viewport: { width: 800, height: 1100 } });

test('a printed checklist names the engagement and the date, and starts on page 1', async ({ page }) => {
  await page.goto(pageTypes.checklist!);
  await hydrated(page);
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Client', exact: true }).fill('Oakmere study');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('checkbox').first().focus();
  await page.emulateMedia({ media: 'print' });
  const stamp = page.locator('.print-stamp[data-filled]');
  await expect(stamp).toBeVisible();
  await expect(stamp).toHaveText(
    new RegExp(`Engagement: Oakmere study · Date: ${new Date().toISOString().slice(0, 10)}`),
  );
  await expect(page.locator('.print-stamp:not([data-filled])')).toBeHidden();
  // Page 1 of A4 or Letter holds about 1,000 CSS px: the tool's first checkbox is on it.
  const first = await page.getByRole('checkbox').first().boundingBox();
  expect(first!.y).toBeLessThan(900);
  const outline = await page
    .getByRole('checkbox')
    .first()
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('none');
});

test('printed links show absolute addresses on the site origin', async ({ page }) => {
  await page.goto(pageTypes.guide!);
  await page.emulateMedia({ media: 'print' });
  const after = await page
    .locator('main .page-body a[href^="/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/^" \(https?:\/\/[^/]+\/.+\)"$/);
});

test('printed from a dark screen, the page and its checkboxes are light, so boxes print empty', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(pageTypes.checklist!);
  await hydrated(page);
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const box = page.getByRole('checkbox').first();
  expect(await box.evaluate((el) => getComputedStyle(el).colorScheme)).toBe('light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});
