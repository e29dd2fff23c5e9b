/** Module preloads: which islands get them, which imports follow, and where the links go. */
import { describe, expect, it } from 'vitest';
import { eagerIslandModules, modulesToPreload, withModulePreloads } from '../../src/lib/module-preload';
import { dynamicImports, staticImports } from '../gates/module-graph';
import { graphOfBundle } from '../../src/build/client-graph';

const island = (client: string, component: string, renderer = '/_astro/client.js') =>
  `<astro-island uid="a" component-url="${component}" component-export="default" renderer-url="${renderer}" props="{}" ssr client="${client}">x</astro-island>`;

describe('eagerIslandModules', () => {
  it('names the component and renderer of islands that hydrate on load, once each, in page order', () => {
    const html = `<main>${island('load', '/_astro/A.js')}${island('load', '/_astro/B.js')}${island('load', '/_astro/A.js')}</main>`;
    expect(eagerIslandModules(html)).toEqual(['/_astro/A.js', '/_astro/client.js', '/_astro/B.js']);
  });
  it('takes islands that hydrate when idle, and leaves out those that wait to be scrolled to and those inside a template', () => {
    const html = `${island('idle', '/_astro/Idle.js')}${island('visible', '/_astro/Seen.js')}<template data-lazy-tool>${island('load', '/_astro/Lazy.js')}</template>`;
    expect(eagerIslandModules(html)).toEqual(['/_astro/Idle.js', '/_astro/client.js']);
  });
});

describe('the module graph', () => {
  it('finds import … from, bare imports and re-exports of project modules, resolved, never import() or import.meta', () => {
    const code =
      'import{a as b}from"./tool-runtime.X.js";import"./side.js";export{c}from"../up.js";import d from"preact";' +
      'const s=()=>import(`./store.Y.js`);const t=import("./later.js");new URL("./x.js",import.meta.url);';
    expect(staticImports(code, '/_astro/a/A.js')).toEqual([
      '/_astro/a/tool-runtime.X.js',
      '/_astro/a/side.js',
      '/_astro/up.js',
    ]);
    expect(dynamicImports(code, '/_astro/a/A.js')).toEqual(['/_astro/a/store.Y.js', '/_astro/a/later.js']);
  });
});

describe('modulesToPreload', () => {
  // What each built chunk imports statically, as the bundle states it (A imports lazy.js on demand).
  const chunks: Record<string, string[]> = {
    '/base/_astro/A.js': ['/base/_astro/shared.js'],
    '/base/_astro/shared.js': ['/base/_astro/deep.js'],
    '/base/_astro/deep.js': [],
    '/base/_astro/client.js': ['/base/_astro/shared.js'],
    '/base/_astro/lazy.js': [],
  };
  it('follows static imports transitively from each island, once per module, islands first, and skips what is not built', () => {
    const html =
      island('load', '/base/_astro/A.js', '/base/_astro/client.js') +
      island('load', '/base/_astro/Missing.js', '/base/_astro/client.js');
    expect(modulesToPreload(eagerIslandModules(html), (url) => chunks[url])).toEqual([
      '/base/_astro/A.js',
      '/base/_astro/client.js',
      '/base/_astro/shared.js',
      '/base/_astro/deep.js',
    ]);
  });
});

describe('withModulePreloads', () => {
  it('puts one link per module at the end of the head, and leaves a page without any unchanged', () => {
    const page = '<html><head><title>t</title></head><body></body></html>';
    expect(withModulePreloads(page, ['/_astro/A.js', '/_astro/B.js'])).toBe(
      '<html><head><title>t</title><link rel="modulepreload" href="/_astro/A.js"><link rel="modulepreload" href="/_astro/B.js"></head><body></body></html>',
    );
    expect(withModulePreloads(page, [])).toBe(page);
  });
});

describe('the client graph', () => {
  it('is each chunk of the bundle by URL under the base, with the chunks it imports statically; assets are left out', () => {
    const bundle = {
      'a.js': {
        type: 'chunk',
        fileName: '_astro/A.X1.js',
        imports: ['_astro/runtime.X2.js'],
        dynamicImports: ['_astro/store.X3.js'],
      },
      'b.js': { type: 'chunk', fileName: '_astro/runtime.X2.js', imports: [] },
      'c.css': { type: 'asset', fileName: '_astro/c.css' },
    };
    expect(graphOfBundle(bundle, '/handbook/')).toEqual({
      '/handbook/_astro/A.X1.js': ['/handbook/_astro/runtime.X2.js'],
      '/handbook/_astro/runtime.X2.js': [],
    });
  });
});
