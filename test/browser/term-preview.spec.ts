import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';

const page_ = '/workflows/freelance-client-workflow-system-inquiry-to-final-payment/';

test('a term preview opens on hover and on focus, and Escape closes it without moving focus', async ({ page }) => {
  await page.goto(page_);
  const term = page.locator('article .term').first();
  const link = term.locator('a');
  const tip = term.locator('[role="tooltip"]');
  await expect(tip).toBeHidden();

  await link.hover();
  await expect(tip).toBeVisible();
  await expect(link).toHaveAccessibleDescription((await tip.textContent())!.trim());
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.mouse.move(0, 0);

  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(link).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/[^/]+\/$/);
});

test('the preview stays open while the pointer moves onto it', async ({ page }) => {
  await page.goto(page_);
  const term = page.locator('article .term').first();
  await term.locator('a').hover();
  const tip = term.locator('[role="tooltip"]');
  await tip.hover();
  await expect(tip).toBeVisible();
});

test.describe('on touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  test('a tap follows the term link', async ({ page }) => {
    await page.goto(page_);
    const link = page.locator('article .term a').first();
    const href = await link.getAttribute('href');
    await link.tap();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('a term is a plain working link', async ({ page }) => {
    await page.goto(page_);
    const term = page.locator('article .term').first();
    await term.locator('a').hover();
    await expect(term.locator('[role="tooltip"]')).toBeHidden();
    const href = await term.locator('a').getAttribute('href');
    await term.locator('a').click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
