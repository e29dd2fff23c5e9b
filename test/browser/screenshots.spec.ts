/**
 * Visual regression: the first screen of every page type, on a phone and a desktop, light and
 * dark, compared with the baselines committed in test/browser/__screenshots__/. After an
 * intended change, `npm run test:screenshots:update` rewrites them (see the README).
 *
 * Deterministic by construction: fonts forced to the DejaVu families that .ci/run installs,
 * animations and the caret off, the viewport only (content further down can change freely),
 * and nothing time-dependent on screen (no saved data in a fresh context; dates masked).
 */
import { expect, test } from '@playwright/test';
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
        await page.addStyleTag({ content: fonts });
        await page.evaluate(() => document.fonts.ready);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await expect(page).toHaveScreenshot(`${type}-${device}-${scheme}.png`, {
            animations: 'disabled',
            caret: 'hide',
            mask: [page.locator('time')],
            maxDiffPixelRatio: 0.01,
          });
        }
      });
    }
  });
}
