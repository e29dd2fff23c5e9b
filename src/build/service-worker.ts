/**
 * Writes the service worker (`/sw.js`) after every build, once the search index is written
 * (handbook.ts): bundles src/service-worker/sw.ts (while the index is built) and lets Workbox
 * insert the precache list (every page, every hashed asset, the search files), each file with the
 * MD5 of its written bytes as its revision unless its name carries its hash. Fails the build when
 * a group the site needs offline is missing, so a change in the build's layout cannot quietly
 * ship a worker that keeps nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
// The one function used, without the rest of workbox-build (a quarter second of loading on every build).
// A static import: the config's module runner is closed by the time a build:done hook could import it.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { sitePath } from '../lib/urls';
import {
  contentAddressed,
  precacheFile,
  precacheGaps,
  searchLanguagesOf,
  type PrecacheFile,
} from '../lib/offline/precache';

const source = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

export interface WrittenWorker {
  /** Files precached. */
  count: number;
  /** Files read and hashed for their revision (the others' names carry their hash). */
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

/** The precache revision of a file's content: its MD5, as Workbox writes revisions. */
export const contentRevision = (content: string | Uint8Array): string =>
  createHash('md5').update(content).digest('hex');

/**
 * Writes `dir`/sw.js from the bundled worker with the precache list of `dir`. `base` is the
 * site's base path (`/`, or `/handbook/` under a sub-path): every URL the worker keeps starts
 * with it. `bundled` is a folder from bundleWorker() (made here when not given); it is removed.
 * `read` holds files already read (the pages, by path under `dir`), which are not read again.
 */
export async function writeServiceWorker(
  dir: string,
  base = '/',
  bundled?: Promise<string>,
  read: ReadonlyMap<string, string> = new Map(),
): Promise<WrittenWorker> {
  const work = bundled ?? bundleWorker();
  try {
    const files = precacheList(dir);
    let hashed = 0;
    const revisionOf = (file: string): string | null => {
      if (contentAddressed(file)) return null; // its URL changes whenever its content does
      hashed += 1;
      return contentRevision(read.get(file) ?? readFileSync(join(dir, file)));
    };
    const entries = [...files].map(([file, entry]) => ({ url: sitePath(entry.url, base), revision: revisionOf(file) }));
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
