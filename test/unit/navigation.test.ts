import { describe, expect, it } from 'vitest';
import { breadcrumbs, byLadder, lifecycleRank, stageNeighbours, tableOfContents } from '../../src/lib/navigation';
import { pageIdFromPath, pageUrl } from '../../src/lib/urls';
import { groupByLetter } from '../../src/lib/glossary';
import { slugify } from '../../src/lib/slug';

const sections = [
  { id: 'workflows', label: 'Workflows' },
  { id: 'glossary', label: 'Glossary' },
];
const stages = [
  { id: 'b', number: 2, name: 'Two', guide: 'workflows/two' },
  { id: 'a', number: 1, name: 'One', guide: 'workflows/one' },
  { id: 'c', number: 3, name: 'Three', guide: 'workflows/three' },
];

describe('urls', () => {
  it('maps ids to slash-terminated URLs and back', () => {
    expect(pageUrl('index')).toBe('/');
    expect(pageUrl('glossary/milestone')).toBe('/glossary/milestone/');
    expect(pageIdFromPath('/glossary/milestone/')).toBe('glossary/milestone');
    expect(pageIdFromPath('/')).toBe('index');
  });
});

describe('breadcrumbs', () => {
  it('runs home → section → page', () => {
    expect(breadcrumbs('glossary/milestone', 'Milestone', sections)).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Glossary', href: '/glossary/' },
      { label: 'Milestone', href: '/glossary/milestone/' },
    ]);
  });
  it('skips the section for top-level pages and is empty on the home page', () => {
    expect(breadcrumbs('problem-to-page-guide', 'Guide', sections).map((c) => c.label)).toEqual(['Home', 'Guide']);
    expect(breadcrumbs('index', 'Home', sections)).toEqual([]);
  });
});

describe('stageNeighbours', () => {
  it('orders stages by number and gives previous and next', () => {
    const n = stageNeighbours('workflows/two', stages)!;
    expect([n.previous?.name, n.stage.name, n.next?.name]).toEqual(['One', 'Two', 'Three']);
  });
  it('has no previous for the first stage, no next for the last, nothing for other pages', () => {
    expect(stageNeighbours('workflows/one', stages)?.previous).toBeUndefined();
    expect(stageNeighbours('workflows/three', stages)?.next).toBeUndefined();
    expect(stageNeighbours('glossary/x', stages)).toBeUndefined();
  });
});

describe('tableOfContents', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: slugify(text) });
  it('is empty on short pages', () => {
    expect(tableOfContents([h(2, 'a'), h(2, 'b'), h(2, 'c')])).toEqual([]);
  });
  it('lists h2 and h3 on long pages', () => {
    const list = tableOfContents([h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(2, 'b'), h(2, 'c'), h(2, 'd')]);
    expect(list.map((x) => x.text)).toEqual(['a', 'a1', 'b', 'c', 'd']);
  });
});

describe('byLadder', () => {
  it('sorts anchor → workflow → asset → reference, then by title', () => {
    const pages = [
      { role: 'reference', title: 'B' },
      { role: 'asset', title: 'Z' },
      { role: 'workflow', title: 'Y' },
      { role: 'anchor', title: 'X' },
      { role: 'reference', title: 'A' },
    ];
    expect(pages.sort(byLadder).map((p) => p.title)).toEqual(['X', 'Y', 'Z', 'A', 'B']);
  });
});

describe('groupByLetter', () => {
  it('groups terms A–Z, sorted within each letter', () => {
    const groups = groupByLetter([{ term: 'milestone' }, { term: 'approval owner' }, { term: 'more' }]);
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.term)])).toEqual([
      ['A', ['approval owner']],
      ['M', ['milestone', 'more']],
    ]);
  });
});

describe('slugify', () => {
  it('matches Markdown heading ids', () => {
    expect(slugify('Start upstream first if…')).toBe('start-upstream-first-if');
    expect(slugify('Billing & payment')).toBe('billing--payment');
  });
});

describe('lifecycleRank', () => {
  const order = ['intake', 'proposal', 'onboarding'];
  it('places a page at its earliest stage, a boundary just after the stage it leaves, no stage last', () => {
    expect(lifecycleRank(['onboarding', 'intake-to-proposal'], order)).toBe(1);
    expect(lifecycleRank(['proposal'], order)).toBe(2);
    expect(lifecycleRank(['proposal-to-onboarding'], order)).toBe(3);
    expect(lifecycleRank([], order)).toBe(Number.POSITIVE_INFINITY);
  });
});
