import { test } from '@playwright/test';
import { fernhill, storedEngagements } from '../support/engagements';
import { seed, hydrated } from './tools-support';
for (const [w, h] of [[390, 844], [1280, 900]]) for (const scheme of ['light', 'dark'] as const) {
  test(`shot ${w} ${scheme}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-03-30T10:00:00Z'));
    await seed(page, await storedEngagements([fernhill()], Date.UTC(2026, 2, 20)));
    await page.goto('/workspace/engagement/?engagement=e-fernhill01');
    await hydrated(page);
    await page.getByRole('heading', { name: 'Reminders', exact: true }).waitFor();
    await page.screenshot({ path: `/tmp/h14-dates-shots/eng-${w}-${scheme}.png`, fullPage: false });
    await page.screenshot({ path: `/tmp/h14-dates-shots/eng-${w}-${scheme}-full.png`, fullPage: true });
    await page.locator('.reminder').nth(5).screenshot({ path: `/tmp/h14-dates-shots/rem-${w}-${scheme}.png` });
    await page.locator('.reminder-message summary').first().click();
    await page.locator('.reminder').nth(3).screenshot({ path: `/tmp/h14-dates-shots/msg-${w}-${scheme}.png` });
    await page.locator('.dated-list').nth(1).screenshot({ path: `/tmp/h14-dates-shots/inv-${w}-${scheme}.png` });
    await page.locator('.storage-panel').screenshot({ path: `/tmp/h14-dates-shots/health-${w}-${scheme}.png` });
    await page.getByRole('button', { name: 'Add invoice' }).click();
    await page.locator('.dated-list').nth(1).locator('form').last().screenshot({ path: `/tmp/h14-dates-shots/err-${w}-${scheme}.png` });
    await context.close();
  });
}
