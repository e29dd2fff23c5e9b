import { test } from '@playwright/test';
import { seededWorkspace } from '../support/workspace-seed';
import { seed, hydrated } from './tools-support';
for (const [w, h] of [[390, 844], [1280, 900]]) for (const scheme of ['light', 'dark'] as const) {
  test(`look ${w} ${scheme}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, ...(w < 500 ? { hasTouch: true, isMobile: true } : {}) });
    const page = await context.newPage();
    await seed(page, seededWorkspace());
    await page.goto('/workspace/');
    await hydrated(page);
    await page.locator('.engagement').first().waitFor();
    await page.screenshot({ path: `/tmp/h14-workspace-shots/ws-${w}-${scheme}.png`, fullPage: true });
    await page.screenshot({ path: `/tmp/h14-workspace-shots/ws-${w}-${scheme}-first.png` });
  });
}
