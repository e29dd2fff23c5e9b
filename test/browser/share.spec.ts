/**
 * Read-only share links: made on a tool, opened in a fresh browser (a new context: its own
 * storage), shown read-only with the same ticks, notes and fields, kept on request through the
 * store; tampered, truncated and oversized links refused in plain words with nothing stored.
 */
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { watchForProblems } from './support';
import { createEngagement, hydrated, picker, saved } from './tools-support';
import { sealFragment } from '../../src/lib/share-link';

const checklist = '/templates/client-onboarding-checklist/';
const worksheet = '/templates/client-input-dependency-worksheet/';
const record = '/tools/handoff-record/';
const first = 'Every deliverable is written down in the signed scope, not only discussed on a call.';
const ENGAGEMENTS = 'handoff-handbook:v1:engagements:all';

/** Opens a tool page and makes a new engagement current in it. */
async function openOnNewEngagement(page: Page, url: string, client: string, project: string) {
  await page.goto(url);
  await hydrated(page);
  await createEngagement(page, client, project);
}

/** Asks the tool for a link and returns it. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share read-only link' }).click();
  const field = page.getByRole('textbox', { name: /Read-only link to/ });
  await expect(field).toHaveValue(/#share-v1\./);
  return field.inputValue();
}

/** Every key of the site's storage with its text: the snapshot a refused link must leave as it was. */
const snapshot = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test('a checklist shared from one browser opens read-only in another with the same ticks and notes, and a copy is kept there', async ({
  page,
  browser,
}) => {
  await openOnNewEngagement(page, checklist, 'Harbour & Pine', 'Brand refresh');
  await page.getByRole('checkbox', { name: first }).check();
  const third = page.locator('.checklist-form input[type="checkbox"]').nth(2);
  await third.check();
  await page.getByText('Note', { exact: true }).first().click();
  await page
    .getByRole('textbox', { name: `Note: ${first}` })
    .fill('Scope signed 12 Nov; exclusions listed in section 4.');
  await saved(page);
  const ticked = await page
    .locator('.checklist-form input[type="checkbox"]')
    .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).checked));
  const link = await shareLink(page);
  expect(new URL(link).pathname).toBe('/share/client-onboarding/');
  expect(link.length).toBeLessThanOrEqual(2000);

  const { context, page: other } = await freshPage(browser);
  const problems = watchForProblems(other);
  await other.goto(link);
  await expect(other.getByText('Read-only copy')).toBeVisible();
  await expect(other.locator('[data-share-engagement]')).toHaveText('Harbour & Pine: Brand refresh');
  await expect(other.locator('.share-facts time')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  // Each item says in words whether it was done, in the order of the tool's own boxes.
  const marks = other.locator('.share-view .share-mark:not([data-answer])');
  expect(await marks.allTextContents()).toEqual(ticked.map((on) => (on ? 'Done' : 'Not done')));
  await expect(other.locator('.share-view input[type="checkbox"]')).toHaveCount(0);
  // The page is named after the engagement, not "Shared: …".
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(
    'Client onboarding checklist for Harbour & Pine: Brand refresh (shared copy)',
  );
  await expect(other).toHaveTitle(/^Client onboarding checklist for Harbour & Pine: Brand refresh \(shared copy\) · /);
  await expect(other.locator('.share-note')).toHaveText('Note: Scope signed 12 Nov; exclusions listed in section 4.');
  await expect(other.locator('.share-view textarea, .share-view input:not([disabled])')).toHaveCount(0);
  // Opening the link stored nothing.
  expect(await snapshot(other)).toEqual({});

  await other.getByRole('button', { name: 'Keep a copy in this browser' }).click();
  await expect(other.locator('.share-keep [role="status"]')).toHaveText(
    /^Saved in this browser, in the engagement “Harbour & Pine: Brand refresh”/,
  );
  await other.getByRole('link', { name: 'Open it in the tool' }).click();
  await hydrated(other);
  await expect(picker(other).locator('option:checked')).toHaveText('Harbour & Pine: Brand refresh');
  await expect(other.getByRole('checkbox', { name: first })).toBeChecked();
  expect(
    await other
      .locator('.checklist-form input[type="checkbox"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).checked)),
  ).toEqual(ticked);
  await expect(other.getByRole('textbox', { name: `Note: ${first}` })).toHaveValue(
    'Scope signed 12 Nov; exclusions listed in section 4.',
  );
  expect(problems).toEqual([]);
  await context.close();
});

test('keeping a copy where an engagement of that name exists asks first, and adding to it keeps what was there', async ({
  page,
  browser,
}) => {
  await openOnNewEngagement(page, worksheet, 'Café Nord', 'Website');
  const rows = page.locator('.worksheet-tool fieldset');
  await rows.first().locator('textarea').first().fill('Menu photos, high resolution');
  await saved(page);
  const link = await shareLink(page);

  const { context, page: other } = await freshPage(browser);
  await other.goto(worksheet);
  await hydrated(other);
  await createEngagement(other, 'Café Nord', 'Website');
  await other
    .locator('.worksheet-tool fieldset')
    .first()
    .locator('textarea')
    .first()
    .fill('Logo files from the printer');
  await saved(other);
  const before = await snapshot(other);

  await other.goto(link);
  await expect(other.locator('.share-view .box').first()).toContainText('Menu photos, high resolution');
  await other.getByRole('button', { name: 'Keep a copy in this browser' }).click();
  await expect(other.getByText('This browser already has an engagement called “Café Nord: Website”.')).toBeVisible();
  // Asking wrote nothing.
  expect(await snapshot(other)).toEqual(before);
  await other.getByRole('button', { name: 'Add to “Café Nord: Website”' }).click();
  await expect(other.locator('.share-keep [role="status"]')).toHaveText(
    /^Saved in this browser, in the engagement “Café Nord: Website”/,
  );
  await other.getByRole('link', { name: 'Open it in the tool' }).click();
  await hydrated(other);
  // The run shows once the picker has opened the engagement: wait for it rather than a moment.
  const cells = () =>
    other
      .locator('.worksheet-tool textarea')
      .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value).join('\n'));
  await expect.poll(cells).toContain('Menu photos, high resolution');
  expect(await cells()).toContain('Logo files from the printer');
  expect(
    Object.keys((await other.evaluate((k) => JSON.parse(localStorage.getItem(k)!), ENGAGEMENTS)).data.engagements),
  ).toHaveLength(1);
  await context.close();
});

test('a handoff record shared and kept as a new engagement beside one of the same name', async ({ page, browser }) => {
  await openOnNewEngagement(page, record, 'Lumen Studio', 'Q4 retainer');
  await page.getByRole('textbox', { name: 'Record name' }).fill('Delivery to invoicing');
  await page.getByRole('textbox', { name: 'Billing contact' }).fill('Ana Ruiz, ana@lumen.example');
  await page.getByRole('combobox', { name: 'From stage' }).selectOption({ label: 'Delivery & QA' });
  await saved(page);
  const link = await shareLink(page);

  const { context, page: other } = await freshPage(browser);
  await other.goto(record);
  await hydrated(other);
  await createEngagement(other, 'Lumen Studio', 'Q4 retainer');
  await other.goto(link);
  await expect(other.locator('.share-view dl.row')).toContainText('Ana Ruiz, ana@lumen.example');
  await expect(other.locator('.share-view dl.row')).toContainText('Delivery & QA');
  // A client reads it as the record of an engagement, not as "your" record.
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(
    'Handoff record for Lumen Studio: Q4 retainer (shared copy)',
  );
  await other.getByRole('button', { name: 'Keep a copy in this browser' }).click();
  await other.getByRole('button', { name: 'Keep as a new engagement' }).click();
  await expect(other.locator('.share-keep [role="status"]')).toHaveText(
    /^Saved in this browser, in the engagement “Lumen Studio: Q4 retainer \(shared copy\)” as “Delivery to invoicing”/,
  );
  await other.getByRole('link', { name: 'Open it in the tool' }).click();
  await hydrated(other);
  await expect(picker(other).locator('option')).toHaveText([
    'Lumen Studio: Q4 retainer',
    'Lumen Studio: Q4 retainer (shared copy)',
  ]);
  await other.getByRole('button', { name: 'Open “Delivery to invoicing”' }).click();
  await expect(other.getByRole('textbox', { name: 'Billing contact' })).toHaveValue('Ana Ruiz, ana@lumen.example');
  await context.close();
});

test('tampered, truncated and oversized links are refused in plain words and change nothing stored', async ({
  page,
  browser,
}) => {
  await openOnNewEngagement(page, checklist, 'Harbour & Pine', 'Brand refresh');
  await page.getByRole('checkbox', { name: first }).check();
  await saved(page);
  const link = await shareLink(page);
  const at = link.indexOf('#share-v1.') + 20;
  const tampered = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
  const truncated = link.slice(0, -5);
  // A well-framed link to more text than any link may carry: 3,000 characters of random text.
  const oversized = `${new URL(link).origin}/share/client-onboarding/#${await sealFragment(new Uint8Array(randomBytes(2000)))}`;

  const { context, page: other } = await freshPage(browser);
  await other.goto(checklist);
  await hydrated(other);
  await createEngagement(other, 'Someone else', 'Their own work');
  await other.getByRole('checkbox', { name: first }).check();
  await saved(other);
  const before = await snapshot(other);
  expect(Object.keys(before).length).toBeGreaterThan(0);
  for (const [bad, words] of [
    [tampered, /changed after it was made/],
    [truncated, /incomplete: its end is missing/],
    [oversized, /longer than a shared link can be.*Ask for the file instead/],
  ] as const) {
    await other.goto(bad);
    const alert = other.getByRole('alert');
    await expect(alert).toContainText('This shared link cannot be opened.');
    await expect(alert).toContainText(words);
    await expect(alert).toContainText('Nothing in this browser was changed.');
    await expect(other.getByRole('button', { name: 'Keep a copy in this browser' })).toHaveCount(0);
    expect(await snapshot(other)).toEqual(before);
  }
  await context.close();
});

test('a state too long for a link says so and offers the file instead', async ({ page }) => {
  await page.goto(checklist);
  await hydrated(page);
  await page.getByText('Note', { exact: true }).first().click();
  // Random text barely compresses: 2,700 characters of it cannot fit a 2,000-character link.
  const noise = randomBytes(2025).toString('base64');
  await page.getByRole('textbox', { name: `Note: ${first}` }).fill(noise);
  await saved(page);
  await page.getByRole('button', { name: 'Share read-only link' }).click();
  await expect(page.locator('.record-bar .notice')).toHaveText(/too long for a link/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the file instead' }).click();
  expect((await download).suggestedFilename()).toBe('client-onboarding.md');
});

test('without JavaScript the share page says the link needs it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/share/client-onboarding/#share-v1.AAAA.AAAAAAAA');
  await expect(page.getByText('A shared link needs JavaScript to open')).toBeVisible();
  await context.close();
});

test('the workflow diagnostic shares with the same words as the other tools, and opens read-only with its result', async ({
  page,
  browser,
}) => {
  const diagnostic = '/templates/workflow-diagnostic-checklist/';
  const signals = [
    'Clients regularly ask you what happens next.',
    'Moves between stages happen informally, in a call or a chat message, with nothing written down.',
  ];
  await openOnNewEngagement(page, diagnostic, 'Orchard Lane', 'Shop launch');
  for (const s of signals) await page.getByRole('checkbox', { name: s }).check();
  await saved(page);
  const start = await page.locator('.diagnostic-result h3').textContent();
  const link = await shareLink(page);
  expect(new URL(link).pathname).toBe('/share/workflow-diagnostic/');

  const { context, page: other } = await freshPage(browser);
  const problems = watchForProblems(other);
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(
    'Workflow diagnostic for Orchard Lane: Shop launch (shared copy)',
  );
  // The same verdict as on the sender's page, and each signal says in words whether it was ticked.
  await expect(other.locator('.share-view .result h2')).toHaveText(start!);
  for (const s of signals)
    await expect(other.locator('.share-item').filter({ hasText: s }).locator('.share-mark')).toHaveText('Ticked');
  await expect(other.locator('.share-mark', { hasText: /^Ticked$/ })).toHaveCount(2);
  await expect(other.locator('.share-view input')).toHaveCount(0);
  expect(await snapshot(other)).toEqual({});

  await other.getByRole('button', { name: 'Keep a copy in this browser' }).click();
  await expect(other.locator('.share-keep [role="status"]')).toHaveText(
    /^Saved in this browser, in the engagement “Orchard Lane: Shop launch”/,
  );
  await other.getByRole('link', { name: 'Open it in the tool' }).click();
  await hydrated(other);
  for (const s of signals) await expect(other.getByRole('checkbox', { name: s })).toBeChecked();
  expect(problems).toEqual([]);
  await context.close();
});
