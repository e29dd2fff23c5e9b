/**
 * Nothing jumps on the first tick of a checklist. On every page of the build that holds a
 * checklist (its own template page and every guide that embeds one), once the tool has hydrated
 * and settled, the first tick must move nothing: a `layout-shift` PerformanceObserver sums every
 * shift after the tick (input-driven or not, since `hadRecentInput` would hide the ones a quick
 * second tap runs into), and the ticked row must stay where the reader's finger is.
 * A tick made before the checklist's code has arrived (a guide's late-loaded script, or the island
 * on a checklist's own page, held back until after the tick) must move nothing either when the
 * code arrives and draws the engagement bar, the progress lines and the notes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlFiles, urlOf } from '../support/dist';
import { mobileContext, viewports } from './layout-gates';
import { saveStatus } from './tools-support';

/** Every built page with a checklist tool on it, read from the build: no list to keep up to date. */
const checklistPages = htmlFiles()
  .filter((file) => readFileSync(join(distDir, file), 'utf8').includes('<section class="checklist tool"'))
  .map(urlOf);

test('the build has checklist pages, embedded and on their own', () => {
  expect(checklistPages.some((u) => u.startsWith('/templates/'))).toBe(true);
  expect(checklistPages.some((u) => u.startsWith('/workflows/'))).toBe(true);
});

/**
 * The narrowest phone the site serves (where the engagement bar wraps most), a common phone, and a
 * desktop; a touch screen taps, a mouse clicks.
 */
const sizes = [
  ['320×844', { ...mobileContext, viewport: { width: 320, height: 844 } }],
  ['390×844', mobileContext],
  ['1280×900', { viewport: viewports.desktop }],
] as const;
const tick = (box: Locator, size: (typeof sizes)[number][0]) => (size === '1280×900' ? box.click() : box.tap());

/** Shifts seen since `watchShifts`, every entry counted. */
interface Shift {
  value: number;
  hadRecentInput: boolean;
  moved: string[];
}

async function watchShifts(page: Page) {
  await page.evaluate(() => {
    type Entry = { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
    const seen: { value: number; hadRecentInput: boolean; moved: string[] }[] = [];
    (window as unknown as { shifts: typeof seen }).shifts = seen;
    // What moved, named by tag, class and the start of its text, so a failure says where to look.
    const name = (n?: Node) =>
      n instanceof Element ? `${n.tagName.toLowerCase()}.${n.className} “${(n.textContent ?? '').slice(0, 40)}”` : '?';
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Entry[])
        seen.push({ value: e.value, hadRecentInput: e.hadRecentInput, moved: e.sources.map((s) => name(s.node)) });
    }).observe({ type: 'layout-shift', buffered: false });
  });
}

/** Resolves after two frames, so a shift from the last render has been reported. */
const frames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))),
  );

/** A checklist not drawn by its code yet: a guide's before its late script has run, a checklist page's island before it hydrates. */
const notHydrated = '[data-lazy-tool]:not([data-lazy-tool="hydrated"]), astro-island[ssr]';

/** Waits until the checklist has hydrated, opened storage and drawn everything it draws before a tick. */
async function settled(page: Page) {
  const tool = page.locator('.checklist.tool').first();
  await tool.scrollIntoViewIfNeeded();
  await expect(page.locator(notHydrated)).toHaveCount(0);
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'ready');
  await expect(tool.getByRole('combobox', { name: 'Engagement' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await frames(page);
}

/** Once the page is quiet after a tick: where the row is now, and the layout shifts since watchShifts, summed. */
async function quietAfterTick(page: Page, row: Locator) {
  await page.waitForLoadState('networkidle');
  await frames(page);
  const after = (await row.boundingBox())!.y;
  const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
  return { after, shifts, cls: shifts.reduce((sum, s) => sum + s.value, 0) };
}

for (const [size, use] of sizes) {
  test.describe(`at ${size}`, () => {
    test.use(use);
    for (const url of checklistPages) {
      test(`the first tick moves nothing on ${url}`, async ({ page }) => {
        await page.goto(url);
        await settled(page);
        const box = page.locator('.checklist.tool input[type="checkbox"]').first();
        const row = box.locator('xpath=ancestor::li[1]');
        // The row in the middle of the screen, as a reader ticking down the list has it.
        await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await frames(page);
        const before = (await row.boundingBox())!.y;
        await watchShifts(page);
        await tick(box, size);
        await expect(box).toBeChecked();
        await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
        const { after, shifts, cls } = await quietAfterTick(page, row);
        test.info().annotations.push({ type: 'first tick', description: `y ${before} → ${after}, CLS ${cls}` });
        expect({ y: after, cls }, `y ${before} → ${after}; shifts ${JSON.stringify(shifts)}`).toEqual({
          y: before,
          cls: 0,
        });
      });
    }
  });
}

/**
 * The script that draws a page's checklist, as the built page names it: a guide's late-loaded
 * script in its template, or on a checklist's own page the island's component.
 */
function checklistScriptOf(url: string): string {
  const html = readFileSync(join(distDir, url.replace(/^\//, ''), 'index.html'), 'utf8');
  const src =
    /<template data-lazy-tool-script>\s*<script[^>]*\ssrc="([^"]+)"/.exec(html)?.[1] ??
    /<astro-island[^>]*\scomponent-url="([^"]*ChecklistIsland[^"]*)"/.exec(html)?.[1];
  if (!src) throw new Error(`${url}: no checklist script named in the page`);
  return src;
}

for (const [size, use] of sizes) {
  test.describe(`at ${size}, a tick before the checklist's code has arrived`, () => {
    test.use(use);
    for (const url of checklistPages) {
      test(`moves nothing when the code arrives, on ${url}`, async ({ page }) => {
        const src = checklistScriptOf(url);
        let release!: () => void;
        const released = new Promise<void>((done) => (release = done));
        let asked = false;
        await page.route(
          (u) => u.pathname === src,
          async (route) => {
            asked = true;
            await released;
            await route.continue();
          },
        );
        await page.goto(url);
        const box = page.locator('.checklist.tool input[type="checkbox"]').first();
        const row = box.locator('xpath=ancestor::li[1]');
        await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        // The script is asked for (the list is near) and held: nothing of the island has run.
        await expect.poll(() => asked).toBe(true);
        await frames(page);
        await expect(page.locator('.checklist.tool .tool-bar')).toHaveCount(0);
        const before = (await row.boundingBox())!.y;
        await watchShifts(page);
        await tick(box, size);
        await expect(box).toBeChecked();
        release();
        await expect(page.locator(notHydrated)).toHaveCount(0);
        await expect(
          page.locator('.checklist.tool').first().getByRole('combobox', { name: 'Engagement' }),
        ).toBeVisible();
        await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
        await expect(box).toBeChecked();
        const { after, shifts, cls } = await quietAfterTick(page, row);
        test.info().annotations.push({ type: 'early tick', description: `y ${before} → ${after}, CLS ${cls}` });
        // The room kept for the late parts is set in rem, and layout rounds to 1/64 px: under half a pixel is "not moved".
        expect(
          { still: Math.abs(after - before) < 0.5, cls },
          `y ${before} → ${after}; shifts ${JSON.stringify(shifts)}`,
        ).toEqual({ still: true, cls: 0 });
      });
    }
  });
}

// The room is kept for parts that only a script draws: a reader without scripts gets the plain list, with no gap above it.
test.describe('without JavaScript', () => {
  test.use({ ...mobileContext, javaScriptEnabled: false });
  for (const url of checklistPages.filter((u) => u.startsWith('/templates/'))) {
    test(`no room is kept for the engagement bar, progress lines or notes on ${url}`, async ({ page }) => {
      await page.goto(url);
      const kept = await page.locator('.checklist-form').evaluate((form) => ({
        bar: getComputedStyle(form, '::before').content,
        note: getComputedStyle(form.querySelector('li')!).marginBottom,
      }));
      expect(kept).toEqual({ bar: 'none', note: '0px' });
    });
  }
});
