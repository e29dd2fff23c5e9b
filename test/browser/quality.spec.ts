/**
 * Accessibility and CSP gates on every URL of the built sitemap, plus keyboard use.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapUrls } from '../support/dist';
import { axeTags, watchForProblems } from './support';
import { pageTypes } from './layout-gates';

// Pages kept out of the sitemap (shared links, print packets) are checked all the same.
const urls = [...sitemapUrls(), '/404.html', pageTypes['share']!, '/share/handoff-record/', '/share/client-input-dependency/', pageTypes['packet']!, '/print/delivery-to-invoicing/'];

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('axe on every page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`zero violations in the ${scheme} scheme`, async ({ page }) => {
      test.setTimeout(300_000); // 240 s until the share and packet pages joined the list
      await page.emulateMedia({ colorScheme: scheme });
      const failures: string[] = [];
      for (const url of urls) {
        await page.goto(url);
        for (const v of await axeViolations(page)) failures.push(`${url} ${v}`);
      }
      expect(failures).toEqual([]);
    });
  }
});

test('no page logs a console error or breaks the content security policy', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchForProblems(page);
  for (const url of urls) {
    await page.goto(url);
    await page.waitForLoadState('load');
  }
  expect(problems).toEqual([]);
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
