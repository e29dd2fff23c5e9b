/** Message cards in Chromium: the copy button, the selectable fallback, the page without JavaScript, axe. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { display } from '../../src/lib/messages';
import { baseURL } from '../playwright.config';
import { axeViolations } from './axe';
import { watchForProblems } from './support';

const pagePath = '/faq/project-paused/';
const id = 'pause-confirmation';
const message = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/messages', `${id}.json`), 'utf8')) as {
  title: string;
  subject: string;
  body: string;
  placeholders: { name: string; label: string }[];
};
const labels = Object.fromEntries(message.placeholders.map((p) => [p.name, p.label]));
/** The body exactly as a reader sees it, placeholders as [Label]. */
const expected = display(message.body, labels);

const card = (p: Page) => p.getByRole('region', { name: message.title });

test('the copy button puts the exact message text on the clipboard', async ({ page: p, context }) => {
  const problems = watchForProblems(p);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await p.goto(pagePath);
  await card(p).getByRole('button', { name: 'Copy message' }).click();
  await expect(card(p).getByRole('status')).toHaveText('Copied. Replace each [bracketed] part before sending.');
  expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  expect(expected).toContain('[Client name]');
  expect(problems).toEqual([]);
});

test('when the clipboard is refused, the message is selected for copying by hand', async ({ page: p }) => {
  await p.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
  });
  await p.goto(pagePath);
  await card(p).getByRole('button', { name: 'Copy message' }).click();
  await expect(card(p).getByRole('status')).toHaveText(
    'Copying was blocked, so the message is selected: press Ctrl+C or ⌘C.',
  );
  expect(await p.evaluate(() => getSelection()?.toString())).toBe(expected);
  expect(await axeViolations(p)).toEqual([]);
});

test('without JavaScript the message is readable and selectable, with an email link and no dead button', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await p.goto(pagePath);
  await expect(card(p).getByRole('button')).toHaveCount(0);
  expect(await card(p).locator('pre').textContent()).toBe(expected);
  const href = await card(p).getByRole('link', { name: 'Start an email with this subject' }).getAttribute('href');
  expect(new URL(href!).searchParams.get('subject')).toBe(display(message.subject, labels));
  await context.close();
});

test('every message has a working copy button on its library page, and a tool page links to it', async ({
  page: p,
}) => {
  const ids = readdirSync(join(import.meta.dirname, '../../content/messages')).map((f) => f.replace(/\.json$/, ''));
  const onLibrary: string[] = [];
  for (const library of ['/templates/messages-inquiry-to-delivery/', '/templates/messages-invoice-to-closeout/']) {
    await p.goto(library);
    const cards = p.locator('[data-message]');
    for (const cardEl of await cards.all()) {
      await expect(cardEl.getByRole('button', { name: 'Copy message' })).toBeVisible();
      onLibrary.push((await cardEl.getAttribute('aria-labelledby'))!.replace(/^message-/, ''));
    }
  }
  expect(onLibrary.sort()).toEqual(ids.sort());

  await p.goto('/workflows/invoice-and-payment-workflow-setup/');
  const section = p.getByRole('region', { name: 'Messages to send' });
  await expect(section.locator('[data-message]')).toHaveCount(0);
  await section.getByRole('link', { name: 'Payment reminder: 3 days overdue' }).click();
  await expect(p).toHaveURL(/\/templates\/messages-invoice-to-closeout\/#message-payment-reminder-3-days$/);
  await expect(p.getByRole('heading', { name: 'Payment reminder: 3 days overdue' })).toBeInViewport();
});
