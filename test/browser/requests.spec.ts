/**
 * Requests per page type, as a first-time visitor's browser makes them: how many, and how many
 * bytes gzipped, up to the load event and then after the page has gone idle (islands hydrated,
 * lazy code loaded). Reading pages load in one request besides the favicon and none after
 * load, and the proposal guide's first response fits the first round trip. Pages with a tool are
 * held to what the reader waits for (interactive.spec.ts) and pays (the size gate), not to a
 * count; here, only their storage code may be found by a script rather than preloaded, since
 * each script-found file costs a round trip after the script that asks for it.
 * The search page is held to six requests for its own files; Pagefind's index files, which any
 * search needs, are listed but not counted.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { pageTypes, toolTypes } from './layout-gates';

export const requestLimits = {
  /** Reading pages: requests at first visit besides the favicon, and after load. */
  reading: { first: 1, afterLoad: 0 },
  /**
   * Pages with a tool: of their requests, the ones a script discovered (rather than the HTML,
   * which preloads what the tool needs to run): only the storage code the tool imports once it runs.
   */
  tool: { foundByScripts: 1 },
  /** The search page: its own files, first visit and after load together (Pagefind's index not counted). */
  search: { total: 6 },
  /** The first response of the proposal guide (its HTML, with the CSS inlined), gzip. */
  firstResponse: 14 * 1024,
} as const;

export const proposalGuide = '/workflows/proposal-to-contract-handoff-workflow-setup/';

interface Loaded {
  url: string;
  gzip: number;
  /**
   * Whether running code asked for it (Chromium records the script's call stack), rather than the
   * HTML: a link, a script tag or a module preload, which the browser finds while it reads the page.
   */
  foundByScript: boolean;
}
export interface Visit {
  first: Loaded[];
  after: Loaded[];
}

const isFavicon = (url: string) => new URL(url).pathname === '/favicon.svg';

/**
 * Opens `url` in a fresh page and records every request: those answered by the load event, and
 * those made after it until the islands have hydrated and the network is quiet.
 */
export async function visit(page: Page, url: string): Promise<Visit> {
  const first: Loaded[] = [];
  const after: Loaded[] = [];
  let loaded = false;
  const pending: Promise<void>[] = [];
  const byScript = new Map<string, boolean>();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e) =>
    byScript.set(e.request.url, Boolean(e.initiator.stack?.callFrames.length)),
  );
  await cdp.send('Network.enable');
  page.on('requestfinished', (request) => {
    const list = loaded ? after : first;
    pending.push(
      (async () => {
        const body = (await (await request.response())?.body().catch(() => Buffer.alloc(0))) ?? Buffer.alloc(0);
        list.push({
          url: request.url(),
          gzip: gzipSync(body, { level: 9 }).length,
          foundByScript: byScript.get(request.url()) ?? false,
        });
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await Promise.all(pending);
  loaded = true;
  // Islands that hydrate on load or idle; one that waits to be scrolled near stays as the server drew it.
  await expect(page.locator('astro-island[ssr]:not([client="visible"])')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return { first, after };
}

/** The limit lines a visit breaks, in words; empty when it is within its limits. */
export function requestProblems(kind: 'reading' | 'tool' | 'search' | 'engagement-page', v: Visit): string[] {
  const counted = (r: Loaded) =>
    !isFavicon(r.url) && !(kind === 'search' && new URL(r.url).pathname.startsWith('/pagefind/'));
  const first = v.first.filter(counted);
  const after = v.after.filter(counted);
  const names = (list: Loaded[]) => list.map((r) => new URL(r.url).pathname).join(', ');
  const out: string[] = [];
  if (kind === 'reading') {
    if (first.length > requestLimits.reading.first)
      out.push(`${first.length} requests at first visit (${names(first)}) > ${requestLimits.reading.first}`);
    if (after.length > requestLimits.reading.afterLoad)
      out.push(`${after.length} requests after load (${names(after)}) > ${requestLimits.reading.afterLoad}`);
  } else {
    if (kind === 'search' && first.length + after.length > requestLimits.search.total)
      out.push(
        `${first.length + after.length} requests in all (${names([...first, ...after])}) > ${requestLimits.search.total}`,
      );
    const foundByScripts = kind === 'tool' ? [...first, ...after].filter((r) => r.foundByScript) : [];
    if (foundByScripts.length > requestLimits.tool.foundByScripts)
      out.push(
        `${foundByScripts.length} requests found by scripts, not preloaded (${names(foundByScripts)}) > ${requestLimits.tool.foundByScripts}`,
      );
  }
  return out;
}

const kb = (n: number) => (n / 1024).toFixed(1);
const sum = (list: Loaded[]) => list.reduce((n, r) => n + r.gzip, 0);
const row = (type: string, v: Visit) => {
  const first = v.first.filter((r) => !isFavicon(r.url));
  const after = v.after.filter((r) => !isFavicon(r.url));
  return `${type.padEnd(11)} ${String(first.length).padStart(5)} ${kb(sum(first)).padStart(8)} ${String(after.length).padStart(6)} ${kb(sum(after)).padStart(8)}`;
};

const types = { ...pageTypes, 'proposal guide': proposalGuide };
const engagementPages = ['engagement', 'workspace', 'share', 'packet'];
const kindOf = (type: string) =>
  type === 'search'
    ? 'search'
    : engagementPages.includes(type)
      ? 'engagement-page'
      : (toolTypes as readonly string[]).includes(type)
        ? 'tool'
        : 'reading';

test('every page type loads within its request limits', async ({ browser }) => {
  test.setTimeout(120_000);
  const lines: string[] = [];
  const problems: string[] = [];
  for (const [type, url] of Object.entries(types)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const v = await visit(page, url);
    lines.push(row(type, v));
    problems.push(...requestProblems(kindOf(type), v).map((p) => `${type} ${url}: ${p}`));
    if (url === proposalGuide) {
      const html = v.first.find((r) => new URL(r.url).pathname === url)!;
      lines.push(
        `  first response of the proposal guide: ${html.gzip} B gzip (limit ${requestLimits.firstResponse} B)`,
      );
      if (html.gzip > requestLimits.firstResponse)
        problems.push(`proposal guide: first response ${kb(html.gzip)} KB > ${kb(requestLimits.firstResponse)} KB`);
    }
    await context.close();
  }
  console.log(
    `\nRequests per page type (favicon left out; KB gzip)\ntype        first       KB  after       KB\n${lines.join('\n')}\n`,
  );
  expect(problems).toEqual([]);
});

test.describe('the request gate turns red', () => {
  test('on a reading page with two more stylesheets', async ({ page }) => {
    const url = pageTypes.guide!;
    const html = await (await page.request.get(url)).text();
    const links = '<link rel="stylesheet" href="/fixture-a.css"><link rel="stylesheet" href="/fixture-b.css">';
    await page.route(`**${url}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: html.replace('</head>', `${links}</head>`) }),
    );
    await page.route('**/fixture-*.css', (route) =>
      route.fulfill({ contentType: 'text/css', body: 'p { margin: 0; }' }),
    );
    const v = await visit(page, url);
    expect(v.first.map((r) => new URL(r.url).pathname)).toEqual(
      expect.arrayContaining(['/fixture-a.css', '/fixture-b.css']),
    );
    expect(requestProblems('reading', v)).toEqual([expect.stringContaining('requests at first visit')]);
  });

  test('on a reading page that fetches after load', async ({ page }) => {
    await page.route('**/fixture-late.json', (route) => route.fulfill({ contentType: 'application/json', body: '{}' }));
    await page.addInitScript(() => addEventListener('load', () => void fetch('/fixture-late.json')));
    const v = await visit(page, pageTypes.guide!);
    expect(requestProblems('reading', v)).toContainEqual(
      expect.stringMatching(/^1 requests after load \(\/fixture-late\.json\)/),
    );
  });

  test('on a tool page with two requests found by scripts', () => {
    const v: Visit = {
      first: Array.from({ length: 5 }, (_, i) => ({ url: `http://x/${i}.js`, gzip: 1, foundByScript: false })),
      after: [
        { url: 'http://x/a.js', gzip: 1, foundByScript: true },
        { url: 'http://x/b.js', gzip: 1, foundByScript: true },
      ],
    };
    expect(requestProblems('tool', v)).toEqual([expect.stringContaining('2 requests found by scripts')]);
    expect(requestProblems('tool', { first: v.first, after: v.after.slice(1) })).toEqual([]);
  });

  test('on the search page with seven requests of its own, however many index files', () => {
    const own = Array.from({ length: 7 }, (_, i) => ({ url: `http://x/${i}.js`, gzip: 1, foundByScript: false }));
    const index = Array.from({ length: 9 }, (_, i) => ({
      url: `http://x/pagefind/${i}.pf`,
      gzip: 1,
      foundByScript: true,
    }));
    expect(requestProblems('search', { first: own, after: index })).toEqual([
      expect.stringContaining('7 requests in all'),
    ]);
    expect(requestProblems('search', { first: own.slice(1), after: index })).toEqual([]);
  });

  test('on a tool page whose island is found only when its loader runs', async ({ page }) => {
    const url = pageTypes.checklist!;
    const html = await (await page.request.get(url)).text();
    await page.route(`**${url}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: html.replace(/<link rel="modulepreload"[^>]*>/g, '') }),
    );
    const v = await visit(page, url);
    expect(requestProblems('tool', v)).toEqual([
      expect.stringMatching(/^\d requests found by scripts, not preloaded \(.*ChecklistIsland/),
    ]);
  });
});
