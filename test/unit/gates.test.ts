/** The dist gates must be able to fail: a broken fragment and an oversized page turn them red. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../gates/links';
import { measurePage, overBudget } from '../gates/budgets';
import { validateHtml } from '../gates/html';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-fixture-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title>${head}</head><body><main><article>${body}</article></main></body></html>`;

describe('the link gate', () => {
  it('passes links to real pages and real fragments', () => {
    const dir = site({ 'index.html': page('<a href="/b/#here">b</a>'), 'b/index.html': page('<h2 id="here">Here</h2>') });
    expect(checkLinks(dir)).toEqual([]);
  });

  it('turns red on a broken fragment, a missing page and a new tab without noopener', () => {
    const dir = site({
      'index.html': page('<a href="/b/#nowhere">b</a> <a href="/missing/">m</a> <a href="https://example.com/" target="_blank">x</a>'),
      'b/index.html': page('<h2 id="here">Here</h2>'),
    });
    expect(checkLinks(dir).map((p) => p.reason)).toEqual([
      'no element with id "nowhere"',
      'no page at /missing/',
      'opens a new tab without rel="noopener"',
    ]);
  });
});

describe('the size gate', () => {
  it('measures HTML, CSS and JS with its imports', () => {
    const dir = site({
      'index.html': page('<p>Hello</p>', '<link rel="stylesheet" href="/a.css"><script type="module" src="/m.js"></script>'),
      'a.css': 'body{color:red}',
      'm.js': 'import "./dep.js";',
      'dep.js': 'console.log(1)',
    });
    const w = measurePage(dir, 'index.html');
    expect(w.files.sort()).toEqual(['/a.css', '/dep.js', '/m.js']);
    expect(w.total).toBe(w.html + w.css + w.js + w.media);
    expect(overBudget(w)).toEqual([]);
  });

  it('counts inline CSS and scripts once, in the HTML, and leaves out a script a template only names', () => {
    const css = randomBytes(3 * 1024).toString('base64');
    const dir = site({
      'index.html': page('<template data-later><script type="module" src="/later.js"></script></template>', `<style>${css}</style><script type="module">console.log(2)</script>`),
      'later.js': randomBytes(8 * 1024).toString('base64'),
    });
    const w = measurePage(dir, 'index.html');
    expect(w.files).toEqual([]);
    expect(w.css).toBe(0);
    expect(w.html).toBeGreaterThan(3 * 1024);
    expect(w.js).toBeGreaterThan(0);
    expect(w.total).toBe(w.html + w.media);
  });

  it('turns red on an oversized reading page and on layout weight beyond the chrome budget', () => {
    const text = randomBytes(24 * 1024).toString('base64');
    const big = measurePage(site({ 'index.html': page(`<p>${text}</p>`) }), 'index.html');
    expect(overBudget(big).join()).toMatch(/^total/);
    const heavyChrome = measurePage(site({ 'index.html': page('<p>short</p>', `<style>${text.slice(0, 12_000)}</style>`) }), 'index.html');
    expect(overBudget(heavyChrome).join()).toMatch(/layout and chrome/);
  });

  it('turns red on a reading page that ships a framework', () => {
    const dir = site({ 'index.html': page('<astro-island component-url="/c.js"></astro-island>'), 'c.js': 'export default 1' });
    expect(measurePage(dir, 'index.html').kind).toBe('tool');
    const searchPage = site({ 'index.html': page('').replace('<main>', '<main data-tool>') });
    expect(measurePage(searchPage, 'index.html').kind).toBe('tool');
    const framework = measurePage(site({ 'index.html': page('', '<script type="module" src="/preact.module.js"></script>'), 'preact.module.js': '' }), 'index.html');
    expect(overBudget(framework)).toContain('ships a framework runtime');
  });
});

describe('the validity gate', () => {
  it('passes a valid page and turns red on an image without alt and a duplicate id', async () => {
    expect(await validateHtml(page('<p>Fine</p>'), 'ok.html')).toEqual([]);
    const rules = (await validateHtml(page('<img src="/a.png"><p id="x"></p><p id="x"></p>'), 'bad.html')).map((p) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(['wcag/h37', 'no-dup-id']));
  });
});
