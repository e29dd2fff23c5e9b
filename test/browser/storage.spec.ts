/**
 * Storage under the ways it failed before: actions before the script loads, two tabs racing,
 * storage that is full, refused or throwing, storage code that fails to download, out-of-range
 * stored dates, and import/export. Every tool goes through the one store; these drive them all.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from './support';
import { hydrated, saved, saveStatus, seed, storedKeys } from './tools-support';
import { DEFAULT_ENGAGEMENT_ID, engagementIdForName } from '../../src/lib/engagements/named';

const v1: Record<string, string> = JSON.parse(
  readFileSync(new URL('../fixtures/storage-v1.json', import.meta.url), 'utf8'),
);
const tools = [
  {
    url: '/templates/client-onboarding-checklist/',
    island: 'ChecklistIsland',
    key: 'handoff-handbook:v1:checklist:client-onboarding',
  },
  {
    url: '/templates/client-input-dependency-worksheet/',
    island: 'WorksheetIsland',
    key: 'handoff-handbook:v1:worksheet:client-input-dependency',
  },
  {
    url: '/templates/workflow-diagnostic-checklist/',
    island: 'DiagnosticIsland',
    key: 'handoff-handbook:v1:triage:workflow-diagnostic',
  },
  { url: '/tools/weak-handoff-quiz/', island: 'QuizIsland', key: 'handoff-handbook:v1:quiz:weak-handoff-quiz' },
  {
    url: '/tools/handoff-record/',
    island: 'HandoffRecordIsland',
    key: 'handoff-handbook:v1:handoff-records:handoff-record',
  },
] as const;

/** Holds the island's script back until `release` is called, so the reader can act on the server render first. */
async function holdIsland(page: Page, island: string) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/_astro/${island}\\.[\\w-]+\\.js$`), async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);
/** The live item keys of one map of a stored doc. */
const live = (doc: { data: Record<string, Record<string, [number, unknown]>> }, map: string) =>
  Object.entries(doc.data[map] ?? {})
    .filter(([, e]) => e[1] !== null)
    .map(([k]) => k)
    .sort();

test.describe('what the reader does before the script loads is merged into what was saved', () => {
  test('checklist: a tick keeps both saved records and the note', async ({ page }) => {
    await seed(page, v1);
    const release = await holdIsland(page, 'ChecklistIsland');
    await page.goto(tools[0].url);
    const box = page.getByRole('checkbox').first();
    const item = await box.getAttribute('name');
    await box.check();
    release();
    await hydrated(page);
    await saved(page);
    await expect(box).toBeChecked();
    const doc = await stored(page, tools[0].key);
    // The named records are now engagements' runs; the tick went to the one that was open (Acme rebrand).
    const [mine, acme] = [DEFAULT_ENGAGEMENT_ID, engagementIdForName('Acme rebrand')];
    expect(live(doc, 'records')).toEqual([mine, acme].sort());
    expect(live(doc, 'ticks')).toEqual([`${mine}:scope-signed`, `${acme}:access-granted`, `${acme}:${item}`].sort());
    expect(doc.data.notes[`${mine}:scope-signed`][1]).toBe('Signed on Monday');
  });

  test('worksheet: typed text lands in the saved rows, which stay', async ({ page }) => {
    await seed(page, v1);
    const release = await holdIsland(page, 'WorksheetIsland');
    await page.goto(tools[1].url);
    const cell = page.locator('.worksheet-tool textarea').first();
    await cell.fill('Typed early');
    release();
    await hydrated(page);
    await saved(page);
    await expect(cell).toHaveValue('Typed early');
    const doc = await stored(page, tools[1].key);
    const cells = Object.values(doc.data.cells as Record<string, [number, string]>).map((e) => e[1]);
    expect(cells).toEqual(expect.arrayContaining(['Brand guide', 'Client', 'Logins', 'Typed early']));
  });

  test('triage: a tick joins the saved ticks', async ({ page }) => {
    await seed(page, v1);
    const release = await holdIsland(page, 'DiagnosticIsland');
    await page.goto(tools[2].url);
    const box = page.getByRole('checkbox').first();
    const signal = await box.getAttribute('name');
    await box.check();
    release();
    await hydrated(page);
    await saved(page);
    await expect(box).toBeChecked();
    expect(live(await stored(page, tools[2].key), 'ticks')).toEqual(
      ['late-invoices', 'scope-creep', signal!].map((s) => `${DEFAULT_ENGAGEMENT_ID}:${s}`).sort(),
    );
  });

  test('quiz: answers picked before hydration stay, and come back after a reload', async ({ page }) => {
    const release = await holdIsland(page, 'QuizIsland');
    await page.goto(tools[3].url);
    const radio = page.locator('input[type="radio"]').nth(1);
    await radio.check();
    release();
    await hydrated(page);
    await saved(page);
    await expect(radio).toBeChecked();
    await page.reload();
    await hydrated(page);
    await expect(page.locator('input[type="radio"]').nth(1)).toBeChecked();
  });

  test('record: text typed before hydration stays, and a typed field survives a reload without “Save record”', async ({
    page,
  }) => {
    const release = await holdIsland(page, 'HandoffRecordIsland');
    await page.goto(tools[4].url);
    await page.getByLabel('Record name', { exact: true }).fill('Typed before the script');
    release();
    await hydrated(page);
    await expect(page.getByLabel('Record name', { exact: true })).toHaveValue('Typed before the script');
    await page.getByLabel('Next-action owner', { exact: true }).fill('Ines');
    await saved(page);
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Record name', { exact: true })).toHaveValue('Typed before the script');
    await expect(page.getByLabel('Next-action owner', { exact: true })).toHaveValue('Ines');
  });
});

test('changes made while the storage code is still loading are kept and saved once it arrives', async ({ page }) => {
  const problems = watchForProblems(page);
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/store\.[\w-]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(tools[1].url);
  await hydrated(page);
  await page.locator('.worksheet-tool textarea').first().fill('Typed while loading');
  await expect(saveStatus(page)).toHaveText('Saving…');
  release();
  await saved(page);
  await page.reload();
  await expect(page.locator('.worksheet-tool textarea').first()).toHaveValue('Typed while loading');
  expect(problems).toEqual([]);
});

test('two tabs ticking 20 items 10 ms apart keep all 20, five runs in a row', async ({ context }) => {
  test.setTimeout(120_000);
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const p of [a, b]) {
    await p.goto(tools[0].url);
    await hydrated(p);
    await expect(saveStatus(p)).toHaveAttribute('data-state', 'ready');
  }
  const names = (
    await a.getByRole('checkbox').evaluateAll((boxes) => boxes.map((x) => (x as HTMLInputElement).name))
  ).slice(0, 20);
  expect(names).toHaveLength(20);
  const tick = (p: Page, mine: string[]) =>
    p.evaluate(async (list) => {
      for (const name of list) {
        document.querySelector<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)!.click();
        await new Promise((r) => setTimeout(r, 10));
      }
    }, mine);
  for (let run = 1; run <= 5; run++) {
    await Promise.all([
      tick(
        a,
        names.filter((_, i) => i % 2 === 0),
      ),
      tick(
        b,
        names.filter((_, i) => i % 2 === 1),
      ),
    ]);
    for (const p of [a, b]) await expect(p.locator('.checklist-form input[type="checkbox"]:checked')).toHaveCount(20);
    const fresh = await context.newPage();
    await fresh.goto(tools[0].url);
    await hydrated(fresh);
    await expect(fresh.locator('.checklist-form input[type="checkbox"]:checked'), `run ${run}`).toHaveCount(20);
    // Untick everything in one tab for the next run, and wait until the other tab shows it.
    await fresh.evaluate(() =>
      document.querySelectorAll<HTMLInputElement>('.checklist-form input:checked').forEach((x) => x.click()),
    );
    for (const p of [a, b, fresh])
      await expect(p.locator('.checklist-form input[type="checkbox"]:checked')).toHaveCount(0);
    await fresh.close();
  }
});

const faults = {
  full: () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  },
  denied: () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  },
  throwing: () => {
    for (const m of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
      Storage.prototype[m] = () => {
        throw new Error('storage broke');
      };
    }
  },
};

/** Records whether the page ever said "saved", at any moment. */
const neverSaved = () => {
  (window as unknown as { claimedSaved: boolean }).claimedSaved = false;
  new MutationObserver(() => {
    if (
      document.querySelector('.save-status[data-state="saved"]') ||
      /Saved in this browser|^Saved \d/m.test(document.body?.innerText ?? '')
    ) {
      (window as unknown as { claimedSaved: boolean }).claimedSaved = true;
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
};

/** One change in each tool. */
async function act(page: Page, island: string) {
  if (island === 'QuizIsland') return page.locator('input[type="radio"]').first().check();
  if (island === 'HandoffRecordIsland') return page.getByLabel('Record name', { exact: true }).fill('Acme');
  if (island === 'WorksheetIsland') return page.locator('.worksheet-tool textarea').first().fill('x');
  return page.getByRole('checkbox').first().check();
}

for (const [fault, install] of Object.entries(faults)) {
  for (const tool of tools) {
    test(`${tool.island} with storage ${fault}: says not saved, never saved`, async ({ page }) => {
      const problems = watchForProblems(page);
      await page.addInitScript(install);
      await page.addInitScript(neverSaved);
      await page.goto(tool.url);
      await hydrated(page);
      await act(page, tool.island);
      const want =
        fault === 'full'
          ? 'Storage is full: not saved in this browser.'
          : 'Not saved in this browser: this browser does not let the site store data. Export to keep a copy.';
      await expect(saveStatus(page)).toContainText(want);
      await expect(saveStatus(page)).toHaveAttribute('data-state', fault === 'full' ? 'full' : 'not-saved');
      expect(await page.evaluate(() => (window as unknown as { claimedSaved: boolean }).claimedSaved)).toBe(false);
      expect(problems).toEqual([]);
    });
  }
}

test('storage code that fails to download is told, retried, and saves once it arrives', async ({ page }) => {
  await page.addInitScript(neverSaved);
  let blocked = 0;
  await page.route(/\/_astro\/store\.[\w-]+\.js$/, (route) => (blocked++, route.abort()));
  await page.goto(tools[2].url);
  await hydrated(page);
  await page.getByRole('checkbox').first().check();
  await expect(saveStatus(page)).toHaveText(
    'Not saved in this browser: the code that saves could not be loaded; trying again. Export to keep a copy.',
  );
  await expect.poll(() => blocked).toBeGreaterThan(1);
  expect(await page.evaluate(() => (window as unknown as { claimedSaved: boolean }).claimedSaved)).toBe(false);
  await page.unroute(/\/_astro\/store\.[\w-]+\.js$/);
  await saved(page);
  expect(Object.keys((await stored(page, tools[2].key)).data.ticks)).toHaveLength(1);
});

test('an out-of-range stored date is set aside and told in every tool, and nothing crashes, export included', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  const bad = {
    [tools[0].key]: JSON.stringify({
      version: 1,
      savedAt: 1,
      data: { active: 'r1', records: [{ id: 'r1', name: 'x', updatedAt: 1e20, ticks: {}, notes: {} }] },
    }),
    [tools[1].key]: JSON.stringify({
      version: 1,
      savedAt: 1,
      data: { active: 'r1', records: [{ id: 'r1', name: 'x', updatedAt: 9e15, rows: [] }] },
    }),
    [tools[2].key]: JSON.stringify({ version: 2, savedAt: 1, data: { ticks: { a: [1e20, true] } } }),
    [tools[3].key]: JSON.stringify({
      version: 1,
      savedAt: 1,
      data: { results: [{ at: 1e20, fragment: 'result=1.x.y' }] },
    }),
    [tools[4].key]: JSON.stringify({ version: 2, savedAt: 9e15, data: { records: {}, draft: {} } }),
  };
  await seed(page, bad);
  for (const tool of tools) {
    await page.goto(tool.url);
    await hydrated(page);
    // Version 1 values fail on the way up to the current version; version 2 values fail their schema.
    await expect(page.locator('.notice').filter({ hasText: /set aside/ })).toBeVisible();
    await act(page, tool.island);
    await saved(page);
  }
  await page.goto(tools[0].url);
  await page.getByText('Saved data in this browser').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all saved data' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(Object.values(file.keys)).toEqual(expect.arrayContaining(Object.values(bad)));
  const markdown = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  expect(readFileSync(await (await markdown).path(), 'utf8')).not.toContain('Invalid Date');
  expect(problems).toEqual([]);
});

test('export → clear → import (Replace) restores every key byte for byte, and every open tab shows it', async ({
  context,
}) => {
  await seed(context, {
    ...v1,
    'handoff-handbook:v1:quiz:newer': '{"version":9,"savedAt":1,"data":{}}',
    [tools[2].key]: '{broken',
  });
  const page = await context.newPage();
  await page.goto(tools[2].url);
  await hydrated(page);
  await expect(page.getByText('could not be read, so it was set aside')).toBeVisible();
  await page.goto(tools[0].url);
  await hydrated(page);
  const other = await context.newPage();
  await other.goto(tools[0].url);
  await hydrated(other);
  const ours = () => storedKeys(page);
  const before = await ours();
  expect(Object.keys(before).some((k) => k.includes(':quarantine:triage:'))).toBe(true);
  await page.getByText('Saved data in this browser').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all saved data' }).click();
  const file = await (await download).path();
  await page.getByRole('button', { name: 'Clear all saved data' }).click();
  await page.getByRole('button', { name: 'Yes, clear all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All saved data cleared.' })).toBeVisible();
  // Nothing ticked and no go/no-go question answered: each of those reads "Not checked yet" again.
  await expect(other.locator('.checklist-form input:checked:not([value="unchecked"])')).toHaveCount(0);
  expect(await ours()).toEqual({});
  await page.getByLabel('Import a saved data file').setInputFiles(file);
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();
  expect(await ours()).toEqual(before);
  for (const p of [page, other])
    await expect(p.getByRole('combobox', { name: 'Engagement' }).locator('option:checked')).toHaveText('Acme rebrand');
});

test('an import that does not fit changes nothing and says so', async ({ page }) => {
  await seed(page, v1);
  await page.goto(tools[0].url);
  await hydrated(page);
  // The snapshot is taken once the saved data has moved into engagements, not while it moves.
  await expect(page.getByRole('combobox', { name: 'Engagement' }).locator('option:checked')).toHaveText('Acme rebrand');
  await saved(page);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('handoff-handbook:v1:engagements:all') !== null))
    .toBe(true);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const big = JSON.stringify({
    app: 'handoff-handbook',
    format: 2,
    keys: Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`handoff-handbook:v1:quarantine:big-${i}`, 'x'.repeat(1_000_000)]),
    ),
  });
  await page.getByText('Saved data in this browser').click();
  await page
    .getByLabel('Import a saved data file')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) });
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Nothing imported. This browser’s storage for the site is full. Nothing was changed.' }),
  ).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  await expect(page.getByRole('combobox', { name: 'Engagement' }).locator('option:checked')).toHaveText('Acme rebrand');
});

test('an edited quiz link that no longer reads clears the old result', async ({ page }) => {
  await page.goto(`${tools[3].url}#result=1.delivery-to-invoicing.nnynyyynnnnn`);
  await hydrated(page);
  await expect(page.locator('.quiz-result')).toHaveCount(1);
  await page.evaluate(() => (location.hash = '#result=1.delivery-to-invoicing.zz'));
  await expect(page.locator('.quiz-result')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the worksheet renders its rows and a blank row as form fields', async ({ page }) => {
    await page.goto(tools[1].url);
    const rows = page.locator('.worksheet-tool fieldset');
    await expect(rows.last().locator('textarea').first()).toHaveValue('');
    await rows.last().locator('textarea').first().fill('Written by hand');
    await expect(rows.last().locator('textarea').first()).toHaveValue('Written by hand');
  });
});
