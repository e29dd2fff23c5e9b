/** Feedback lands where the reader is looking, on a phone and on a desktop. */
import { expect, test } from '@playwright/test';
import { loadDiagnostics, loadQuizzes } from '../support/content-files';
import { mobileContext, pageTypes, viewports } from './layout-gates';
import { answerQuizAndSubmit, hydrated } from './tools-support';

const quiz = loadQuizzes().find((q) => q.id === 'weak-handoff-quiz')!.data;
const diagnostic = loadDiagnostics().find((d) => d.id === 'workflow-diagnostic')!.data;

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
        await expect(shown).toBeInViewport();
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
  });
}
