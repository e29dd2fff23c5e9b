/**
 * Small things a reader meets on every visit: breadcrumbs that keep their separators, tables that
 * say they scroll, a search dialog that holds still while results change and whose buttons look
 * like the site's, and search on the 404.
 */
import { expect, test, type Page } from '@playwright/test';
import { mobileContext } from './layout-gates';
import { watchForProblems } from './support';

const problemGuide = '/problem-to-page-guide/';
const scrollHint = 'Scroll the table sideways for all four columns →';

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
  test.use(mobileContext);

  test('a table wider than its box says so above it, shades the side with more columns, and is a named box the keyboard scrolls', async ({
    page,
  }) => {
    await page.goto(problemGuide);
    const box = page.getByRole('region', { name: /: problems and the pages that fix them$/ }).first();
    await box.scrollIntoViewIfNeeded();
    const size = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(size.scroll, 'the table is wider than its box').toBeGreaterThan(size.client);
    // The words, right above the box and on screen with it.
    const hint = page.getByText(scrollHint).first();
    await expect(hint).toBeVisible();
    await expect(hint).toBeInViewport();
    const [h, b] = [(await hint.boundingBox())!, (await box.boundingBox())!];
    expect(b.y - (h.y + h.height)).toBeGreaterThanOrEqual(0);
    expect(b.y - (h.y + h.height)).toBeLessThan(16);
    // The shadows: two radial gradients fixed to the box, under covers that scroll with the table.
    expect(await box.evaluate((el) => getComputedStyle(el).backgroundImage.match(/radial-gradient/g)?.length)).toBe(2);
    // Reached with Tab like any control, and scrolled with the arrow keys.
    await expect(box).toHaveAttribute('tabindex', '0');
    await box.focus();
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test('on a desktop, where the table fits its box, no words about scrolling show', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(problemGuide);
    const box = page.getByRole('region', { name: /: problems and the pages that fix them$/ }).first();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
    await expect(page.getByText(scrollHint).first()).toBeHidden();
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

/** A design token's colour as the page draws it. */
const token = (page: Page, name: string) =>
  page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${name})`;
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  }, name);

for (const [label, use] of [
  ['on a phone', mobileContext],
  ['on a desktop', { viewport: { width: 1280, height: 900 } }],
] as const) {
  test.describe(label, () => {
    test.use(use);

    test('the search dialog’s Close and Clear are the site’s plain outlined buttons, with a visible focus', async ({
      page,
    }) => {
      await page.goto('/glossary/');
      const dialog = await openSearch(page);
      const [accent, bg, focus] = [
        await token(page, '--accent'),
        await token(page, '--bg'),
        await token(page, '--focus'),
      ];
      for (const name of ['Close', 'Clear']) {
        const button = dialog.getByRole('button', { name, exact: true });
        const drawn = await button.evaluate((el) => {
          const s = getComputedStyle(el);
          return {
            color: s.color,
            bg: s.backgroundColor,
            border: `${s.borderTopWidth} ${s.borderTopColor}`,
            weight: s.fontWeight,
          };
        });
        // As the tools' secondary buttons: accent words and a 2 px accent outline on the page's colour.
        expect(drawn, name).toEqual({ color: accent, bg, border: `2px ${accent}`, weight: '600' });
        const box = (await button.boundingBox())!;
        if (label === 'on a phone') {
          expect(box.height, `${name} height`).toBeGreaterThanOrEqual(44);
          expect(box.width, `${name} width`).toBeGreaterThanOrEqual(44);
        }
      }
      // The keyboard reaches each button from the search field (Clear after it, Close before it) and shows the site's focus ring.
      for (const [name, key] of [
        ['Clear', 'Tab'],
        ['Close', 'Shift+Tab'],
      ] as const) {
        await dialog.getByRole('searchbox').focus();
        const button = dialog.getByRole('button', { name, exact: true });
        for (let i = 0; i < 5 && !(await button.evaluate((el) => el === document.activeElement)); i++)
          await page.keyboard.press(key);
        await expect(button).toBeFocused();
        const ring = await button.evaluate((el) => {
          const s = getComputedStyle(el);
          return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
        });
        expect(ring, name).toEqual({ style: 'solid', width: '3px', color: focus });
      }
    });
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
