/**
 * The scale benchmark: synthetic copies of the site at about 100 and 1,000 pages, made from the
 * real pages' shapes in a temp folder, built and measured. It asserts that a page's HTML does
 * not grow with the page count: no navigation may list every page on every page.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { build, buildEnvironment, copyProject } from '../support/fixture-build';
import { htmlFiles } from '../support/dist';
import { measurePage, overBudget, type PageWeight } from '../gates/budgets';
import { chromium } from '@playwright/test';
import { root } from '../support/content-files';
import { browserPath } from '../support/browser';
import { grow, median } from './synthetic-site';

/** Page counts to build: the real site as it is, then the synthetic sizes. */
const sizes = [0, ...(process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number)];
const queries = [
  'billing trigger',
  'approval owner',
  'handoff',
  'kickoff',
  'invoice',
  'closeout',
  'milestone',
  'scope',
  'client silent',
  'late inputs',
  'change request',
  'system of record',
  'go/no-go',
  'testimonial',
  'proposal',
  'onboarding checklist',
  'next action',
  'dependency',
  'acceptance',
  'reminder',
];

/**
 * Median milliseconds from the last keystroke of a query to its rendered results, over the
 * query list, in Chromium against `astro preview` of the built copy.
 */
async function searchLatency(dir: string, port: number): Promise<number> {
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: dir,
      stdio: 'ignore',
      env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/search/`).catch(() => undefined))?.status, {
        timeout: 30_000,
      })
      .toBe(200);
    await page.goto(`http://127.0.0.1:${port}/search/`);
    const field = page.getByRole('searchbox', { name: 'Search the handbook' });
    const timings: number[] = [];
    for (const query of [queries[0]!, ...queries]) {
      await field.fill(query.slice(0, -1));
      await page.evaluate(() => ((window as unknown as { t0: number }).t0 = performance.now()));
      await page.keyboard.type(query.slice(-1));
      await page.waitForFunction(
        (q) => document.querySelector<HTMLElement>('.search-results')?.dataset['query'] === q,
        query,
      );
      timings.push(
        await page.evaluate(
          () =>
            Number(document.querySelector<HTMLElement>('.search-results')!.dataset['renderedAt']) -
            (window as unknown as { t0: number }).t0,
        ),
      );
    }
    return median(timings.slice(1)); // the first query warms up Pagefind and is not counted
  } finally {
    await browser.close();
    server.kill();
  }
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
    const path = join(dir, e.name);
    return n + (e.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

async function searchIndexBytes(dist: string): Promise<number> {
  if (existsSync(join(dist, 'pagefind'))) return folderBytes(join(dist, 'pagefind'));
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: dist });
  const { files } = await index!.getFiles();
  await pagefind.close();
  return files.reduce((n, f) => n + f.content.length, 0);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

it('builds the site at scale and keeps per-page HTML flat', async () => {
  const rows: {
    pages: number;
    perHundred: number;
    htmlMedian: number;
    index: number;
    searchMs: number;
    weights: PageWeight[];
  }[] = [];
  for (const target of sizes) {
    const dir = copyProject(`handbook-bench-${target}-`);
    try {
      const pages = grow(dir, target);
      const result = build(dir);
      expect(result.status, result.output.slice(-2000)).toBe(0);
      const dist = join(dir, 'dist');
      const files = htmlFiles(dist).filter(
        (f) => f.split('/').length > 2 || f === 'index.html' || f.startsWith('problem'),
      );
      const weights = files.map((f) => measurePage(dist, f));
      rows.push({
        pages,
        perHundred: (result.seconds / pages) * 100,
        htmlMedian: median(weights.map((w) => w.html)),
        index: await searchIndexBytes(dist),
        searchMs: await searchLatency(dir, 4390 + rows.length),
        weights,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const lines = [
    'pages  build s/100 pages  median HTML/page (gz)  search index  search ms (median of 20)  heaviest reading page  heaviest tool page',
  ];
  for (const r of rows) {
    const heaviest = (kind: string) => {
      const w = r.weights.filter((x) => x.kind === kind).sort((a, b) => b.total - a.total)[0];
      return w ? `${kb(w.total)} ${w.url}` : '—';
    };
    lines.push(
      `${String(r.pages).padEnd(6)} ${r.perHundred.toFixed(2).padStart(17)}  ${kb(r.htmlMedian).padStart(20)}  ${kb(r.index).padStart(12)}  ${r.searchMs.toFixed(1).padStart(24)}  ${heaviest('reading')}  ${heaviest('tool')}`,
    );
  }
  console.log(`\nScale benchmark\n${lines.join('\n')}\n`);

  // Every page stays within its budget at every size.
  expect(
    rows.flatMap((r) => r.weights.flatMap((w) => overBudget(w).map((o) => `${r.pages} pages ${w.url}: ${o}`))),
  ).toEqual([]);
  // A page's HTML may vary with its content, but not with how many other pages exist.
  const [small, large] = [rows[1] ?? rows[0]!, rows[rows.length - 1]!];
  expect(large.htmlMedian).toBeLessThan(small.htmlMedian * 1.1);
});
