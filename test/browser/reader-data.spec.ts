/**
 * What the reader owns: only what they typed or ticked is stored, shared or printed as theirs,
 * and each fact about an engagement lives in one place that every view reads.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createEngagement, hydrated, saved, storedText } from './tools-support';

const worksheet = '/templates/client-input-dependency-worksheet/';
const WORKSHEET_KEY = 'handoff-handbook:v1:worksheet:client-input-dependency';
const EXAMPLE_ITEM = 'Admin access to the website CMS and hosting account';

/** The texts a stored worksheet value holds in its cells. */
async function storedCells(page: Page): Promise<string[]> {
  const raw = await storedText(page, WORKSHEET_KEY);
  if (raw === null) return [];
  const cells = (JSON.parse(raw) as { data: { cells?: Record<string, [number, string | null]> } }).data.cells ?? {};
  return Object.values(cells)
    .map((e) => e[1])
    .filter((v): v is string => v !== null);
}

test('a new engagement’s worksheet starts empty and stores nothing until typed into', async ({ page }) => {
  await page.goto(worksheet);
  await hydrated(page);
  await createEngagement(page, 'Harbour Bakery', 'Menu site');
  const fields = page.locator('.worksheet-tool fieldset');
  await expect(fields).toHaveCount(1);
  for (const area of await fields.locator('textarea').all()) await expect(area).toHaveValue('');
  // The examples stay visible as a hint, not as text.
  await expect(fields.first().locator('textarea').first()).toHaveAttribute('placeholder', /Admin access/);
  expect(await storedText(page, WORKSHEET_KEY)).toBeNull();

  await fields.first().locator('textarea').first().fill('Brand fonts');
  await saved(page);
  expect(await storedCells(page)).toEqual(['Brand fonts']);
});

test('example text kept from an earlier version is offered for removal, and only it is removed', async ({ page }) => {
  await page.goto(worksheet);
  await hydrated(page);
  await createEngagement(page, 'Harbour Bakery', 'Menu site');
  const row = page.locator('.worksheet-tool fieldset').first();
  // What the earlier version stored: an example row's text in a row the reader also wrote in.
  await row.getByRole('textbox', { name: 'Item' }).fill(EXAMPLE_ITEM);
  await row.getByRole('textbox', { name: 'Client-side owner' }).fill('Ana Ruiz');
  await saved(page);
  await expect(page.getByRole('button', { name: 'Remove the example text' })).toHaveCount(0);

  await page.reload();
  await hydrated(page);
  const offer = page.getByRole('region', { name: /still holds the text of an example row/ });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Remove the example text' }).click();
  await expect(offer).toHaveCount(0);
  await saved(page);
  await expect(row.getByRole('textbox', { name: 'Item' })).toHaveValue('');
  await expect(row.getByRole('textbox', { name: 'Client-side owner' })).toHaveValue('Ana Ruiz');
  expect(await storedCells(page)).toEqual(['Ana Ruiz']);
});

const engagementPage = '/workspace/engagement/';
const recordPage = '/tools/handoff-record/';

/** Asks the tool for a read-only link and returns it. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share read-only link' }).click();
  const field = page.getByRole('textbox', { name: /Read-only link to/ });
  await expect(field).toHaveValue(/#share-v1\./);
  return field.inputValue();
}

test('a dependency added on the engagement page shows on the worksheet, in the share link and in the print packet', async ({
  page,
  browser,
}) => {
  await page.goto(worksheet);
  await hydrated(page);
  await createEngagement(page, 'Harbour Bakery', 'Menu site');
  await page.goto(engagementPage);
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Harbour Bakery: Menu site', level: 2 })).toBeVisible();
  const deps = page.locator('section.dated-list', { has: page.getByRole('heading', { name: 'Client dependencies' }) });
  await deps.getByText('Add a client dependency').click();
  await deps.getByRole('textbox', { name: 'What the client owes' }).fill('Final homepage copy');
  await deps.getByRole('textbox', { name: 'Owner on the client side' }).fill('Jo Baker');
  await deps.getByLabel('Due on').fill('2026-12-08');
  await deps.getByRole('button', { name: 'Add client dependency' }).click();
  await expect(deps.getByRole('group', { name: 'Client dependency 1' })).toBeVisible();

  await page.goto(worksheet);
  await hydrated(page);
  const listed = page.locator('.from-engagement');
  await expect(listed).toContainText('Final homepage copy, from Jo Baker, due 2026-12-08');
  const link = await shareLink(page);
  const reader = await browser.newContext();
  const shared = await reader.newPage();
  await shared.goto(link);
  await expect(shared.getByRole('main')).toContainText('Final homepage copy');
  await expect(shared.getByRole('main')).toContainText('Jo Baker');
  await reader.close();

  await page.goto('/print/onboarding-to-delivery/');
  await expect(page.locator('[data-fill="engagement"]').first()).toHaveText('Harbour Bakery: Menu site');
  await expect(page.locator('[data-deps] tr').first()).toContainText('Final homepage copy');
  await expect(page.locator('[data-deps] tr').first()).toContainText('2026-12-08');
});

test('a dependency added on the worksheet shows on the engagement page and in its calendar file', async ({ page }) => {
  await page.goto(worksheet);
  await hydrated(page);
  await createEngagement(page, 'Harbour Bakery', 'Menu site');
  const row = page.locator('.worksheet-tool fieldset').first();
  await row.getByRole('textbox', { name: 'Item' }).fill('Logo files in SVG');
  await row.getByRole('textbox', { name: 'Client-side owner' }).fill('Ana Ruiz');
  await row.getByLabel('Due date').fill('2026-12-20');
  await saved(page);

  await page.goto(engagementPage);
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Harbour Bakery: Menu site', level: 2 })).toBeVisible();
  await expect(page.locator('.from-worksheet')).toContainText('Logo files in SVG, from Ana Ruiz, due 2026-12-20');
  await expect(page.locator('.reminders')).toContainText('Due from Ana Ruiz: Logo files in SVG');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar file (.ics)' }).click(),
  ]);
  const ics = (await readFile((await download.path())!, 'utf8')).replace(/\r\n[ \t]/g, '');
  expect(ics).toContain('Logo files in SVG');
  expect(ics).toMatch(/DTSTART;VALUE=DATE:20261220/);
});

test('the handoff record shows the engagement’s client and project instead of asking again', async ({ page }) => {
  await page.goto(recordPage);
  await hydrated(page);
  await createEngagement(page, 'Harbour Bakery', 'Menu site');
  const client = page.getByRole('textbox', { name: 'Client or project' });
  await expect(client).toHaveValue('Harbour Bakery: Menu site');
  await expect(client).not.toBeEditable();
  await page.getByRole('button', { name: 'Export as Markdown' }).click();
  expect(await page.getByLabel('Markdown export').inputValue()).toContain('Harbour Bakery: Menu site');
});

test('the empty workspace offers “New engagement”, which opens the form for one', async ({ page }) => {
  await page.goto('/workspace/');
  await hydrated(page);
  await expect(page.locator('.workspace-count')).toHaveText('No engagements saved in this browser yet.');
  await page.getByRole('link', { name: 'New engagement' }).click();
  await hydrated(page);
  const picker = page.locator('.engagement-picker');
  await expect(picker.getByRole('textbox', { name: 'Client', exact: true })).toBeFocused();
  await picker.getByRole('textbox', { name: 'Client', exact: true }).fill('Harbour Bakery');
  await picker.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Harbour Bakery', level: 2 })).toBeVisible();
});
