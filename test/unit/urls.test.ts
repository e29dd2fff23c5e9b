/** The site's one URL helper under a sub-path, and the build step that gives content links the base. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeBase, pageIdFromPath, pageUrl, siteBase, sitePath, withoutBase } from '../../src/lib/urls';
import { breadcrumbs } from '../../src/lib/navigation';
import { addContentLinksPlugin, contentLinksPlugin } from '../../src/build/content-links';
import { fernhill, NOW } from '../support/engagements';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('urls under a base path', () => {
  it('normalizes the base to one leading and one trailing slash', () => {
    expect(['/', '', 'handbook', '/handbook', 'handbook/', '//handbook//', '/a/b'].map(normalizeBase)).toEqual([
      '/',
      '/',
      '/handbook/',
      '/handbook/',
      '/handbook/',
      '/handbook/',
      '/a/b/',
    ]);
  });

  it('puts the base in front of root-relative paths and leaves every other href alone', () => {
    expect(sitePath('/search/', '/handbook/')).toBe('/handbook/search/');
    expect(sitePath('/pagefind/pagefind.js', '/handbook/')).toBe('/handbook/pagefind/pagefind.js');
    expect(sitePath('/', '/handbook/')).toBe('/handbook/');
    expect(sitePath('/glossary/milestone/#use', '/handbook/')).toBe('/handbook/glossary/milestone/#use');
    for (const href of ['#main', '?q=x', 'https://example.com/x/', '//cdn.example/x', 'mailto:a@b.c', 'relative/x/']) {
      expect(sitePath(href, '/handbook/')).toBe(href);
    }
    expect(sitePath('/search/', '/')).toBe('/search/');
  });

  it('serves page ids under the base, and takes the base off served paths', () => {
    expect(pageUrl('index', '/handbook/')).toBe('/handbook/');
    expect(pageUrl('glossary/milestone', '/handbook/')).toBe('/handbook/glossary/milestone/');
    expect(withoutBase('/handbook/glossary/milestone/', '/handbook/')).toBe('/glossary/milestone/');
    expect(withoutBase('/handbook/', '/handbook/')).toBe('/');
    expect(withoutBase('/glossary/', '/handbook/')).toBe('/glossary/');
    expect(withoutBase('/glossary/', '/')).toBe('/glossary/');
    expect(pageIdFromPath(withoutBase(pageUrl('glossary/milestone', '/handbook/'), '/handbook/'))).toBe(
      'glossary/milestone',
    );
  });

  it('uses the base the build was made with when none is given', () => {
    expect(siteBase()).toBe('/');
    expect(pageUrl('search')).toBe('/search/');
    vi.stubEnv('BASE_URL', '/handbook/');
    expect(siteBase()).toBe('/handbook/');
    expect(pageUrl('search')).toBe('/handbook/search/');
    expect(sitePath('/favicon.svg')).toBe('/handbook/favicon.svg');
    expect(
      breadcrumbs('glossary/milestone', 'Milestone', [{ id: 'glossary', label: 'Glossary' }]).map((c) => c.href),
    ).toEqual(['/handbook/', '/handbook/glossary/', '/handbook/glossary/milestone/']);
  });

  it('sends reminders and engagement links to tool pages under the base', async () => {
    vi.stubEnv('BASE_URL', '/handbook/');
    const { TOOL_PATHS, engagementPath } = await import('../../src/lib/engagements/links');
    expect(engagementPath(TOOL_PATHS.workspace, 'e 1', 'inv-1')).toBe('/handbook/workspace/?engagement=e%201#inv-1');
    expect(Object.values(TOOL_PATHS).every((p) => p.startsWith('/handbook/'))).toBe(true);
  });

  it('writes calendar events whose links open the tools under the base', async () => {
    vi.stubEnv('BASE_URL', '/handbook/');
    const { engagementsToIcs } = await import('../../src/lib/engagements/calendar-export');
    const ics = engagementsToIcs([fernhill()], {
      origin: 'https://example.org',
      today: '2026-03-02',
      now: NOW,
    }).replace(/\r\n /g, '');
    const urls = [...ics.matchAll(/^URL[^:]*:(.+)$/gm)].map((m) => m[1]!.trim());
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith('https://example.org/handbook/'))).toEqual([]);
  });
});

describe('content links under a base path', () => {
  const run = (plugin: ReturnType<typeof contentLinksPlugin>, url: string) => {
    const node = { url };
    plugin.link(node, { setProperty: (n, key, value) => void (n[key] = value) });
    return node.url;
  };

  it('gives root-relative links and definitions the base and leaves the rest', () => {
    const plugin = contentLinksPlugin('/handbook/');
    expect(run(plugin, '/workflows/payment-terms/#late-fees')).toBe('/handbook/workflows/payment-terms/#late-fees');
    expect(run(plugin, '#late-fees')).toBe('#late-fees');
    expect(run(plugin, 'https://example.com/')).toBe('https://example.com/');
    expect(plugin.definition).toBe(plugin.link);
    expect(run(contentLinksPlugin('/'), '/workflows/')).toBe('/workflows/');
  });

  it('joins the Markdown processor, and fails the build if the processor cannot take it', () => {
    const processor = { name: 'satteri', options: { mdastPlugins: [] as unknown[] } };
    addContentLinksPlugin(processor, 'handbook');
    expect(processor.options.mdastPlugins).toHaveLength(1);
    expect(run(processor.options.mdastPlugins[0] as ReturnType<typeof contentLinksPlugin>, '/faq/')).toBe(
      '/handbook/faq/',
    );
    expect(() => addContentLinksPlugin({ name: 'unified', options: {} }, '/handbook/')).toThrow(
      /takes no mdastPlugins/,
    );
  });
});
