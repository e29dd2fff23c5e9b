/**
 * The workspace in Chromium: the flow through four tools into one row, links that open
 * each tool on the engagement (and switch the other tabs with it), sorting and filtering, delete
 * with two confirms, the page without JavaScript, live updates from another tab, damaged stored
 * values, and the confirm step for the copies kept from before engagements.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from './support';
import { axeInBothSchemes } from './axe';
import {
  createEngagement,
  currentEngagement,
  hydrated,
  picker,
  saved,
  seed,
  storedText,
  v1Fixture,
} from './tools-support';
import { mobileContext, sidewaysScroll, smallTargets } from './layout-gates';
import { ids, seededWorkspace } from '../support/workspace-seed';
import { fernhill, storedEngagements } from '../support/engagements';
import { loadQuizzes } from '../support/content-files';
import { questionIds } from '../../src/tools/quiz/score';

/** How many ticks the client onboarding checklist holds (its items and its gate questions), read from its data. */
const onboardingData = JSON.parse(readFileSync('content/checklists/client-onboarding.json', 'utf8')) as {
  groups: { items: unknown[] }[];
  gate: { questions: unknown[] };
};
const onboardingItems = onboardingData.groups.flatMap((g) => g.items).length + onboardingData.gate.questions.length;

const workspace = '/workspace/';
const checklist = '/templates/client-onboarding-checklist/';
const worksheet = '/templates/client-input-dependency-worksheet/';
const record = '/tools/handoff-record/';
const quizUrl = '/tools/weak-handoff-quiz/';
const ENGAGEMENTS = 'handoff-handbook:v1:engagements:all';

const current = currentEngagement;
const card = (page: Page, name: string) =>
  page.locator('.engagement').filter({ has: page.getByRole('heading', { name, exact: true }) });
const names = (page: Page) => page.locator('.engagement h3');
const boundary = (page: Page, name: string, id: string) => card(page, name).locator(`[data-boundary="${id}"]`);
const fixture = v1Fixture;

async function openWorkspace(page: Page) {
  await page.goto(workspace);
  await hydrated(page);
  await expect(page.locator('.workspace-count')).not.toHaveText('Opening what this browser saved…');
}

test('the issue’s flow: four tools, one engagement, one row with its stage, each handoff’s state and the next action', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = watchForProblems(page);
  // The onboarding checklist: a new engagement, every item and the gate ticked.
  await page.goto(checklist);
  await hydrated(page);
  await createEngagement(page, 'Fernhill Physio', 'Booking site');
  for (const box of await page.locator('.checklist-form input[type="checkbox"]').all()) await box.check();
  for (const yes of await page.locator('.checklist-form input[type="radio"][value="yes"]').all()) await yes.check();
  await saved(page);

  // The input worksheet: one client dependency still owed.
  await page.goto(worksheet);
  await hydrated(page);
  await expect(current(page)).toHaveText('Fernhill Physio: Booking site');
  await page.getByRole('button', { name: 'Add a row' }).click();
  await page
    .locator('.worksheet-tool fieldset')
    .last()
    .locator('textarea')
    .first()
    .fill('Booking embed code from the practice manager');
  await saved(page);

  // A complete handoff record for onboarding → delivery.
  await page.goto(record);
  await hydrated(page);
  await expect(current(page)).toHaveText('Fernhill Physio: Booking site');
  const fields: Record<string, string> = {
    'Record name': 'Fernhill kickoff',
    'Outcome reached': 'Logins tested, photos received and the first milestone agreed in writing.',
    'Inputs the next stage needs': 'Booking flow scope, clinic opening hours and the approval owner Dr Aaron Pike.',
    'Links to the assets': 'https://files.example.com/fernhill/brief',
    'Next-action owner': 'Maya Ostrander',
    'Completion event': 'First milestone accepted in writing',
  };
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel('From stage', { exact: true }).selectOption({ label: 'Onboarding' });
  await page.getByLabel('To stage', { exact: true }).selectOption({ label: 'Delivery & QA' });
  await expect(page.locator('.record-check')).toContainText('Nothing is missing');
  await page.getByRole('button', { name: 'Save record' }).click();
  await saved(page);

  // The quiz for the proposal handoff: weak.
  await page.goto(quizUrl);
  await hydrated(page);
  await expect(current(page)).toHaveText('Fernhill Physio: Booking site');
  const quiz = loadQuizzes().find((q) => q.id === 'weak-handoff-quiz')!.data;
  await page
    .locator('input[name="weak-handoff-quiz-boundary"]')
    .nth(quiz.boundaries.findIndex((b) => b.id === 'proposal-to-onboarding'))
    .check();
  for (const [i, id] of questionIds(quiz).entries())
    await page.locator(`input[name="weak-handoff-quiz-${id}"][value="${i < 6 ? 'no' : 'yes'}"]`).check();
  await page.getByRole('button', { name: 'Show my result' }).click();
  await expect(page.getByRole('heading', { name: 'Result: Weak' })).toBeVisible();
  await saved(page);

  await openWorkspace(page);
  const row = card(page, 'Fernhill Physio: Booking site');
  await expect(row.locator('.engagement-stage')).toHaveText('Stage: 4. Delivery & QA');
  await expect(boundary(page, 'Fernhill Physio: Booking site', 'intake-to-proposal')).toContainText(
    'Not checked Intake & qualification → Proposal & contract',
  );
  await expect(boundary(page, 'Fernhill Physio: Booking site', 'proposal-to-onboarding')).toContainText(
    'Weak Proposal & contract → Onboarding: the quiz says weak',
  );
  await expect(boundary(page, 'Fernhill Physio: Booking site', 'onboarding-to-delivery')).toContainText(
    'Weak Onboarding → Delivery & QA: client inputs still owed',
  );
  await expect(boundary(page, 'Fernhill Physio: Booking site', 'delivery-to-invoicing')).toContainText('Not started');
  await expect(row.locator('.look-first')).toContainText(
    'Look first at Proposal & contract → Onboarding: the earliest weak handoff.',
  );
  await expect(row.locator('.next-action')).toHaveText(
    'Next action: First milestone accepted in writing, owner Maya Ostrander, no date set (from the handoff record)',
  );
  await expect(row).toContainText('Open client dependencies: 1.');
  // Each state opens the run it summarises, on this engagement.
  const id = (
    JSON.parse((await storedText(page, ENGAGEMENTS))!) as { data: { current: Record<string, [number, string]> } }
  ).data.current['']![1];
  await expect(
    boundary(page, 'Fernhill Physio: Booking site', 'onboarding-to-delivery').getByRole('link', {
      name: `Client onboarding checklist: ${onboardingItems} of ${onboardingItems} ticked`,
    }),
  ).toHaveAttribute('href', `${checklist}?engagement=${id}`);
  await expect(
    boundary(page, 'Fernhill Physio: Booking site', 'proposal-to-onboarding').getByRole('link', {
      name: 'Quiz result: weak',
    }),
  ).toHaveAttribute('href', `${quizUrl}?engagement=${id}`);
  await expect(row.getByRole('link', { name: 'Fernhill Physio: Booking site' })).toHaveAttribute(
    'href',
    `/workspace/engagement/?engagement=${id}`,
  );
  expect(problems).toEqual([]);
});

test('a run link opens its tool on that engagement, and a tool in a second tab switches with it', async ({
  context,
}) => {
  await seed(context, seededWorkspace());
  const a = await context.newPage();
  await openWorkspace(a);
  const b = await context.newPage();
  await b.goto(checklist);
  await hydrated(b);
  await expect(current(b)).toHaveText('Fernhill Physio: Booking site');
  await boundary(a, 'Redwick Cycling Club: Season film', 'proposal-to-onboarding')
    .getByRole('link', { name: 'Quiz result: weak' })
    .click();
  await expect(a).toHaveURL(`${quizUrl}?engagement=${ids.redwick}`);
  await hydrated(a);
  await expect(current(a)).toHaveText('Redwick Cycling Club: Season film');
  await expect(a.getByRole('heading', { name: 'Result: Weak' })).toBeVisible();
  // The link's choice is stored, so the checklist in the other tab follows it.
  await expect(current(b)).toHaveText('Redwick Cycling Club: Season film');
});

test('sorts by stage and by name; filters by stage and by what is overdue', async ({ page }) => {
  await seed(page, seededWorkspace());
  await openWorkspace(page);
  await expect(names(page)).toHaveText([
    'Alder & Finch: Catalogue pages',
    'Redwick Cycling Club: Season film',
    'Fernhill Physio: Booking site',
  ]);
  await expect(page.locator('.workspace-count')).toHaveText('Showing 3 of 3 engagements.');
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Name' });
  await expect(names(page)).toHaveText([
    'Alder & Finch: Catalogue pages',
    'Fernhill Physio: Booking site',
    'Redwick Cycling Club: Season film',
  ]);
  await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: '4. Delivery & QA' });
  await expect(names(page)).toHaveText(['Fernhill Physio: Booking site']);
  await expect(page.locator('.workspace-count')).toHaveText('Showing 1 of 3 engagements.');
  await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'All stages' });
  // None of the three has a date that has passed.
  await page.getByLabel('Only overdue').check();
  await expect(names(page)).toHaveCount(0);
  await expect(page.locator('.workspace-count')).toHaveText('Showing 0 of 3 engagements.');
  for (const c of await page.locator('.engagement').all()) await expect(c).toContainText('Nothing overdue.');
});

test('an unpaid invoice past its due date makes the engagement overdue: only it stays under “Only overdue”', async ({
  page,
}) => {
  // Fernhill's invoice 2026-002 fell due on 2026-03-13; on 2026-03-30 it is 17 days late.
  await page.clock.setFixedTime(Date.UTC(2026, 2, 30, 10));
  const calm = fernhill({
    id: 'e-calm000001',
    client: 'Calm Studio',
    project: '',
    dates: { milestones: [], invoices: [], dependencies: [], decisions: [] },
  });
  const { nextAction: _none, ...withoutNextAction } = calm;
  await seed(page, await storedEngagements([fernhill(), withoutNextAction], Date.UTC(2026, 2, 20)));
  await openWorkspace(page);
  const late = card(page, 'Fernhill Physio: Online booking site');
  await expect(late).toContainText('Invoice 2026-002 is unpaid, 17 days late');
  await expect(card(page, 'Calm Studio')).toContainText('Nothing overdue.');
  await page.getByLabel('Only overdue').check();
  await expect(names(page)).toHaveText(['Fernhill Physio: Online booking site']);
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Most overdue' });
  await expect(names(page)).toHaveText(['Fernhill Physio: Online booking site']);
});

test('delete asks twice, names what goes with the engagement, and every tab follows', async ({ context }) => {
  const problems: string[] = [];
  await seed(context, seededWorkspace());
  const page = await context.newPage();
  problems.push(...watchForProblems(page));
  await openWorkspace(page);
  const other = await context.newPage();
  await openWorkspace(other);
  const redwick = card(page, 'Redwick Cycling Club: Season film');
  await redwick.getByRole('button', { name: 'Delete…' }).click();
  const confirm = redwick.getByRole('group', { name: 'Delete Redwick Cycling Club: Season film' });
  await expect(confirm).toContainText(
    'its runs go with it: 1 dependency worksheet runs, 1 quiz results, 1 handoff records',
  );
  expect(await axeInBothSchemes(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(names(page)).toHaveCount(3);

  await redwick.getByRole('button', { name: 'Delete…' }).click();
  await confirm.getByRole('button', { name: 'Delete the engagement and its runs' }).click();
  await expect(confirm).toContainText(
    'Last check: delete “Redwick Cycling Club: Season film” and 3 saved items from this browser for good?',
  );
  // Nothing is gone until the second yes.
  await expect(names(other)).toHaveCount(3);
  await confirm.getByRole('button', { name: 'Yes, delete for good' }).click();
  await expect(names(page)).toHaveText(['Alder & Finch: Catalogue pages', 'Fernhill Physio: Booking site']);
  await expect(names(other)).toHaveText(['Alder & Finch: Catalogue pages', 'Fernhill Physio: Booking site']);
  const keys = await page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!])),
  );
  expect(
    Object.entries(keys).filter(
      ([k, v]) =>
        k.startsWith('handoff-handbook:v1:') &&
        !k.includes('earlier') &&
        v.includes(ids.redwick) &&
        /\[\d+,(?!null)/.test(v.slice(v.indexOf(ids.redwick))),
    ),
  ).toEqual([]);
  // A tool opened later does not bring it back.
  await other.goto(record);
  await hydrated(other);
  await expect(picker(other).locator('option')).toHaveText([
    'Fernhill Physio: Booking site',
    'Alder & Finch: Catalogue pages',
  ]);
  expect(problems).toEqual([]);
});

test('another tab’s changes show at once: a new engagement and its ticks', async ({ context }) => {
  const a = await context.newPage();
  await openWorkspace(a);
  await expect(a.locator('.workspace-count')).toHaveText('No engagements saved in this browser yet.');
  const b = await context.newPage();
  await b.goto(checklist);
  await hydrated(b);
  await createEngagement(b, 'Oakmere Studio', '');
  await expect(names(a)).toHaveText(['Oakmere Studio']);
  await expect(boundary(a, 'Oakmere Studio', 'onboarding-to-delivery')).toContainText('Not started');
  await b.locator('.checklist-form input[type="checkbox"]').first().check();
  await saved(b);
  await expect(boundary(a, 'Oakmere Studio', 'onboarding-to-delivery')).toContainText(
    'In progress Onboarding → Delivery & QA',
  );
  await expect(card(a, 'Oakmere Studio').locator('.engagement-stage')).toHaveText('Stage: 3. Onboarding');
});

test('without JavaScript the page says what it does and links every tool', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(workspace);
  await expect(page.locator('.nojs-note')).toBeVisible();
  await expect(page.locator('.nojs-note')).toContainText('reading them takes JavaScript');
  await expect(page.getByRole('heading', { name: 'What the workspace does' })).toBeVisible();
  for (const name of [
    'Client Onboarding Checklist for Freelancers and Consultants',
    'Client Input Dependency Worksheet',
    'Handoff Record',
    'Weak-Handoff Quiz',
    'Workflow Diagnostic Checklist',
  ]) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.locator('.engagement')).toHaveCount(0);
  await context.close();
});

test('damaged stored values are set aside, said, offered as a download, and the rest still lists', async ({ page }) => {
  const problems = watchForProblems(page);
  const values = seededWorkspace();
  values['handoff-handbook:v1:checklist:client-onboarding'] = '{"version":3,"savedAt":1,"data":{"ticks":';
  values['handoff-handbook:v1:quiz:weak-handoff-quiz'] = JSON.stringify({
    version: 3,
    savedAt: 1,
    data: { results: 'not a map' },
  });
  await seed(page, values);
  await openWorkspace(page);
  await expect(
    page.getByText(
      'Saved data (checklist client-onboarding) could not be read, so it was set aside and the workspace leaves it out.',
    ),
  ).toBeVisible();
  await expect(page.getByText('Saved data (quiz) could not be read')).toBeVisible();
  await expect(names(page)).toHaveCount(3);
  // Without the checklist, Fernhill is back at proposal; without the quiz, Redwick's proposal handoff is no longer weak.
  await expect(card(page, 'Fernhill Physio: Booking site').locator('.engagement-stage')).toHaveText(
    'Stage: 2. Proposal & contract',
  );
  await expect(boundary(page, 'Redwick Cycling Club: Season film', 'proposal-to-onboarding')).toContainText('Sound');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the kept copy' }).first().click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(
    values['handoff-handbook:v1:checklist:client-onboarding'],
  );
  expect(problems).toEqual([]);
});

test.describe('the move into engagements', () => {
  test('says what was moved; “keep old copies” keeps them and stops asking', async ({ page }) => {
    const v1 = fixture('storage.json');
    await seed(page, v1);
    await openWorkspace(page);
    const moved = page.locator('.moved');
    await expect(moved).toContainText('Saved data moved into engagements');
    await expect(
      moved.locator('li').filter({ hasText: 'The checklist “Client onboarding checklist”, saved by version 1' }),
    ).toContainText('now in Fernhill Physio, My engagement, Redwick film');
    // A copy that spelled the name otherwise names the engagement as it is now.
    await expect(moved.locator('li').filter({ hasText: 'Delivery to invoicing handoff checklist' })).toContainText(
      /now in Fernhill Physio$/,
    );
    await expect(names(page)).toContainText(['Fernhill Physio']);
    expect(await axeInBothSchemes(page)).toEqual([]);
    await page.getByRole('button', { name: 'Keep old copies' }).click();
    await expect(page.getByText('The earlier copies stay in this browser')).toBeVisible();
    await expect(moved).toHaveCount(0);
    await page.reload();
    await openWorkspace(page);
    await expect(moved).toHaveCount(0);
    expect(await storedText(page, 'handoff-handbook:v1:earlier:v1:checklist:client-onboarding')).toBe(
      v1['handoff-handbook:v1:checklist:client-onboarding'],
    );
  });

  test('“remove old copies” removes only the copies: the engagements keep everything', async ({ page }) => {
    await seed(page, fixture('storage.json'));
    await openWorkspace(page);
    await page.getByRole('button', { name: 'Remove old copies' }).click();
    await expect(page.getByText('The earlier copies are removed.')).toBeVisible();
    expect((await page.evaluate(() => Object.keys(localStorage))).filter((k) => k.includes(':earlier:'))).toEqual([]);
    await expect(names(page)).toContainText(['Fernhill Physio', 'My engagement', 'Redwick film']);
    await expect(card(page, 'Fernhill Physio').locator('.engagement-stage')).not.toHaveText(
      'Stage: 1. Intake & qualification',
    );
  });

  test('a move that fails says so and keeps the value exactly as it was', async ({ page }) => {
    const key = 'handoff-handbook:v1:checklist:handoff-proposal-to-onboarding';
    const raw = fixture('unreadable.json')[key]!;
    await seed(page, { [key]: raw });
    await openWorkspace(page);
    await expect(
      page.getByText(
        'Saved data from an earlier version (checklist handoff-proposal-to-onboarding) could not be moved into engagements. It is kept in this browser exactly as it was',
      ),
    ).toBeVisible();
    const kept = (await page.evaluate(() => Object.keys(localStorage))).find((k) =>
      k.startsWith('handoff-handbook:v1:quarantine:checklist:handoff-proposal-to-onboarding:'),
    );
    expect(kept && (await storedText(page, kept))).toBe(raw);
  });
});

test.describe('on a phone, with three engagements', () => {
  test.use(mobileContext);
  test('no sideways scroll and every control of the list at least 44 px, the delete step open too', async ({
    page,
  }) => {
    await seed(page, seededWorkspace());
    await openWorkspace(page);
    await expect(names(page)).toHaveCount(3);
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await smallTargets(page, 24)).toEqual([]);
    expect(await smallTargets(page, 44, '.tool-ui')).toEqual([]);
    await card(page, 'Fernhill Physio: Booking site').getByRole('button', { name: 'Delete…' }).click();
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await smallTargets(page, 44, '.tool-ui')).toEqual([]);
  });
});
