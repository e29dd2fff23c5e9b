/**
 * Each browser gate must be able to fail: a real built page, served with one defect added,
 * turns its gate red.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { watchForProblems } from './support';
import {
  firstToolControl,
  focusProblems,
  forcedColorsProblems,
  headerProblems,
  pageTypes,
  primaryProblems,
  reflowProblems,
  sidewaysScroll,
  smallTargets,
  textZoomProblems,
  toolProblems,
  unstyledControls,
  viewports,
} from './layout-gates';
import { hydrated } from './tools-support';

/**
 * Adds a style sheet to the page through the CSSOM (a constructed sheet, which the page's content
 * security policy does not govern), as a faulty rule in the site's own CSS would.
 */
async function addRules(page: Page, css: string) {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** Serves the built home page at `path` with `inject` placed just before `</main>`. */
async function serveDefective(page: Page, path: string, inject: string) {
  const html = await (await page.request.get('/')).text();
  expect(html).toContain('content-security-policy');
  await page.route(`**${path}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: html.replace('</main>', `${inject}</main>`) }),
  );
  await page.goto(path);
}

test('axe turns red on an image without alt text', async ({ page }) => {
  await serveDefective(page, '/fixture-image-without-alt/', '<img src="/favicon.svg" width="32" height="32">');
  expect(await axeViolations(page)).toContainEqual(expect.stringMatching(/^image-alt: /));
});

test('the CSP gate turns red on an inline script', async ({ page }) => {
  const problems = watchForProblems(page);
  await serveDefective(page, '/fixture-inline-script/', '<script>document.title = "ran"</script>');
  await expect.poll(() => problems.some((p) => p.includes('CSP violation: script-src'))).toBe(true);
  expect(await page.title()).not.toBe('ran');
});

test.describe('the layout gates turn red', () => {
  test('on a 20 px button', async ({ page }) => {
    await page.goto(pageTypes.checklist!);
    await hydrated(page);
    expect(await smallTargets(page, 24)).toEqual([]);
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'x';
      // Set through the CSSOM, which the content security policy allows (a style attribute in markup it would block).
      Object.assign(button.style, { width: '20px', height: '20px', minWidth: '0', minHeight: '0', padding: '0' });
      document.querySelector('.tool-ui')!.prepend(button);
    });
    expect(await smallTargets(page, 24)).toEqual([expect.stringMatching(/^button "x" .* is 20×20$/)]);
  });

  test('on a tool pushed below the first screen', async ({ page }) => {
    const url = pageTypes.quiz!;
    const html = await (await page.request.get(url)).text();
    const filler = Array.from(
      { length: 30 },
      (_, i) => `<p>Scaffolding paragraph ${i + 1} that pushes the tool down.</p>`,
    ).join('');
    await page.route(`**${url}`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: html.replace('<div class="page-intro">', `<div class="page-intro">${filler}`),
      }),
    );
    await page.goto(url);
    await hydrated(page);
    const { problems } = await firstToolControl(page);
    expect(problems).toEqual([expect.stringContaining('below the first screen')]);
  });

  test.describe(() => {
    // The tool styles ride in the page's head; an edited copy no longer matches its CSP hash.
    test.use({ bypassCSP: true });
    test('on tool styles hidden behind an unclosed print block', async ({ page }) => {
      const url = pageTypes.record!;
      const html = await (await page.request.get(url)).text();
      expect(html).toMatch(/<style>\.tool button/);
      await page.route(`**${url}`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: html.replace('<style>.tool button', '<style>@media print {.tool button'),
        }),
      );
      await page.goto(url);
      await hydrated(page);
      expect(await unstyledControls(page)).not.toEqual([]);
    });
  });

  test('on a page wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    expect(await sidewaysScroll(page)).toEqual([]);
    await page.evaluate(() => Object.assign(document.querySelector('main')!.style, { minWidth: '400px' }));
    expect(await sidewaysScroll(page)).toEqual([expect.stringContaining('scrolls sideways')]);
  });

  test('on a second filled primary button', async ({ page }) => {
    await page.goto(pageTypes['engagement']!);
    await hydrated(page);
    expect(await primaryProblems(page)).toEqual([]);
    await page.evaluate(() => {
      const tool = document.querySelector('.tool-ui')!;
      for (const name of ['One', 'Two']) {
        const b = document.createElement('button');
        b.className = 'primary';
        b.textContent = name;
        tool.prepend(b);
      }
    });
    expect(await primaryProblems(page)).toEqual([expect.stringContaining('draws 2 filled primary buttons')]);
  });
});

test.describe('the forced-colours gate turns red', () => {
  test.use({ viewport: viewports.desktop, forcedColors: 'active' });

  test('on a button whose edge is only its background, an icon in a fixed colour, and text opted out into near-white', async ({
    page,
  }) => {
    await page.goto(pageTypes.record!);
    await hydrated(page);
    expect(await forcedColorsProblems(page)).toEqual([]);
    await addRules(page, '.tool button.primary { border: 0 }');
    await page.evaluate(() => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('viewBox', '0 0 10 10');
      svg.setAttribute('width', '16');
      svg.setAttribute('height', '16');
      const dot = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
      Object.entries({ cx: '5', cy: '5', r: '5', fill: '#1d1f21' }).forEach(([k, v]) => dot.setAttribute(k, v));
      svg.append(dot);
      document.querySelector('h1')!.append(svg);
      Object.assign(document.querySelector<HTMLElement>('.lede')!.style, {
        forcedColorAdjust: 'none',
        color: '#f4f4f4',
      });
    });
    expect(await forcedColorsProblems(page)).toEqual([
      expect.stringMatching(/^button "Save record" has no border \(top, right, bottom, left\) in forced colours$/),
      expect.stringMatching(/^circle in h1 .* paints its fill rgb\(29, 31, 33\), not currentColor$/),
      expect.stringMatching(/^p "Fill in the five parts.*": text at 1\.\d:1 against its background in forced colours$/),
    ]);
  });

  test('on a focus ring drawn as a box shadow, which forced colours removes', async ({ page }) => {
    await page.goto(pageTypes.record!);
    await hydrated(page);
    expect(await focusProblems(page)).toEqual([]);
    await addRules(page, '.tool button:focus-visible { outline: none; box-shadow: 0 0 0 3px #0b5c8a }');
    expect(await focusProblems(page)).toContainEqual(
      expect.stringMatching(/^button "Save record" shows no focus outline \(none /),
    );
  });

  test("on a message's placeholders highlighted in the page's own colour", async ({ page }) => {
    await page.goto('/templates/messages-inquiry-to-delivery/');
    expect(await forcedColorsProblems(page)).toEqual([]);
    await addRules(page, '.message mark { background-color: Canvas }');
    expect(await forcedColorsProblems(page)).toContainEqual(
      expect.stringMatching(/^mark "\[.*\]" loses its highlight in forced colours$/),
    );
  });

  test('when forced colours are not on, rather than pass a page it did not check', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'none' });
    await page.goto('/');
    expect(await forcedColorsProblems(page)).toEqual(['forced colours are not active']);
  });
});

test.describe('the 320 px reflow gate turns red', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('on a wide box that scrolls without a table, a name or a keyboard, and on a title cut to one line', async ({
    page,
  }) => {
    await page.goto(pageTypes.guide!);
    expect(await reflowProblems(page)).toEqual([]);
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.className = 'wide-box';
      Object.assign(box.style, { overflowX: 'auto' });
      box.textContent = 'An-unbreakable-run-of-text-that-is-far-wider-than-a-phone-screen-of-320-pixels';
      Object.assign(box.style, { whiteSpace: 'nowrap' });
      document.querySelector('main')!.append(box);
      Object.assign(document.querySelector<HTMLElement>('h1')!.style, {
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      });
    });
    expect(await reflowProblems(page)).toEqual([
      'div.wide-box scrolls sideways and holds no table',
      'div.wide-box scrolls sideways and a keyboard cannot reach it (no tabindex="0")',
      'div.wide-box scrolls sideways with no name (aria-label or aria-labelledby)',
      expect.stringMatching(/^h1 "Change Request Workflow" cuts its text: \d+×\d+ in \d+×\d+$/),
    ]);
  });

  test('on content pushed past the edge of the screen', async ({ page }) => {
    await page.goto('/');
    expect(await reflowProblems(page)).toEqual([]);
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('main')!.style.minWidth = '400px';
    });
    const problems = await reflowProblems(page);
    expect(problems).toContainEqual(expect.stringContaining('scrolls sideways: 400px of content in 320px'));
    expect(problems).toContainEqual(expect.stringMatching(/ runs off the screen: \d+–\d+px of 320px$/));
  });

  test('on a sticky header grown taller than half the screen, which hides what focus scrolls to', async ({ page }) => {
    await page.goto(pageTypes.guide!);
    expect(await focusProblems(page)).toEqual([]);
    await addRules(page, '.site-header .wrap { min-height: 70vh }');
    expect(await focusProblems(page)).toContainEqual(expect.stringMatching(/ is out of sight when focused \(/));
  });

  test('on a tool covered by a layer that takes its clicks', async ({ page }) => {
    await page.goto(pageTypes.checklist!);
    await hydrated(page);
    await page.evaluate(() => {
      const layer = document.createElement('div');
      Object.assign(layer.style, { position: 'fixed', inset: '0', zIndex: '50' });
      document.body.append(layer);
    });
    expect(await toolProblems(page)).toContainEqual(
      expect.stringMatching(/^the tool's first option cannot be clicked: .*Timeout/),
    );
  });
});

test.describe('the 200% text gate turns red', () => {
  test.use({ viewport: viewports.desktop });

  test('on a root size fixed in px', async ({ page }) => {
    await page.goto(pageTypes.guide!);
    await addRules(page, 'html { font-size: 16px }');
    expect(await textZoomProblems(page)).toContainEqual('the body text went from 17px to 17px, not twice the size');
  });

  test('on a heading sized in px and a box of fixed height its text outgrows', async ({ page }) => {
    await page.goto(pageTypes.record!);
    await hydrated(page);
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('.meta')!.style.fontSize = '14px';
      document.querySelector<HTMLElement>('h1')!.style.height = '10px';
    });
    const problems = await textZoomProblems(page);
    expect(problems).toContainEqual(
      expect.stringMatching(/^p "Tool · Updated .*" stays at 14px: its size is set in px$/),
    );
    expect(problems).toContainEqual('h1 "Handoff Record" overlaps p "Fill in the five parts of one real hando"');
  });

  test('on a search button hidden by a breakpoint that large text crosses', async ({ page }) => {
    await page.goto(pageTypes.guide!);
    await addRules(page, '@media (max-width: 70rem) { .site-header .search-button { display: none } }');
    expect(await textZoomProblems(page)).toEqual(['a "Search /" was there at normal size and is gone at 200%']);
    expect(await headerProblems(page)).toContainEqual(
      expect.stringMatching(/^the search button cannot be clicked: .*Timeout/),
    );
  });
});
