/** Backlinks in the built site are true: every listed page really links to the page. */
import { describe, expect, it } from 'vitest';
import { htmlFiles, readHtml, urlOf } from '../support/dist';

const docs = new Map(htmlFiles().map((f) => [urlOf(f), readHtml(f)]));
/** The links a page makes itself, leaving out the generated backlinks and related lists. */
function ownLinks(url: string): Set<string> {
  const doc = docs.get(url)!;
  const main = doc.querySelector('main')!;
  for (const generated of main.querySelectorAll('[data-generated]')) generated.remove();
  return new Set(main.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!.split('#')[0]!));
}
const glossary = [...docs.keys()].filter((u) => /^\/glossary\/[^/]+\/$/.test(u));

describe('backlinks', () => {
  it('exist on every glossary page', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(14);
    const bare = glossary.filter((u) => docs.get(u)!.querySelectorAll('.backlinks li a').length === 0);
    expect(bare).toEqual([]);
  });

  it.each(glossary)('on %s each name a page that really links to it', (url) => {
    const sources = docs.get(url)!.querySelectorAll('.backlinks li a').map((a) => a.getAttribute('href')!);
    const liars = sources.filter((source) => !ownLinks(source).has(url));
    expect(liars).toEqual([]);
  });
});

describe('glossary term links in prose', () => {
  it('carry the short definition as a described-by tooltip that names a real element', () => {
    const doc = docs.get('/workflows/freelance-client-workflow-system-inquiry-to-final-payment/')!;
    const terms = doc.querySelectorAll('.term > a');
    expect(terms.length).toBeGreaterThan(3);
    for (const a of terms) {
      const tip = doc.getElementById(a.getAttribute('aria-describedby')!);
      expect(tip?.getAttribute('role')).toBe('tooltip');
      expect(tip?.text.length).toBeGreaterThan(20);
      expect(a.getAttribute('href')).toMatch(/^\/glossary\/[^/]+\/$/);
    }
  });
});
