/**
 * What a reader sees, on one page of every kind the build holds, on a phone and a desktop: no
 * sideways scrolling (down to 320 px), no target under 24×24 px, one primary action at most
 * (with empty storage here, and with a filled workspace in the tests below), and on tool pages
 * the tool on the first screen, styled by the site, with every tool control 44 px on a touch
 * screen. Then, on one page of every kind the
 * build holds, what a reader who changes the rendering sees: reflow at 320 px, forced colours in
 * both schemes and text at 200%, with focus visible and the tool and header still working.
 */
import { expect, test } from '@playwright/test';
import {
  drawn,
  everyPageType,
  firstToolControl,
  focusProblems,
  primaryProblems,
  forcedColorsProblems,
  headerProblems,
  reflowProblems,
  textZoomProblems,
  toolProblems,
  mobileContext,
  sidewaysScroll,
  smallTargets,
  toolTypes,
  unstyledControls,
  viewports,
} from './layout-gates';
import { hydrated, seed } from './tools-support';
import { seededWorkspace } from '../support/workspace-seed';
import { sitemapUrls } from '../support/dist';

const isTool = (type: string) => (toolTypes as readonly string[]).includes(type);
const kinds = Object.entries(everyPageType());

for (const [device, options] of [
  ['mobile', mobileContext],
  ['desktop', { viewport: viewports.desktop }],
] as const) {
  test.describe(`${device} ${options.viewport.width}×${options.viewport.height}`, () => {
    test.use(options);
    for (const [type, url] of kinds) {
      test(`${type}: no sideways scroll, every target at least 24×24, one primary action at most${isTool(type) ? ', the tool on the first screen and styled' : ''}`, async ({
        page,
      }) => {
        await page.goto(url);
        await hydrated(page);
        await drawn(page, type);
        expect(await sidewaysScroll(page)).toEqual([]);
        expect(await smallTargets(page, 24)).toEqual([]);
        expect(await primaryProblems(page)).toEqual([]);
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

// A narrow desktop window: fine pointer, the smaller targets. The phone at 320 px is the reflow test below.
test.describe('320 px wide, mouse', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page type scrolls sideways', async ({ page }) => {
    const problems: string[] = [];
    for (const [, url] of kinds) {
      await page.goto(url);
      await hydrated(page);
      problems.push(...(await sidewaysScroll(page)));
    }
    expect(problems).toEqual([]);
  });
});

// One page load per page type and device, the rendering changed in place (viewport, media, font size), to keep the cost low.
// Storage holds several engagements with long names, dates and handoffs, so the tools and the workspace show a
// reader's filled state rather than their empty one.
for (const [type, url] of kinds) {
  test.describe(`${type} adapts`, () => {
    test.beforeEach(async ({ page }) => seed(page, seededWorkspace()));
    test.describe(() => {
      test.use({ ...mobileContext, viewport: { width: 320, height: 640 } });
      test('on a 320 px phone: one primary action, reflows with the tool usable, focus visible; then in forced colours, dark', async ({
        page,
      }) => {
        await page.goto(url);
        await hydrated(page);
        await drawn(page, type);
        const found = {
          primary: await primaryProblems(page),
          reflow: await reflowProblems(page),
          tool: await toolProblems(page),
          focus: await focusProblems(page),
          forcedDark: [] as string[],
          forcedDarkFocus: [] as string[],
        };
        await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
        found.forcedDark = await forcedColorsProblems(page);
        found.forcedDarkFocus = await focusProblems(page);
        expect(found).toEqual({ primary: [], reflow: [], tool: [], focus: [], forcedDark: [], forcedDarkFocus: [] });
      });
    });
    test.describe(() => {
      test.use({ viewport: viewports.desktop });
      test('on a 1280 px desktop: one primary action; forced colours, light; then text at 200% with focus, header and search working', async ({
        page,
      }) => {
        await page.goto(url);
        await hydrated(page);
        await drawn(page, type);
        const primary = await primaryProblems(page);
        await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
        const found = {
          primary,
          forcedLight: await forcedColorsProblems(page),
          forcedLightFocus: await focusProblems(page),
          zoom: [] as string[],
          zoomFocus: [] as string[],
          zoomHeader: [] as string[],
        };
        await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
        found.zoom = await textZoomProblems(page);
        found.zoomFocus = await focusProblems(page);
        // Search is one dialog on every page, and a field of its own on the search page: those two are asked for results.
        found.zoomHeader = await headerProblems(page, { query: type === 'home' || type === 'search' });
        expect(found).toEqual({
          primary: [],
          forcedLight: [],
          forcedLightFocus: [],
          zoom: [],
          zoomFocus: [],
          zoomHeader: [],
        });
      });
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
    test(`group ${n + 1} of ${groups}: no page scrolls sideways, cuts text or scrolls a box without a name`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      for (const url of urls.filter((_, i) => i % groups === n)) {
        await page.goto(url);
        problems.push(...(await reflowProblems(page)));
      }
      expect(problems).toEqual([]);
    });
  }
});
