import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/schemas/page';
import { checklistSchema } from '../../src/tools/checklist/schema';
import { worksheetSchema } from '../../src/tools/worksheet/schema';
import { diagnosticSchema } from '../../src/tools/diagnostic/schema';
import { stageSchema } from '../../src/schemas/lifecycle';
import { stageAndBoundaryIds } from '../../src/lib/lifecycle-ids';

const schema = pageSchema(stageAndBoundaryIds);
const page = {
  title: 'Client Onboarding Workflow',
  description: 'Turn a signed agreement into a kickoff-ready project.',
  role: 'workflow',
  kind: 'A stage guide.',
  for: ['Running onboarding'],
  notFor: ['Intake'],
  nextSteps: [{ when: 'you are ready', page: 'templates/client-onboarding-checklist' }],
  stages: ['onboarding', 'onboarding-to-delivery'],
  updated: '2026-11-24',
};
const term = {
  ...page,
  role: 'reference',
  term: 'milestone',
  short: 'A milestone is a dated, checkable point in delivery that a client accepts.',
  practicalTest: ['a?', 'b?', 'c?'],
  misunderstanding: 'It is not a task.',
};
const issues = (value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('page schema', () => {
  it('accepts a valid workflow page and fills defaults', () => {
    const r = schema.parse(page);
    expect(r.role).toBe('workflow');
    expect(r.startUpstreamIf).toEqual([]);
    expect(r.updated).toBeInstanceOf(Date);
  });
  it('accepts a valid glossary page', () => {
    expect(issues(term)).toEqual([]);
  });
  it('rejects a missing title, an unknown role and a when without a page', () => {
    expect(issues({ ...page, title: undefined })).toContain('title');
    expect(issues({ ...page, role: 'essay' })).toContain('role');
    expect(issues({ ...page, nextSteps: [{ when: 'x' }] })).toContain('nextSteps.0.page');
  });
  it('rejects stage ids that the lifecycle data does not define', () => {
    expect(issues({ ...page, stages: ['marketing'] })).toContain('stages.0');
  });
  it('rejects a glossary short definition over 160 characters and a practical test of 2 or 5', () => {
    expect(issues({ ...term, short: 'x'.repeat(161) })).toContain('short');
    expect(issues({ ...term, practicalTest: ['a', 'b'] })).toContain('practicalTest');
    expect(issues({ ...term, practicalTest: ['a', 'b', 'c', 'd', 'e'] })).toContain('practicalTest');
  });
  it('rejects fields that belong to another role, and page ids that are not paths', () => {
    expect(issues({ ...page, term: 'x' }).length).toBeGreaterThan(0);
    expect(issues({ ...page, related: ['Glossary/Milestone'] })).toContain('related.0');
  });
  it('requires an FAQ answer', () => {
    expect(issues({ ...page, role: 'faq' })).toContain('answer');
  });
});

describe('checklist schema', () => {
  const checklist = {
    title: 'T',
    when: 'W',
    runOrder: 'A then B',
    groups: [
      { letter: 'A', title: 'One', items: [{ id: 'a-1', text: 'x' }] },
      { letter: 'B', title: 'Two', items: [{ id: 'b-1', text: 'y', hint: 'h' }] },
    ],
    gate: { move: 'start delivery', questions: [{ id: 'g-1', text: 'z' }] },
  };
  it('accepts lettered groups with unique ids', () => {
    expect(checklistSchema.safeParse(checklist).success).toBe(true);
  });
  it('rejects a duplicate item id and letters out of order', () => {
    const dup = { ...checklist, gate: { move: 'm', questions: [{ id: 'a-1', text: 'again' }] } };
    expect(checklistSchema.safeParse(dup).error?.issues[0]?.message).toBe('item id "a-1" is used twice');
    const skip = { ...checklist, groups: [checklist.groups[0], { ...checklist.groups[1], letter: 'C' }] };
    expect(checklistSchema.safeParse(skip).error?.issues[0]?.message).toBe('group letters must run AB, found AC');
  });
  it('places groups before or after the gate: all or none, before ahead of after, and only with a gate', () => {
    const [a, b] = checklist.groups;
    const phased = {
      ...checklist,
      groups: [
        { ...a, phase: 'before' },
        { ...b, phase: 'after' },
      ],
    };
    expect(checklistSchema.safeParse(phased).success).toBe(true);
    const message = (c: unknown) => checklistSchema.safeParse(c).error?.issues[0]?.message;
    expect(message({ ...checklist, groups: [{ ...a, phase: 'before' }, b] })).toBe('give every group a phase, or none');
    expect(
      message({
        ...checklist,
        groups: [
          { ...a, phase: 'after' },
          { ...b, phase: 'before' },
        ],
      }),
    ).toBe('every "before" group must come ahead of the "after" groups');
    expect(
      message({
        ...checklist,
        groups: [
          { ...a, phase: 'after' },
          { ...b, phase: 'after' },
        ],
      }),
    ).toBe('at least one group must hold before the move');
    expect(message({ ...phased, gate: undefined })).toBe(
      'phases need a gate: they are placed before or after its move',
    );
  });
});

describe('worksheet, diagnostic and stage schemas', () => {
  it('rejects an example row keyed by an unknown column', () => {
    const sheet = {
      title: 'T',
      columns: [
        { id: 'a', label: 'A', hint: 'h' },
        { id: 'b', label: 'B', hint: 'h' },
      ],
      exampleRows: [{ a: '1', c: '2' }],
      rule: 'r',
      doneWhen: ['d'],
    };
    expect(worksheetSchema.safeParse(sheet).error?.issues[0]?.path).toEqual(['exampleRows', 0, 'c']);
  });
  it('requires a fallback page and at least two categories in a diagnostic', () => {
    expect(diagnosticSchema.safeParse({ categories: [], maxCountingCategories: 3 }).success).toBe(false);
  });
  it('requires every stage fact', () => {
    const r = stageSchema.safeParse({ id: 'intake', number: 1, name: 'Intake' });
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(['goal', 'inputs', 'output', 'handoffRule', 'usuallyBreaks', 'guide']),
    );
  });
});
