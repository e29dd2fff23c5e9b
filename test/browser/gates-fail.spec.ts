/**
 * Each browser gate must be able to fail: a real built page, served with one defect added,
 * turns its gate red.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeTags, watchForProblems } from './support';

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
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(results.violations.map((v) => v.id)).toContain('image-alt');
});

test('the CSP gate turns red on an inline script', async ({ page }) => {
  const problems = watchForProblems(page);
  await serveDefective(page, '/fixture-inline-script/', '<script>document.title = "ran"</script>');
  await expect.poll(() => problems.some((p) => p.includes('CSP violation: script-src'))).toBe(true);
  expect(await page.title()).not.toBe('ran');
});
