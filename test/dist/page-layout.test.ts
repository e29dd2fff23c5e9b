/** The page layout over the build: tool first, a real lede, one folded routing block, no list repeated. */
import { describe, expect, it } from 'vitest';
import { htmlFiles, readHtml, urlOf } from '../support/dist';
import { loadPages } from '../support/content-files';

const pages = loadPages().filter((p) => p.id !== 'index');
const docOf = new Map(htmlFiles().map((f) => [urlOf(f), readHtml(f)]));
const doc = (id: string) => docOf.get(`/${id}/`)!;

describe('every content page', () => {
  it.each(pages.map((p) => [p.id, p] as const))('%s: lede is its own sentence, routing folds into one block', (_, p) => {
    const d = doc(p.id);
    const lede = d.querySelector('.page-intro .lede')!.text.trim();
    expect(lede).toBe(p.data.role === 'reference' ? (p.data as { short: string }).short : p.data.description);
    expect(lede).not.toContain(p.data.kind);
    expect(d.querySelectorAll('details.right-page')).toHaveLength(1);
    expect(d.querySelector('details.right-page')!.text).toContain('What this page is for');
  });

  it('never lists a page in "Continue the system" that "Where this shows up" already lists', () => {
    const repeated = pages.flatMap((p) => {
      const d = doc(p.id);
      const back = new Set(d.querySelectorAll('.backlinks a').map((a) => a.getAttribute('href')));
      return d.querySelectorAll('.related a').map((a) => a.getAttribute('href')).filter((h) => back.has(h)).map((h) => `${p.id} → ${h}`);
    });
    expect(repeated).toEqual([]);
  });

  it('shows a few backlinks per group and folds the rest under "show all"', () => {
    for (const p of pages) {
      for (const dd of doc(p.id).querySelectorAll('.backlinks dd')) {
        expect(dd.querySelectorAll(':scope > ul > li').length).toBeLessThanOrEqual(4);
      }
    }
  });
});

describe('tool pages', () => {
  const tools = pages.filter((p) => doc(p.id).querySelector('.page-intro .tool'));
  it('are the five kinds of tool page', () => {
    expect(tools.length).toBeGreaterThanOrEqual(5);
  });
  it.each(tools.map((p) => [p.id] as const))('%s: the tool comes right after the title, the lede and the meta line', (id) => {
    const intro = doc(id).querySelector('.page-intro')!;
    const order = intro.childNodes.filter((n) => 'tagName' in n).map((n) => (n as unknown as { classNames: string; tagName: string }));
    const names = order.map((n) => (n.classNames.includes('tool') ? 'tool' : n.tagName === 'H1' ? 'h1' : n.classNames || n.tagName.toLowerCase()));
    const firstTool = names.indexOf('tool');
    expect(names.slice(0, firstTool).filter((n) => n !== 'span')).toEqual(['h1', 'lede', 'meta']);
  });
});
