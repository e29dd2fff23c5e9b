import { expect, test } from '@playwright/test';
import { loadPages, loadStages } from '../support/content-files';

const pages = loadPages();
const stages = loadStages();
const anchor = pages.find((p) => p.data.role === 'anchor')!;
const guide = pages.find((p) => p.data.role === 'workflow' && p.data.startUpstreamIf.length > 0)!;

test('home offers three doors and the six stages', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const doors = page.locator('.doors li a');
  await expect(doors).toHaveCount(3);
  const stageLinks = page.locator('.stage-map li a');
  await expect(stageLinks).toHaveCount(stages.length);
  for (const [i, stage] of stages.entries()) await expect(stageLinks.nth(i)).toHaveText(stage.name);
});

test('the primary navigation reaches every section hub, and each hub lists its pages', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  // The section hubs, then the workspace, where the reader's own engagements are kept.
  expect(await nav.getByRole('link').allTextContents()).toEqual([
    'Workflows',
    'Templates',
    'Tools',
    'Glossary',
    'FAQ',
    'Workspace',
  ]);
  for (const label of ['Workflows', 'Templates', 'Tools', 'Glossary', 'FAQ']) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    const section = new URL(page.url()).pathname.split('/')[1];
    // The workflow diagnostic is run like a tool: the Tools hub lists it, not the Templates hub.
    const hubOf = (p: (typeof pages)[number]) =>
      p.data.role === 'asset' && p.data.assetKind === 'diagnostic' ? 'tools' : p.id.split('/')[0];
    const inSection = pages.filter((p) => hubOf(p) === section);
    for (const p of inSection) await expect(page.locator(`main a[href="/${p.id}/"]`).first()).toBeVisible();
  }
});

test('a guide shows its routing blocks, and every routing link opens a real page', async ({ page }) => {
  await page.goto(`/${guide.id}/`);
  // The routing before the body is folded into one "Is this the right page?" block.
  await page.getByText('Is this the right page?', { exact: true }).click();
  for (const name of [
    'What this page is for',
    'What this page is not for',
    'Start upstream first if…',
    'Safest next step',
  ]) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  const hrefs = await page.locator('.routes a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBe(guide.data.startUpstreamIf.length + guide.data.nextSteps.length);
  for (const href of hrefs) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
  await page.locator('.routes a').first().click();
  await expect(page).toHaveURL(new RegExp(`${hrefs[0]}$`));
});

test('stage guides link to the previous and next stage', async ({ page }) => {
  const middle = stages[1]!;
  await page.goto(`/${middle.guide}/`);
  const nav = page.getByRole('navigation', { name: 'Lifecycle stages' });
  await nav.getByRole('link', { name: new RegExp(stages[2]!.name.replace(/[&]/g, '\\$&')) }).click();
  await expect(page).toHaveURL(new RegExp(`/${stages[2]!.guide}/$`));
  await page
    .getByRole('navigation', { name: 'Lifecycle stages' })
    .getByRole('link', { name: /Previous stage/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/${middle.guide}/$`));
  await page.goto(`/${stages[0]!.guide}/`);
  await expect(page.getByRole('navigation', { name: 'Lifecycle stages' }).getByRole('link')).toHaveCount(1);
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: anchor.data.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`/${anchor.id}/$`));
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every kind of page reads in full', async ({ page }) => {
    const sample = ['anchor', 'workflow', 'asset', 'tool', 'reference', 'faq', 'routing'].map((role) =>
      pages.find((p) => p.data.role === role && p.id !== 'index')!,
    );
    for (const p of sample) {
      await page.goto(p.id === 'index' ? '/' : `/${p.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.data.title);
      await expect(page.getByRole('heading', { name: 'Safest next step' })).toBeVisible();
      const text = await page.locator('article').innerText();
      expect(text.length, p.id).toBeGreaterThan(300);
    }
  });
});
