/** The quality gates over the real build: valid HTML, sound links, page structure and size budgets. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../gates/links';
import { formatWeights, measurePage, overBudget } from '../gates/budgets';
import { validateBuiltFile } from '../gates/html';
import { distDir, htmlFiles, readHtml, urlOf } from '../support/dist';

const files = htmlFiles();

describe('the built site', () => {
  it('is valid HTML under html-validate recommended rules', async () => {
    const problems = (await Promise.all(files.map((f) => validateBuiltFile(distDir, f)))).flat();
    expect(problems.map((p) => `${p.file}:${p.line} ${p.rule}: ${p.message}`)).toEqual([]);
  });

  it('has no broken internal link or fragment, and new tabs say noopener', () => {
    expect(checkLinks(distDir)).toEqual([]);
  });

  it.each(files)('%s has one h1, one main, lang, a title and a meta description', (file) => {
    const doc = readHtml(file);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelectorAll('main')).toHaveLength(1);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('title')?.text.trim()).not.toBe('');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
  });

  it('keeps every page within its size budget', () => {
    const weights = files.map((f) => measurePage(distDir, f));
    console.log(`\nPage weights at first visit\n${formatWeights(weights)}\n`);
    const over = weights.flatMap((w) => overBudget(w).map((line) => `${w.url}: ${line}`));
    expect(over).toEqual([]);
  });

  it('ships no framework JavaScript on reading pages', () => {
    const reading = files.map((f) => measurePage(distDir, f)).filter((w) => w.kind === 'reading');
    expect(reading.length).toBeGreaterThan(0);
    expect(reading.filter((w) => w.framework).map((w) => w.url)).toEqual([]);
  });

  it('serves a 404 page, and a robots.txt that allows crawling and names a sitemap the build has', () => {
    expect(files.map(urlOf)).toContain('/404.html');
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap && new URL(sitemap).pathname).toBe('/sitemap-index.xml');
    expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(true);
  });
});
