/**
 * The build's patches to dependencies' code (source-patch.ts), each with the upstream issue it
 * works around and when to delete it. A patch whose text is gone fails the build, and so does a
 * patch whose module the build never loaded, so neither outlives its reason unnoticed.
 */
import type { SourcePatch } from './source-patch';

/**
 * Astro writes a `<style>` element (`display: contents` for its island elements) in front of a
 * page's first island, inside the body, where HTML allows none. The rule is in global.css
 * instead, so the renderer's copy is taken out where Astro's runtime writes it.
 *
 * Upstream: https://github.com/withastro/astro/issues/13832 (and
 * https://github.com/withastro/astro/issues/10308), both open.
 * Delete when Astro writes the island styles into the head of a static build: the built pages
 * then pass the HTML gate (test/dist/gates.test.ts) without this patch.
 */
export const islandStylesPatch: SourcePatch = {
  name: 'handbook:island-styles-in-stylesheet',
  module: 'astro/dist/runtime/server/scripts.js',
  find: '<style>${ISLAND_STYLES}</style>',
  replace: '',
};

/**
 * The Preact renderer loads @preact/signals with a dynamic import when an island receives signal
 * props. No island here does, and that import alone pulls Vite's preload helper (about 0.9 KB
 * gzip) into every island's first-paint JavaScript, so the import is replaced by a rejection.
 *
 * Upstream: no issue about this import was found; the helper it brings is the one
 * https://github.com/withastro/astro/issues/11517 asks about (closed as intended).
 * Delete when @astrojs/preact's client no longer imports @preact/signals for islands without
 * signal props (the patch then fails the build, its text gone), or when a build without it keeps
 * the islands' first-paint bytes (test/dist/tools.test.ts prints them) where they are.
 */
export const preactSignalsPatch: SourcePatch = {
  name: 'handbook:without-preact-signals',
  module: '@astrojs/preact/dist/client.js',
  find: 'await import("@preact/signals")',
  replace: 'await Promise.reject(new Error("Preact signals are not used on this site"))',
};

export const sourcePatches: readonly SourcePatch[] = [islandStylesPatch, preactSignalsPatch];
