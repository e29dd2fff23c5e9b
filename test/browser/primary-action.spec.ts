/**
 * One primary action per screen: on one page of every kind the build holds (everyPageType in
 * layout-gates.ts), at 390×844 and 1280×900, no more than one filled primary button shows in the
 * first screen, nor on the whole page. A primary button is what the design system draws filled
 * with the accent colour (`button.primary` and `.button-link.primary` in the tools, the home
 * page's `.button-primary`); the gate reads the drawn background, so a new class cannot slip past.
 */
import { expect, test, type Page } from '@playwright/test';
import { drawn, everyPageType, mobileContext, viewports } from './layout-gates';
import { hydrated, seed } from './tools-support';
import { seededWorkspace } from '../support/workspace-seed';

/** Every visible control filled with the accent colour, named, with whether it is in the first screen. */
export async function filledPrimaries(page: Page): Promise<{ name: string; firstScreen: boolean }[]> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.background = 'var(--accent)';
    document.body.append(probe);
    const accent = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const found: { name: string; firstScreen: boolean }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a, input[type="submit"], [role="button"]')) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Not drawn, or kept above the page until focused (the skip link).
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (box.bottom + window.scrollY <= 0) continue;
      if (style.backgroundColor !== accent) continue;
      const top = box.top + window.scrollY;
      found.push({
        name: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        firstScreen: top < window.innerHeight && top + box.height > 0,
      });
    }
    return found;
  });
}

const kinds = Object.entries(everyPageType());

for (const [device, options] of [
  ['mobile', mobileContext],
  ['desktop', { viewport: viewports.desktop }],
] as const) {
  for (const data of ['empty', 'seeded'] as const) {
    test.describe(`${device}, ${data} browser storage`, () => {
      test.use(options);
      if (data === 'seeded') test.beforeEach(async ({ page }) => seed(page, seededWorkspace()));
      for (const [type, url] of kinds) {
        test(`${type}: at most one filled primary button, in the first screen and on the whole page`, async ({
          page,
        }) => {
          await page.goto(url);
          await hydrated(page);
          await drawn(page, type);
          await page.evaluate(() => window.scrollTo(0, 0));
          const all = await filledPrimaries(page);
          const first = all.filter((b) => b.firstScreen).map((b) => b.name);
          expect(first.length, `filled primary buttons in the first screen: ${first.join(' | ')}`).toBeLessThanOrEqual(
            1,
          );
          const names = all.map((b) => b.name);
          expect(names.length, `filled primary buttons on the whole page: ${names.join(' | ')}`).toBeLessThanOrEqual(1);
        });
      }
    });
  }
}

test('the gate counts a second filled button: red on a page that draws two', async ({ page }) => {
  await page.goto(everyPageType().engagement!);
  await hydrated(page);
  await drawn(page, 'engagement');
  await page.evaluate(() => {
    const tool = document.querySelector('.tool-ui')!;
    for (const name of ['One', 'Two']) {
      const b = document.createElement('button');
      b.className = 'primary';
      b.textContent = name;
      tool.prepend(b);
    }
  });
  expect((await filledPrimaries(page)).length).toBeGreaterThanOrEqual(2);
});

test('with no reminders the calendar download is not offered as an action, and says why', async ({ page }) => {
  await page.goto(everyPageType().engagement!);
  await hydrated(page);
  await drawn(page, 'engagement');
  const download = page.getByRole('button', { name: 'Download calendar file (.ics)', exact: true });
  await expect(download).toBeDisabled();
  await expect(download).toHaveAccessibleDescription(/^No reminders yet: add an invoice/);
  expect(await filledPrimaries(page)).toEqual([]);
});
