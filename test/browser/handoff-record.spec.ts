/** The handoff record in Chromium: completeness, named records, the escaped Markdown export, accessibility. */
import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from './support';
import { axeInBothSchemes } from './axe';
import { createEngagement, hydrated } from './tools-support';

const url = '/tools/handoff-record/';

async function fill(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption({ label: value });
    else await field.fill(value);
  }
}

test('the check names what is missing, and the Markdown export holds what was typed, escaped', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto(url);
  await hydrated(page);
  const check = page.locator('.record-check');
  await expect(check).toContainText('Next action: missing Next-action owner, Completion event');
  expect(await axeInBothSchemes(page)).toEqual([]);

  // Who the record is for comes from the engagement, not typed again.
  await createEngagement(page, 'Redwick *Cycling* Club <b>', '');
  await expect(page.getByLabel('Client or project', { exact: true })).toHaveValue('Redwick *Cycling* Club <b>');
  await fill(page, {
    'Record name': 'Redwick film',
    'From stage': 'Delivery & QA',
    'To stage': 'Invoicing & payment',
    'Outcome reached': 'Cut 3 accepted [by email](javascript:alert(1))',
    'Inputs the next stage needs': '# Amount, terms and the PO number',
    'Links to the assets': 'https://files.example.com/final.mp4\nftp://old.example.com/x',
    'Next-action owner': 'the club',
  });
  await expect(check).toContainText('Context: missing Billing contact');
  await expect(check).toContainText(
    'Next action: missing Completion event; Next-action owner names a role or a group, not one named person',
  );
  await fill(page, {
    'Next-action owner': 'Rafael',
    'Billing contact': 'treasurer@redwick.example',
    'Completion event': 'when ready',
  });
  await expect(check).toContainText('Next action: Completion event is not an event anyone could see happen');
  await expect(check).toContainText('Context: complete');
  await expect(check).toContainText(
    'Assets: Links to the assets has a line that is not a web link (use http:// or https://): ftp://old.example.com/x',
  );
  await page.getByLabel('Completion event', { exact: true }).fill('Invoice paid');
  await page.getByLabel('Links to the assets', { exact: true }).fill('https://files.example.com/final.mp4');
  await expect(check).toContainText('Nothing is missing');

  await page.getByRole('button', { name: 'Export as Markdown' }).click();
  const markdown = await page.getByLabel('Markdown export').inputValue();
  expect(markdown).toContain('# Redwick film');
  expect(markdown).toContain('Redwick \\*Cycling\\* Club \\<b>');
  expect(markdown).toContain('Cut 3 accepted [by email\\](javascript:alert(1))');
  expect(markdown).toContain('\\# Amount, terms and the PO number');
  expect(markdown).toContain('- <https://files.example.com/final.mp4>');
  expect(markdown).toContain('Delivery & QA');
  expect(await axeInBothSchemes(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('records are saved by name and reopen after a reload', async ({ page }) => {
  await page.goto(url);
  await hydrated(page);
  await expect(page.getByLabel('Record name', { exact: true })).toHaveAttribute('placeholder', 'Handoff record');
  await fill(page, { 'From stage': 'Delivery & QA', 'To stage': 'Invoicing & payment' });
  await page.getByRole('button', { name: 'Save record' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Added “Delivery & QA → Invoicing & payment” to your records.' }),
  ).toBeVisible();
  await fill(page, { 'Record name': 'Oakmere study', 'Next-action owner': 'Ines' });
  await page.getByRole('button', { name: 'Save record' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added “Oakmere study” to your records.' })).toBeVisible();

  await page.reload();
  await hydrated(page);
  await page.getByRole('button', { name: 'Open “Oakmere study”' }).click();
  await expect(page.getByLabel('Next-action owner', { exact: true })).toHaveValue('Ines');
  await page.getByRole('button', { name: 'Delete “Oakmere study”' }).click();
  await expect(page.getByRole('button', { name: 'Open “Oakmere study”' })).toHaveCount(0);
});
