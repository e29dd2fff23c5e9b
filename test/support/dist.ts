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
