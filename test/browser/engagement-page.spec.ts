/**
 * The engagement page: dates typed into real form fields, the reminders they give with each
 * message filled from the engagement, the calendar file read back by ical.js, the storage
 * health panel both ways, the backup reminder on a controlled clock, and stored data that
 * cannot be used kept as it was.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { watchForProblems } from './support';
import { axeInBothSchemes } from './axe';
import { hydrated, saved, seed } from './tools-support';
import { drawn, filledPrimaries, mobileContext, sidewaysScroll, smallTargets, unstyledControls } from './layout-gates';
import { fernhill, storedEngagements } from '../support/engagements';

const PAGE = '/workspace/engagement/';
const ENGAGEMENTS = 'handoff-handbook:v1:engagements:all';
const DAY = 86_400_000;
/** The reader's "now" in every test here: 30 March 2026, mid-morning UTC. */
const NOW = Date.UTC(2026, 2, 30, 10, 0);

const invoices = (page: Page) =>
  page.locator('.dated-list').filter({ has: page.getByRole('heading', { name: 'Invoices' }) });
const reminder = (page: Page, kind: string) => page.locator(`.reminder[data-kind="${kind}"]`);

async function openPage(page: Page, url = PAGE) {
  await page.goto(url);
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Reminders', exact: true })).toBeVisible();
}

/** Reads a downloaded calendar file with ical.js: each VEVENT's UID, start date and summary. */
async function calendarEvents(download: Download) {
  const text = await readFile((await download.path())!, 'utf8');
  const root = new ICAL.Component(ICAL.parse(text));
  return root.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      start: e.startDate.toString(),
      isDate: e.startDate.isDate,
      summary: e.summary,
      description: e.description,
      alarms: v.getAllSubcomponents('valarm').length,
    };
  });
}

async function downloadCalendar(page: Page, name: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return download;
}

test('dates typed in give +3/+7/+14 reminders with filled messages and a calendar file with stable UIDs', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await page.clock.setFixedTime(NOW);
  await openPage(page);
  await page.getByRole('button', { name: 'New engagement' }).click();
  await page.getByRole('textbox', { name: 'Client', exact: true }).first().fill('Fernhill Physio');
  await page.getByRole('textbox', { name: 'Project', exact: true }).first().fill('Online booking site');
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { name: 'Fernhill Physio: Online booking site' })).toBeVisible();

  // A refused invoice: each message sits next to its field, and nothing is saved.
  await invoices(page).locator('summary', { hasText: 'Add an invoice' }).click();
  const add = invoices(page).locator('form').last();
  await add.getByRole('button', { name: 'Add invoice' }).click();
  await expect(add.getByRole('textbox', { name: 'Invoice number' })).toHaveAccessibleDescription('Fill this in.');
  await expect(add.getByRole('textbox', { name: 'Invoice number' })).toBeFocused();
  await add.getByRole('textbox', { name: 'Invoice number' }).fill('2026-002');
  await add.getByRole('textbox', { name: /^Amount/ }).fill('4,200');
  await add.getByRole('textbox', { name: /^Currency/ }).fill('eur');
  await add.getByLabel('Sent on').fill('2026-03-14');
  await add.getByLabel('Due on').fill('2026-03-13');
  await add.getByRole('button', { name: 'Add invoice' }).click();
  await expect(add.getByRole('textbox', { name: /^Amount/ })).toHaveAccessibleDescription(
    /An amount is a number, such as 1200 or 1200.50\./,
  );
  await expect(add.getByLabel('Due on')).toHaveAccessibleDescription('An invoice cannot fall due before it is sent.');
  await expect(add.getByLabel('Due on')).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data.invoices, ENGAGEMENTS)).toBeUndefined();

  await add.getByRole('textbox', { name: /^Amount/ }).fill('4200');
  await add.getByLabel('Sent on').fill('2026-02-27');
  await add.getByRole('button', { name: 'Add invoice' }).click();
  await saved(page);
  await expect(
    invoices(page)
      .getByRole('group', { name: 'Invoice 1' })
      .getByRole('textbox', { name: /^Currency/ }),
  ).toHaveValue('EUR');

  // The chase: 3, 7 and 14 days after the due date, each overdue today, each with its message filled.
  for (const [kind, date] of [
    ['invoice-chase-3', '2026-03-16'],
    ['invoice-chase-7', '2026-03-20'],
    ['invoice-chase-14', '2026-03-27'],
  ] as const) {
    await expect(reminder(page, kind)).toContainText(date);
    await expect(reminder(page, kind).locator('.badge')).toHaveText('Overdue');
  }
  await expect(reminder(page, 'final-notice').locator('.badge')).toHaveText('Coming up');
  const first = reminder(page, 'invoice-chase-3');
  await first.getByText('Message to send: Payment reminder: 3 days overdue').click();
  await expect(first.locator('.message-subject')).toHaveText(
    'Subject: Reminder: invoice 2026-002 was due on 2026-03-13',
  );
  await expect(first.locator('.message-body')).toContainText('Hi Fernhill Physio,');
  await expect(first.locator('.message-body')).toContainText('invoice 2026-002 for EUR 4,200.00 was due on 2026-03-13');
  await expect(first.locator('mark')).toHaveCount(0);
  // What the engagement does not know stays visible for the reader to fill by hand.
  const third = reminder(page, 'invoice-chase-14');
  await third.getByText(/^Message to send/).click();
  await expect(third.locator('.message-body')).toContainText(
    'Invoice 2026-002 for EUR 4,200.00 fell due on 2026-03-13',
  );
  await expect(third.locator('mark')).toHaveText(['[Payment terms]', '[Late-payment clause or law]']);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await third.getByRole('button', { name: 'Copy message' }).click();
  await expect(third.getByRole('status')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Subject: Invoice 2026-002 is 14 days overdue\n\nHi Fernhill Physio,/);
  expect(copied).toContain('[Payment terms]');

  // The calendar file: ical.js reads it; the chase events sit on +3/+7/+14, with alarms.
  const one = await calendarEvents(await downloadCalendar(page, 'Download calendar file (.ics)'));
  const chase = one.filter((e) => /\.invoice-chase-\d+\./.test(e.uid)).sort((a, b) => a.start.localeCompare(b.start));
  expect(chase.map((e) => e.start)).toEqual(['2026-03-16', '2026-03-20', '2026-03-27']);
  expect(
    chase.every(
      (e) =>
        e.isDate && e.alarms === 1 && e.summary.startsWith('Fernhill Physio: Online booking site: Invoice 2026-002'),
    ),
  ).toBe(true);
  expect(chase[0]!.description).toContain('Message to send: Payment reminder: 3 days overdue');
  // Downloaded again after an unrelated change: the same UIDs, so a calendar updates, not duplicates.
  // The dates save as they change: no button.
  await page.getByLabel('Kickoff on').fill('2026-01-19');
  await saved(page);
  const again = await calendarEvents(await downloadCalendar(page, 'Download calendar file (.ics)'));
  const uids = (events: { uid: string }[]) =>
    events
      .map((e) => e.uid)
      .filter((u) => !u.includes('.kickoff.'))
      .sort();
  expect(uids(again)).toEqual(uids(one));
  expect(again.some((e) => e.uid.includes('.kickoff.') && e.start === '2026-01-19')).toBe(true);
  const all = await calendarEvents(await downloadCalendar(page, 'Download calendar file for all engagements (.ics)'));
  expect(all.map((e) => e.uid).sort()).toEqual(again.map((e) => e.uid).sort());

  // Marked paid: the chase stops.
  const stored = invoices(page).getByRole('group', { name: 'Invoice 1' });
  await stored.getByLabel(/^Paid on/).fill('2026-03-29');
  await stored.getByRole('button', { name: 'Save invoice' }).click();
  await saved(page);
  await expect(reminder(page, 'invoice-chase-3')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test.describe('saved as you type, with no button to press', () => {
  test('a new client name is kept across a reload', async ({ page }) => {
    await seed(page, await storedEngagements([fernhill()], NOW));
    await openPage(page);
    await expect(page.locator('[data-form="names"]').getByRole('button')).toHaveCount(0);
    const client = page.getByLabel('Client', { exact: true });
    // Typed key by key, and nothing else done: the pause after the last key saves it.
    await client.clear();
    await client.pressSequentially('Fernhill Sports Physio');
    await expect(page.locator('[data-form="names"] .form-save')).toHaveText('Saved');
    await saved(page);
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Client', { exact: true })).toHaveValue('Fernhill Sports Physio');
    await expect(page.locator('#engagement-name')).toContainText('Fernhill Sports Physio');
  });

  test('a changed date is kept across a reload', async ({ page }) => {
    await seed(page, await storedEngagements([fernhill()], NOW));
    await openPage(page);
    await expect(page.locator('[data-form="key-dates"]').getByRole('button')).toHaveCount(0);
    await page.getByLabel('Kickoff on').fill('2026-05-04');
    await expect(page.locator('[data-form="key-dates"] .form-save')).toHaveText('Saved');
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Kickoff on')).toHaveValue('2026-05-04');
  });

  test('an emptied client is refused at the field and nothing is saved; the stored name stays', async ({ page }) => {
    await seed(page, await storedEngagements([fernhill()], NOW));
    await openPage(page);
    const before = await page.evaluate((k) => localStorage.getItem(k), ENGAGEMENTS);
    const client = page.getByLabel('Client', { exact: true });
    await client.fill('');
    await client.blur();
    await expect(page.locator('#names-client-error')).toBeVisible();
    await expect(page.locator('[data-form="names"] .form-save')).toContainText('Not saved');
    expect(await page.evaluate((k) => localStorage.getItem(k), ENGAGEMENTS)).toBe(before);
  });

  test('a write the browser refuses is reported beside the form, not as saved', async ({ page }) => {
    await seed(page, await storedEngagements([fernhill()], NOW));
    await openPage(page);
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.locator('#names-notes').fill('Ask about the second clinic');
    await expect(page.locator('[data-form="names"] .form-save')).toHaveText(
      'Not saved: this browser’s storage for the site is full.',
    );
    await expect(page.locator('.engagement-editor .save-status')).not.toHaveAttribute('data-state', 'saved');
  });
});

test('a link opens its engagement and each tool link carries it', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  const other = fernhill({ id: 'e-redwick0001', client: 'Redwick Films', project: '' });
  await seed(page, await storedEngagements([fernhill(), other], NOW - DAY));
  await openPage(page, `${PAGE}?engagement=e-redwick0001`);
  await expect(page.getByRole('heading', { name: 'Redwick Films', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Handoff Record' })).toHaveAttribute(
    'href',
    '/tools/handoff-record/?engagement=e-redwick0001',
  );
  // Choosing another engagement in the picker switches the page and its address.
  await page.getByRole('combobox', { name: 'Engagement' }).selectOption('e-fernhill01');
  await expect(page.getByRole('heading', { name: 'Fernhill Physio: Online booking site' })).toBeVisible();
  await expect(page).toHaveURL(/\?engagement=e-fernhill01$/);
  await openPage(page, `${PAGE}?engagement=e-gone`);
  await expect(page.getByText('The link names an engagement this browser does not hold')).toBeVisible();
});

test.describe('storage health', () => {
  /** Stubs StorageManager before any page script: persisted() answers `already`, persist() answers `grant`. */
  const stubStorage = (page: Page, already: boolean, grant: boolean) =>
    page.addInitScript(
      ({ already, grant }) => {
        let kept = already;
        Object.defineProperty(navigator, 'storage', {
          configurable: true,
          value: {
            persisted: async () => kept,
            persist: async () => ((kept = kept || grant), kept),
            estimate: async () => ({ usage: 0, quota: 1 }),
          },
        });
      },
      { already, grant },
    );
  const panel = (page: Page) => page.locator('.storage-health');

  test('shows that the browser keeps the data', async ({ page }) => {
    await stubStorage(page, true, true);
    await openPage(page);
    await expect(panel(page)).toHaveAttribute('data-state', 'persisted');
    await expect(panel(page).locator('.health-state')).toContainText('Kept by this browser.');
    await expect(panel(page).getByRole('button', { name: 'Ask this browser to keep the data' })).toHaveCount(0);
  });

  test('shows that it does not, asks on a click, and shows the answer either way', async ({ page }) => {
    await stubStorage(page, false, true);
    await openPage(page);
    await expect(panel(page)).toHaveAttribute('data-state', 'not-asked');
    await expect(panel(page).locator('.health-state')).toContainText('Not protected yet.');
    await panel(page).getByRole('button', { name: 'Ask this browser to keep the data' }).click();
    await expect(panel(page)).toHaveAttribute('data-state', 'persisted');
  });

  test('a refusal is remembered as asked and refused', async ({ page }) => {
    await stubStorage(page, false, false);
    await openPage(page);
    await panel(page).getByRole('button', { name: 'Ask this browser to keep the data' }).click();
    await expect(panel(page)).toHaveAttribute('data-state', 'refused');
    await page.reload();
    await hydrated(page);
    await expect(panel(page)).toHaveAttribute('data-state', 'refused');
    await expect(panel(page).locator('.health-state')).toContainText('Kept only while space allows.');
  });

  test('without StorageManager it says no promise is possible', async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'storage', { configurable: true, value: undefined }),
    );
    await openPage(page);
    await expect(panel(page)).toHaveAttribute('data-state', 'unsupported');
  });

  for (const [days, remind] of [
    [6, false],
    [8, true],
  ] as const) {
    test(`changes ${days} days old ${remind ? 'bring' : 'do not bring'} the backup reminder${remind ? ', and a backup clears it' : ''}`, async ({
      page,
    }) => {
      await page.clock.setFixedTime(NOW);
      await seed(page, await storedEngagements([fernhill()], NOW - days * DAY));
      await openPage(page);
      await expect(panel(page)).toContainText('Last backup of everything: none from this browser yet.');
      const notice = panel(page).locator('.backup-reminder');
      if (!remind) {
        await expect(panel(page)).toHaveAttribute('data-state', 'not-asked');
        return expect(notice).toHaveCount(0);
      }
      await expect(notice).toContainText(`Changes made ${days} days ago are in no backup.`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel(page).getByRole('button', { name: 'Back up everything' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('handoff-handbook-data.json');
      const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
      expect(Object.keys(file.keys)).toContain(ENGAGEMENTS);
      await expect(notice).toHaveCount(0);
      await expect(panel(page).locator('.backup-date time')).toHaveAttribute('datetime', new Date(NOW).toISOString());
      // The backup time is kept in the store: a reload still knows it.
      await page.reload();
      await hydrated(page);
      await expect(panel(page).locator('.backup-date time')).toHaveAttribute('datetime', new Date(NOW).toISOString());
      await expect(notice).toHaveCount(0);
    });
  }

  test('restore: a preview, then Replace puts the file back and counts as a backup', async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    const file = JSON.stringify({
      app: 'handoff-handbook',
      format: 2,
      exportedAt: NOW - DAY,
      keys: await storedEngagements(
        [fernhill({ id: 'e-restored01', client: 'Restored Client', project: '' })],
        NOW - 2 * DAY,
      ),
    });
    await seed(page, await storedEngagements([fernhill()], NOW - 9 * DAY));
    await openPage(page);
    await expect(panel(page).locator('.backup-reminder')).toBeVisible();
    await panel(page)
      .getByLabel('Restore from a backup file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(panel(page)).toContainText('This file holds 1 engagement.');
    await expect(panel(page)).toContainText('removing 1 engagement not in it.');
    await panel(page).getByRole('button', { name: 'Replace' }).click();
    await expect(panel(page).getByRole('status').filter({ hasText: 'Restored.' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Engagement' }).locator('option:checked')).toHaveText(
      'Restored Client',
    );
    await expect(panel(page).locator('.backup-reminder')).toHaveCount(0);
    await expect(panel(page).locator('.backup-date time')).toHaveAttribute(
      'datetime',
      new Date(NOW - DAY).toISOString(),
    );
  });
});

test.describe('stored engagements that cannot be used', () => {
  test('an unreadable value: a clear notice, the value kept byte for byte, nothing written over it', async ({
    page,
  }) => {
    const raw = '{"version":2,"savedAt":1,"data":{"engagements":{"e-x":[1,{"client":7}]}}';
    await seed(page, { [ENGAGEMENTS]: raw });
    await openPage(page);
    await expect(page.locator('.engagement-editor .notice')).toContainText('could not be read, so it was set aside');
    await expect(page.getByRole('button', { name: 'Download the kept copy' })).toBeVisible();
    const kept = await page.evaluate(() =>
      Object.entries(localStorage)
        .filter(([k]) => k.startsWith('handoff-handbook:v1:quarantine:engagements:all:'))
        .map(([, v]) => v),
    );
    expect(kept).toEqual([raw]);
  });

  test('a value from a newer version: left untouched, and a change says it was not saved', async ({ page }) => {
    const raw = JSON.stringify({ version: 99, savedAt: 1, data: { future: true } });
    await seed(page, { [ENGAGEMENTS]: raw });
    await openPage(page);
    await expect(page.locator('.engagement-editor .notice')).toContainText(
      'A newer version of this site saved data here',
    );
    await page.getByLabel('Kickoff on').fill('2026-01-19');
    await expect(page.locator('.engagement-editor .save-status')).toHaveAttribute('data-state', 'not-saved');
    // Said where the reader acted, too.
    await expect(page.locator('[data-form="key-dates"] .form-save')).toHaveText(
      'Not saved: a newer version of this site saved data here, and this page leaves it untouched.',
    );
    expect(await page.evaluate((k) => localStorage.getItem(k), ENGAGEMENTS)).toBe(raw);
  });
});

test('without JavaScript the page says what it does and links to the tools', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.locator('.nojs-note')).toContainText('It needs JavaScript');
  await expect(page.locator('.nojs-note').getByRole('link', { name: 'Handoff Record' })).toHaveAttribute(
    'href',
    '/tools/handoff-record/',
  );
  await context.close();
});

test.describe('with an engagement and an overdue invoice, on a phone', () => {
  test.use(mobileContext);
  test('no sideways scroll, 44 px targets, styled controls and no axe violation with messages open and errors shown', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    await seed(page, await storedEngagements([fernhill()], NOW - 10 * DAY));
    await openPage(page);
    for (const summary of await page.locator('.reminder-message > summary').all()) await summary.click();
    await invoices(page).locator('summary', { hasText: 'Add an invoice' }).click();
    await invoices(page).getByRole('button', { name: 'Add invoice' }).click();
    await expect(invoices(page).locator('.field-error').first()).toBeVisible();
    await expect(page.locator('.backup-reminder')).toBeVisible();
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await smallTargets(page, 24)).toEqual([]);
    expect(await smallTargets(page, 44, '.tool')).toEqual([]);
    expect(await unstyledControls(page)).toEqual([]);
    // From the top: the sticky header over a field halfway down would read as a target overlap.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await axeInBothSchemes(page)).toEqual([]);
  });
});

test('with no reminders the calendar download is not offered as an action, and says why', async ({ page }) => {
  await page.goto(PAGE);
  await hydrated(page);
  await drawn(page, 'engagement');
  const download = page.getByRole('button', { name: 'Download calendar file (.ics)', exact: true });
  await expect(download).toBeDisabled();
  await expect(download).toHaveAccessibleDescription(/^No reminders yet: add an invoice/);
  expect(await filledPrimaries(page)).toEqual([]);
});
