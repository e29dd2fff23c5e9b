/**
 * The print packet of a boundary, printed to PDF by Chromium on A4 and on Letter, read back with
 * a PDF text extractor: the engagement's name heads every page, the checklist is on page 1, the
 * engagement's ticks, notes, record and client inputs are in it; without JavaScript it prints blank.
 */
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { hydrated, seed } from './tools-support';
import { watchForProblems } from './support';
import { packetFixture as fixture } from '../support/packet-fixture';

const packet = '/print/onboarding-to-delivery/';
const E = 'e-harbourpin1';
const OTHER = 'e-otherclnt1';

async function pdfPages(page: Page, format: 'A4' | 'Letter'): Promise<string[]> {
  const pdf = await page.pdf({ format, printBackground: true });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  // Lines wrap differently on each paper size: compare text with its spacing made single.
  return text.map((t) => t.replace(/\s+/g, ' '));
}

for (const format of ['A4', 'Letter'] as const) {
  test(`${format}: the engagement heads every page, the checklist is on page 1, and the packet holds its run`, async ({
    page,
  }) => {
    const problems = watchForProblems(page);
    await seed(page, fixture);
    await page.goto(`${packet}?engagement=${E}`);
    await expect(page.locator('[data-packet-source]')).toHaveText(
      /^Filled from the engagement “Harbour & Pine: Brand refresh”, with the handoff record “Kickoff handoff”/,
    );
    await expect(page.locator('input[data-item="access-tested"]')).toBeChecked();
    await expect(page.locator('input[data-item="update-cadence-set"]')).not.toBeChecked();
    const pages = await pdfPages(page, format);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const [i, text] of pages.entries())
      expect(text, `page ${i + 1}`).toContain('Engagement: Harbour & Pine: Brand refresh');
    expect(pages[0]).toContain('Onboarding → delivery handoff checklist');
    expect(pages[0]).toContain('Every login and permission the first milestone needs has been tested');
    expect(pages[0]).toContain('Go/no-go: before you start delivery');
    const all = pages.join('\n');
    expect(all).toContain('Note: CMS login tested on 18 Nov by Dana.');
    expect(all).toContain('Dana Whitlock');
    expect(all).toContain('Final logo files in vector format');
    expect(all).toContain('Messages to send');
    // Printed links carry the site's absolute address (a long one wraps after a hyphen).
    expect(all.replace(/-\s/g, '-')).toMatch(/\(https?:\/\/[^)]+\/workflows\/client-onboarding-workflow\/\)/);
    expect(problems).toEqual([]);
  });
}

test('without a link the packet fills from the current engagement', async ({ page }) => {
  await seed(page, fixture);
  await page.goto(packet);
  await expect(page.locator('[data-fill="engagement"]').first()).toHaveText('Other Client');
  await expect(page.locator('input[data-item="access-tested"]')).not.toBeChecked();
});

test('without JavaScript the packet prints blank: empty boxes and lines on every page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(packet);
  await expect(page.locator('input[data-item]:checked')).toHaveCount(0);
  const pages = await pdfPages(page, 'A4');
  expect(pages.length).toBeGreaterThanOrEqual(3);
  for (const text of pages) expect(text).toMatch(/Engagement: _{10,}/);
  expect(pages[0]).toContain('Onboarding → delivery handoff checklist');
  expect(pages.join('\n')).not.toContain('Harbour');
  await context.close();
});

test('the checklist on the boundary guide links to the packet with the current engagement', async ({ page }) => {
  await seed(page, fixture);
  await page.goto('/workflows/client-onboarding-workflow/');
  const link = page.getByRole('link', { name: 'Print this boundary' });
  await link.scrollIntoViewIfNeeded();
  await hydrated(page);
  await expect(link).toHaveAttribute('href', `${packet}?engagement=${OTHER}`);
});

test('a select on the page picks the engagement: it refills the packet and the link, not the current engagement', async ({
  page,
}) => {
  await seed(page, fixture);
  await page.goto(packet);
  const select = page.getByLabel('Engagement to print');
  await expect(select).toHaveValue(OTHER);
  await expect(select.locator('option')).toHaveText(['Harbour & Pine: Brand refresh', 'Other Client']);
  await select.selectOption(E);
  await expect(page.locator('[data-fill="engagement"]').first()).toHaveText('Harbour & Pine: Brand refresh');
  await expect(page.locator('input[data-item="access-tested"]')).toBeChecked();
  await expect(page.locator('[data-packet-source]')).toHaveText(/^Filled from the engagement “Harbour & Pine/);
  await expect(page).toHaveURL(new RegExp(`\\?engagement=${E}$`));
  const current = await page.evaluate(
    () => JSON.parse(localStorage.getItem('handoff-handbook:v1:engagements:all')!).data.current[''][1],
  );
  expect(current).toBe(OTHER);
  await select.selectOption(OTHER);
  await expect(page.locator('input[data-item="access-tested"]')).not.toBeChecked();
  await expect(page).toHaveURL(new RegExp(`\\?engagement=${OTHER}$`));
});

test('a box ticked on the packet is kept in the engagement’s checklist run', async ({ page }) => {
  await seed(page, fixture);
  await page.goto(`${packet}?engagement=${E}`);
  await expect(page.locator('[data-packet-source]')).toHaveText(/^Filled from/);
  await page.locator('input[data-item="update-cadence-set"]').check();
  await expect(page.locator('[data-packet-source]')).toHaveText(/Ticks are saved/);
  await page.reload();
  await expect(page.locator('[data-packet-source]')).toHaveText(/^Filled from/);
  await expect(page.locator('input[data-item="update-cadence-set"]')).toBeChecked();
  await expect(page.locator('input[data-item="access-tested"]')).toBeChecked();
  // The checklist itself shows the tick for that engagement.
  await page.goto(`/workflows/client-onboarding-workflow/?engagement=${E}`);
  const onGuide = page.locator('.tool input[name="update-cadence-set"]');
  await onGuide.scrollIntoViewIfNeeded();
  await hydrated(page);
  await expect(onGuide).toBeChecked();
});

test('messages print filled from the engagement: no placeholder whose value it holds', async ({ page }) => {
  const at = Date.UTC(2026, 10, 20, 9, 0, 0);
  const withInvoice = { ...fixture };
  const stored = JSON.parse(withInvoice['handoff-handbook:v1:engagements:all']!);
  stored.version = 2;
  stored.data.invoices = {
    [`${E}:i-2`]: [
      at,
      { id: 'i-2', number: 'INV-002', amount: 2400, currency: 'EUR', sentOn: '2026-11-20', dueOn: '2026-12-04' },
    ],
  };
  // A milestone accepted: the cover note names it and the day it was accepted.
  stored.data.milestones = {
    [`${E}:m-1`]: [at, { id: 'm-1', label: 'Logo suite delivered', due: '2026-11-10', acceptedOn: '2026-11-12' }],
  };
  withInvoice['handoff-handbook:v1:engagements:all'] = JSON.stringify(stored);
  await seed(page, withInvoice);
  await page.goto(`/print/delivery-to-invoicing/?engagement=${E}`);
  await expect(page.locator('[data-packet-source]')).toHaveText(/^Filled from the engagement “Harbour & Pine/);
  const all = (await pdfPages(page, 'A4')).join('\n');
  expect(all).toContain('Invoice INV-002 for Brand refresh: Logo suite delivered');
  expect(all).toContain('accepted on 2026-11-12');
  for (const name of [
    'invoiceNumber',
    'projectName',
    'clientName',
    'amount',
    'dueDate',
    'invoiceSentDate',
    'milestoneName',
    'acceptanceDate',
  ])
    expect(all, name).not.toContain(`{${name}}`);
  expect(all).toContain('Hi Harbour & Pine');
});

test('each handoff on the workspace links to its print packet for that engagement', async ({ page }) => {
  await seed(page, fixture);
  await page.goto('/workspace/');
  const links = page.getByRole('link', { name: 'Print this boundary' });
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain(`${packet}?engagement=${E}`);
  expect(hrefs).toContain(`${packet}?engagement=${OTHER}`);
  expect(hrefs).toContain(`/print/delivery-to-invoicing/?engagement=${E}`);
});
