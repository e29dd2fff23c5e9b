/**
 * The site built under a sub-path (`BASE_PATH=/handbook/`), as a project site or a reverse proxy
 * serves it: one extra build, checked by the same link gate with the prefix, and searched for any
 * root path that escaped the URL helper.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, rootPathsOutsideBase } from '../gates/links';
import { htmlFiles, readHtml } from '../support/dist';
import { subpathBase, subpathBuild } from '../support/subpath-build';

let dir = '';
beforeAll(() => {
  dir = subpathBuild();
});

describe(`the site built under ${subpathBase}`, () => {
  it('passes the link gate: every internal href and src starts with the prefix and resolves', () => {
    expect(htmlFiles(dir).length).toBeGreaterThan(40);
    expect(checkLinks(dir, subpathBase)).toEqual([]);
  });

  it('names no root path outside the prefix in any page, script, style sheet, sitemap or robots.txt', () => {
    expect(rootPathsOutsideBase(dir, subpathBase)).toEqual([]);
  });

  it('puts canonical URLs, the sitemap and robots.txt under the prefix on the site origin', () => {
    const origin = new URL(readHtml('index.html', dir).querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
    const home = `${origin}${subpathBase}`;
    expect(readHtml('glossary/milestone/index.html', dir).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${home}glossary/milestone/`);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${home}sitemap-index.xml`);
    const locs = (file: string) => [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    const maps = locs('sitemap-index.xml');
    expect(maps.map((m) => m.href)).toEqual([`${home}sitemap-0.xml`]);
    const pages = maps.flatMap((m) => locs(m.pathname.slice(subpathBase.length))).map((u) => u.pathname);
    expect(pages).toContain(`${subpathBase}glossary/milestone/`);
    expect(pages.filter((p) => !p.startsWith(subpathBase))).toEqual([]);
  });

  it('loads search from under the prefix, and has a 404 page whose search and links carry it', () => {
    // The search launcher rides inline in every page; the dialog's script is a file.
    const scripts = [
      ...readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, '_astro', f), 'utf8')),
      readFileSync(join(dir, 'index.html'), 'utf8'),
    ].join('\n');
    for (const file of ['pagefind.js', 'pagefind-highlight.js']) {
      expect(readdirSync(join(dir, 'pagefind'))).toContain(file);
      expect(scripts).toContain(`${subpathBase}pagefind/${file}`);
    }
    const notFound = readHtml('404.html', dir);
    expect(notFound.querySelector('[data-search-open]')?.getAttribute('href')).toBe(`${subpathBase}search/`);
    expect(notFound.querySelector('.site-name')?.getAttribute('href')).toBe(subpathBase);
  });
});
