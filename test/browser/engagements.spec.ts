/**
 * Engagements across the tools: one picker on every tool page, the current engagement followed
 * by other pages and other tabs, every run keyed by its engagement, and the data saved before
 * engagements existed moved into them with nothing lost (or, when it cannot be, kept and told).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from './support';
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
import { engagementIdForName } from '../../src/lib/engagements/named';

const checklist = '/templates/client-onboarding-checklist/';
const worksheet = '/templates/client-input-dependency-worksheet/';
const diagnosticPage = '/templates/workflow-diagnostic-checklist/';
const record = '/tools/handoff-record/';
const ENGAGEMENTS = 'handoff-handbook:v1:engagements:all';
const first = 'Every deliverable is written down in the signed scope, not only discussed on a call.';

const fixture = v1Fixture;
const current = currentEngagement;
const create = createEngagement;
const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);
/** Every textarea's value on the page (notes, cells). */
const texts = (page: Page) =>
  page.locator('textarea').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value).join('\n'));

test('an engagement made on the checklist is current on the worksheet, and both runs are keyed by it', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await page.goto(checklist);
  await hydrated(page);
  await create(page, 'Fernhill Physio', 'Booking site');
  await page.getByRole('checkbox', { name: first }).check();
  await page.locator('.checklist-form input[type="checkbox"]').nth(1).check();
  await saved(page);
  const id = (await stored(page, ENGAGEMENTS)).data.current[''][1] as string;
  const ticks = Object.keys((await stored(page, 'handoff-handbook:v1:checklist:client-onboarding')).data.ticks);
  expect(ticks).toHaveLength(2);
  expect(ticks.every((k) => k.startsWith(`${id}:`))).toBe(true);

  await page.goto(worksheet);
  await hydrated(page);
  await expect(current(page)).toHaveText('Fernhill Physio: Booking site');
  const rows = page.locator('.worksheet-tool fieldset');
  const before = await rows.count();
  await page.getByRole('button', { name: 'Add a row' }).click();
  await expect(rows).toHaveCount(before + 1);
  await rows.last().locator('textarea').first().fill('Booking embed code');
  await saved(page);
  const sheet = (await stored(page, 'handoff-handbook:v1:worksheet:client-input-dependency')).data;
  expect(Object.keys(sheet.records)).toEqual([id]);
  expect(Object.entries(sheet.cells).find(([, e]) => (e as [number, string])[1] === 'Booking embed code')?.[0]).toMatch(
    new RegExp(`^${id}:`),
  );
  await page.reload();
  await expect(current(page)).toHaveText('Fernhill Physio: Booking site');
  expect(await texts(page)).toContain('Booking embed code');
  expect(problems).toEqual([]);
});

test('switching the engagement on one page switches it on another page and in a second tab', async ({ context }) => {
  const a = await context.newPage();
  await a.goto(checklist);
  await hydrated(a);
  await create(a, 'Acme', 'Rebrand');
  await a.getByRole('checkbox', { name: first }).check();
  await saved(a);
  await create(a, 'Redwick', 'Film');
  await expect(a.getByRole('checkbox', { name: first })).not.toBeChecked();

  // A second tab, on another tool page, opens on the engagement chosen in the first.
  const b = await context.newPage();
  await b.goto(worksheet);
  await hydrated(b);
  await expect(current(b)).toHaveText('Redwick: Film');
  await picker(b).selectOption({ label: 'Acme: Rebrand' });
  // The first tab follows at once, and shows Acme's own ticks.
  await expect(current(a)).toHaveText('Acme: Rebrand');
  await expect(a.getByRole('checkbox', { name: first })).toBeChecked();
  // Renaming in one tab renames everywhere.
  await a.getByRole('button', { name: 'Rename' }).click();
  await a.getByRole('textbox', { name: 'Client', exact: true }).fill('Acme Ltd');
  await a.getByRole('button', { name: 'Save name' }).click();
  await expect(current(b)).toHaveText('Acme Ltd: Rebrand');
  // And a page opened later (another tool) opens on it too.
  await a.goto(diagnosticPage);
  await hydrated(a);
  await expect(current(a)).toHaveText('Acme Ltd: Rebrand');
  await expect(picker(a).locator('option')).toHaveText(['Acme Ltd: Rebrand', 'Redwick: Film']);
});

test('the v1 fixture moves into engagements with nothing lost, the earlier copies kept and told once', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  const v1 = fixture('storage.json');
  await seed(page, v1);
  await page.goto(checklist);
  await hydrated(page);
  await expect(page.getByText('The earlier copy is kept in this browser, untouched.')).toBeVisible();
  // Named records became engagements by name; the record that was open is current.
  await expect(current(page)).toHaveText('Fernhill Physio');
  expect((await picker(page).locator('option').allTextContents()).sort()).toEqual([
    'Fernhill Physio',
    'My engagement',
    'Redwick film',
  ]);
  for (const item of ['deliverables-in-writing', 'exclusions-in-writing', 'logins-granted', 'gate-single-scope-source'])
    // A gate question's tick reads as its "Yes".
    await expect(
      page.locator(`.checklist-form input[name="${item}"]:is([type="checkbox"], [value="yes"])`),
    ).toBeChecked();
  expect(await texts(page)).toContain('Hosting login tested on the 19th; the booking embed code is still with Helen.');
  await picker(page).selectOption({ label: 'Redwick film' });
  expect(await texts(page)).toContain('Shoot day depends on the club\'s race calendar, "TBC" until March.');
  await picker(page).selectOption({ label: 'Fernhill Physio' });
  // Said once: the next visit finds the new shape and says nothing.
  await page.reload();
  await hydrated(page);
  await expect(current(page)).toHaveText('Fernhill Physio');
  await expect(page.getByText('The earlier copy is kept')).toHaveCount(0);

  // The worksheet's Fernhill rows, and the handoff record saved under that name, belong to the same engagement.
  await page.goto(worksheet);
  await hydrated(page);
  await expect(current(page)).toHaveText('Fernhill Physio');
  expect(await texts(page)).toContain('New clinic photos');
  await page.goto(record);
  await hydrated(page);
  await expect(current(page)).toHaveText('Fernhill Physio');
  await expect(page.getByRole('button', { name: 'Open “Fernhill Physio”' })).toBeVisible();
  // Unnamed data (the diagnostic ticks) went to the default engagement.
  await page.goto(diagnosticPage);
  await hydrated(page);
  await picker(page).selectOption({ label: 'My engagement' });
  for (const signal of ['follow-up-from-memory', 'no-billing-trigger', 'status-outside-record'])
    await expect(page.locator(`input[name="${signal}"]`)).toBeChecked();

  // Every v1 value is still in this browser byte for byte: moved ones under their earlier-copy key, the rest where they were.
  for (const [key, raw] of Object.entries(v1)) {
    const kept = await storedText(page, key.replace('handoff-handbook:v1:', 'handoff-handbook:v1:earlier:v1:'));
    expect(kept ?? (await storedText(page, key)), key).toBe(raw);
  }
  expect(await storedText(page, 'handoff-handbook:v1:earlier:v1:checklist:client-onboarding')).toBe(
    v1['handoff-handbook:v1:checklist:client-onboarding'],
  );
  const ids = (await stored(page, ENGAGEMENTS)).data.engagements;
  expect(Object.keys(ids)).toContain(engagementIdForName('Fernhill Physio'));
  expect(problems).toEqual([]);
});

test('a migration that fails keeps the value as it was and says so; the tool still works', async ({ page }) => {
  const key = 'handoff-handbook:v1:checklist:handoff-proposal-to-onboarding';
  const raw = fixture('unreadable.json')[key]!;
  await seed(page, { [key]: raw });
  await page.goto('/workflows/proposal-to-contract-handoff-workflow-setup/');
  // The workflow page hydrates its checklist when it scrolls into view.
  await page.locator('.checklist-form').scrollIntoViewIfNeeded();
  await hydrated(page);
  await expect(
    page.getByText(
      'Saved data from an earlier version could not be moved into engagements. It is kept in this browser exactly as it was',
    ),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the kept copy' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(raw);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const kept = keys.find((k) =>
    k.startsWith('handoff-handbook:v1:quarantine:checklist:handoff-proposal-to-onboarding:'),
  );
  expect(kept && (await storedText(page, kept))).toBe(raw);
  await page.locator('.checklist-form input[type="checkbox"]').first().check();
  await saved(page);
});
