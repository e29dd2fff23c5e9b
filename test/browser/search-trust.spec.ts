/** Search a reader can trust: every counted result reachable, prose excerpts, one Escape, unique ids, highlights, aliases. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadPages } from '../support/content-files';

const handoffTerm = loadPages().find((p) => p.id === 'glossary/workflow-handoff')!;

async function openSearch(page: Page) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  return dialog;
}

async function search(dialog: Locator, query: string) {
  await dialog.getByRole('searchbox').fill(query);
  await expect(dialog.locator('.search-results')).toHaveAttribute('data-query', query);
}

const duplicateIds = (page: Page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });

test('"invoice": every counted result can be reached, and the count says how many are listed', async ({ page }) => {
  await page.goto('/');
  const dialog = await openSearch(page);
  await search(dialog, 'invoice');
  const status = dialog.getByRole('status');
  const total = Number(/^(\d+) results?/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(12);
  const results = dialog.locator('.search-results > li');
  const more = dialog.locator('.search-more');
  while (await more.isVisible()) {
    const listed = await results.count();
    await expect(status).toHaveText(new RegExp(`^${total} results for “invoice”, showing ${listed}$`));
    await more.click();
    await expect(results).not.toHaveCount(listed);
  }
  await expect(results).toHaveCount(total);
  await expect(status).toHaveText(`${total} results for “invoice”`);
});

test('excerpts come from prose: no role label, "Updated" line or routing text; sub-results are content headings', async ({
  page,
}) => {
  await page.goto('/');
  const dialog = await openSearch(page);
  const boilerplate =
    /^(Lifecycle anchor|Workflow guide|Template|Tool|Glossary term|FAQ answer|Triage guide)\.|^Updated|In one sentence|What this page is (not )?for|Start upstream|Safest next step|Is this the right page|On this page|Where this shows up|Continue the system/;
  for (const query of ['invoice', 'handoff', 'checklist', 'owner']) {
    await search(dialog, query);
    for (const excerpt of await dialog.locator('.search-excerpt').allTextContents())
      expect(excerpt).not.toMatch(boilerplate);
    for (const sub of await dialog.locator('.search-subs a').allTextContents()) expect(sub).not.toMatch(boilerplate);
  }
});

test('one Escape closes the dialog, even with a query typed; the clear button clears', async ({ page }) => {
  await page.goto('/');
  let dialog = await openSearch(page);
  await search(dialog, 'invoice');
  await dialog.getByRole('button', { name: 'Clear' }).click();
  await expect(dialog.getByRole('searchbox')).toHaveValue('');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await expect(dialog.locator('.search-results > li')).toHaveCount(0);
  await search(dialog, 'invoice');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  dialog = await openSearch(page);
  await expect(dialog).toBeVisible();
});

test('no duplicate ids in any search state, on /search/ with Ctrl+K too', async ({ page }) => {
  await page.goto('/search/?q=invoice');
  await expect(page.locator('[data-search-page] .search-results')).toHaveAttribute('data-query', 'invoice');
  expect(await duplicateIds(page)).toEqual([]);
  await page.keyboard.press('Control+K');
  await expect(page.locator('[data-search-page] input[type="search"]')).toBeFocused();
  expect(await duplicateIds(page)).toEqual([]);
  await page.goto('/');
  const dialog = await openSearch(page);
  await search(dialog, 'invoice');
  await dialog.locator('.search-more').click();
  expect(await duplicateIds(page)).toEqual([]);
});

test('the query is highlighted on the page a result opens', async ({ page }) => {
  await page.goto('/');
  const dialog = await openSearch(page);
  await search(dialog, 'invoice');
  const first = dialog.locator('.search-hit').first();
  await expect(first).toHaveAttribute('href', /[?&]highlight=invoice/);
  await first.click();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  await expect(page.locator('mark.pagefind-highlight').first()).toHaveText(/invoice/i);
});

test('"handover" finds the workflow handoff term', async ({ page }) => {
  await page.goto('/');
  const dialog = await openSearch(page);
  await search(dialog, 'handover');
  await expect(dialog.locator('.search-title').filter({ hasText: handoffTerm.data.title }).first()).toBeVisible();
});
