/**
 * Visual regression: the first screen of every page type, on a phone and a desktop, light and
 * dark, compared with the baselines committed in test/browser/__screenshots__/. After an
 * intended change, `npm run test:screenshots:update` rewrites them (see the README).
 *
 * Deterministic by construction: fonts forced to the DejaVu families that .ci/run installs,
 * animations and the caret off, the viewport only (content further down can change freely),
 * and nothing time-dependent on screen (no saved data in a fresh context; dates masked).
 */
import { expect, test, type Page } from '@playwright/test';
import { drawn, mobileContext, pageTypes, viewports } from './layout-gates';
import { hydrated, seed } from './tools-support';
import { fernhill, storedEngagements } from '../support/engagements';

const fonts = `
  html, body, body *:not(code, kbd, pre) { font-family: 'DejaVu Sans', sans-serif !important; }
  code, kbd, pre { font-family: 'DejaVu Sans Mono', monospace !important; }
`;

// One load per page type and device: the dark scheme changes colours only (its CSS sets custom
// properties and nothing else, which test/unit/dark-scheme.test.ts holds), so the page is drawn
// light, then switched to dark in place.
for (const [device, options] of [
  ['mobile', mobileContext],
  ['desktop', { viewport: viewports.desktop }],
] as const) {
  test.describe(device, () => {
    // Forcing the fonts needs one style element, which the site's own policy would refuse.
    test.use({ ...options, colorScheme: 'light', bypassCSP: true, reducedMotion: 'reduce' });
    for (const [type, url] of Object.entries(pageTypes)) {
      test(`${type}, light and dark`, async ({ page }) => {
        // The engagement page shows what is stored: one engagement with an overdue invoice, on a fixed day.
        if (type === 'engagement') {
          await page.clock.setFixedTime(Date.UTC(2026, 2, 30, 10));
          await seed(page, await storedEngagements([fernhill()], Date.UTC(2026, 2, 20)));
        }
        await page.goto(url);
        await hydrated(page);
        await drawn(page, type);
        // The search page fills its filters once the index answers: wait for them, not a moment.
        if (type === 'search')
          await expect(page.locator('[data-search-page] select option:nth-child(2)')).toHaveCount(2);
        await forceFonts(page);
        await shoot(page, `${type}-${device}`);
      });
    }

    // Two states a page type's first screen does not show.
    test('the problem tables, light and dark', async ({ page }) => {
      await page.goto('/problem-to-page-guide/');
      await forceFonts(page);
      await page
        .locator('.table-scroll')
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await shoot(page, `problem-tables-${device}`);
    });

    test('the search dialog, light and dark', async ({ page }) => {
      await page.goto('/glossary/');
      await hydrated(page);
      await forceFonts(page);
      await page.locator('.search-button').first().click();
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await expect(dialog.getByRole('searchbox')).toBeFocused();
      // Its filters are filled once the index answers.
      await expect(dialog.locator('select option:nth-child(2)')).toHaveCount(2);
      await shoot(page, `search-dialog-${device}`);
    });
  });
}

async function forceFonts(page: Page) {
  await page.addStyleTag({ content: fonts });
  await page.evaluate(() => document.fonts.ready);
}

/** The viewport in both schemes, against `<name>-light.png` and `<name>-dark.png`. */
async function shoot(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page).toHaveScreenshot(`${name}-${scheme}.png`, {
      animations: 'disabled',
      caret: 'hide',
      mask: [page.locator('time')],
      maxDiffPixelRatio: 0.01,
    });
  }
}
