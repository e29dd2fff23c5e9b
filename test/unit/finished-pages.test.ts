/**
 * Pages finished while rendering: the pure step (preloads, policy) and the build check that
 * fails when the render stopped finishing pages.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkFinishedPages } from '../../src/build/finished-pages';
import { finishPage } from '../../src/lib/finished-page';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const island = (component: string) =>
  `<astro-island uid="a" component-url="${component}" component-export="default" renderer-url="/_astro/client.js" props="{}" ssr client="load">x</astro-island>`;
const page = (body: string, policy = true) =>
  `<html><head>${policy ? `<meta http-equiv="content-security-policy" content="script-src 'self' ${sha('a()')} ${sha('b()')}">` : ''}</head><body><script>a()</script>${body}</body></html>`;
/** What each built chunk imports statically. */
const chunks: Record<string, string[]> = {
  '/_astro/Tool.js': ['/_astro/runtime.js'],
  '/_astro/client.js': [],
  '/_astro/runtime.js': [],
};

describe('finishPage', () => {
  it('adds a preload per module the eager islands need and cuts the policy to the page’s own hashes', () => {
    const finished = finishPage(page(island('/_astro/Tool.js')), (url) => chunks[url]);
    expect(finished.preloads).toBe(3);
    expect(finished.policy).toBe(true);
    expect(finished.html).toContain('<link rel="modulepreload" href="/_astro/runtime.js"></head>');
    expect(finished.html).toContain(sha('a()'));
    expect(finished.html).not.toContain(sha('b()'));
  });

  it('reports a page without a policy, and leaves a page without islands without preloads', () => {
    const finished = finishPage(page('<p>text</p>', false), (url) => chunks[url]);
    expect(finished).toMatchObject({ preloads: 0, policy: false });
  });

  it('fails on an island whose own script was not built, naming it', () => {
    expect(() => finishPage(page(island('/_astro/Gone.js')), (url) => chunks[url])).toThrow(
      /hydrates \/_astro\/Gone\.js, but no such file was built/,
    );
  });
});

describe('the finished-pages check at the end of a build', () => {
  const finishedTool = finishPage(page(island('/_astro/Tool.js')), (url) => chunks[url]).html;
  const check = (pages: Record<string, string>) => () => checkFinishedPages(new Map(Object.entries(pages)));

  it('fails when no page was written', () => {
    expect(check({})).toThrow(/no page was written/);
  });

  it('fails naming the pages without a policy, and when no page got a preload', () => {
    expect(check({ 'index.html': finishedTool, 'print/x/index.html': page('', false) })).toThrow(
      /no content security policy <meta> on print\/x\/index\.html/,
    );
    expect(check({ 'index.html': page('<p>text</p>') })).toThrow(/no page has an island to preload/);
  });

  it('passes, and says what it did, when every page was finished', () => {
    const said = check({ 'index.html': page('<p>text</p>'), 'tools/checklist/index.html': finishedTool })();
    expect(said).toMatch(/^2 pages finished while rendering.*on the 1 pages with a tool$/);
  });
});
