/**
 * Every page leaves the render finished (src/lib/finished-page.ts), before Astro writes it:
 *  - a module preload for each script the page's eager islands need, so the browser fetches
 *    them while it reads the HTML instead of one after another;
 *  - the content security policy cut to the hashes of the page's own inline scripts and styles.
 * A middleware does it (finished-pages-middleware.ts) and fails the build on a page without a
 * policy. Once the pages are written, the check below fails the build when no page got a
 * preload: the render, or the markup it reads, would then have changed under it.
 */
const name = 'handbook:finished-pages';
const policy = '<meta http-equiv="content-security-policy"';
const preload = '<link rel="modulepreload"';

/**
 * Checks the written pages (HTML by file); throws when there are none, when a page has no policy
 * or when no page has a preload, else says what the render did.
 */
export function checkFinishedPages(pages: ReadonlyMap<string, string>): string {
  if (pages.size === 0) throw new Error(`${name}: no page was written`);
  let preloaded = 0;
  const withoutPolicy: string[] = [];
  for (const [file, html] of pages) {
    if (!html.includes(policy)) withoutPolicy.push(file);
    if (html.includes(preload)) preloaded += 1;
  }
  if (withoutPolicy.length > 0)
    throw new Error(`${name}: no content security policy <meta> on ${withoutPolicy.join(', ')}`);
  if (preloaded === 0) throw new Error(`${name}: no page has an island to preload`);
  return `${pages.size} pages finished while rendering: policies cut to their own hashes; module preloads on the ${preloaded} pages with a tool`;
}
