/**
 * The content lint: every file matches its schema, nothing is an orphan, and every page meets its
 * role's word floor and routes readers on. That every reference resolves is site-check.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { pageRefsOf } from '../../src/lib/references';
import { buildLinkGraph, orphans } from '../../src/lib/link-graph';
import { countWords } from '../../src/lib/content-lint';
import {
  loadChecklists,
  loadDiagnostics,
  loadPages,
  loadQuizzes,
  loadRecordForms,
  loadWorksheets,
} from '../support/content-files';

const pages = loadPages();

/**
 * Minimum words in the body, per role; the routing blocks and glossary facts come on top. A glossary
 * entry's whole length (facts and body, 300–450 words) is held by test/unit/content-lint.test.ts.
 */
const wordFloor: Record<string, number> = {
  anchor: 900,
  workflow: 900,
  asset: 300,
  tool: 250,
  reference: 200,
  faq: 300,
  routing: 200,
};
const words = countWords;

describe('the content folder', () => {
  it('every page, checklist, worksheet, diagnostic, quiz and record form matches its schema', () => {
    // Each loader parses its files with the collection's schema and throws naming file and field.
    for (const load of [loadPages, loadChecklists, loadWorksheets, loadDiagnostics, loadQuizzes, loadRecordForms]) {
      expect(load().length, load.name).toBeGreaterThan(0);
    }
  });

  it('has no orphans: every page but the entry pages is linked from another page', () => {
    const graph = buildLinkGraph(pages.map((p) => ({ ...p, refs: pageRefsOf(p.id, p.file, p.data) })));
    expect(
      orphans(
        graph,
        pages.filter((p) => p.data.entry).map((p) => p.id),
      ),
    ).toEqual([]);
  });

  // `for`, `notFor` and `nextSteps` are required by the page schema; `startUpstreamIf` is not.
  it.each(pages.map((p) => [p.id, p] as const))(
    '%s meets its word floor and, unless it is where a reader starts, says where to start instead',
    (_, page) => {
      expect(words(page.body)).toBeGreaterThanOrEqual(wordFloor[page.data.role]!);
      if (page.data.role !== 'anchor' && !page.data.entry) expect(page.data.startUpstreamIf.length).toBeGreaterThan(0);
    },
  );

  it('has the first release page counts per role', () => {
    const count = (role: string) => pages.filter((p) => p.data.role === role).length;
    expect(count('anchor')).toBe(1);
    expect(count('workflow')).toBeGreaterThanOrEqual(8);
    expect(count('asset')).toBeGreaterThanOrEqual(5);
    expect(count('tool')).toBe(2);
    expect(count('reference')).toBeGreaterThanOrEqual(14);
    expect(count('faq')).toBeGreaterThanOrEqual(3);
    expect(pages.filter((p) => p.data.role === 'routing' && !p.data.entry)).toHaveLength(1);
    expect(pages.find((p) => p.id === 'index')?.data.entry).toBe(true);
  });

  it('uses each glossary term and alias once across the glossary', () => {
    const names = pages
      .flatMap((p) => (p.data.role === 'reference' ? [p.data.term, ...p.data.aliases] : []))
      .map((n) => n.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
