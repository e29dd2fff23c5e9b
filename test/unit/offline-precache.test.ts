import { describe, expect, it } from 'vitest';
import {
  contentAddressed,
  pageUrlOfFile,
  precacheFile,
  precacheGaps,
  searchLanguagesOf,
} from '../../src/lib/offline/precache';
import { readyWorker } from '../../src/scripts/update-notice';

describe('what the service worker precaches', () => {
  const languages = ['en'];

  it('keeps pages at the address a reader asks for', () => {
    expect(precacheFile('index.html', languages)).toEqual({ url: '/', group: 'page' });
    expect(precacheFile('tools/handoff-record/index.html', languages)).toEqual({
      url: '/tools/handoff-record/',
      group: 'page',
    });
    expect(precacheFile('404.html', languages)).toEqual({ url: '/404.html', group: 'page' });
    expect(pageUrlOfFile('a/b/index.html')).toBe('/a/b/');
  });

  it('keeps every hashed asset, lazily loaded chunks and stylesheets alike, and the icon', () => {
    expect(precacheFile('_astro/store.CzmriFcZ.js', languages)).toEqual({
      url: '/_astro/store.CzmriFcZ.js',
      group: 'asset',
    });
    expect(precacheFile('_astro/update-notice.9Vaky9Da.css', languages)?.group).toBe('asset');
    expect(precacheFile('favicon.svg', languages)).toEqual({ url: '/favicon.svg', group: 'asset' });
  });

  it('keeps the search files the search loads, in the index languages only', () => {
    for (const file of [
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-highlight.js',
      'pagefind/wasm.en.pagefind',
      'pagefind/fragment/en_1a2b.pf_fragment',
      'pagefind/index/en_3c4d.pf_index',
      'pagefind/filter/en_5e6f.pf_filter',
      'pagefind/pagefind.en_c15eb4327b.pf_meta',
    ])
      expect(precacheFile(file, languages), file).toEqual({ url: `/${file}`, group: 'search' });
    for (const file of [
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-component-ui.js',
      'pagefind/pagefind-modular-ui.css',
    ])
      expect(precacheFile(file, languages), file).toBeNull();
  });

  it('knows which files are named by their content, so their URL is their revision', () => {
    for (const file of [
      '_astro/store.CzmriFcZ.js',
      'pagefind/fragment/en_1a2b.pf_fragment',
      'pagefind/index/en_3c4d.pf_index',
      'pagefind/filter/en_5e6f.pf_filter',
      'pagefind/pagefind.en_c15eb4327b.pf_meta',
    ])
      expect(contentAddressed(file), file).toBe(true);
    for (const file of [
      'index.html',
      'glossary/milestone/index.html',
      'favicon.svg',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
    ])
      expect(contentAddressed(file), file).toBe(false);
  });

  it('leaves out files no page loads', () => {
    for (const file of ['sw.js', 'robots.txt', '_headers', 'sitemap-index.xml', 'sitemap-0.xml'])
      expect(precacheFile(file, languages), file).toBeNull();
  });

  it('reads the index languages from Pagefind’s entry file', () => {
    expect(
      searchLanguagesOf('{"version":"1.6.0","languages":{"en":{"hash":"en_c15eb4327b","wasm":"en","page_count":47}}}'),
    ).toEqual(['en']);
    expect(searchLanguagesOf('{"languages":{"xx":{"hash":"xx_1"}}}')).toEqual([]);
  });

  it('names every group the site needs offline that a list lacks', () => {
    const page = { url: '/', group: 'page' } as const;
    const asset = { url: '/_astro/a.js', group: 'asset' } as const;
    const search = { url: '/pagefind/pagefind.js', group: 'search' } as const;
    expect(precacheGaps([page, asset, search])).toEqual([]);
    expect(precacheGaps([])).toEqual([
      'no HTML pages',
      'no hashed assets under /_astro/',
      'no search index under /pagefind/',
    ]);
    expect(precacheGaps([page, search])).toEqual(['no hashed assets under /_astro/']);
  });
});

describe('when a new version is ready', () => {
  const worker = (state: ServiceWorkerState) => ({ state }) as ServiceWorker;

  it('is the waiting worker, or an installing one once it has installed', () => {
    expect(readyWorker({ waiting: worker('installed'), installing: null })?.state).toBe('installed');
    expect(readyWorker({ waiting: null, installing: worker('installed') })?.state).toBe('installed');
    expect(readyWorker({ waiting: null, installing: worker('installing') })).toBeNull();
    expect(readyWorker({ waiting: null, installing: null })).toBeNull();
  });
});
