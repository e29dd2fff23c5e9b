/**
 * The build race against Starlight: the same synthetic pages (about 1,000 by default) built as
 * this site and as a plain Starlight site, clean builds interleaved (us, Starlight, us, ...) so
 * that load on the machine falls on both alike, then the medians and their ratio.
 *
 * Starlight is not a dependency of this project: it is installed into the temp folder when the
 * benchmark runs, pinned to the Astro version this project uses, and built with the same Node.
 * BENCH_RUNS sets the number of runs per side (3); BENCH_STARLIGHT=0 leaves this file out;
 * BENCH_STARLIGHT_FORMAT=md gives Starlight plain Markdown files instead of MDX; BENCH_KEEP=1 keeps
 * both folders (their paths are printed) for profiling a build by hand.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { root, splitFrontmatter } from '../support/content-files';
import { build, copyProject } from '../support/fixture-build';
import { htmlFiles } from '../support/dist';
import { grow, median } from './synthetic-site';

const STARLIGHT = '@astrojs/starlight@0.42';
const pageCount = Math.max(...(process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number));
const runs = Number(process.env.BENCH_RUNS ?? 3);
/**
 * The file type of Starlight's pages: MDX by default, like ours, so the race compares the
 * frameworks on the same input. `md` shows what plain Markdown costs (Astro renders it while
 * syncing content, with no module per page to bundle).
 */
const format = process.env.BENCH_STARLIGHT_FORMAT === 'md' ? 'md' : 'mdx';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const ruleStatements = new Map(
  (JSON.parse(readFileSync(join(root, 'content/rules.json'), 'utf8')) as { id: string; statement: string }[]).map(
    (r) => [r.id, r.statement],
  ),
);

/**
 * A page body without our components: MDX imports and component lines (`<StageDetails />`)
 * dropped, a rule cited inside a sentence (`<Rule id="…" />`) replaced by its statement, the
 * prose and its links kept. What is left is both valid MDX and plain Markdown.
 */
function withoutComponents(body: string): string {
  return body
    .split('\n')
    .filter((line) => !/^\s*(import|export)\s/.test(line) && !/^\s*<\/?[A-Z][\w.]*[\s/>]/.test(line))
    .map((line) => line.replace(/<Rule id="([^"]+)" \/>/g, (_, id: string) => ruleStatements.get(id) ?? id))
    .join('\n');
}

/**
 * Writes a Starlight site into `dir` with one docs entry per page of our grown copy (title,
 * description, the body without our components). Starlight keeps its defaults (Pagefind search
 * on, no extra integrations, sitemap because `site` is set, as ours has), except the sidebar: by
 * default it lists every page on every page, which our navigation never does, so it lists the
 * real pages only, grouped by folder.
 */
function writeStarlightSite(dir: string, ours: string): number {
  const pagesDir = join(ours, 'content/pages');
  const docs = join(dir, 'src/content/docs');
  const groups = new Map<string, string[]>();
  let count = 0;
  for (const file of walk(pagesDir).filter((f) => f.endsWith('.mdx'))) {
    const id = relative(pagesDir, file).replace(/\.mdx$/, '');
    const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    const data = frontmatter as { title: string; description: string };
    const target = join(docs, `${id}.${format}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(
      target,
      `---\n${stringify({ title: data.title, description: data.description })}---\n${withoutComponents(body)}`,
    );
    count++;
    if (id.includes('/') && !id.includes('-copy-')) {
      const folder = id.split('/')[0]!;
      groups.set(folder, [...(groups.get(folder) ?? []), id]);
    }
  }
  const sidebar = [...groups].map(([label, slugs]) => ({ label, items: slugs.sort() }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://bench.example',
  integrations: [starlight({ title: 'Bench', sidebar: ${JSON.stringify(sidebar)} })],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return count;
}

/** Installs Starlight and this project's Astro version into `dir`; returns the seconds taken. */
function installStarlight(dir: string): number {
  const astroVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
  ).version;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module' }));
  const started = performance.now();
  const run = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', STARLIGHT, `astro@${astroVersion}`],
    {
      cwd: dir,
      encoding: 'utf8',
      env: process.env, // the registry may need the machine's proxy and certificate settings
      timeout: 600_000,
    },
  );
  expect(run.status, `npm install failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
  return (performance.now() - started) / 1000;
}

/** Removes what a previous build left (output and every cache), so the next build is clean. */
function clean(dir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(dir, path), { recursive: true, force: true });
}

it(`builds ${pageCount} pages as this site and as Starlight, interleaved, and prints the ratio`, () => {
  const ours = copyProject(`handbook-race-ours-`);
  const theirs = mkdtempSync(join(tmpdir(), 'handbook-race-starlight-'));
  try {
    const pages = grow(ours, pageCount);
    const starlightPages = writeStarlightSite(theirs, ours);
    expect(starlightPages).toBe(pages);
    const installSeconds = installStarlight(theirs);
    const starlightCli = join(theirs, 'node_modules/astro/bin/astro.mjs');

    const times = { ours: [] as number[], starlight: [] as number[] };
    const cpu = { ours: [] as number[], starlight: [] as number[] };
    const load: number[] = []; // the machine's one-minute load average as each pair starts
    const htmlCount = { ours: 0, starlight: 0 };
    for (let i = 0; i < runs; i++) {
      load.push(loadavg()[0]!);
      for (const [side, dir, cli] of [
        ['ours', ours, undefined],
        ['starlight', theirs, starlightCli],
      ] as const) {
        clean(dir);
        const result = build(dir, cli);
        expect(result.status, `${side} build failed:\n${result.output.slice(-3000)}`).toBe(0);
        times[side].push(result.seconds);
        if (result.cpuSeconds !== undefined) cpu[side].push(result.cpuSeconds);
        htmlCount[side] = htmlFiles(join(dir, 'dist')).length;
      }
    }

    const [us, them] = [median(times.ours), median(times.starlight)];
    // Each run's pair shared the machine's load of the moment, so their ratio is steadier than
    // the ratio of medians when the load drifts; both are printed.
    const pairRatio = median(times.ours.map((t, i) => t / times.starlight[i]!));
    const s = (n: number) => `${n.toFixed(1)} s`;
    console.log(
      [
        '',
        `Clean build against Starlight (${STARLIGHT}, installed in ${s(installSeconds)}; its pages as .${format}), ${runs} interleaved runs`,
        'content pages  HTML files (us / Starlight)  our median  Starlight median  ratio (us ÷ Starlight; goal ≤ 1.0)',
        `${String(pages).padEnd(13)}  ${`${htmlCount.ours} / ${htmlCount.starlight}`.padStart(27)}  ${s(us).padStart(10)}  ${s(them).padStart(16)}  ${(us / them).toFixed(2).padStart(5)}`,
        `median of the runs' own ratios: ${pairRatio.toFixed(2)}`,
        ...times.ours.map(
          (t, i) =>
            `run ${i + 1}: us ${s(t)}, Starlight ${s(times.starlight[i]!)}, ratio ${(t / times.starlight[i]!).toFixed(2)} (load ${load[i]!.toFixed(1)})`,
        ),
        // Processor time does not grow with the machine's load as the clock does.
        ...(cpu.ours.length === runs && cpu.starlight.length === runs
          ? [
              `processor time (user + system), median: us ${s(median(cpu.ours))}, Starlight ${s(median(cpu.starlight))}, ratio ${(median(cpu.ours) / median(cpu.starlight)).toFixed(2)}`,
            ]
          : []),
        '',
      ].join('\n'),
    );
    // Both sites built every page (Starlight adds its 404; we add index and tool pages), and
    // both built their search index.
    expect(htmlCount.starlight).toBeGreaterThanOrEqual(pages);
    expect(htmlCount.ours).toBeGreaterThanOrEqual(pages);
    expect(existsSync(join(theirs, 'dist/pagefind')) && existsSync(join(ours, 'dist/pagefind'))).toBe(true);
  } finally {
    if (process.env.BENCH_KEEP === '1') console.log(`Kept: ${ours} ${theirs}`);
    else for (const dir of [ours, theirs]) rmSync(dir, { recursive: true, force: true });
  }
});
