/** The weak-handoff quiz in Chromium: keyboard use, saved results, result links and accessibility. */
import { expect, test, type Page } from '@playwright/test';
import { questionIds } from '../../src/tools/quiz/score';
import { loadPages, loadQuizzes } from '../support/content-files';
import { watchForProblems } from './support';
import { axeInBothSchemes } from './axe';
import { hydrated, saved } from './tools-support';

const quiz = loadQuizzes().find((q) => q.id === 'weak-handoff-quiz')!.data;
const titles = new Map(loadPages().map((p) => [p.id, p.data.title]));
const url = '/tools/weak-handoff-quiz/';
const ids = questionIds(quiz);

const boundaryIndex = (id: string) => quiz.boundaries.findIndex((b) => b.id === id);
const invoicing = boundaryIndex('delivery-to-invoicing');
/** The worked example on the quiz page: billing from memory, no owner, no completion event. */
const example = { boundary: invoicing, answers: 'nnyn yyynn nnn' };
const optionIndex = (code: string) => quiz.answers.findIndex((a) => a.code === code);

/** Answers the quiz with the keyboard only: Tab into each radio group, Space or arrows to choose. */
async function answerByKeyboard(page: Page, boundary: number, codes: string) {
  const choices = [boundary, ...codes.replace(/\s/g, '').split('').map(optionIndex)];
  for (let tabs = 0; tabs < 80; tabs++) {
    await page.keyboard.press('Tab');
    if (
      await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.name === 'weak-handoff-quiz-boundary',
      )
    )
      break;
  }
  for (const [i, choice] of choices.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    // Focus lands on the first radio of an unanswered group: Space picks it, each arrow moves on and picks.
    if (choice === 0) await page.keyboard.press('Space');
    for (let k = 0; k < choice; k++) await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show my result' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Answers by clicking, for tests about what happens after answering. */
async function answerByClicking(page: Page, boundary: number, codes: string) {
  await page.locator('input[name="weak-handoff-quiz-boundary"]').nth(boundary).check();
  for (const [i, code] of codes.replace(/\s/g, '').split('').entries()) {
    await page.locator(`input[name="weak-handoff-quiz-${ids[i]}"]`).nth(optionIndex(code)).check();
  }
  await page.getByRole('button', { name: 'Show my result' }).click();
}

const result = (page: Page) => page.locator('.quiz-result');

test('completed by keyboard alone, the quiz shows its verdict and working recommended links', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto(url);
  await hydrated(page);
  await answerByKeyboard(page, example.boundary, example.answers);

  await expect(page.getByRole('heading', { name: 'Result: Weak' })).toBeFocused();
  await expect(result(page)).toContainText('Delivery to invoicing.');
  await expect(result(page)).toContainText(
    'This handoff is weak because one transfer is missing (next-action owner) and two cross cleanly (context and assets).',
  );
  await expect(result(page).locator('.quiz-findings li')).toHaveText([
    'Next-action owner: missing, because billing or follow-up waits until you happen to remember it; no single named person holds the next action; and nobody agrees beforehand which event marks the next stage as done.',
  ]);
  await expect(result(page)).not.toContainText(/points/);
  await expect(page).toHaveURL(/#result=1\.delivery-to-invoicing\.nnynyyynnnnn$/);

  const expected = [
    'workflows/invoice-and-payment-workflow-setup',
    'glossary/next-action-owner',
    'templates/project-start-readiness-and-handoff-boundary-worksheet',
  ];
  const links = result(page).locator('.quiz-recommendations a');
  await expect(links).toHaveText(expected.map((id) => titles.get(id)!));
  for (const [i, id] of expected.entries()) {
    await expect(links.nth(i)).toHaveAttribute('href', `/${id}/`);
    expect((await page.request.get(`/${id}/`)).status()).toBe(200);
  }
  await links.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.get(expected[0]!)!);
  expect(problems).toEqual([]);
});

test('a reload keeps the result, saved with its date, and earlier results for the boundary form a history', async ({
  page,
}) => {
  await page.goto(url);
  await hydrated(page);
  await answerByClicking(page, invoicing, 'yyny nnnyy nnn');
  await expect(page.getByRole('heading', { name: 'Result: Broken' })).toBeVisible();
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await expect(result(page)).toHaveCount(0);
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
  await answerByClicking(page, example.boundary, example.answers);
  await expect(page.getByRole('heading', { name: 'Result: Weak' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Result: Weak' })).toBeVisible();

  // Without the link in the address bar, the latest saved result comes back from storage.
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Result: Weak' })).toBeVisible();
  await saved(page);
  await expect(result(page)).toContainText(/Taken \d{4}-\d{2}-\d{2} \d{2}:\d{2}\./);
  await expect(page.locator('input[name="weak-handoff-quiz-next-owner"][value="no"]')).toBeChecked();
  const history = result(page).locator('.quiz-history li');
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}: Broken, missing context and assets$/);
});

test('the onboarding to delivery boundary can be checked, and its result starts from the onboarding guide', async ({
  page,
}) => {
  await page.goto(url);
  await hydrated(page);
  await expect(page.getByText('Without JavaScript the quiz cannot score itself')).toBeHidden();
  await page.getByRole('radio', { name: 'Onboarding to delivery' }).check();
  await answerByClicking(page, boundaryIndex('onboarding-to-delivery'), 'nynn yyyyy nnn');
  await expect(page.getByRole('heading', { name: 'Result: Weak' })).toBeVisible();
  await expect(result(page)).toContainText('Onboarding to delivery.');
  await expect(result(page).locator('.quiz-findings li')).toHaveText([
    'Assets: missing, because files or approvals are chased after the work should already have begun.',
  ]);
  await expect(result(page).locator('.quiz-recommendations a').first()).toHaveAttribute(
    'href',
    '/workflows/client-onboarding-workflow/',
  );
  await expect(page).toHaveURL(/#result=1\.onboarding-to-delivery\.nynnyyyyynnn$/);
});

test('a shared result link reproduces the result in a fresh browser context', async ({ page, browser }) => {
  await page.goto(url);
  await hydrated(page);
  await answerByClicking(page, example.boundary, example.answers);
  await expect(page.getByRole('heading', { name: 'Result: Weak' })).toBeVisible();
  // The same words as every other tool's share control.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await result(page).getByRole('button', { name: 'Share read-only link' }).click();
  await expect(result(page).getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(page.url()).toContain(new URL(shared).hash);
  await expect(page.getByText('Link to this result', { exact: true })).toHaveCount(0);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(shared);
  await expect(other.getByRole('heading', { name: 'Result: Weak' })).toBeVisible();
  await expect(other.locator('.quiz-result')).toContainText('Opened from a result link');
  await expect(other.locator('input[name="weak-handoff-quiz-boundary"][value="delivery-to-invoicing"]')).toBeChecked();
  await expect(other.locator('input[name="weak-handoff-quiz-billing-from-memory"][value="yes"]')).toBeChecked();
  // A warning sign's weak answer says what it means: "Often", not a "Yes" that is bad here and good elsewhere.
  await expect(
    other
      .getByRole('group', { name: /billing or follow-up rely on your memory/ })
      .getByRole('radio', { name: 'Often' }),
  ).toBeChecked();
  await fresh.close();
});

test('a malformed result link gives a clear message, not a crash', async ({ page }) => {
  const problems = watchForProblems(page);
  for (const fragment of [
    'result=1.moon-to-mars.yyy',
    'result=%E0%A4%A',
    `result=99.delivery-to-invoicing.${'y'.repeat(ids.length)}`,
  ]) {
    await page.goto(`${url}#${fragment}`);
    await hydrated(page);
    await expect(page.getByRole('status').filter({ hasText: 'This result link cannot be read' })).toBeVisible();
    await expect(result(page)).toHaveCount(0);
  }
  expect(await axeInBothSchemes(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('an incomplete quiz says how many answers are missing and moves focus to the first', async ({ page }) => {
  await page.goto(url);
  await hydrated(page);
  await page.locator('input[name="weak-handoff-quiz-boundary"]').first().check();
  await page.getByRole('button', { name: 'Show my result' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${ids.length} still need an answer` })).toBeVisible();
  await expect(page.locator(`input[name="weak-handoff-quiz-${ids[0]}"]`).first()).toBeFocused();
});

test('a corrupt saved value neither crashes the quiz nor is thrown away', async ({ page }) => {
  const problems = watchForProblems(page);
  // Seed before any page script runs, once: a value written after the first load would race
  // with that page's own (late, after-hydration) storage read.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('handoff-handbook:v1:quiz:weak-handoff-quiz', '{not json');
  });
  await page.goto(url);
  await hydrated(page);
  await expect(page.getByText('Saved data for this tool could not be read, so it was set aside')).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.includes('quarantine'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{not json']);
  await answerByClicking(page, 0, 'nnnn yyyyy nnn');
  await expect(page.getByRole('heading', { name: 'Result: Complete' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('axe finds nothing in the quiz before and after a result', async ({ page }) => {
  await page.goto(url);
  await hydrated(page);
  expect(await axeInBothSchemes(page)).toEqual([]);
  await answerByClicking(page, invoicing, 'yyyy nnnnn yyy');
  await expect(page.getByRole('heading', { name: 'Result: Broken' })).toBeVisible();
  await expect(result(page).locator('.quiz-history li')).toHaveCount(0);
  expect(await axeInBothSchemes(page)).toEqual([]);
});

test('without JavaScript the quiz is a printable self-check with its scoring rules', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('.quiz fieldset')).toHaveCount(1 + ids.length);
  await expect(page.getByRole('radio')).toHaveCount(quiz.boundaries.length + ids.length * quiz.answers.length);
  await expect(page.getByRole('heading', { name: 'Score it yourself' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Which questions count against which transfer' })).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByText('Without JavaScript the quiz cannot score itself')).toBeVisible();
  await page.getByRole('link', { name: 'score them yourself' }).click();
  await expect(page.getByRole('heading', { name: 'Score it yourself' })).toBeInViewport();
  await context.close();
});
