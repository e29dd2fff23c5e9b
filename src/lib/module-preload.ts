/**
 * Module preloads for the islands a page hydrates as soon as it loads. Astro names an island's
 * code in attributes that only its loader script reads, and the island's code names the shared
 * chunks it imports, so the browser found them one after another: HTML, then the island and the
 * renderer, then the chunks they import. With a `<link rel="modulepreload">` for each, known at
 * build time, the browser fetches them all while it reads the HTML (an island that hydrates when
 * the browser is idle still waits for that; only its download starts early). The same files, no
 * more: islands that wait to be scrolled to and islands kept in `<template>`s until a reader asks
 * for them get no preload, and code loaded later by `import()` stays late.
 */

/** The chunks of the islands that hydrate without waiting for the reader (on load, when idle, client-only): components and renderers, in page order. */
export function eagerIslandModules(html: string): string[] {
  if (!html.includes('<astro-island')) return []; // most pages: no copy of the page to make
  const outsideTemplates = html.replace(/<template\b[\s\S]*?<\/template>/g, '');
  const out: string[] = [];
  for (const [tag] of outsideTemplates.matchAll(/<astro-island\b[^>]*>/g)) {
    if (!/\sclient="(load|idle|only)"/.test(tag)) continue;
    for (const name of ['component-url', 'renderer-url']) {
      const url = new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
      if (url) out.push(url);
    }
  }
  return [...new Set(out)];
}

/**
 * Every module eager islands load before they can run: the islands' own chunks (`islands`, from
 * eagerIslandModules) and, transitively, what those import statically, entries first. `importsOf`
 * gives what a chunk imports statically, by URL, or `undefined` for one that was not built (which
 * is then left out).
 */
export function modulesToPreload(
  islands: readonly string[],
  importsOf: (url: string) => readonly string[] | undefined,
): string[] {
  const seen = new Set<string>();
  const queue = [...islands];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const imports = importsOf(url);
    if (imports === undefined) continue;
    seen.add(url);
    queue.push(...imports);
  }
  return [...seen];
}

/** The page with a module preload for each of `urls` at the end of its `<head>`; unchanged when there are none. */
export function withModulePreloads(html: string, urls: readonly string[]): string {
  if (urls.length === 0) return html;
  const links = urls.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}
