/**
 * The link gate over built HTML: every internal link resolves to a built page, every
 * `#fragment` to an element id on that page, and every link that opens a new tab says noopener.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, readHtml, urlOf } from '../support/dist';

export interface LinkProblem {
  page: string;
  href: string;
  reason: string;
}

export function checkLinks(dir: string): LinkProblem[] {
  const files = htmlFiles(dir);
  const idsByUrl = new Map<string, Set<string>>();
  const docs = files.map((file) => {
    const doc = readHtml(file, dir);
    idsByUrl.set(urlOf(file), new Set(doc.querySelectorAll('[id]').map((el) => el.id)));
    return { url: urlOf(file), doc };
  });
  const problems: LinkProblem[] = [];
  for (const { url, doc } of docs) {
    for (const a of doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (a.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(a.getAttribute('rel') ?? '')) {
        problems.push({ page: url, href, reason: 'opens a new tab without rel="noopener"' });
      }
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // another origin or scheme
      const target = new URL(href, `http://site${url}`);
      const path = decodeURIComponent(target.pathname);
      const ids = idsByUrl.get(path);
      if (!ids) {
        const asset = join(dir, path);
        if (!existsSync(asset) || path.endsWith('/')) problems.push({ page: url, href, reason: `no page at ${path}` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !ids.has(fragment)) problems.push({ page: url, href, reason: `no element with id "${fragment}"` });
    }
  }
  return problems;
}
