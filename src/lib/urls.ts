/**
 * Every URL the site makes for itself comes from here, so the whole site can be served under a
 * sub-path (`BASE_PATH=/handbook/ npm run build`). Each helper takes the base explicitly for
 * tests and otherwise uses the one the build was made with (`import.meta.env.BASE_URL`, which
 * Vite writes into server and browser code alike).
 *
 * - A page: `pageUrl('workspace')` → `/handbook/workspace/`; with a query, build on that
 *   (`engagementPath(pageUrl(id), engagementId)`).
 * - Any other file under the root: `sitePath('/favicon.svg')`.
 * - A served path back to a site path: `withoutBase(Astro.url.pathname)`.
 * - Content links stay written from the root; src/build/content-links.ts adds the base.
 * - The search scripts every page loads use `import.meta.env.BASE_URL` themselves, so they share
 *   no module with the tools (which would cost every page one more request).
 */

/** A base path with one leading and one trailing slash: `handbook` → `/handbook/`, `` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The path the built site is served under. */
export function siteBase(): string {
  return normalizeBase(import.meta.env.BASE_URL ?? '/');
}

/**
 * A root-relative site path (`/search/`, `/pagefind/pagefind.js`) as served under `base`.
 * Anything else (`#fragment`, `?query`, another origin, `//host`, a relative path) is returned as it is.
 */
export function sitePath(path: string, base = siteBase()): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${base}${path.slice(1)}` : path;
}

/** A served path with the base taken off (`/handbook/glossary/` → `/glossary/`); paths outside the base are returned as they are. */
export function withoutBase(path: string, base = siteBase()): string {
  return base !== '/' && path.startsWith(base) ? path.slice(base.length - 1) : path;
}

/** The URL a page id is served at: ids are paths, and every URL ends in a slash. */
export function pageUrl(id: string, base = siteBase()): string {
  return sitePath(id === 'index' ? '/' : `/${id}/`, base);
}

/** The page id a site path (without the base) belongs to, the inverse of `pageUrl(id, '/')`. */
export function pageIdFromPath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}
