/**
 * Writes the service worker (`/sw.js`) after every build, once the search index is written:
 * bundles src/service-worker/sw.ts (while the index is built) and lets Workbox insert the
 * precache list (every page, every hashed asset, the search files). Fails the build when a group
 * the site needs offline is missing, so a change in the build's layout cannot quietly ship a
 * worker that keeps nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
// The one function used, without the rest of workbox-build (a quarter second of loading on every build).
// A static import: the config's module runner is closed by the time a build:done hook could import it.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { normalizeBase, sitePath } from '../lib/urls';
import {
  contentAddressed,
  precacheFile,
  precacheGaps,
  renderedPagePath,
  searchLanguagesOf,
  type PrecacheFile,
} from '../lib/offline/precache';
import { contentRevision, renderedPages } from './rendered-pages';

const source = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

export interface WrittenWorker {
  /** Files precached. */
  count: number;
  /** Files read and hashed for their revision (the render gave the pages' revisions). */
  hashed: number;
}

/** The files under `dir` the worker precaches, by built path; throws when the site could not work offline. */
export function precacheList(dir: string): Map<string, PrecacheFile> {
  const entryFile = join(dir, 'pagefind', 'pagefind-entry.json');
  const languages = existsSync(entryFile) ? searchLanguagesOf(readFileSync(entryFile, 'utf8')) : [];
  const files = new Map<string, PrecacheFile>();
  for (const found of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!found.isFile()) continue;
    const file = relative(dir, join(found.parentPath, found.name)).split(sep).join('/');
    const entry = precacheFile(file, languages);
    if (entry) files.set(file, entry);
  }
  const gaps = precacheGaps([...files.values()]);
  if (gaps.length > 0) throw new Error(`Service worker: nothing to keep offline in ${dir} (${gaps.join(', ')})`);
  return files;
}

/** Bundles src/service-worker/sw.ts on its own (no project config) into a new temp folder; returns the folder. */
export async function bundleWorker(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'handbook-sw-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: work,
      emptyOutDir: true,
      copyPublicDir: false,
      lib: { entry: source, formats: ['iife'], name: 'handbookServiceWorker', fileName: () => 'sw.js' },
    },
  });
  return work;
}

/**
 * Writes `dir`/sw.js from the bundled worker with the precache list of `dir`. `base` is the
 * site's base path (`/`, or `/handbook/` under a sub-path): every URL the worker keeps starts
 * with it. `bundled` is a folder from bundleWorker() (made here when not given); it is removed.
 * `pageRevisions` are the revisions the render recorded (rendered-pages.ts), by page path; any
 * page without one, and every other file whose name does not carry its hash, is read and hashed.
 */
export async function writeServiceWorker(
  dir: string,
  base = '/',
  bundled?: Promise<string>,
  pageRevisions: ReadonlyMap<string, string> = new Map(),
): Promise<WrittenWorker> {
  const work = bundled ?? bundleWorker();
  try {
    const files = precacheList(dir);
    let hashed = 0;
    const revisionOf = (file: string, { group }: PrecacheFile): string | null => {
      if (contentAddressed(file)) return null; // its URL changes whenever its content does
      const recorded = group === 'page' ? pageRevisions.get(renderedPagePath(file)) : undefined;
      if (recorded) return recorded;
      hashed += 1;
      return contentRevision(readFileSync(join(dir, file)));
    };
    const entries = [...files].map(([file, entry]) => ({
      url: sitePath(entry.url, base),
      revision: revisionOf(file, entry),
    }));
    // The list is made here, so Workbox neither walks the folder nor reads a file again: it writes
    // the list into the worker.
    const { count, warnings } = await injectManifest({
      swSrc: join(await work, 'sw.js'),
      swDest: join(dir, 'sw.js'),
      globDirectory: dir,
      globPatterns: [],
      additionalManifestEntries: entries,
    });
    if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
    if (count !== files.size) throw new Error(`Service worker: ${count} files precached, expected ${files.size}`);
    return { count, hashed };
  } finally {
    const folder = await work.catch(() => undefined);
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

export default function serviceWorker(): AstroIntegration {
  let base = '/';
  let bundled: Promise<string> | undefined;
  return {
    name: 'handbook:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      // The worker's code does not depend on the pages: bundling it starts as soon as they are
      // written, and runs while the search index is built (Pagefind works in its own process).
      'astro:build:generated': () => {
        bundled = bundleWorker();
        bundled.catch(() => undefined); // reported when awaited below
      },
      'astro:build:done': async ({ dir, logger }) => {
        const revisions = renderedPages()?.revisions;
        const { count, hashed } = await writeServiceWorker(fileURLToPath(dir), base, bundled, revisions);
        logger.info(`sw.js precaches ${count} files (${hashed} read for their revision)`);
      },
    },
  };
}
