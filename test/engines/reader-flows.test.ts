/**
 * The reader's flows in every engine: Chromium, Firefox ESR and WebKitGTK (the engine family of
 * Safari), each from Debian, each driven by its own driver behind one interface
 * (test/support/drivers/). One table, flow × engine; each flow runs in a fresh profile, against
 * the built site in dist/ served by the suite's own server, and ends with no page error, console
 * error or CSP violation. `ENGINES=firefox,webkit` runs some of the engines only.
 *
 * What the Chromium suite (test/browser/) covers in depth is not repeated here: these flows are
 * the reader's main paths, asserted the same way in each engine, where engines differ.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { distDir } from '../support/dist';
import { findBinary, type EngineBinaryName } from '../support/engines.ts';
import { serveStatic, type StaticServer } from '../support/static-server';
import { packetFixture, E as packetEngagement } from '../support/packet-fixture';
import { TIMEOUTS, withWatchScript, type Engine, type EnginePage } from '../support/drivers/engine';
import { launchChromium } from '../support/drivers/chromium';
import { launchFirefox } from '../support/drivers/firefox';
import { launchWebKit } from '../support/drivers/webkit';
import {
  catchDownloads,
  checkedStates,
  downloads,
  find,
  hydrated,
  saved,
  seedStorage,
  textOf,
  waitFor,
} from '../support/drivers/page-helpers';

type EngineName = Engine['name'];
const launchers: Record<EngineName, () => Promise<Engine>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
  webkit: launchWebKit,
};
const engineNames = (process.env.ENGINES?.split(',') ?? Object.keys(launchers)) as EngineName[];
for (const name of engineNames) if (!(name in launchers)) throw new Error(`ENGINES: unknown engine "${name}"`);

// A missing browser fails the suite at once, naming its Debian package and the variable that
// points at another binary (test/support/engines.ts), before any engine starts.
const binaries: Record<EngineName, EngineBinaryName[]> = {
  chromium: ['chromium'],
  firefox: ['firefox'],
  webkit: ['webkitDriver', 'webkitBrowser', 'xvfb'],
};
const notInstalled = engineNames
  .flatMap((name) => binaries[name])
  .map(findBinary)
  .flatMap((found) => ('problem' in found ? [found.problem] : []));
if (notInstalled.length > 0) throw new Error(`The engines suite cannot run here:\n${notInstalled.join('\n')}`);

/** Each engine starts once, at the start of the suite, all at once; each flow waits for its own. */
const started = new Map<EngineName, Promise<Engine>>();
const engine = (name: EngineName) => {
  if (!started.has(name)) started.set(name, launchers[name]());
  return started.get(name)!;
};
/** Wall time per engine: its start and its flows. */
const wall = new Map<EngineName, number>();

let server: StaticServer;
/**
 * Every page registers the service worker, which then keeps a copy of the whole site: in a fresh
 * profile per flow, three engines at once, that is most of the suite's work. The flows other than
 * the offline one get a worker that registers and does nothing; the offline flow's own server
 * serves the real one.
 */
const standInWorker = '// The engines suite: a service worker that keeps nothing.\n';
const basePort = Number(process.env.TEST_PORT ?? 4329);
/** Another server per offline flow, so taking its network away touches no other flow. */
let nextPort = basePort + 13;

beforeAll(async () => {
  server = await serveStatic(distDir, basePort + 12, { html: withWatchScript, files: { '/sw.js': standInWorker } });
  // All engines start at once (Firefox takes the longest); each flow waits for its own.
  for (const name of engineNames) engine(name).catch(() => undefined);
});
afterAll(async () => {
  await Promise.allSettled([...started.values()].map(async (e) => (await e).close()));
  await server?.close();
  const lines = [...wall].map(([name, ms]) => `${name.padEnd(9)} ${(ms / 1000).toFixed(1)} s`);
  console.log(`Engines suite, wall time per engine (start and flows):\n${lines.join('\n')}`);
});

/** Opens a fresh page in the engine, runs the flow, then asks for the page's problems, and closes it. */
async function inFreshPage(
  name: EngineName,
  run: (page: EnginePage) => Promise<void>,
  options: { scheme?: 'light' | 'dark'; origin?: string } = {},
) {
  const t0 = Date.now();
  try {
    const page = await (await engine(name)).newPage(options.origin ?? server.origin, options);
    try {
      await run(page);
      expect(await page.problems(), 'page errors, console errors and CSP violations').toEqual([]);
    } finally {
      await page.close();
    }
  } finally {
    wall.set(name, (wall.get(name) ?? 0) + Date.now() - t0);
  }
}

const click = async (page: EnginePage, css: string, text: string) => page.click(await find(page, { css, text }));
const fillLabel = async (page: EnginePage, label: string, value: string, within?: { css: string; heading: string }) =>
  page.fill(await find(page, { css: 'input, textarea', label, within }), value);

/** A date `days` from today in the machine's calendar (the browsers run in the same time zone), YYYY-MM-DD. */
function dayFromToday(days: number) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const checklist = '/templates/client-onboarding-checklist/';
const first = 'Every deliverable is written down in the signed scope, not only discussed on a call.';
const firstItem = '.checklist-form input[name="deliverables-in-writing"]';
/** Share links made in each engine, opened in the others by the flow after. */
const shareLinks = new Map<EngineName, string>();

interface Flow {
  name: string;
  run: (name: EngineName) => Promise<void>;
}

const flows: Flow[] = [
  {
    name: 'a reading page, styled by the site, in the light and the dark scheme',
    run: async (name) => {
      const styles = (scheme: 'light' | 'dark') =>
        inFreshPage(
          name,
          async (page) => {
            await page.goto('/workflows/client-onboarding-workflow/');
            const seen = await page.evaluate(() => {
              const body = getComputedStyle(document.body);
              const main = document.querySelector('main');
              return {
                dark: matchMedia('(prefers-color-scheme: dark)').matches,
                background: body.backgroundColor,
                color: body.color,
                font: body.fontFamily,
                mainWidth: main ? getComputedStyle(main).maxWidth : 'no main',
              };
            });
            expect(seen.dark).toBe(scheme === 'dark');
            // The site's own tokens (src/styles/global.css: --bg and --text in each scheme).
            expect(seen).toMatchObject(
              scheme === 'light'
                ? { background: 'rgb(253, 252, 249)', color: 'rgb(29, 31, 33)' }
                : { background: 'rgb(22, 24, 27)', color: 'rgb(233, 231, 225)' },
            );
            expect(seen.font).not.toMatch(/^(serif|"?Times)/);
            expect(seen.mainWidth).not.toBe('none');
          },
          { scheme },
        );
      await styles('light');
      await styles('dark');
    },
  },
  {
    name: 'checklist ticks kept across a reload',
    run: (name) =>
      inFreshPage(name, async (page) => {
        await page.goto(checklist);
        await hydrated(page);
        // The room the list keeps until its island hydrates sits behind the scripting media
        // feature (src/tools/checklist/styles.css): each engine must read it, and give the room back.
        const room = await page.evaluate(() => ({
          scripting: matchMedia('(scripting: enabled)').matches,
          kept: getComputedStyle(document.querySelector('.checklist-form')!, '::before').content,
        }));
        expect(room).toEqual({ scripting: true, kept: 'none' });
        await page.click(firstItem);
        await page.click('.checklist-form input[name="first-milestone-criteria"]');
        await saved(page);
        const ticked = await checkedStates(page, '.checklist-form input[type="checkbox"]');
        expect(ticked.filter(Boolean)).toHaveLength(2);
        await page.reload();
        await hydrated(page);
        await waitFor(
          page,
          'the same ticks after the reload',
          (want) =>
            JSON.stringify(
              [...document.querySelectorAll<HTMLInputElement>('.checklist-form input[type="checkbox"]')].map(
                (b) => b.checked,
              ),
            ) === want,
          JSON.stringify(ticked),
        );
      }),
  },
  {
    name: 'quiz result kept across a reload',
    run: (name) =>
      inFreshPage(name, async (page) => {
        await page.goto('/tools/weak-handoff-quiz/');
        await hydrated(page);
        // Each question's last answer ("no" where a question reads yes/no), the boundary's first.
        const answers = await page.evaluate(() => {
          const groups = new Map<string, string>();
          for (const radio of document.querySelectorAll<HTMLInputElement>('.quiz input[type="radio"]'))
            if (!groups.has(radio.name) || radio.name !== 'weak-handoff-quiz-boundary')
              groups.set(radio.name, radio.value);
          return [...groups];
        });
        expect(answers.length).toBeGreaterThan(5);
        for (const [group, value] of answers) await page.click(`.quiz input[name="${group}"][value="${value}"]`);
        // Every answer taken before asking for the result, so a click the engine lost is named here
        // rather than seen as a missing result.
        await waitFor(
          page,
          'every question answered',
          (names) => names.every((n) => document.querySelector(`.quiz input[name="${n}"]:checked`)),
          answers.map(([group]) => group),
        );
        await click(page, 'button', 'Show my result');
        const verdict = await waitFor(page, 'the result heading', () =>
          document.querySelector('.quiz-result h2, .quiz-result h3')?.textContent?.trim(),
        );
        expect(verdict).toMatch(/^Result: /);
        await saved(page);
        await page.reload();
        await hydrated(page);
        expect(
          await waitFor(page, 'the result after the reload', () =>
            document.querySelector('.quiz-result h2, .quiz-result h3')?.textContent?.trim(),
          ),
        ).toBe(verdict);
      }),
  },
  {
    name: 'diagnostic: signals ticked give a first place to look, kept across a reload',
    run: (name) =>
      inFreshPage(name, async (page) => {
        await page.goto('/templates/workflow-diagnostic-checklist/');
        await hydrated(page);
        // Two signals of the second category: enough for it to count.
        const signals = await page.evaluate(() =>
          [...document.querySelectorAll('fieldset')[1]!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
            .slice(0, 2)
            .map((box) => box.name),
        );
        for (const signal of signals) await page.click(`input[name="${signal}"]`);
        const heading = await waitFor(page, 'a "Start with" heading', () =>
          [...document.querySelectorAll('.diagnostic-result h2, .diagnostic-result h3')]
            .map((h) => h.textContent?.trim() ?? '')
            .find((t) => t.startsWith('Start with: ')),
        );
        await saved(page);
        await page.reload();
        await hydrated(page);
        await waitFor(
          page,
          `"${heading}" after the reload`,
          (h) => document.querySelector('.diagnostic-result')?.textContent?.includes(h),
          heading,
        );
      }),
  },
  {
    name: 'handoff record filled, checked and exported',
    run: (name) =>
      inFreshPage(name, async (page) => {
        await page.goto('/tools/handoff-record/');
        await hydrated(page);
        const fields: Record<string, string> = {
          'Record name': 'Harbour kickoff',
          'Outcome reached': 'Logins tested and the first milestone agreed in writing.',
          'Inputs the next stage needs': 'Brand guide, the approval owner and the launch date.',
          'Links to the assets': 'https://files.example.com/harbour/brief',
          'Next-action owner': 'Dana Whitlock',
          'Completion event': 'First milestone accepted in writing',
          'Billing contact': 'accounts@harbour.example',
        };
        for (const [label, value] of Object.entries(fields)) await fillLabel(page, label, value);
        // Client and project come from the engagement: the record shows them and never asks again.
        await waitFor(page, 'the client field to show the engagement, read-only', () => {
          const client = document.querySelector<HTMLInputElement>('input[name="client"]');
          return client?.readOnly === true && client.value.trim() !== '';
        });
        await page.select(await find(page, { css: 'select', label: 'From stage' }), 'onboarding');
        await page.select(await find(page, { css: 'select', label: 'To stage' }), 'delivery');
        await waitFor(page, 'the check to find nothing missing', () =>
          document.querySelector('.record-check')?.textContent?.includes('Nothing is missing'),
        );
        await click(page, 'button', 'Save record');
        await saved(page);
        await click(page, 'button', 'Export as Markdown');
        await catchDownloads(page);
        await click(page, 'button', 'Download the Markdown file');
        const [file] = await downloads(page, 1);
        expect(file!.name).toBe('Harbour kickoff.md');
        expect(file!.text).toContain('# Harbour kickoff');
        expect(file!.text).toContain('Dana Whitlock');
        expect(file!.text).toContain('<https://files.example.com/harbour/brief>');
      }),
  },
  {
    name: 'an engagement with a dated invoice: reminders, its calendar file, its card on the workspace',
    run: (name) =>
      inFreshPage(name, async (page) => {
        await page.goto('/workspace/engagement/');
        await hydrated(page);
        await click(page, 'button', 'New engagement');
        await fillLabel(page, 'Client', 'Fernhill Physio');
        await fillLabel(page, 'Project', 'Booking site');
        await click(page, 'button', 'Create engagement');
        await find(page, { css: 'h1, h2', text: 'Fernhill Physio: Booking site' });
        const invoices = { css: '.dated-list', heading: 'Invoices' };
        await page.click(await find(page, { css: 'summary', text: 'Add an invoice', within: invoices }));
        await fillLabel(page, 'Invoice number', '2026-014', invoices);
        await fillLabel(page, 'Amount', '1800', invoices);
        await fillLabel(page, 'Currency', 'EUR', invoices);
        // Sent 40 days ago, due 30 days ago: every chase reminder is overdue today.
        const due = dayFromToday(-30);
        await fillLabel(page, 'Sent on', dayFromToday(-40), invoices);
        await fillLabel(page, 'Due on', due, invoices);
        await page.click(await find(page, { css: 'button', text: 'Add invoice', within: invoices }));
        await saved(page);
        const badge = await waitFor(page, 'the 3-day chase reminder', () =>
          document.querySelector('.reminder[data-kind="invoice-chase-3"] .badge')?.textContent?.trim(),
        );
        expect(badge).toBe('Overdue');

        await catchDownloads(page);
        await click(page, 'button', 'Download calendar file (.ics)');
        const [file] = await downloads(page, 1);
        expect(file!.name).toMatch(new RegExp(`^handoff-reminders-${dayFromToday(0)}-e-[a-z0-9]+\\.ics$`));
        const events = new ICAL.Component(ICAL.parse(file!.text))
          .getAllSubcomponents('vevent')
          .map((v) => new ICAL.Event(v));
        const chase = events.find((e) => /\.invoice-chase-3\./.test(e.uid));
        expect(chase?.startDate.toString()).toBe(dayFromToday(-27));
        expect(chase?.summary).toMatch(/^Fernhill Physio: Booking site: Invoice 2026-014/);

        await page.goto('/workspace/');
        await hydrated(page);
        const count = await waitFor(page, 'the workspace to open what this browser saved', () => {
          const text = document.querySelector('.workspace-count')?.textContent ?? '';
          return text.startsWith('Showing') ? text : undefined;
        });
        expect(count).toBe('Showing 1 of 1 engagement.');
        const card = await find(page, { css: '.engagement', within: undefined });
        expect(await textOf(page, `${card} h3`)).toBe('Fernhill Physio: Booking site');
        expect(await textOf(page, `${card} .overdue li`)).toBe('Invoice 2026-014 is unpaid, 30 days late');
      }),
  },
  {
    name: 'share: a checklist link made here',
    run: (name) =>
      inFreshPage(name, async (page) => {
        await page.goto(checklist);
        await hydrated(page);
        await click(page, 'button', 'New engagement');
        await fillLabel(page, 'Client', `Made in ${name}`);
        await fillLabel(page, 'Project', 'Brand refresh');
        await click(page, 'button', 'Create engagement');
        await page.click(firstItem);
        await page.click(await find(page, { css: '.checklist-form summary', text: 'Note' }));
        await page.fill(
          await find(page, { css: 'textarea', label: `Note: ${first}` }),
          `Signed on the 12th (${name}).`,
        );
        await saved(page);
        await click(page, 'button', 'Share read-only link');
        const link = await waitFor(page, 'the read-only link', () =>
          document.querySelector<HTMLInputElement>('.share-made input')?.value.match(/#share-v1\./)
            ? document.querySelector<HTMLInputElement>('.share-made input')!.value
            : undefined,
        );
        expect(new URL(link).pathname).toBe('/share/client-onboarding/');
        shareLinks.set(name, link);
      }),
  },
  {
    name: 'share: the links made in the other engines open here, read-only',
    run: async (name) => {
      const others = [...shareLinks].filter(([made]) => made !== name);
      expect(others.length, 'links made in the other engines').toBe(engineNames.length - 1);
      for (const [made, link] of others)
        await inFreshPage(name, async (page) => {
          await page.goto(link);
          expect(
            await waitFor(page, 'the shared engagement', () =>
              document.querySelector('[data-share-engagement]')?.textContent?.trim(),
            ),
          ).toBe(`Made in ${made}: Brand refresh`);
          const marks = await page.evaluate(() =>
            [...document.querySelectorAll('.share-view .share-mark')].map((m) => m.textContent),
          );
          expect(marks[0]).toBe('Done');
          expect(marks.filter((m) => m === 'Done')).toHaveLength(1);
          expect(await textOf(page, '.share-note')).toBe(`Note: Signed on the 12th (${made}).`);
          expect(await page.evaluate(() => localStorage.length)).toBe(0);
        });
    },
  },
  {
    name: 'search dialog: open, type, results, one Escape closes',
    run: (name) =>
      inFreshPage(name, async (page) => {
        await page.goto('/glossary/');
        await hydrated(page);
        await page.press('/');
        await waitFor(page, 'the search field to have focus', () =>
          document.activeElement?.matches('dialog.search-dialog[open] input[type="search"]'),
        );
        await page.fill('dialog.search-dialog input[type="search"]', 'billing trigger');
        const status = await waitFor(page, 'the results', () => {
          const shown = document.querySelectorAll('dialog.search-dialog .search-results > li').length;
          const text = document.querySelector('dialog.search-dialog [role="status"]')?.textContent ?? '';
          return shown > 0 && /\d+ results? for “billing trigger”/.test(text) ? text : undefined;
        });
        expect(status).toMatch(/results? for/);
        await page.press('Escape');
        await waitFor(
          page,
          'the dialog to close',
          () => !document.querySelector('dialog.search-dialog')?.hasAttribute('open'),
        );
      }),
  },
  {
    name: 'service worker controls the page after a reload, and an offline reload works',
    run: async (name) => {
      const own = await serveStatic(distDir, nextPort++, { html: withWatchScript });
      try {
        await inFreshPage(
          name,
          async (page) => {
            await page.goto(checklist);
            await hydrated(page);
            // Asked again and again rather than awaited in one script: a driver's script timeout
            // (WebKitWebDriver's is a condition's) is shorter than an install under load.
            await waitFor(
              page,
              'the service worker to be installed and active',
              async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
              undefined,
              TIMEOUTS.serviceWorker,
            );
            await page.reload();
            await waitFor(page, 'the service worker to control the page', () =>
              Boolean(navigator.serviceWorker.controller),
            );
            // Loaded to the end before the network goes: a reload that cuts loads in flight makes
            // Firefox report each of them as a failed service-worker interception.
            await hydrated(page);
            // The network gone, as for a reader on a train: the server stops answering.
            await own.close();
            await page.reload();
            await hydrated(page);
            expect(await textOf(page, 'h1')).toMatch(/^Client Onboarding Checklist/);
            await page.click(firstItem);
            await saved(page);
          },
          { origin: own.origin },
        );
      } finally {
        await own.close().catch(() => undefined);
      }
    },
  },
  {
    name: 'print packet filled from an engagement',
    run: (name) =>
      inFreshPage(name, async (page) => {
        await seedStorage(page, packetFixture);
        await page.goto(`/print/onboarding-to-delivery/?engagement=${packetEngagement}`);
        const source = await waitFor(page, 'the packet to fill', () => {
          const text = document.querySelector('[data-packet-source]')?.textContent?.trim();
          return text?.startsWith('Without JavaScript') ? undefined : text;
        });
        expect(source).toMatch(/^Filled from the engagement “Harbour & Pine: Brand refresh”/);
        expect(await textOf(page, '[data-fill="engagement"]')).toBe('Harbour & Pine: Brand refresh');
        expect(
          await checkedStates(page, 'input[data-item="access-tested"], input[data-item="update-cadence-set"]'),
        ).toEqual([true, false]);
        expect(await textOf(page, '[data-fill="date"]')).toBe(dayFromToday(0));
      }),
  },
];

// One flow at a time, in the three engines at once: the engines wait on different things (process
// starts, page loads, polls), so running them side by side takes about the slowest engine's time,
// not the sum. The share flows rely on the order: links made in every engine, then opened.
describe.each(flows)('$name', ({ run }) => {
  test.concurrent.each(engineNames)('%s', (name) => run(name));
});
