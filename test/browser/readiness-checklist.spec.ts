/** The approval and billing readiness checklist in Chromium: the gate before sending the invoice, and the groups after it. */
import { expect, test } from '@playwright/test';
import { loadChecklists } from '../support/content-files';
import { watchForProblems } from './support';

const readiness = loadChecklists().find((c) => c.id === 'approval-and-billing-readiness')!.data;
const before = readiness.groups.filter((g) => g.phase === 'before').flatMap((g) => g.items);
const after = readiness.groups.filter((g) => g.phase === 'after').flatMap((g) => g.items);
const gate = readiness.gate!.questions;

test('the gate stops at the first open item before sending, and only the items before sending open it', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await page.goto('/templates/approval-and-billing-readiness-checklist/');
  const status = page.locator('.gate-status');
  await expect(status).toHaveText(
    `Not ready to send the invoice: stopped at A. Before sending: delivery, “${before[0]!.text}” (14 items open)`,
  );

  // Ticking everything after sending opens nothing.
  for (const item of after) await page.getByRole('checkbox', { name: item.text }).check();
  await expect(status).toContainText('stopped at A. Before sending: delivery');

  for (const item of before) await page.getByRole('checkbox', { name: item.text }).check();
  // A gate question answered "No" still holds the invoice; "Yes" opens it.
  const question = (text: string) => page.getByRole('group', { name: text, exact: true });
  await question(gate[0]!.text).getByRole('radio', { name: 'No', exact: true }).check();
  await expect(status).toContainText(`stopped at the go/no-go gate, “${gate[0]!.text}”, answered no`);
  for (const item of gate) await question(item.text).getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(status).toHaveText('Ready to send the invoice');

  // Leaving payment tracking open does not hold the invoice; an open approval item does.
  for (const item of after) await page.getByRole('checkbox', { name: item.text }).uncheck();
  await expect(status).toHaveText('Ready to send the invoice');
  const approval = readiness.groups.find((g) => g.letter === 'B')!.items[2]!;
  await page.getByRole('checkbox', { name: approval.text }).uncheck();
  await expect(status).toHaveText(
    `Not ready to send the invoice: stopped at B. Before sending: approval, “${approval.text}” (1 item open)`,
  );
  expect(problems).toEqual([]);
});

test('the gate stands between the groups before sending and the groups after it, with and without JavaScript', async ({
  browser,
}) => {
  const expected = [
    ...readiness.groups.filter((g) => g.phase === 'before').map((g) => `${g.letter}.`),
    'Go/no-go',
    ...readiness.groups.filter((g) => g.phase === 'after').map((g) => `${g.letter}.`),
  ];
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/templates/approval-and-billing-readiness-checklist/');
    if (javaScriptEnabled) await expect(page.locator('.gate-status')).toBeVisible();
    const legends = await page.locator('.checklist-form > fieldset > legend').allTextContents();
    expect(legends.map((l) => (l.startsWith('Go/no-go') ? 'Go/no-go' : l.slice(0, 2)))).toEqual(expected);
    await context.close();
  }
});
