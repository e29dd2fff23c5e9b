/**
 * What a reader sees, per page type, on a phone and a desktop: no sideways scrolling (down to
 * 320 px), no target under 24×24 px, and on tool pages the tool on the first screen, styled by
 * the site, with every tool control 44 px on a touch screen.
 */
import { expect, test } from '@playwright/test';
import {
  drawn,
  firstToolControl,
  mobileContext,
  pageTypes,
  sidewaysScroll,
  smallTargets,
  toolTypes,
  unstyledControls,
  viewports,
} from './layout-gates';
import { hydrated } from './tools-support';
import { sitemapUrls } from '../support/dist';

const isTool = (type: string) => (toolTypes as readonly string[]).includes(type);

for (const [device, options] of [
  ['mobile', mobileContext],
  ['desktop', { viewport: viewports.desktop }],
] as const) {
  test.describe(`${device} ${options.viewport.width}×${options.viewport.height}`, () => {
    test.use(options);
    for (const [type, url] of Object.entries(pageTypes)) {
      test(`${type}: no sideways scroll, every target at least 24×24${isTool(type) ? ', the tool on the first screen and styled' : ''}`, async ({
        page,
      }) => {
        await page.goto(url);
        await hydrated(page);
        await drawn(page, type);
        expect(await sidewaysScroll(page)).toEqual([]);
        expect(await smallTargets(page, 24)).toEqual([]);
        if (!isTool(type)) return;
        const { y, problems } = await firstToolControl(page);
        expect(problems).toEqual([]);
        expect(await unstyledControls(page)).toEqual([]);
        test.info().annotations.push({ type: 'first control y', description: `${y}px` });
        if (device === 'mobile') expect(await smallTargets(page, 44, '.tool-ui')).toEqual([]);
      });
    }
  });
}

for (const touch of [true, false]) {
  test.describe(`320 px wide, ${touch ? 'touch' : 'mouse'}`, () => {
    test.use({ viewport: { width: 320, height: 640 }, hasTouch: touch, isMobile: touch });
    test('no page type scrolls sideways', async ({ page }) => {
      const problems: string[] = [];
      for (const url of Object.values(pageTypes)) {
        await page.goto(url);
        await hydrated(page);
        problems.push(...(await sidewaysScroll(page)));
      }
      expect(problems).toEqual([]);
    });
  });
}

// Every page, not just one of each type: a wide table or a long word on any page would scroll it
// sideways. The pages in groups, so the two workers share them.
test.describe('every page at 320 px on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  const urls = sitemapUrls();
  const groups = 2;
  for (let n = 0; n < groups; n++) {
    test(`group ${n + 1} of ${groups}: no page scrolls sideways`, async ({ page }) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      for (const url of urls.filter((_, i) => i % groups === n)) {
        await page.goto(url);
        problems.push(...(await sidewaysScroll(page)));
      }
      expect(problems).toEqual([]);
    });
  }
});
