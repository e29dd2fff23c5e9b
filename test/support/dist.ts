import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { root } from './content-files';

export const distDir = join(root, 'dist');

/** Every built HTML file under a dist folder, as paths relative to it. */
export function htmlFiles(dir = distDir): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run the build first`);
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => {
      const path = join(d, e.name);
      if (e.isDirectory()) return walk(path);
      return e.name.endsWith('.html') ? [relative(dir, path)] : [];
    });
  return walk(dir).sort();
}

/** The URL path a built file is served at: `a/b/index.html` → `/a/b/`. */
export function urlOf(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function readHtml(file: string, dir = distDir): HTMLElement {
  return parse(readFileSync(join(dir, file), 'utf8'));
}

/** The content pages' URLs from the sitemap, which is what search engines and axe see. */
export function sitemapUrls(dir = distDir): string[] {
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((map) =>
    [...readFileSync(join(dir, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
}

/**
 * The kind of a built page, as far as its layout goes. A content page is known by its role (the
 * search filter it carries), whether it has a side rail, and the islands it runs; a page without a
 * role (home, section hubs, search, print packets, share pages, the workspace, 404) by its islands
 * and the classes used inside its `<main>`. Two pages of one kind share their layout, so a gate that
 * sees one of them sees how the other is laid out.
 */
export function pageKindOf(html: string): string {
  const role = /data-pagefind-filter="role:([^"]*)"/.exec(html)?.[1];
  const islands = [...new Set([...html.matchAll(/component-url="[^"]*\/(\w+)\.[^"/]*"/g)].map((m) => m[1]))]
    .sort()
    .join('+');
  if (role) return `${role}${/<article class="[^"]*\bhas-rail\b/.test(html) ? ' with rail' : ''} | ${islands}`;
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const classes = [...new Set([...main.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)))];
  return `${islands} | ${classes.sort().join(' ')}`;
}

/** The built file a URL path is served from: `/` → `index.html`, `/a/` → `a/index.html`; a fragment is dropped. */
export function fileOf(url: string): string {
  const path = url.split('#')[0]!.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Every kind of page in the build (see pageKindOf), each with the URLs of its pages in file order. */
export function pageKinds(dir = distDir): Map<string, string[]> {
  const kinds = new Map<string, string[]>();
  for (const file of htmlFiles(dir)) {
    const kind = pageKindOf(readFileSync(join(dir, file), 'utf8'));
    kinds.set(kind, [...(kinds.get(kind) ?? []), urlOf(file)]);
  }
  return kinds;
}
