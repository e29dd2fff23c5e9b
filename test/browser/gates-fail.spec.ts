/**
 * Each browser gate must be able to fail: a real built page, served with one defect added,
 * turns its gate red.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { watchForProblems } from './support';
import { firstToolControl, pageTypes, sidewaysScroll, smallTargets, unstyledControls } from './layout-gates';
import { hydrated } from './tools-support';

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
});
