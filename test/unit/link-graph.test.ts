import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  backlinks,
  buildLinkGraph,
  extractBodyLinks,
  findBodyLinkProblems,
  headingSlugs,
  internalTarget,
  orphans,
  relatedReading,
} from '../../src/lib/link-graph';
import { byLadder } from '../../src/lib/navigation';

const refs = (id: string, extra: Partial<{ nextSteps: { page: string }[]; related: string[] }> = {}) => ({
  id,
  file: `${id}.mdx`,
  role: 'workflow',
  startUpstreamIf: [],
  nextSteps: [],
  related: [],
  ...extra,
});

describe('extractBodyLinks', () => {
  it('finds Markdown links with titles and angle brackets, and href attributes, with line numbers', () => {
    const body = 'Intro [a](/glossary/a/) and [b](</x/> "T").\n\n<a href="/y/#z">y</a>\n![img](/pic.png)';
    expect(extractBodyLinks(body)).toEqual([
      { href: '/glossary/a/', line: 1 },
      { href: '/x/', line: 1 },
      { href: '/y/#z', line: 3 },
      { href: '/pic.png', line: 4 },
    ]);
  });
});

describe('headingSlugs', () => {
  it('slugs headings like the renderer, numbering repeats and skipping fenced code', () => {
    const body = '## What it is\n### What it is\n```\n## not a heading\n```\n## [Linked](/x/) *term*';
    expect([...headingSlugs(body)]).toEqual(['what-it-is', 'what-it-is-1', 'linked-term']);
  });
});

describe('internalTarget', () => {
  it('maps site paths to page ids and keeps the fragment', () => {
    expect(internalTarget('/glossary/milestone/#example')).toEqual({ id: 'glossary/milestone', fragment: 'example' });
    expect(internalTarget('/')).toEqual({ id: 'index', fragment: '' });
    expect(internalTarget('https://example.com/')).toBeUndefined();
    expect(internalTarget('mailto:a@b.c')).toBeUndefined();
  });
});

describe('findBodyLinkProblems', () => {
  const pages = [
    { id: 'glossary/a', file: 'a.mdx', body: '## Example\nSee [b](/workflows/b/#steps) and [self](#example).' },
    { id: 'workflows/b', file: 'b.mdx', body: '## Steps\nBack to [a](/glossary/a/) or [out](https://example.com/).' },
  ];
  it('accepts links to real pages and real headings', () => {
    expect(findBodyLinkProblems(pages)).toEqual([]);
  });
  it('counts lines from where the body starts in the file', () => {
    const [problem] = findBodyLinkProblems([{ id: 'faq/c', file: 'c.mdx', body: 'x\n[a](/nope/)', bodyStartLine: 20 }]);
    expect(problem?.field).toBe('line 21');
  });
  it('names the file, the line and the link for a missing page, a missing heading and an unsafe scheme', () => {
    const bad = [
      ...pages,
      {
        id: 'faq/c',
        file: 'c.mdx',
        body: 'One [x](/glossary/missing/).\nTwo [y](/glossary/a/#nowhere).\nThree [z](javascript:alert(1)) [d](DATA:text/html,hi) [v](vbscript:x)\nFour [w](#gone)',
      },
    ];
    expect(findBodyLinkProblems(bad).map((p) => `${p.file} ${p.field} ${p.id} ${p.expected}`)).toEqual([
      'c.mdx line 1 /glossary/missing/ page',
      'c.mdx line 2 /glossary/a/#nowhere heading on glossary/a',
      expect.stringMatching(/^c\.mdx line 3 javascript:alert\(1 safe link/),
      expect.stringMatching(/^c\.mdx line 3 DATA:text\/html,hi safe link/),
      expect.stringMatching(/^c\.mdx line 3 vbscript:x safe link/),
      'c.mdx line 4 #gone heading on faq/c',
    ]);
  });
});

describe('the graph, backlinks and orphans', () => {
  const graph = buildLinkGraph([
    { id: 'index', file: 'i', body: '[a](/workflows/a/)', refs: refs('index') },
    {
      id: 'workflows/a',
      file: 'a',
      body: 'See [t](/glossary/t/#x) and [ext](https://example.com/).',
      refs: refs('workflows/a', { nextSteps: [{ page: 'glossary/t' }] }),
    },
    {
      id: 'glossary/t',
      file: 't',
      body: 'Back to [a](/workflows/a/) and [me](/glossary/t/).',
      refs: refs('glossary/t', { related: ['faq/q'] }),
    },
    { id: 'faq/q', file: 'q', body: '', refs: refs('faq/q') },
    { id: 'faq/lonely', file: 'l', body: '', refs: refs('faq/lonely') },
  ]);
  it('merges frontmatter and body links, without self-links or external links', () => {
    expect([...graph.get('workflows/a')!]).toEqual(['glossary/t']);
    expect([...graph.get('glossary/t')!].sort()).toEqual(['faq/q', 'workflows/a']);
  });
  it('inverts the graph into backlinks', () => {
    expect(backlinks(graph).get('workflows/a')).toEqual(['glossary/t', 'index']);
    expect(backlinks(graph).get('faq/lonely')).toEqual([]);
  });
  it('lists pages nothing links to, except entry pages', () => {
    expect(orphans(graph, ['index'])).toEqual(['faq/lonely']);
  });
});

describe('relatedReading', () => {
  const p = (id: string, role: string, stages: string[], related: string[] = []) => ({
    id,
    role,
    title: id,
    stages,
    related,
  });
  const guide = p('workflows/guide', 'workflow', ['onboarding'], ['glossary/z']);
  // The reading list as the site gives it: sorted down the ladder once.
  const all = [
    guide,
    p('workflows/anchor', 'anchor', ['intake', 'onboarding']),
    p('templates/list', 'asset', ['onboarding']),
    p('glossary/z', 'reference', []),
    p('faq/other', 'faq', ['invoicing']),
    p('problem-to-page-guide', 'routing', ['onboarding']),
  ].sort(byLadder);
  it('joins related and same-stage pages in ladder order, without the page, routing pages or excluded ones', () => {
    expect(relatedReading(guide, all, byLadder).map((x) => x.id)).toEqual([
      'workflows/anchor',
      'templates/list',
      'glossary/z',
    ]);
    expect(relatedReading(guide, all, byLadder, ['templates/list']).map((x) => x.id)).toEqual([
      'workflows/anchor',
      'glossary/z',
    ]);
  });
  it('keeps every explicit related page and cuts only the same-stage ones', () => {
    expect(relatedReading(guide, all, byLadder, [], 1).map((x) => x.id)).toEqual(['glossary/z']);
    expect(relatedReading(guide, all, byLadder, [], 2).map((x) => x.id)).toEqual(['workflows/anchor', 'glossary/z']);
  });
  it('stops at the first matches of the ordered list and picks exactly what sorting every match would', () => {
    const stages = ['intake', 'proposal', 'onboarding', 'delivery'];
    const roles = ['anchor', 'workflow', 'asset', 'reference', 'faq', 'routing'];
    const pageArb = fc.record({
      role: fc.constantFrom(...roles),
      title: fc.string({ minLength: 1, maxLength: 4 }),
      stages: fc.subarray(stages),
    });
    fc.assert(
      fc.property(
        fc.array(pageArb, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 0, max: 8 }),
        (raw, at, limit) => {
          const pages = raw.map((r, i) =>
            p(`p${i}`, r.role, r.stages, i % 7 === 0 ? [`p${(i * 3) % raw.length}`] : []),
          );
          pages.forEach((page, i) => (page.title = raw[i]!.title));
          const ordered = [...pages].sort(byLadder);
          const page = pages[at % pages.length]!;
          // The plain definition: every related page, then every other match sorted, cut to the limit.
          const related = page.related.map((id) => pages.find((x) => x.id === id)!).filter((x) => x.id !== page.id);
          const matches = pages
            .filter(
              (x) =>
                x !== page &&
                x.role !== 'routing' &&
                !related.includes(x) &&
                x.stages.some((s) => page.stages.includes(s)),
            )
            .sort(byLadder);
          const expected = [...related, ...matches.slice(0, Math.max(0, limit - related.length))].sort(byLadder);
          expect(relatedReading(page, ordered, byLadder, [], limit)).toEqual(expected);
        },
      ),
    );
  });
});
