/**
 * The link gate over built HTML: every internal link resolves to a built page, every
 * `#fragment` to an element id on that page, and every link that opens a new tab says noopener.
 * Stylesheets, scripts, images and island modules must exist too. For a site built under a
 * sub-path, `base` is that path: every internal URL must start with it and resolve below it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles, readHtml, urlOf } from '../support/dist';
import { escapeRegExp } from '../../src/lib/regexp';

export interface LinkProblem {
  page: string;
  href: string;
  reason: string;
}

/** Attributes that load a file the page needs, on any element. */
const assetAttributes = ['src', 'component-url', 'renderer-url', 'before-hydration-url'];

export function checkLinks(dir: string, base = '/'): LinkProblem[] {
  const files = htmlFiles(dir);
  const served = (url: string) => `${base}${url.slice(1)}`;
  const idsByUrl = new Map<string, Set<string>>();
  const docs = files.map((file) => {
    const doc = readHtml(file, dir);
    idsByUrl.set(urlOf(file), new Set(doc.querySelectorAll('[id]').map((el) => el.id)));
    return { url: served(urlOf(file)), doc };
  });
  const problems: LinkProblem[] = [];
  /** The path below the base that `href` points at from `url`, or a problem if it leaves the base. */
  const inSite = (url: string, href: string): URL | undefined => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return undefined; // another origin or scheme
    const target = new URL(href, `http://site${url}`);
    if (!target.pathname.startsWith(base)) {
      problems.push({ page: url, href, reason: `outside the base path ${base}` });
      return undefined;
    }
    target.pathname = `/${target.pathname.slice(base.length)}`;
    return target;
  };
  for (const { url, doc } of docs) {
    for (const a of doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (a.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(a.getAttribute('rel') ?? '')) {
        problems.push({ page: url, href, reason: 'opens a new tab without rel="noopener"' });
      }
      const target = inSite(url, href);
      if (!target) continue;
      const path = decodeURIComponent(target.pathname);
      const ids = idsByUrl.get(path);
      if (!ids) {
        const asset = join(dir, path);
        if (!existsSync(asset) || path.endsWith('/')) problems.push({ page: url, href, reason: `no page at ${path}` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !ids.has(fragment))
        problems.push({ page: url, href, reason: `no element with id "${fragment}"` });
    }
    const assets = [
      ...doc.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
      ...assetAttributes.flatMap((name) => doc.querySelectorAll(`[${name}]`).map((el) => el.getAttribute(name)!)),
    ];
    for (const href of assets) {
      const target = inSite(url, href);
      const path = target && decodeURIComponent(target.pathname);
      const found = path && (path.endsWith('/') ? idsByUrl.has(path) : existsSync(join(dir, path)));
      if (path && !found) problems.push({ page: url, href, reason: `no file at ${path}` });
    }
  }
  return problems;
}

/**
 * Root paths that escaped the URL helper in a site built under `base`: a quoted (or `url(…)`)
 * path to one of the build's top-level names without the base, in any page, script, style
 * sheet, sitemap or robots.txt. Pagefind's own bundle is left out: its defaults yield to the
 * place it is served from.
 */
export function rootPathsOutsideBase(dir: string, base: string): string[] {
  if (base === '/') return [];
  const names = readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .map((n) => escapeRegExp(n.replace(/\.[^.]*$/, '')));
  const escaped = new RegExp(`(?:["'\`(=]|&quot;|&#34;)/(?:${names.join('|')})(?=[/."'\`?#)]|&quot;|&#34;)`, 'g');
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)],
    );
  return walk(dir)
    .map((path) => relative(dir, path))
    .filter((file) => /\.(html|js|css|xml|txt)$/.test(file) && !file.startsWith('pagefind/'))
    .flatMap((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return [...text.matchAll(escaped)].map((m) => `${file}: ${text.slice(m.index, m.index + 60)}`);
    });
}
