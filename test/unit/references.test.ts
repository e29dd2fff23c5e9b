import { describe, expect, it } from 'vitest';
import {
  findReferenceProblems,
  formatReferenceProblems,
  pageRefsOf,
  quizRefsOf,
  type ReferenceSources,
} from '../../src/lib/references';

const base = { startUpstreamIf: [], nextSteps: [], related: [] };

function sources(overrides: Partial<ReferenceSources> = {}): ReferenceSources {
  return {
    pages: [
      {
        id: 'workflows/a',
        file: 'content/pages/workflows/a.mdx',
        role: 'workflow',
        ...base,
        nextSteps: [{ page: 'glossary/b' }],
      },
      {
        id: 'glossary/b',
        file: 'content/pages/glossary/b.mdx',
        role: 'reference',
        ...base,
        nextSteps: [{ page: 'workflows/a' }],
      },
    ],
    lifecycle: [{ file: 'content/lifecycle/stages.json', entries: [{ id: 'intake', guide: 'workflows/a' }] }],
    checklistIds: ['c1'],
    worksheetIds: ['w1'],
    diagnosticIds: ['d1'],
    diagnostics: [
      {
        file: 'content/diagnostics/d1.json',
        firstPages: [{ id: 'sequence', page: 'workflows/a' }],
        fallbackPage: 'workflows/a',
      },
    ],
    boundaryIds: ['intake-to-proposal'],
    quizzes: [quizRefsOf('content/quizzes/q.json', quiz())],
    ...overrides,
  };
}

/** A quiz whose every reference resolves, with `page` swapped into the slot `where` names. */
function quiz(where?: 'guide' | 'transfer' | 'edge' | 'nothing', page = 'gone/page') {
  const at = (slot: typeof where) => (where === slot ? page : 'workflows/a');
  return {
    boundaries: [
      { id: 'intake-to-proposal', guide: at('guide'), other: false },
      { id: 'another', guide: 'glossary/b', other: true },
    ],
    transfers: [{ id: 'context', pages: ['glossary/b', at('transfer')] }],
    edgeCases: [{ id: 'one-owner', page: at('edge') }],
    whenNothingMissing: [at('nothing')],
  };
}

describe('findReferenceProblems', () => {
  it('finds nothing in a consistent site', () => {
    expect(findReferenceProblems(sources())).toEqual([]);
  });

  it('names file, field and id for every kind of page reference', () => {
    const page = {
      id: 'workflows/x',
      file: 'content/pages/workflows/x.mdx',
      role: 'workflow',
      startUpstreamIf: [{ page: 'workflows/a' }, { page: 'gone/one' }],
      nextSteps: [{ page: 'gone/two' }],
      related: ['gone/three'],
      checklist: 'no-checklist',
      worksheet: 'no-worksheet',
      diagnostic: 'no-diagnostic',
      problemGroups: [{ rows: [{ first: 'gone/four', next: 'workflows/a' }] }],
    };
    const problems = findReferenceProblems(sources({ pages: [...sources().pages, page] }));
    expect(problems.map((p) => `${p.field}=${p.id}`)).toEqual([
      'startUpstreamIf[1].page=gone/one',
      'nextSteps[0].page=gone/two',
      'related[0]=gone/three',
      'checklist=no-checklist',
      'worksheet=no-worksheet',
      'diagnostic=no-diagnostic',
      'problemGroups[0].rows[0].first=gone/four',
    ]);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['content/pages/workflows/x.mdx']));
  });

  it('names the file, the field and the id of a message a page lists that the library lacks', () => {
    const page = {
      id: 'faq/m',
      file: 'content/pages/faq/m.mdx',
      role: 'faq',
      ...base,
      nextSteps: [{ page: 'workflows/a' }],
      messages: ['kickoff', 'no-such-message'],
    };
    const problems = findReferenceProblems(sources({ pages: [...sources().pages, page], messageIds: ['kickoff'] }));
    expect(problems).toEqual([
      {
        file: 'content/pages/faq/m.mdx',
        field: 'messages[1]',
        id: 'no-such-message',
        expected: 'message in content/messages/',
      },
    ]);
    expect(formatReferenceProblems(problems)).toContain(
      'content/pages/faq/m.mdx: messages[1] → "no-such-message" is not a message in content/messages/',
    );
  });

  it('checks the guides named by lifecycle data and diagnostics', () => {
    const problems = findReferenceProblems(
      sources({
        lifecycle: [{ file: 'content/lifecycle/stages.json', entries: [{ id: 'intake', guide: 'workflows/nope' }] }],
        diagnostics: [{ file: 'd.json', firstPages: [{ id: 'sequence', page: 'nope/1' }], fallbackPage: 'nope/2' }],
      }),
    );
    expect(problems.map((p) => `${p.file} ${p.field}=${p.id}`)).toEqual([
      'content/lifecycle/stages.json intake.guide=workflows/nope',
      'd.json categories.sequence.firstPage=nope/1',
      'd.json fallback.page=nope/2',
    ]);
  });

  it.each([
    ['guide', 'boundaries.intake-to-proposal.guide'],
    ['transfer', 'transfers.context.pages[1]'],
    ['edge', 'edgeCases.one-owner.page'],
    ['nothing', 'whenNothingMissing[0]'],
  ] as const)('names the quiz file and field when a quiz %s page is missing', (where, field) => {
    const problems = findReferenceProblems(sources({ quizzes: [quizRefsOf('content/quizzes/q.json', quiz(where))] }));
    expect(problems).toEqual([{ file: 'content/quizzes/q.json', field, id: 'gone/page', expected: 'page' }]);
    expect(formatReferenceProblems(problems)).toContain(`content/quizzes/q.json: ${field} → "gone/page" is not a page`);
  });

  it('rejects a quiz boundary that is not a lifecycle boundary, but not the catch-all choice', () => {
    const problems = findReferenceProblems(sources({ boundaryIds: [] }));
    expect(problems).toEqual([
      {
        file: 'content/quizzes/q.json',
        field: 'boundaries.intake-to-proposal',
        id: 'intake-to-proposal',
        expected: 'boundary in content/lifecycle/boundaries.json',
      },
    ]);
  });

  it('rejects a quiz that does not offer every lifecycle boundary', () => {
    const problems = findReferenceProblems(sources({ boundaryIds: ['intake-to-proposal', 'onboarding-to-delivery'] }));
    expect(problems).toEqual([
      {
        file: 'content/quizzes/q.json',
        field: 'boundaries',
        id: 'onboarding-to-delivery',
        expected: 'choice the quiz offers, yet every lifecycle boundary must be one',
      },
    ]);
    expect(formatReferenceProblems(problems)).toContain(
      'content/quizzes/q.json: boundaries → "onboarding-to-delivery" is not a choice the quiz offers',
    );
  });

  it('rejects a page filed outside its role folder', () => {
    const misplaced = { id: 'faq/term', file: 'content/pages/faq/term.mdx', role: 'reference', ...base };
    const [problem] = findReferenceProblems(sources({ pages: [...sources().pages, misplaced] }));
    expect(problem).toMatchObject({ field: 'role', id: 'reference' });
    expect(formatReferenceProblems([problem!])).toContain(
      'content/pages/faq/term.mdx: role "reference" belongs in a page under content/pages/glossary/',
    );
  });

  it('formats every problem on its own line with file, field and id', () => {
    const text = formatReferenceProblems([{ file: 'f.mdx', field: 'nextSteps[0].page', id: 'x/y', expected: 'page' }]);
    expect(text).toBe('Broken content references (1):\n  f.mdx: nextSteps[0].page → "x/y" is not a page');
  });

  it('pageRefsOf keeps only the reference fields', () => {
    const refs = pageRefsOf('faq/a', 'a.mdx', { role: 'faq', ...base, nextSteps: [{ page: 'b' }] });
    expect(refs).toMatchObject({ id: 'faq/a', file: 'a.mdx', role: 'faq', nextSteps: [{ page: 'b' }] });
  });
});
