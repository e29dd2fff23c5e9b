/**
 * Accessibility and CSP gates on every URL of the built sitemap, plus keyboard use.
 */
import { expect, test } from '@playwright/test';
import { sitemapUrls } from '../support/dist';
import { watchForProblems } from './support';
import { axeInBothSchemes, preloadAxe } from './axe';
import { pageTypes } from './layout-gates';

// Pages kept out of the sitemap (shared links, print packets) are checked all the same.
const urls = [
  ...sitemapUrls(),
  '/404.html',
  pageTypes['share']!,
  '/share/handoff-record/',
  '/share/client-input-dependency/',
  pageTypes['packet']!,
  '/print/delivery-to-invoicing/',
];

/** The URLs in a few groups, so the two workers share the pages. */
const groups = 6;
const group = (n: number) => urls.filter((_, i) => i % groups === n);

// One load per page serves all three gates: axe in the light scheme, axe's colour rules in the
// dark one (the colours follow prefers-color-scheme in CSS alone, so switching needs no reload),
// and the console and CSP watch over the whole visit.
test.describe('every page', () => {
  for (let n = 0; n < groups; n++) {
    test(`group ${n + 1} of ${groups}: zero axe violations in the light and the dark scheme, no console error, no CSP violation`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      const problems = watchForProblems(page);
      await preloadAxe(page);
      const failures: string[] = [];
      for (const url of group(n)) {
        await page.goto(url);
        for (const v of await axeInBothSchemes(page)) failures.push(`${url} ${v}`);
      }
      expect(failures).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});

test('the content security policy allows scripts from the site only, never inline', async ({ page }) => {
  const csp = await page.request.get('/');
  const meta = /http-equiv="content-security-policy" content="([^"]+)"/.exec(await csp.text())?.[1] ?? '';
  const scriptSrc = meta.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain('unsafe-inline');
});

test.describe('keyboard', () => {
  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/glossary/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('focus is always visible, and the main navigation works without a mouse', async ({ page }) => {
    await page.goto('/');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
    // Focus is now on the second navigation link: Workflows was the first after the site name.
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Templates');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/templates\/$/);
  });
});
