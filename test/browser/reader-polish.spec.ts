/**
 * Small things a reader meets on every visit: breadcrumbs that keep their separators, tables that
 * say they scroll, a search dialog that holds still and looks like the site, and search on the 404.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from './support';

const problemGuide = '/problem-to-page-guide/';

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

test.describe('problem tables on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a table wider than its box says so in words and shows a shadow on the side with more columns', async ({
    page,
  }) => {
    await page.goto(problemGuide);
    const box = page.locator('.table-scroll:has(> .problem-table)').first();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await box.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(
      '"Scroll sideways to see all four columns →"',
    );
    const hint = await box.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bg: getComputedStyle(el).backgroundImage };
    });
    expect(hint.bg).toContain('radial-gradient');
    // The words stay in view while the table scrolls under them.
    await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    expect(await box.evaluate((el) => getComputedStyle(el, '::before').content)).not.toBe('none');
  });

  test('on a desktop, where the table fits, no hint is shown', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(problemGuide);
    const box = page.locator('.table-scroll:has(> .problem-table)').first();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
    expect(await box.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('none');
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

test('the search dialog’s Close and Clear look like the site’s buttons, not the browser’s', async ({ page }) => {
  await page.goto('/glossary/');
  const dialog = await openSearch(page);
  const accent = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--accent)';
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  for (const name of ['Close', 'Clear']) {
    const style = await dialog.getByRole('button', { name, exact: true }).evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, border: s.borderTopColor, width: s.borderTopWidth, weight: s.fontWeight };
    });
    expect(style, name).toEqual({ color: accent, border: accent, width: '2px', weight: '600' });
  }
});

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
