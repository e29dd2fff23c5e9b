import { describe, expect, it } from 'vitest';
import stages from '../../content/lifecycle/stages.json' with { type: 'json' };
import boundaries from '../../content/lifecycle/boundaries.json' with { type: 'json' };
import {
  currentStage,
  filterSummaries,
  sortSummaries,
  summarizeEngagement,
  summarizeWorkspace,
  daysFromToday,
  type EngagementEvidence,
} from '../../src/lib/engagements/workspace';
import {
  addEvidence,
  checklistBoundary,
  checklistEvidence,
  DEPENDENCY_WORKSHEET,
  quizEvidence,
  recordBoundary,
} from '../../src/lib/engagements/evidence';
import { progress } from '../../src/tools/checklist/checklist';
import { checklistSchema } from '../../src/tools/checklist/schema';
import onboardingChecklist from '../../content/checklists/client-onboarding.json' with { type: 'json' };
import { readdirSync } from 'node:fs';
import { fernhill } from '../support/engagements';
import type { Engagement } from '../../src/lib/engagements/engagement';

const lifecycle = { stages, boundaries };
const boundaryIds = boundaries.map((b) => b.id);
/** An engagement with no dates at all: only the tools' evidence moves it. */
const bare = (id = 'e-bare000001', client = 'Bare'): Engagement => ({
  id,
  client,
  project: '',
  dates: { milestones: [], invoices: [], dependencies: [], decisions: [] },
  createdAt: 0,
  updatedAt: 0,
});
const TODAY = '2026-03-02';
const state = (s: ReturnType<typeof summarizeEngagement>) =>
  Object.fromEntries(s.boundaries.map((b) => [b.id, b.state]));

describe('current stage', () => {
  it('starts at intake with nothing known', () => expect(currentStage(bare(), {}, lifecycle, TODAY).id).toBe('intake'));

  it('follows the dates: signature → onboarding, kickoff passed → delivery, an invoice sent → invoicing', () => {
    const e = bare();
    expect(currentStage({ ...e, dates: { ...e.dates, signature: '2026-01-12' } }, {}, lifecycle, TODAY).id).toBe(
      'onboarding',
    );
    expect(currentStage({ ...e, dates: { ...e.dates, kickoff: '2026-01-19' } }, {}, lifecycle, TODAY).id).toBe(
      'delivery',
    );
    // A kickoff still ahead does not count yet.
    expect(currentStage({ ...e, dates: { ...e.dates, kickoff: '2026-04-01' } }, {}, lifecycle, TODAY).id).toBe(
      'intake',
    );
    expect(currentStage(fernhill(), {}, lifecycle, TODAY).id).toBe('invoicing');
  });

  it('follows the tools: a passed boundary reaches its far side, a touched one its near side', () => {
    expect(
      currentStage(
        bare(),
        { 'proposal-to-onboarding': { checklists: [{ done: 9, total: 9, gatePassed: true }] } },
        lifecycle,
        TODAY,
      ).id,
    ).toBe('onboarding');
    expect(
      currentStage(
        bare(),
        { 'onboarding-to-delivery': { checklists: [{ done: 2, total: 9, gatePassed: false }] } },
        lifecycle,
        TODAY,
      ).id,
    ).toBe('onboarding');
    expect(
      currentStage(bare(), { 'delivery-to-offboarding': { record: { complete: true } } }, lifecycle, TODAY).id,
    ).toBe('offboarding');
    expect(
      currentStage(bare(), { 'intake-to-proposal': { quiz: { verdict: 'complete', at: 1 } } }, lifecycle, TODAY).id,
    ).toBe('proposal');
  });
});

describe('boundary states and where to look first', () => {
  it('a boundary the engagement crossed with its gate open is weak, and the earliest weak one is where to look', () => {
    const evidence: EngagementEvidence = {
      'proposal-to-onboarding': { checklists: [{ done: 5, total: 9, gatePassed: false }] },
      'onboarding-to-delivery': { quiz: { verdict: 'broken', at: 5 } },
      'delivery-to-invoicing': { checklists: [{ done: 1, total: 8, gatePassed: false }] },
    };
    const s = summarizeEngagement(
      { ...bare(), dates: { ...bare().dates, kickoff: '2026-01-19' } },
      evidence,
      lifecycle,
      TODAY,
    );
    expect(s.stage.id).toBe('delivery');
    expect(state(s)).toEqual({
      'intake-to-proposal': 'unchecked',
      'proposal-to-onboarding': 'weak',
      'onboarding-to-delivery': 'weak',
      'delivery-to-invoicing': 'in-progress',
      'delivery-to-offboarding': 'not-started',
    });
    expect(s.boundaries.find((b) => b.id === 'proposal-to-onboarding')!.reasons).toEqual(['checklist-open']);
    expect(s.boundaries.find((b) => b.id === 'onboarding-to-delivery')!.reasons).toEqual(['quiz-broken']);
    expect(s.earliestWeak).toBe('proposal-to-onboarding');
    expect(s.lookFirst).toEqual({ boundary: 'proposal-to-onboarding', why: 'earliest-weak' });
  });

  it('a weak quiz makes a boundary weak even before it is crossed', () => {
    const s = summarizeEngagement(
      bare(),
      { 'intake-to-proposal': { quiz: { verdict: 'weak', at: 1 } } },
      lifecycle,
      TODAY,
    );
    expect(state(s)['intake-to-proposal']).toBe('weak');
    expect(s.boundaries[0]!.reasons).toEqual(['quiz-weak']);
  });

  it('with nothing weak, points at the next boundary out of the current stage', () => {
    const s = summarizeEngagement(
      bare(),
      {
        'intake-to-proposal': {
          checklists: [{ done: 7, total: 7, gatePassed: true }],
          record: { complete: true },
          quiz: { verdict: 'complete', at: 1 },
        },
      },
      lifecycle,
      TODAY,
    );
    expect(s.stage.id).toBe('proposal');
    expect(state(s)['intake-to-proposal']).toBe('sound');
    expect(s.earliestWeak).toBeUndefined();
    expect(s.lookFirst).toEqual({ boundary: 'proposal-to-onboarding', why: 'next-boundary' });
  });

  it('crossing with a record incomplete or client inputs owed is weak; before crossing it is in progress', () => {
    const evidence: EngagementEvidence = {
      'onboarding-to-delivery': { record: { complete: false }, openDependencies: 2 },
    };
    const before = summarizeEngagement(bare(), evidence, lifecycle, TODAY);
    expect(state(before)['onboarding-to-delivery']).toBe('in-progress');
    expect(before.boundaries.find((b) => b.id === 'onboarding-to-delivery')!.reasons).toEqual([
      'record-incomplete',
      'dependencies-open',
    ]);
    const after = summarizeEngagement(
      { ...bare(), dates: { ...bare().dates, kickoff: '2026-02-01' } },
      evidence,
      lifecycle,
      TODAY,
    );
    expect(state(after)['onboarding-to-delivery']).toBe('weak');
    expect(after.openDependencies).toBe(2);
  });

  it('a checklist without a gate passes when every item is ticked', () => {
    const s = summarizeEngagement(
      bare(),
      { 'onboarding-to-delivery': { checklists: [{ done: 4, total: 4 }] } },
      lifecycle,
      TODAY,
    );
    expect(state(s)['onboarding-to-delivery']).toBe('sound');
    const half = summarizeEngagement(
      bare(),
      { 'onboarding-to-delivery': { checklists: [{ done: 2, total: 4 }] } },
      lifecycle,
      TODAY,
    );
    expect(state(half)['onboarding-to-delivery']).toBe('in-progress');
  });

  it('each boundary links to its guide with the engagement selected', () => {
    const s = summarizeEngagement(bare(), {}, lifecycle, TODAY);
    expect(s.boundaries[0]!.link).toBe('/workflows/client-intake-and-qualification-workflow/?engagement=e-bare000001');
  });
});

describe('next action, overdue items, dependencies', () => {
  it('uses the next action the reader set, flagged when overdue', () => {
    expect(summarizeEngagement(fernhill(), {}, lifecycle, '2026-03-03').nextAction).toEqual({
      what: 'Send the staging link to reception',
      owner: 'Maya Ostrander',
      due: '2026-03-03',
      overdue: false,
      source: 'set',
    });
    expect(summarizeEngagement(fernhill(), {}, lifecycle, '2026-03-04').nextAction!.overdue).toBe(true);
  });

  it('without one, the earliest open dated item stands in', () => {
    const { nextAction: _n, ...e } = fernhill();
    expect(summarizeEngagement(e, {}, lifecycle, TODAY).nextAction).toEqual({
      what: 'Milestone due: Booking flow live on staging',
      due: '2026-02-20',
      overdue: true,
      source: 'derived',
    });
    expect(summarizeEngagement(bare(), {}, lifecycle, TODAY).nextAction).toBeUndefined();
  });

  it('carries overdue items and counts open client dependencies', () => {
    const s = summarizeEngagement(
      fernhill(),
      { 'onboarding-to-delivery': { openDependencies: 1 } },
      lifecycle,
      '2026-03-20',
    );
    expect(s.overdue.map((o) => o.kind)).toEqual([
      'milestone',
      'next-action',
      'client-dependency',
      'decision',
      'invoice',
    ]);
    expect(s.openDependencies).toBe(2);
    expect(s.name).toBe('Fernhill Physio: Online booking site');
  });
});

describe('sorting and filtering', () => {
  const late = fernhill();
  const early = bare('e-early00001', 'Alder Studio');
  const mid = {
    ...bare('e-mid0000001', 'Birch & Co'),
    dates: {
      ...bare().dates,
      signature: '2026-02-01',
      dependencies: [{ id: 'd-1', what: 'Logo files', owner: 'Ana', dueOn: '2026-03-18' }],
    },
  };
  const list = summarizeWorkspace(
    [late, early, mid],
    { 'e-early00001': { 'intake-to-proposal': { quiz: { verdict: 'weak', at: 1 } } } },
    lifecycle,
    '2026-03-20',
  );
  const names = (l: typeof list) => l.map((s) => s.id);

  it('sorts by stage, by overdue, by next action and by name without changing the input', () => {
    expect(names(sortSummaries(list, 'stage'))).toEqual(['e-early00001', 'e-mid0000001', 'e-fernhill01']);
    expect(names(sortSummaries(list, 'overdue'))).toEqual(['e-fernhill01', 'e-mid0000001', 'e-early00001']);
    expect(names(sortSummaries(list, 'next-action'))).toEqual(['e-fernhill01', 'e-mid0000001', 'e-early00001']);
    expect(names(sortSummaries(list, 'name'))).toEqual(['e-early00001', 'e-mid0000001', 'e-fernhill01']);
    expect(names(list)).toEqual(['e-fernhill01', 'e-early00001', 'e-mid0000001']);
  });

  it('filters by stage, by overdue and by weak', () => {
    expect(names(filterSummaries(list, { stage: 'onboarding' }))).toEqual(['e-mid0000001']);
    expect(names(filterSummaries(list, { overdueOnly: true }))).toEqual(['e-fernhill01', 'e-mid0000001']);
    expect(names(filterSummaries(list, { weakOnly: true }))).toEqual(['e-early00001']);
    expect(names(filterSummaries(list, {}))).toEqual(names(list));
  });

  it('counts days from today', () => {
    expect(daysFromToday('2026-03-23', '2026-03-20')).toBe(3);
    expect(daysFromToday('2026-03-18', '2026-03-20')).toBe(-2);
  });
});

describe('evidence from the tools', () => {
  it('maps every checklist in the content to a boundary', () => {
    const ids = readdirSync(new URL('../../content/checklists/', import.meta.url)).map((f) => f.replace(/\.json$/, ''));
    expect(Object.fromEntries(ids.map((id) => [id, checklistBoundary(id, boundaryIds)]))).toEqual({
      'approval-and-billing-readiness': 'delivery-to-invoicing',
      'client-onboarding': 'onboarding-to-delivery',
      'handoff-delivery-to-invoicing': 'delivery-to-invoicing',
      'handoff-delivery-to-offboarding': 'delivery-to-offboarding',
      'handoff-intake-to-proposal': 'intake-to-proposal',
      'handoff-onboarding-to-delivery': 'onboarding-to-delivery',
      'handoff-proposal-to-onboarding': 'proposal-to-onboarding',
    });
    expect(checklistBoundary('handoff-nowhere', boundaryIds)).toBeUndefined();
    expect(boundaryIds).toContain(DEPENDENCY_WORKSHEET.boundary);
  });

  it('reads a checklist’s own progress, gate included', () => {
    const checklist = checklistSchema.parse(onboardingChecklist);
    const items = [...checklist.groups.flatMap((g) => g.items), ...(checklist.gate?.questions ?? [])];
    const none = checklistEvidence(progress(checklist, { ticks: {}, notes: {} }));
    expect(none).toMatchObject({ done: 0, total: items.length });
    const all = checklistEvidence(
      progress(checklist, { ticks: Object.fromEntries(items.map((i) => [i.id, true])), notes: {} }),
    );
    expect(all.done).toBe(items.length);
    if (checklist.gate) {
      expect(none.gatePassed).toBe(false);
      expect(all.gatePassed).toBe(true);
    } else expect('gatePassed' in all).toBe(false);
  });

  it('finds a record’s boundary from its stage fields, and the latest quiz result', () => {
    expect(recordBoundary('delivery', 'invoicing', boundaries)).toBe('delivery-to-invoicing');
    expect(recordBoundary('delivery', 'intake', boundaries)).toBeUndefined();
    const r = (at: number, boundary: string, verdict: 'complete' | 'weak' | 'broken') => ({
      at,
      result: { boundary: { id: boundary }, verdict: { id: verdict } },
    });
    expect(
      quizEvidence(
        [
          r(1, 'intake-to-proposal', 'weak'),
          r(3, 'intake-to-proposal', 'complete'),
          r(5, 'delivery-to-invoicing', 'broken'),
        ],
        'intake-to-proposal',
      ),
    ).toEqual({ verdict: 'complete', at: 3 });
    expect(quizEvidence([], 'intake-to-proposal')).toBeUndefined();
  });

  it('adds evidence: checklists accumulate, one incomplete record keeps it incomplete, the later quiz wins', () => {
    let ev: EngagementEvidence = {};
    ev = addEvidence(ev, 'b', {
      checklists: [{ done: 1, total: 2 }],
      record: { complete: true },
      quiz: { verdict: 'weak', at: 5 },
    });
    ev = addEvidence(ev, 'b', {
      checklists: [{ done: 2, total: 2 }],
      record: { complete: false },
      quiz: { verdict: 'complete', at: 3 },
      openDependencies: 1,
    });
    ev = addEvidence(ev, 'b', { openDependencies: 2 });
    expect(ev).toEqual({
      b: {
        checklists: [
          { done: 1, total: 2 },
          { done: 2, total: 2 },
        ],
        record: { complete: false },
        quiz: { verdict: 'weak', at: 5 },
        openDependencies: 3,
      },
    });
  });
});
