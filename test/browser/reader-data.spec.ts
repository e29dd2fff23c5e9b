/**
 * What the reader owns: only what they typed or ticked is stored, shared or printed as theirs,
 * and each fact about an engagement lives in one place that every view reads.
 */
import { expect, test } from '@playwright/test';
import { createEngagement, hydrated, saved, storedText } from './tools-support';

const worksheet = '/templates/client-input-dependency-worksheet/';
const WORKSHEET_KEY = 'handoff-handbook:v1:worksheet:client-input-dependency';
const EXAMPLE_ITEM = 'Admin access to the website CMS and hosting account';

/** The texts a stored worksheet value holds in its cells. */
async function storedCells(page: import('@playwright/test').Page): Promise<string[]> {
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
