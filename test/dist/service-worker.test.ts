/** The service worker over the real build: what it precaches, and a build step that fails loudly. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheList, writeServiceWorker } from '../../src/build/service-worker';
import { contentAddressed } from '../../src/lib/offline/precache';
import { distDir, htmlFiles, urlOf } from '../support/dist';

/** The precache list written into sw.js, as URLs. */
function precachedUrls(sw: string): string[] {
  const urls = [...sw.matchAll(/\{"revision":(?:"[0-9a-f]+"|null),"url":"([^"]+)"\}/g)].map((m) => m[1]!);
  if (urls.length === 0) throw new Error('no precache list found in sw.js');
  return urls;
}

describe('the built service worker', () => {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const urls = new Set(precachedUrls(sw));

  it('precaches every page, every hashed asset (lazy chunks included) and the search files the search loads', () => {
    const missing = [
      ...htmlFiles().map(urlOf),
      ...readdirSync(join(distDir, '_astro')).map((f) => `/_astro/${f}`),
      ...['index', 'fragment', 'filter'].flatMap((d) => readdirSync(join(distDir, 'pagefind', d)).map((f) => `/pagefind/${d}/${f}`)),
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en.pagefind',
    ].filter((url) => !urls.has(url));
    expect(missing).toEqual([]);
    expect([...urls].some((u) => /\/_astro\/store\.[\w-]+\.js$/.test(u))).toBe(true);
    const size = [...precacheList(distDir).keys()].reduce((n, f) => n + gzipSync(readFileSync(join(distDir, f))).length, 0);
    console.log(`sw.js precaches ${urls.size} files, ${(size / 1024).toFixed(0)} KB gzip`);
  });

  it('gives each file the revision of the bytes it serves: none where the name carries the hash, else the MD5 the render recorded or the file gives', () => {
    const wrong = [...sw.matchAll(/\{"revision":("[0-9a-f]+"|null),"url":"([^"]+)"\}/g)].flatMap(([, revision, url]) => {
      const file = url!.endsWith('/') ? `${url!.slice(1)}index.html` : url!.slice(1);
      const expected = contentAddressed(file) ? 'null' : `"${createHash('md5').update(readFileSync(join(distDir, file))).digest('hex')}"`;
      return revision === expected ? [] : [`${url}: ${revision}, expected ${expected}`];
    });
    expect(wrong).toEqual([]);
  });

  it('leaves out what no page loads: the ready-made search interfaces, the sitemap, itself', () => {
    const unwanted = [...urls].filter((u) => /pagefind-(component-|modular-)?ui|wasm\.unknown|sitemap|robots|_headers|\/sw\.js/.test(u));
    expect(unwanted).toEqual([]);
  });

  it('is allowed by every page’s content security policy (worker-src falls back to script-src)', () => {
    const refused = htmlFiles().filter((file) => {
      const csp = readFileSync(join(distDir, file), 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
      const directive = (name: string) => csp.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name)?.slice(1);
      const sources = directive('worker-src') ?? directive('script-src') ?? directive('default-src');
      return !sources?.includes("'self'");
    });
    expect(refused).toEqual([]);
  });

  it('waits for the reader before a new version takes over', () => {
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).not.toMatch(/clients\.claim\(\)/);
  });
});

describe('the service worker build step', () => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-sw-test-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('fails when it finds nothing to precache', async () => {
    await expect(writeServiceWorker(scratch())).rejects.toThrow(/nothing to keep offline.*no HTML pages, no hashed assets under \/_astro\/, no search index under \/pagefind\//);
  });

  it('fails when the search index is missing, naming it', async () => {
    const dir = scratch();
    cpSync(distDir, dir, { recursive: true, filter: (src) => !src.includes(`${join(distDir, 'pagefind')}`) });
    await expect(writeServiceWorker(dir)).rejects.toThrow(/nothing to keep offline.*\(no search index under \/pagefind\/\)/);
  });
});
