/** The checklist and worksheet tools in Chromium: saving, tabs, faults, no JavaScript, keyboard, axe. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from './axe';
import { watchForProblems } from './support';
import { hydrated, saved, saveStatus } from './tools-support';

const page = '/templates/client-onboarding-checklist/';
const key = 'handoff-handbook:v1:checklist:client-onboarding';
const first = 'Every deliverable is written down in the signed scope, not only discussed on a call.';

/** How many ticks the client onboarding checklist holds (its items and its gate questions), read from its data. */
const onboardingData = JSON.parse(readFileSync('content/checklists/client-onboarding.json', 'utf8')) as {
  groups: { items: unknown[] }[];
  gate: { questions: unknown[] };
};
const onboardingItems = onboardingData.groups.flatMap((g) => g.items).length + onboardingData.gate.questions.length;

test('a tick survives a reload, and progress and the gate follow it', async ({ page: p }) => {
  const problems = watchForProblems(p);
  await p.goto(page);
  await expect(saveStatus(p)).toHaveAttribute('data-state', 'ready');
  await p.getByRole('checkbox', { name: first }).check();
  await expect(p.getByText(`1 of ${onboardingItems} done`)).toBeVisible();
  await saved(p);
  await p.reload();
  await expect(p.getByRole('checkbox', { name: first })).toBeChecked();
  await expect(p.getByText('Not ready to start delivery: 4 gate questions open')).toBeVisible();
  expect(problems).toEqual([]);
});

test('two tabs stay in sync, including a clear in the other tab', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(page);
  await b.goto(page);
  await expect(saveStatus(b)).toHaveAttribute('data-state', 'ready');
  await a.getByRole('checkbox', { name: first }).check();
  await expect(b.getByRole('checkbox', { name: first })).toBeChecked();
  await b.evaluate(() => localStorage.clear());
  await expect(a.getByRole('checkbox', { name: first })).not.toBeChecked();
});

test('a corrupted stored value gives a notice and the kept copy, and the tool still works', async ({ page: p }) => {
  await p.addInitScript(
    ([k]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k!, '{"version":1, broken');
        localStorage.setItem('another-site:prefs', 'keep me');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key],
  );
  await p.goto(page);
  await expect(p.getByText('Saved data for this tool could not be read, so it was set aside')).toBeVisible();
  const download = p.waitForEvent('download');
  await p.getByRole('button', { name: 'Download the kept copy' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe('{"version":1, broken');
  await p.getByRole('checkbox', { name: first }).check();
  await saved(p);
  await p.reload();
  await expect(p.getByRole('checkbox', { name: first })).toBeChecked();
  const stored = await p.evaluate(() => Object.keys(localStorage).sort());
  expect(stored).toEqual([
    'another-site:prefs',
    'handoff-handbook:v1:checklist:client-onboarding',
    'handoff-handbook:v1:engagements:all',
    expect.stringMatching(/^handoff-handbook:v1:quarantine:checklist:client-onboarding:/),
  ]);
});

test('with storage that throws, the tool works and says it is not saving', async ({ page: p }) => {
  await p.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await p.goto(page);
  await expect(p.getByText('Not saved in this browser')).toBeVisible();
  await p.getByRole('checkbox', { name: first }).check();
  await expect(p.getByText(`1 of ${onboardingItems} done`)).toBeVisible();
});

test('with storage full, a tick stays on the page and the tool says it is not saved', async ({ page: p }) => {
  await p.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await p.goto(page);
  await p.getByRole('checkbox', { name: first }).check();
  await expect(saveStatus(p)).toHaveText(
    'Storage is full: not saved in this browser. Export to keep a copy, then clear old saved data.',
  );
  await expect(p.getByRole('checkbox', { name: first })).toBeChecked();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole list is visible as native checkboxes', async ({ page: p }) => {
    await p.goto(page);
    // Without the script the gate is the printable checkbox list (a tick is a yes); the tool adds "No" and "Not checked yet".
    await expect(p.getByRole('checkbox')).toHaveCount(onboardingItems);
    await expect(p.getByRole('group', { name: 'Go/no-go: before you start delivery' })).toBeVisible();
    await expect(p.getByRole('radio')).toHaveCount(0);
    await p.goto('/workflows/client-onboarding-workflow/');
    expect(await p.getByRole('checkbox').count()).toBeGreaterThan(3);
  });
});

test('a checklist completed by keyboard alone reads ready', async ({ page: p }) => {
  await p.goto(page);
  await expect(p.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  const boxes = p.getByRole('checkbox');
  await boxes.first().focus();
  const focusedType = () => p.evaluate(() => (document.activeElement as HTMLInputElement).type);
  for (let i = 0; i < onboardingItems; i++) {
    // A box is ticked with Space; a go/no-go question, entered on "Not checked yet", moves on to "Yes" with an arrow.
    if ((await focusedType()) === 'checkbox') await p.keyboard.press('Space');
    else {
      await expect(p.locator(':focus')).toHaveAttribute('value', 'unchecked');
      await p.keyboard.press('ArrowDown');
      await expect(p.locator(':focus')).toHaveAttribute('value', 'yes');
    }
    if (i < onboardingItems - 1) {
      // Past the item's note, to the next checkbox or question.
      do await p.keyboard.press('Tab');
      while (!['checkbox', 'radio'].includes(await focusedType()));
    }
  }
  await expect(p.getByText('Ready to start delivery')).toBeVisible();
  await expect(p.getByText(`${onboardingItems} of ${onboardingItems} done`)).toBeVisible();
});

test('each engagement keeps its own ticks, and Markdown export escapes the name', async ({ page: p, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await p.goto(page);
  await p.getByRole('checkbox', { name: first }).check();
  await p.getByRole('button', { name: 'New engagement' }).click();
  await p.getByRole('textbox', { name: 'Client', exact: true }).fill('Acme <b>rebrand</b>');
  await p.getByRole('button', { name: 'Create engagement' }).click();
  await expect(p.getByRole('checkbox', { name: first })).not.toBeChecked();
  await p.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(p.getByText('Copied.')).toBeVisible();
  expect(await p.evaluate(() => navigator.clipboard.readText())).toContain('Acme \\<b>rebrand\\</b>');
  await p.getByRole('combobox', { name: 'Engagement' }).selectOption({ label: 'My engagement' });
  await expect(p.getByRole('checkbox', { name: first })).toBeChecked();
});

test('when the clipboard is refused, the Markdown is shown selected to copy by hand', async ({ page: p }) => {
  await p.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await p.goto(page);
  // The copy is of the run as stored: the export is offered from hydration on, before storage has opened.
  await expect(saveStatus(p)).toHaveAttribute('data-state', 'ready');
  await p.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(p.getByLabel('Copying was blocked')).toBeFocused();
  await expect(p.getByLabel('Copying was blocked')).toHaveValue(/# Client onboarding checklist: My engagement/);
});

test('axe finds nothing with the tools hydrated', async ({ page: p }) => {
  for (const url of [page, '/templates/client-input-dependency-worksheet/', '/workflows/client-onboarding-workflow/']) {
    await p.goto(url);
    await p.locator('.checklist-form, .worksheet-tool').first().scrollIntoViewIfNeeded();
    await expect(saveStatus(p)).toHaveAttribute('data-state', 'ready');
    if (url.startsWith('/templates/')) await p.getByText('Saved data in this browser').click();
    expect((await axeViolations(p)).map((v) => `${url} ${v}`)).toEqual([]);
  }
});

test('worksheet: edit, reload, and a CSV export that neutralises formulas', async ({ page: p }) => {
  await p.goto('/templates/client-input-dependency-worksheet/');
  // Typing before the tool runs is storage.spec's case; this one edits the running tool.
  await hydrated(p);
  const firstCell = p.locator('.worksheet-tool fieldset').first().locator('textarea').first();
  await firstCell.fill('=HYPERLINK("http://evil.example")');
  await saved(p);
  await p.reload();
  await expect(firstCell).toHaveValue('=HYPERLINK("http://evil.example")');
  const download = p.waitForEvent('download');
  await p.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example""\)",/);
});

test('saved data: export, import preview and clear all after confirmation', async ({ page: p }) => {
  await p.goto(page);
  await p.getByRole('checkbox', { name: first }).check();
  await saved(p);
  await p.getByText('Saved data in this browser').click();
  const download = p.waitForEvent('download');
  await p.getByRole('button', { name: 'Download all saved data' }).click();
  const file = await (await download).path();
  await p.getByRole('button', { name: 'Clear all saved data' }).click();
  await p.getByRole('button', { name: 'Yes, clear all' }).click();
  await expect(p.getByRole('checkbox', { name: first })).not.toBeChecked();
  await p.getByLabel('Import a saved data file').setInputFiles(file);
  // The checklist's ticks and the engagement they belong to.
  await expect(p.getByText('This file holds 1 engagement and 1 checklist run.')).toBeVisible();
  // Merge, which keeps what is here, is the one filled button; Replace looks destructive; Cancel is a plain outlined way out.
  const merge = p.getByRole('button', { name: 'Merge' });
  const replace = p.getByRole('button', { name: 'Replace' });
  const cancel = p.getByRole('button', { name: 'Cancel' });
  const looks = (b: typeof merge) =>
    b.evaluate((el) => {
      const s = getComputedStyle(el);
      return { bg: s.backgroundColor, border: s.borderTopColor, color: s.color };
    });
  const [m, r, c] = [await looks(merge), await looks(replace), await looks(cancel)];
  expect(m.bg).toBe(m.border);
  expect(r.bg).not.toBe(r.border);
  expect(r.border).not.toBe(m.border);
  expect(c.bg).not.toBe(m.bg);
  expect(c.border).toBe(m.border);
  await merge.click();
  await expect(p.getByRole('checkbox', { name: first })).toBeChecked();
});
