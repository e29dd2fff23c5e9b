/**
 * The site's own build steps, as one Astro integration, in the order they run:
 *
 * While bundling
 *  1. content links get the base path as the Markdown is compiled (content-links.ts);
 *  2. the print styles get the site's origin (site-origin.ts);
 *  3. the tools' scripts are grouped into a few chunks (tool-chunks.ts), the pages' content into a
 *     few files of the rendering bundle (content-chunks.ts), and shared constants are written in
 *     where they are used;
 *  4. the patches to dependencies apply (patches.ts);
 *  5. the client build writes its chunks' import graph (client-graph.ts).
 * While rendering
 *  6. each page is finished before it is written: module preloads from that graph, its policy
 *     cut to its own hashes (finished-pages-middleware.ts).
 * Once the pages are written (the worker's code is bundled meanwhile, it depends on no page)
 *  7. every patch must have applied, and the pages must be finished (finished-pages.ts): the pages
 *     are read once, here, for this check and for the service worker's revisions;
 *  8. the search index is written (pagefind.ts);
 *  9. the service worker is written, precaching the pages, the assets and the search index
 *     (service-worker.ts), so it comes after 8.
 *
 * Only Astro's and Vite's public hooks are used. Integrations listed before this one in
 * astro.config.mjs (the sitemap) finish their own build steps first.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Rolldown } from 'vite';
import { normalizeBase } from '../lib/urls';
import { clientGraphModule, clientGraphPlugin } from './client-graph';
import { addContentLinksPlugin, type Processor } from './content-links';
import { checkFinishedPages } from './finished-pages';
import { writeSearchIndex } from './pagefind';
import { sourcePatches } from './patches';
import { bundleWorker, writeServiceWorker } from './service-worker';
import { siteOriginStyles } from './site-origin';
import { patchPlugin } from './source-patch';
import { toolChunks } from './tool-chunks';
import { contentChunks } from './content-chunks';

const contentDir = fileURLToPath(new URL('../../content/pages/', import.meta.url));

export interface HandbookOptions {
  /** The public origin the site is deployed at (canonical URLs, printed links). */
  site: string;
}

/** The HTML pages written under `dir`, by path relative to it (`/`-separated). */
function writtenPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const found of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!found.isFile() || !found.name.endsWith('.html')) continue;
    const path = join(found.parentPath, found.name);
    pages.set(relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  }
  return pages;
}

/** Astro marks MDX modules with a directive the bundler cannot keep; the warning is noise. */
const withoutMdxDirectiveNoise: NonNullable<Rolldown.InputOptions['onLog']> = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
};

export default function handbook({ site }: HandbookOptions): AstroIntegration {
  const patches = sourcePatches.map(patchPlugin);
  let graphFile: string | null = null;
  let worker: Promise<string> | undefined;
  let base = '/';
  return {
    name: 'handbook',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware, updateConfig }) => {
        base = normalizeBase(config.base);
        addContentLinksPlugin(config.markdown.processor as Processor, base);
        // A file of this build's own (parallel builds of copies of the site each have theirs).
        if (command === 'build') graphFile = join(tmpdir(), `handbook-client-graph-${randomUUID()}.json`);
        updateConfig({
          vite: {
            plugins: [
              siteOriginStyles(site),
              ...patches.map((p) => p.plugin),
              clientGraphModule(graphFile),
              ...(graphFile ? [clientGraphPlugin(graphFile, base)] : []),
            ],
            environments: {
              client: { build: { rolldownOptions: { output: { codeSplitting: { groups: toolChunks } } } } },
              prerender: {
                build: { rolldownOptions: { output: { codeSplitting: { groups: contentChunks(contentDir) } } } },
              },
            },
            build: {
              rolldownOptions: {
                // Shared constants are written in where they are used: the search launcher then
                // imports nothing and rides inline in every page.
                optimization: { inlineConst: { mode: 'all' } },
                onLog: withoutMdxDirectiveNoise,
              },
            },
          },
        });
        addMiddleware({ entrypoint: new URL('./finished-pages-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:generated': () => {
        worker = bundleWorker();
        worker.catch(() => undefined); // reported when awaited below
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (graphFile) rmSync(graphFile, { force: true });
        const out = fileURLToPath(dir);
        for (const patch of patches) patch.assertApplied();
        const pages = writtenPages(out); // read once, for the check and the worker's revisions
        logger.info(checkFinishedPages(pages));
        logger.info(await writeSearchIndex(out));
        const { count, hashed } = await writeServiceWorker(out, base, worker, pages);
        logger.info(`sw.js precaches ${count} files (${hashed} read for their revision)`);
      },
    },
  };
}
