import { describe, expect, it } from 'vitest';
import { explainDiagnosis, leadSummary, diagnose } from '../../src/tools/diagnostic/diagnostic';
import { diagnosticSchema } from '../../src/tools/diagnostic/schema';
import { loadDiagnostics } from '../support/content-files';

const diagnostic = loadDiagnostics().find((d) => d.id === 'workflow-diagnostic')!.data;
const anchor = 'workflows/freelance-client-workflow-system-inquiry-to-final-payment';

/** The first `n` signal ids of a category. */
const ticks = (category: string, n: number) => {
  const signals = diagnostic.categories.find((c) => c.id === category)!.signals;
  expect(signals.length).toBeGreaterThanOrEqual(n);
  return signals.slice(0, n).map((s) => s.id);
};

describe('the diagnostic data', () => {
  it('has the six categories in tie-break order, thresholds 2 and the narrow blocker at 1', () => {
    expect(diagnostic.categories.map((c) => [c.id, c.threshold])).toEqual([
      ['sequence', 2],
      ['approval-delivery', 2],
      ['billing-status', 2],
      ['system-of-record', 2],
      ['execution-consistency', 2],
      ['narrow-blocker', 1],
    ]);
    expect(diagnostic.maxCountingCategories).toBe(3);
    expect(diagnostic.fallback).toEqual({ category: 'sequence', page: anchor });
  });
});

describe('triage', () => {
  it.each([
    // name, ticked, category, page, reason
    ['nothing ticked', [], 'sequence', anchor, 'nothing-counts'],
    [
      'one tick in each of the first five: none reaches 2',
      ['sequence', 'approval-delivery', 'billing-status', 'system-of-record', 'execution-consistency'].flatMap((c) =>
        ticks(c, 1),
      ),
      'sequence',
      anchor,
      'nothing-counts',
    ],
    [
      'the narrow blocker counts at one tick',
      ticks('narrow-blocker', 1),
      'narrow-blocker',
      'problem-to-page-guide',
      'most-ticks',
    ],
    [
      'a category counts at two ticks',
      ticks('billing-status', 2),
      'billing-status',
      'workflows/invoice-and-payment-workflow-setup',
      'most-ticks',
    ],
    ['sequence wins on its own ticks, not as fallback', ticks('sequence', 2), 'sequence', anchor, 'most-ticks'],
    [
      'one tick below threshold does not count against a winner',
      [...ticks('sequence', 1), ...ticks('system-of-record', 2)],
      'system-of-record',
      'glossary/system-of-record',
      'most-ticks',
    ],
    [
      'most ticks wins over the earlier category',
      [...ticks('sequence', 2), ...ticks('approval-delivery', 3)],
      'approval-delivery',
      'faq/what-counts-as-client-approval',
      'most-ticks',
    ],
    [
      'a tie goes to the earlier category',
      [...ticks('approval-delivery', 2), ...ticks('billing-status', 2)],
      'approval-delivery',
      'faq/what-counts-as-client-approval',
      'most-ticks',
    ],
    [
      'a tie in the other tick order still goes to the earlier category',
      [...ticks('system-of-record', 2), ...ticks('billing-status', 2)].reverse(),
      'billing-status',
      'workflows/invoice-and-payment-workflow-setup',
      'most-ticks',
    ],
    [
      'a tie with the narrow blocker goes to the earlier category',
      [...ticks('narrow-blocker', 2), ...ticks('execution-consistency', 2)],
      'execution-consistency',
      'templates/client-onboarding-checklist',
      'most-ticks',
    ],
    [
      'three counting categories is still a winner',
      [...ticks('sequence', 2), ...ticks('billing-status', 3), ...ticks('narrow-blocker', 1)],
      'billing-status',
      'workflows/invoice-and-payment-workflow-setup',
      'most-ticks',
    ],
    [
      'more than three counting categories is a sequence problem',
      [
        ...ticks('approval-delivery', 4),
        ...ticks('billing-status', 2),
        ...ticks('system-of-record', 2),
        ...ticks('narrow-blocker', 1),
      ],
      'sequence',
      anchor,
      'too-spread',
    ],
    [
      'the worked example: Quarry Street Studio',
      [
        ...ticks('sequence', 1),
        ...ticks('approval-delivery', 3),
        ...ticks('billing-status', 2),
        ...ticks('system-of-record', 1),
      ],
      'approval-delivery',
      'faq/what-counts-as-client-approval',
      'most-ticks',
    ],
    [
      'ids that are not signals are ignored',
      ['not-a-signal', 'another', ...ticks('narrow-blocker', 1)],
      'narrow-blocker',
      'problem-to-page-guide',
      'most-ticks',
    ],
  ] as const)('%s', (_, ticked, category, page, reason) => {
    const result = diagnose(diagnostic, ticked);
    expect(result.category.id).toBe(category);
    expect(result.page).toBe(page);
    expect(result.reason.kind).toBe(reason);
  });

  it('reports every category’s ticks and whether it counts', () => {
    const result = diagnose(diagnostic, [...ticks('sequence', 1), ...ticks('narrow-blocker', 1)]);
    expect(result.counts.map((c) => [c.category.id, c.ticks, c.counts])).toEqual([
      ['sequence', 1, false],
      ['approval-delivery', 0, false],
      ['billing-status', 0, false],
      ['system-of-record', 0, false],
      ['execution-consistency', 0, false],
      ['narrow-blocker', 1, true],
    ]);
  });

  it('names the categories it beat on a tie', () => {
    const result = diagnose(diagnostic, [
      ...ticks('approval-delivery', 2),
      ...ticks('billing-status', 2),
      ...ticks('system-of-record', 2),
    ]);
    expect(result.reason).toMatchObject({ kind: 'most-ticks', ticks: 2 });
    if (result.reason.kind === 'most-ticks')
      expect(result.reason.tiedWith.map((c) => c.id)).toEqual(['billing-status', 'system-of-record']);
  });

  it('uses the data’s limit and fallback, not built-in ones', () => {
    const strict = diagnosticSchema.parse({
      ...diagnostic,
      maxCountingCategories: 1,
      fallback: { category: 'billing-status', page: 'x/y' },
    });
    const result = diagnose(strict, [...ticks('sequence', 2), ...ticks('approval-delivery', 2)]);
    expect([result.category.id, result.page, result.reason.kind]).toEqual(['billing-status', 'x/y', 'too-spread']);
  });
});

describe('explainDiagnosis', () => {
  it.each([
    [[], /No category reached its threshold/],
    [
      [
        ...ticks('approval-delivery', 4),
        ...ticks('billing-status', 2),
        ...ticks('system-of-record', 2),
        ...ticks('narrow-blocker', 1),
      ],
      /4 categories count, more than 3/,
    ],
    [ticks('billing-status', 3), /^Billing and payment status has the most ticks \(3 ticks\)/],
    [ticks('narrow-blocker', 1), /\(1 tick\)/],
    [
      [...ticks('approval-delivery', 2), ...ticks('billing-status', 2)],
      /^Approval and delivery and Billing and payment status tie at 2 ticks; Approval and delivery wins because it comes earlier/,
    ],
  ])('explains %j', (ticked, text) => {
    expect(explainDiagnosis(diagnose(diagnostic, ticked))).toMatch(text);
  });
});

describe('leadSummary', () => {
  const name = (id: string) => diagnostic.categories.find((c) => c.id === id)!.name;

  it("counts the leading category's own ticks, out of all ticks", () => {
    const ticked = [...ticks('sequence', 2), ...ticks('approval-delivery', 1), ...ticks('billing-status', 1)];
    expect(leadSummary(diagnose(diagnostic, ticked), ticked.length)).toBe(
      `Leading so far: ${name('sequence')} (2 ticks of 4).`,
    );
  });

  it('says when no category is ahead, and when nothing is ticked', () => {
    const ticked = ['sequence', 'approval-delivery', 'billing-status'].flatMap((c) => ticks(c, 1));
    expect(leadSummary(diagnose(diagnostic, ticked), 3)).toBe(
      `No single category ahead yet (3 ticks in all): start with ${name('sequence')}.`,
    );
    expect(leadSummary(diagnose(diagnostic, []), 0)).toBe('Nothing ticked yet.');
  });
});
