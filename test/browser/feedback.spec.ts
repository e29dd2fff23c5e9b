/** Feedback lands where the reader is looking, on a phone and on a desktop. */
import { expect, test, type Page } from '@playwright/test';
import { loadDiagnostics, loadQuizzes } from '../support/content-files';
import { mobileContext, pageTypes, viewports } from './layout-gates';
import { answerQuizAndSubmit, hydrated, seed } from './tools-support';
import { fernhill, NOW, storedEngagements } from '../support/engagements';

const quiz = loadQuizzes().find((q) => q.id === 'weak-handoff-quiz')!.data;
const diagnostic = loadDiagnostics().find((d) => d.id === 'workflow-diagnostic')!.data;

/**
 * Where the page is scrolled and where the record's feedback and button sit, for a failure message:
 * a failure of the record test once seen under load could not be reproduced, so it says what it saw.
 */
const whereThingsAre = (page: Page) =>
  page.evaluate(() => {
    const top = (s: string) => Math.round(document.querySelector(s)?.getBoundingClientRect().top ?? NaN);
    return `scrollY ${Math.round(scrollY)} of ${document.documentElement.scrollHeight}, viewport ${innerHeight}; tops: notice ${top('.handoff-record .tool-notice')}, status ${top('.handoff-record .save-status')}, buttons ${top('.record-actions')}, picker ${top('.handoff-record > :first-child')}`;
  });

for (const [device, options] of [
  ['mobile', mobileContext],
  ['desktop', { viewport: viewports.desktop }],
] as const) {
  test.describe(device, () => {
    test.use(options);

    test('quiz: after "Show my result" the verdict heading is focused and on screen, in words and colour', async ({
      page,
    }) => {
      await page.goto(pageTypes.quiz!);
      await hydrated(page);
      await answerQuizAndSubmit(page, 'first');
      const heading = page.getByRole('heading', { name: /^Result: / });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      const panel = page.locator('.quiz-result');
      await expect(panel).toHaveAttribute('data-verdict', new RegExp(quiz.verdicts.map((v) => v.id).join('|')));
      await expect(panel.locator('meter')).toBeVisible();
      expect(
        await page.getByRole('button', { name: 'Retake the quiz' }).evaluate((b) => b.getBoundingClientRect().height),
      ).toBeGreaterThanOrEqual(24);
    });

    test('record: after Save the confirmation is on screen, next to the button', async ({ page }) => {
      await page.goto(pageTypes.record!);
      await hydrated(page);
      await page.getByLabel('Record name').fill('Oakmere study');
      const save = page.getByRole('button', { name: 'Save record' });
      await save.click();
      const confirmation = page.getByRole('status').filter({ hasText: 'Added “Oakmere study” to your records.' });
      const status = page.locator('.handoff-record .save-status[data-state="saved"]');
      for (const shown of [confirmation, status]) {
        await expect(shown)
          .toBeInViewport()
          .catch(async (e: Error) => {
            throw new Error(`${e.message}\n${await whereThingsAre(page)}`);
          });
        const [a, b] = [await save.boundingBox(), await shown.boundingBox()];
        expect(Math.abs(b!.y - a!.y)).toBeLessThan(200);
      }
    });

    test('diagnostic: the leading category stays on screen while the reader ticks', async ({ page }) => {
      await page.goto(pageTypes.diagnostic!);
      await hydrated(page);
      const last = diagnostic.categories.at(-1)!;
      for (const signal of last.signals.slice(0, last.threshold)) {
        const box = page.getByRole('checkbox', { name: signal.text });
        await box.check();
        await expect(box).toBeInViewport();
        const lead = page.locator('.diagnostic-lead');
        await expect(lead).toBeInViewport();
        await expect(lead).toContainText(last.name);
      }
    });

    test('diagnostic: a checkbox reached by keyboard is not hidden under the sticky leading line', async ({ page }) => {
      await page.goto(pageTypes.diagnostic!);
      await hydrated(page);
      const boxes = page.getByRole('checkbox');
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await boxes.nth(1).focus();
      await page.keyboard.press('Shift+Tab');
      await expect(boxes.nth(0)).toBeFocused();
      const lead = await page.locator('.diagnostic-lead').boundingBox();
      const box = await boxes.nth(0).boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(lead!.y + lead!.height);
    });

    test('quiz: the result starts at the top of the screen, its verdict read in full', async ({ page }) => {
      await page.goto(pageTypes.quiz!);
      await hydrated(page);
      await answerQuizAndSubmit(page, 'first');
      const panel = page.locator('.quiz-result');
      await expect(panel.getByRole('heading', { name: /^Result: / })).toBeInViewport({ ratio: 1 });
      await expect(panel.locator('p').first()).toBeInViewport({ ratio: 1 });
      const top = (await panel.boundingBox())!.y;
      expect(top).toBeLessThan(page.viewportSize()!.height / 3);
    });

    test('worksheet: a new row takes the focus on screen; a removed row can be put back, focus on screen each time', async ({
      page,
    }) => {
      await page.goto(pageTypes.worksheet!);
      await hydrated(page);
      const rows = page.locator('.worksheet-tool fieldset');
      await expect(rows).toHaveCount(1);
      await page.getByRole('button', { name: 'Add a row' }).click();
      await expect(rows).toHaveCount(2);
      const first = rows.nth(1).locator('textarea').first();
      await expect(first).toBeFocused();
      await expect(first).toBeInViewport();
      await first.fill('Kept through an undo');

      await page.getByRole('button', { name: 'Remove row 2' }).click();
      await expect(rows).toHaveCount(1);
      const undo = page.getByRole('button', { name: 'Undo' });
      await expect(undo).toBeFocused();
      await expect(undo).toBeInViewport();
      await expect(page.getByRole('status').filter({ hasText: 'Row 2 removed.' })).toBeVisible();
      await undo.click();
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(1).locator('textarea').first()).toHaveValue('Kept through an undo');
      await expect(rows.nth(1).locator('textarea').first()).toBeFocused();
      await expect(rows.nth(1).locator('textarea').first()).toBeInViewport();
    });

    test('engagement page: a changed date is answered by “Saved” in sight, beside it and in the status', async ({
      page,
    }) => {
      await page.goto(pageTypes.engagement!);
      await hydrated(page);
      const kickoff = page.getByLabel('Kickoff on');
      await kickoff.fill('2026-12-14');
      const status = page.locator('.engagement-editor > .tool-status .save-status');
      await expect(status).toHaveAttribute('data-state', 'saved');
      await expect(status).toBeInViewport({ ratio: 1 });
      const beside = page.locator('[data-form="key-dates"] .form-save');
      await expect(beside).toHaveText('Saved');
      await expect(beside).toBeInViewport({ ratio: 1 });
      const [a, b] = [await kickoff.boundingBox(), await beside.boundingBox()];
      expect(Math.abs(b!.y - a!.y)).toBeLessThan(200);
    });

    test('engagement page: a client name typed is answered by “Saved” in the sticky status, with no button', async ({
      page,
    }) => {
      await page.goto(pageTypes.engagement!);
      await hydrated(page);
      const client = page.getByLabel('Client', { exact: true });
      await client.fill('Larkspur Bakery');
      // Beside the form, below the notes, and in the sticky status line, which is in sight wherever the reader is.
      await expect(page.locator('[data-form="names"] .form-save')).toHaveText('Saved');
      const status = page.locator('.engagement-editor > .tool-status .save-status');
      await expect(status).toHaveAttribute('data-state', 'saved');
      await expect(status).toHaveText(/^Saved /);
      await expect(status).toBeInViewport({ ratio: 1 });
    });

    test('saved data file: after Merge, “Restored.” is on screen where the buttons were, in the success tone', async ({
      page,
    }) => {
      await seed(page, await storedEngagements([fernhill()], NOW));
      const file = JSON.stringify({
        app: 'handoff-handbook',
        format: 2,
        exportedAt: NOW,
        keys: await storedEngagements([fernhill({ id: 'e-restored01', client: 'Restored Client' })], NOW + 1000),
      });
      await page.goto(pageTypes.engagement!);
      await hydrated(page);
      const panel = page.locator('.storage-health');
      await panel
        .getByLabel('Restore from a backup file')
        .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      const merge = panel.getByRole('button', { name: 'Merge', exact: true });
      await merge.scrollIntoViewIfNeeded();
      const at = (await merge.boundingBox())!;
      await merge.click();
      const done = panel.getByRole('status').filter({ hasText: 'Restored.' });
      await expect(done).toBeInViewport({ ratio: 1 });
      await expect(done).toHaveAttribute('data-tone', 'ok');
      await expect(done).toBeFocused();
      expect(Math.abs((await done.boundingBox())!.y - at.y)).toBeLessThan(200);
    });
  });
}
