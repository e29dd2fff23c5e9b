/** The dist gates must be able to fail: a broken fragment and an oversized page turn them red. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, rootPathsOutsideBase } from '../gates/links';
import { measurePage, overBudget, whereCodeLoads } from '../gates/budgets';
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
    const dir = site({
      'index.html': page('<a href="/b/#here">b</a>'),
      'b/index.html': page('<h2 id="here">Here</h2>'),
    });
    expect(checkLinks(dir)).toEqual([]);
  });

  it('turns red on a broken fragment, a missing page and a new tab without noopener', () => {
    const dir = site({
      'index.html': page(
        '<a href="/b/#nowhere">b</a> <a href="/missing/">m</a> <a href="https://example.com/" target="_blank">x</a>',
      ),
      'b/index.html': page('<h2 id="here">Here</h2>'),
    });
    expect(checkLinks(dir).map((p) => p.reason)).toEqual([
      'no element with id "nowhere"',
      'no page at /missing/',
      'opens a new tab without rel="noopener"',
    ]);
  });

  it('under a base path, passes links and files below it and turns red on any URL outside it or missing', () => {
    const head = '<link rel="stylesheet" href="/handbook/a.css"><script type="module" src="/handbook/m.js"></script>';
    const files = { 'b/index.html': page('<h2 id="here">Here</h2>'), 'a.css': 'p{}', 'm.js': '' };
    const good = site({ ...files, 'index.html': page('<a href="/handbook/b/#here">b</a> <a href="b/">b</a>', head) });
    expect(checkLinks(good, '/handbook/')).toEqual([]);
    expect(checkLinks(good).map((p) => p.reason)).toContain('no page at /handbook/b/');
    const bad = site({
      ...files,
      'index.html': page(
        '<a href="/b/">b</a> <astro-island component-url="/handbook/missing.js"></astro-island>',
        '<link rel="icon" href="/favicon.svg"><script type="module" src="/handbook/gone.js"></script>',
      ),
    });
    expect(checkLinks(bad, '/handbook/').map((p) => `${p.href}: ${p.reason}`)).toEqual([
      '/b/: outside the base path /handbook/',
      '/favicon.svg: outside the base path /handbook/',
      '/handbook/gone.js: no file at /gone.js',
      '/handbook/missing.js: no file at /missing.js',
    ]);
  });

  it('finds root paths that escaped the base in pages, scripts and styles, but not in the search bundle', () => {
    const dir = site({
      'index.html': page(
        '<a href="/handbook/glossary/">g</a> <astro-island props="{&quot;url&quot;:[0,&quot;/glossary/x/&quot;]}"></astro-island>',
      ),
      'glossary/index.html': page('<p>Glossary</p>'),
      '_astro/tool.js': 'const a="/handbook/glossary/";const b=`/glossary/`;const r=/\\//g;',
      '_astro/tool.css': 'a{background:url(/_astro/x.svg)}',
      'pagefind/pagefind.js': 'const basePath="/pagefind/";',
    });
    expect(rootPathsOutsideBase(dir, '/handbook/')).toEqual([
      expect.stringMatching(/^_astro\/tool\.css: \(\/_astro\/x\.svg/),
      expect.stringMatching(/^_astro\/tool\.js: `\/glossary\/`/),
      expect.stringMatching(/^index\.html: &quot;\/glossary\/x\//),
    ]);
    expect(rootPathsOutsideBase(dir, '/')).toEqual([]);
  });
});

describe('the size gate', () => {
  it('measures HTML, CSS and JS with its imports', () => {
    const dir = site({
      'index.html': page(
        '<p>Hello</p>',
        '<link rel="stylesheet" href="/a.css"><script type="module" src="/m.js"></script>',
      ),
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
      'index.html': page(
        '<template data-later><script type="module" src="/later.js"></script></template>',
        `<style>${css}</style><script type="module">console.log(2)</script>`,
      ),
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
    const heavyChrome = measurePage(
      site({ 'index.html': page('<p>short</p>', `<style>${text.slice(0, 12_000)}</style>`) }),
      'index.html',
    );
    expect(overBudget(heavyChrome).join()).toMatch(/layout and chrome/);
  });

  it('turns red on a reading page that ships a framework', () => {
    const dir = site({
      'index.html': page('<astro-island component-url="/c.js"></astro-island>'),
      'c.js': 'export default 1',
    });
    expect(measurePage(dir, 'index.html').kind).toBe('tool');
    const searchPage = site({ 'index.html': page('').replace('<main>', '<main data-tool>') });
    expect(measurePage(searchPage, 'index.html').kind).toBe('tool');
    const framework = measurePage(
      site({
        'index.html': page('', '<script type="module" src="/preact.module.js"></script>'),
        'preact.module.js': '',
      }),
      'index.html',
    );
    expect(overBudget(framework)).toContain('ships a framework runtime');
  });
});

describe('the validity gate', () => {
  it('passes a valid page and turns red on an image without alt and a duplicate id', async () => {
    expect(await validateHtml(page('<p>Fine</p>'), 'ok.html')).toEqual([]);
    // A void element may be written either way: Astro writes `<input>`, Preact `<input/>`.
    expect(
      await validateHtml(
        page('<label>A <input type="text" name="a"></label><label>B <input type="text" name="b"/></label>'),
        'void.html',
      ),
    ).toEqual([]);
    const rules = (await validateHtml(page('<img src="/a.png"><p id="x"></p><p id="x"></p>'), 'bad.html')).map(
      (p) => p.rule,
    );
    expect(rules).toEqual(expect.arrayContaining(['wcag/h37', 'no-dup-id']));
    const after = await validateHtml(`${page('<p>Fine</p>')}<script type="module" src="/a.js"></script>`, 'after.html');
    expect(after.map((p) => p.rule)).toEqual(['after-html']);
  });
});

describe('the lazy-storage guard', () => {
  const opensStorage = (source: string) => source.includes('localStorage');
  const guard = (files: Record<string, string>) =>
    whereCodeLoads(['/_astro/island.js'], (path) => files[path]!, opensStorage);

  it('passes when the storage code loads only on demand, whatever its file is called', () => {
    const { atFirstPaint, onDemand } = guard({
      '/_astro/island.js': 'import{h}from"./ui.js";const s=()=>import(`./a1.js`);',
      '/_astro/ui.js': 'export const h=1;',
      '/_astro/a1.js': 'import"./ui.js";import"./z.js";export const open=()=>window.localStorage;',
      '/_astro/z.js': 'export const schema=1;',
    });
    expect(atFirstPaint).toEqual([]);
    expect(onDemand).toEqual([['/_astro/a1.js', '/_astro/ui.js', '/_astro/z.js']]);
  });

  it('turns red when first paint imports the storage code statically, even through another module', () => {
    const { atFirstPaint, onDemand } = guard({
      '/_astro/island.js': 'import"./ui.js";',
      '/_astro/ui.js': 'import{open}from"./x9.js";',
      '/_astro/x9.js': 'export const open=()=>localStorage;',
    });
    expect(atFirstPaint).toEqual(['/_astro/x9.js']);
    expect(onDemand).toEqual([]);
  });
});
