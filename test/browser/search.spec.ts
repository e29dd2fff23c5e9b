import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from './support';
import { axeInBothSchemes } from './axe';
import { loadPages } from '../support/content-files';
import { escapeRegExp } from '../../src/lib/regexp';

const billingTrigger = loadPages().find((p) => p.id === 'glossary/billing-trigger')!;

async function openSearch(page: Page) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('nothing of search loads until the reader asks, then "billing trigger" finds its definition first', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/workflows/client-onboarding-workflow/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);

  const dialog = await openSearch(page);
  await page.keyboard.type('billing trigger');
  const first = dialog.locator('.search-results > li').first();
  await expect(first.locator('.search-title')).toHaveText(billingTrigger.data.title);
  await expect(first.locator('a').first()).toHaveAttribute('href', /^\/glossary\/billing-trigger\/\?highlight=billing/);
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results? for “billing trigger”/);
  expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  expect(problems).toEqual([]);
});

test('a role filter narrows the results', async ({ page }) => {
  await page.goto('/');
  const dialog = await openSearch(page);
  await page.keyboard.type('approval');
  const results = dialog.locator('.search-results > li');
  await expect(dialog.locator('.search-results')).toHaveAttribute('data-query', 'approval');
  const before = await results.count();
  await dialog.getByLabel('Kind of page').selectOption('FAQ answers');
  await expect(dialog.locator('.search-role').first()).toHaveText('FAQ answers');
  await expect
    .poll(async () => {
      const roles = await dialog.locator('.search-role').allTextContents();
      return roles.length > 0 && roles.length < before && roles.every((r) => r === 'FAQ answers');
    })
    .toBe(true);
});

test('the whole search flow works by keyboard, and Escape returns focus', async ({ page }) => {
  await page.goto('/glossary/');
  const button = page.getByRole('link', { name: /^Search/ });
  await button.focus();
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('approval owner');
  // Wait for the results of the whole query, not of a prefix still being typed.
  await expect(dialog.locator('.search-results')).toHaveAttribute('data-query', 'approval owner');
  await page.keyboard.press('ArrowDown');
  const firstLink = dialog.locator('.search-results a').first();
  await expect(firstLink).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('.search-results a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(firstLink).toBeFocused();
  // Newer results arriving while the reader is in the list keep their place.
  await dialog.getByRole('searchbox').evaluate((field: HTMLInputElement) => {
    field.value = 'approval';
    field.dispatchEvent(new Event('input'));
  });
  await expect(dialog.locator('.search-results')).toHaveAttribute('data-query', 'approval');
  await expect(dialog.locator('.search-results a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('/');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await dialog.locator('.search-results a').first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(href!)}$`));
});

test('axe is clean with the dialog open and results shown, in both schemes', async ({ page }) => {
  await page.goto('/');
  const dialog = await openSearch(page);
  await page.keyboard.type('handoff');
  await expect(dialog.locator('.search-results')).toHaveAttribute('data-query', 'handoff');
  await expect(dialog.locator('.search-results > li').first()).toBeVisible();
  expect(await axeInBothSchemes(page)).toEqual([]);
});

test('/search/?q= is a shareable search page', async ({ page }) => {
  await page.goto('/search/?q=closeout');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveValue('closeout');
  await page.getByRole('searchbox').fill('milestone');
  await expect(page).toHaveURL(/\?q=milestone$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and offers the glossary and the problem guide', async ({
    page,
  }) => {
    await page.goto('/search/?q=closeout');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'Glossary A–Z' }).first().click();
    await expect(page).toHaveURL(/\/glossary\/$/);
    await page.getByRole('link', { name: /^Search/ }).click();
    await expect(page).toHaveURL(/\/search\/$/);
  });
});

/** The titles of the first `n` results for `query`, once the results for it are shown. */
async function topTitles(page: Page, query: string, n: number): Promise<string[]> {
  const dialog = await openSearch(page);
  await page.keyboard.type(query);
  await expect(dialog.locator('.search-results')).toHaveAttribute('data-query', query);
  await expect(dialog.locator('.search-results > li').first()).toBeVisible();
  return (await dialog.locator('.search-results > li .search-title').allTextContents()).slice(0, n);
}

const titleOf = (id: string) => loadPages().find((p) => p.id === id)!.data.title;

test.describe('readers’ own words find the page that answers them', () => {
  test('"scope creep" ranks the change-request workflow first', async ({ page }) => {
    await page.goto('/');
    expect(await topTitles(page, 'scope creep', 1)).toEqual([titleOf('workflows/change-request-workflow')]);
  });

  test('"ghosted" ranks the silent-after-proposal answer in the top two', async ({ page }) => {
    await page.goto('/');
    expect(await topTitles(page, 'ghosted', 2)).toContain(titleOf('faq/client-silent-after-proposal'));
  });

  test('"won\'t pay" and "late fee" rank the late-payment path first', async ({ page }) => {
    await page.goto('/');
    expect(await topTitles(page, "won't pay", 1)).toEqual([titleOf('workflows/late-payment-path')]);
    await page.goto('/');
    expect(await topTitles(page, 'late fee', 1)).toEqual([titleOf('workflows/late-payment-path')]);
  });
});
