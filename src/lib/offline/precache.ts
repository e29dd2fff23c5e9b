/**
 * What the service worker keeps for offline use, decided from the built files alone: every
 * page, every hashed asset (lazily imported chunks included) and the search files the search
 * code loads. Pure, so the build step and the tests share one rule.
 */

export type PrecacheGroup = 'page' | 'asset' | 'search';

export interface PrecacheFile {
  /** The URL the browser asks for: a page by its address (`/tools/checklist/`), a file by its path. */
  url: string;
  group: PrecacheGroup;
}

/** Built files whose names carry their content hash: they never change under the same URL. */
// Anywhere in the path: under a sub-path deploy the assets live at <base>_astro/.
export const hashedAssetPattern = /\/_astro\//;

/** Search index files that Pagefind names by their content (`fragment/en_3c6e988.pf_fragment`). */
const hashedSearchFile = /^pagefind\/(?:[^/]+\/)?[^/]*_[0-9a-f]+\.pf_[a-z]+$/;

/**
 * Whether a built file's name changes whenever its content does (hashed assets, Pagefind's index
 * files): its URL is then its revision, and its content need not be read to know it changed.
 */
export function contentAddressed(file: string): boolean {
  return file.startsWith('_astro/') || hashedSearchFile.test(file);
}

/** Search files that the site's own search never loads (Pagefind's ready-made interfaces). */
const unusedSearchFile = /^pagefind\/pagefind-(?:component-|modular-)?ui\.(?:js|css)$/;

/** The page address a built HTML file answers: `a/b/index.html` is `/a/b/`, `404.html` stays itself. */
export function pageUrlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * The precache entry for one built file (a path relative to the build folder, `/`-separated), or
 * null when it is not kept. `searchLanguages` are the WebAssembly languages the search index uses
 * (`wasm.<language>.pagefind`); the other language cores are never loaded.
 */
export function precacheFile(file: string, searchLanguages: readonly string[]): PrecacheFile | null {
  if (file.startsWith('_astro/')) return { url: `/${file}`, group: 'asset' };
  if (file.startsWith('pagefind/')) {
    if (unusedSearchFile.test(file)) return null;
    const wasm = /^pagefind\/wasm\.([\w-]+)\.pagefind$/.exec(file);
    if (wasm && !searchLanguages.includes(wasm[1]!)) return null;
    return { url: `/${file}`, group: 'search' };
  }
  if (file.endsWith('.html')) return { url: pageUrlOfFile(file), group: 'page' };
  if (file === 'favicon.svg') return { url: '/favicon.svg', group: 'asset' };
  return null;
}

/** The WebAssembly languages named by Pagefind's entry file (`pagefind-entry.json`). */
export function searchLanguagesOf(entryJson: string): string[] {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { wasm?: string }> };
  return Object.values(entry.languages ?? {}).flatMap((l) => (l.wasm ? [l.wasm] : []));
}

/** Why a precache list cannot make the site work offline; empty when every group is there. */
export function precacheGaps(files: readonly PrecacheFile[]): string[] {
  const missing: Record<PrecacheGroup, string> = {
    page: 'no HTML pages',
    asset: 'no hashed assets under /_astro/',
    search: 'no search index under /pagefind/',
  };
  const groups = new Set(files.map((f) => f.group));
  return (Object.keys(missing) as PrecacheGroup[]).filter((g) => !groups.has(g)).map((g) => missing[g]);
}
