/**
 * The workspace's gathering over real stored values: what the tools saved (written through the
 * store and the kinds) becomes one row per engagement; deleting takes exactly one engagement's
 * runs; the copies kept from before engagements are described and settled.
 */
import { describe, expect, it } from 'vitest';
import {
  createStore,
  checklistKind,
  engagementsKind,
  quizKind,
  handoffRecordKind,
  diagnosticKind,
  worksheetKind,
  EARLIER,
  EARLIER_KEPT,
} from '../support/store';
import { memoryStorage } from '../../src/lib/persistence/storage';
import {
  gatherWorkspace,
  runsOf as runsOfParts,
  STATE_WORDS,
  withoutEngagement,
  withoutRun,
  type ToolContent,
  type ToolStates,
} from '../../src/lib/engagements/gather';
import { workspaceParts as parts } from '../../src/tools/workspace-parts';
import type { ChecklistRunSet } from '../../src/tools/checklist/checklist';
import type { WorksheetRunSet } from '../../src/tools/worksheet/worksheet';
import type { QuizStored } from '../../src/tools/quiz/kind';
import type { SavedTicks } from '../../src/tools/diagnostic/saved';
import type { RecordsStored } from '../../src/tools/record/kind';
import { describeEarlier, earlierKey, unsettled } from '../../src/lib/engagements/earlier';
import { TOOL_SLOTS, workspaceTools } from '../../src/lib/engagements/tool-pages';
import { DEFAULT_ENGAGEMENT_ID } from '../../src/lib/engagements/default-id';
import { ids, seededWorkspace, fragmentFor, SEED_NOW } from '../support/workspace-seed';
import { loadBoundaries, loadChecklists, loadPages, loadStages, loadWorksheets } from '../support/content-files';
import v1 from '../fixtures/v1/storage.json' with { type: 'json' };
import onboarding from '../../content/checklists/client-onboarding.json' with { type: 'json' };

/** How many ticks the client onboarding checklist holds (its items and its gate questions), read from its data. */
const onboardingItems = onboarding.groups.flatMap((g) => g.items).length + onboarding.gate.questions.length;

const stages = loadStages().map((s) => ({ id: s.id, number: s.number, name: s.name }));
const number = new Map(stages.map((s) => [s.id, s.number]));
const boundaries = loadBoundaries()
  .map((b) => ({ id: b.id, from: b.from, to: b.to, ...(b.guide ? { guide: b.guide } : {}) }))
  .sort((a, b) => number.get(a.from)! - number.get(b.from)! || number.get(a.to)! - number.get(b.to)!);
const tools = workspaceTools(
  loadPages().map((p) => ({ id: p.id, data: p.data })),
  TOOL_SLOTS,
);
const sheet = loadWorksheets().find((w) => w.id === 'client-input-dependency')!.data;
const checklists = Object.fromEntries(loadChecklists().map((c) => [c.id, c.data]));
const content: ToolContent & { checklists: typeof checklists } = {
  lifecycle: { stages, boundaries },
  pages: tools.pages,
  parts,
  checklists,
};
const part = (key: string) => parts.find((p) => p.key === key)!;
const runsOf = (states: ToolStates, id: string) => runsOfParts(states, id, parts);
const without = {
  runSet: withoutRun,
  quiz: part('quiz').slots[0]!.without as <Q>(state: Q, id: string) => Q,
  diagnose: part('diagnostic').slots[0]!.without as (state: SavedTicks, id: string) => SavedTicks,
  records: part('records').slots[0]!.without as (state: RecordsStored, id: string) => RecordsStored,
  engagement: withoutEngagement,
};

/** The states as the tools' parts keep them. */
type Stored = ToolStates & {
  checklists: Record<string, ChecklistRunSet>;
  dependencies?: WorksheetRunSet;
  quiz?: Pick<QuizStored, 'results'>;
  diagnostic?: SavedTicks;
  records?: RecordsStored;
};
const TODAY = '2026-11-20';

/** The tools' states as the workspace reads them, from stored values. */
function statesOf(values: Record<string, string>): Stored {
  const store = createStore({ storage: memoryStorage(values), now: () => SEED_NOW });
  return {
    chosen: store.open(engagementsKind, 'all').read(),
    checklists: Object.fromEntries(
      Object.keys(content.checklists).map((id) => [id, store.open(checklistKind, id).read()]),
    ),
    dependencies: store.open(worksheetKind(sheet), TOOL_SLOTS.dependencies).read(),
    quiz: store.open(quizKind, TOOL_SLOTS.quiz).read(),
    diagnostic: store.open(diagnosticKind, TOOL_SLOTS.diagnostic).read(),
    records: store.open(handoffRecordKind, TOOL_SLOTS.record).read(),
  };
}
const rowOf = (rows: ReturnType<typeof gatherWorkspace>, id: string) => rows.find((r) => r.id === id)!;
const states = (row: ReturnType<typeof rowOf>) => Object.fromEntries(row.boundaries.map((b) => [b.id, b.state]));

describe('gathering the tools’ runs into workspace rows', () => {
  const rows = gatherWorkspace(statesOf(seededWorkspace()), content, TODAY);

  it('lists every stored engagement once, with nothing saved meaning no rows at all', () => {
    expect(rows.map((r) => r.name).sort()).toEqual([
      'Alder & Finch: Catalogue pages',
      'Fernhill Physio: Booking site',
      'Redwick Cycling Club: Season film',
    ]);
    expect(gatherWorkspace(statesOf({}), content, TODAY)).toEqual([]);
  });

  it('an engagement with no runs sits at intake, and the next handoff to cross is where to look', () => {
    const alder = rowOf(rows, ids.alder);
    expect(alder.stage.id).toBe('intake');
    expect(new Set(Object.values(states(alder)))).toEqual(new Set(['not-started']));
    expect(alder.lookFirst).toEqual({ boundary: 'intake-to-proposal', why: 'next-boundary' });
    // With no run behind it, each handoff links to its guide, on this engagement.
    expect(alder.runs['intake-to-proposal']).toEqual([
      {
        label: 'Open the guide and its checklist',
        href: `/workflows/client-intake-and-qualification-workflow/?engagement=${ids.alder}`,
      },
    ]);
  });

  it('a checklist passed moves the stage on; one left open behind it is weak, and the earliest weak handoff is where to look', () => {
    const fernhill = rowOf(rows, ids.fernhill);
    expect(fernhill.stage.id).toBe('delivery');
    expect(states(fernhill)).toMatchObject({
      'intake-to-proposal': 'unchecked',
      'proposal-to-onboarding': 'weak',
      'onboarding-to-delivery': 'sound',
      'delivery-to-invoicing': 'not-started',
    });
    expect(fernhill.boundaries.find((b) => b.id === 'proposal-to-onboarding')!.reasons).toEqual(['checklist-open']);
    expect(fernhill.lookFirst).toEqual({ boundary: 'proposal-to-onboarding', why: 'earliest-weak' });
    expect(fernhill.runs['onboarding-to-delivery']).toEqual([
      {
        label: `Client onboarding checklist: ${onboardingItems} of ${onboardingItems} ticked`,
        href: `/templates/client-onboarding-checklist/?engagement=${ids.fernhill}`,
      },
    ]);
    expect(fernhill.runs['proposal-to-onboarding']![0]!.href).toBe(
      `/workflows/proposal-to-contract-handoff-workflow-setup/?engagement=${ids.fernhill}`,
    );
    expect(fernhill.detail).toBe(`/workspace/engagement/?engagement=${ids.fernhill}`);
  });

  it('the quiz verdict, the handoff record and the owed inputs land on their boundaries; the record names the next action', () => {
    const redwick = rowOf(rows, ids.redwick);
    expect(redwick.stage.id).toBe('onboarding');
    expect(redwick.boundaries.find((b) => b.id === 'proposal-to-onboarding')).toMatchObject({
      state: 'weak',
      reasons: ['quiz-weak'],
    });
    expect(redwick.boundaries.find((b) => b.id === 'onboarding-to-delivery')).toMatchObject({
      state: 'in-progress',
      reasons: ['dependencies-open'],
    });
    expect(redwick.openDependencies).toBe(1);
    expect(redwick.runs['proposal-to-onboarding']!.map((r) => r.label)).toEqual([
      'Quiz result: weak',
      'Handoff record “Redwick kickoff”: complete',
    ]);
    expect(redwick.recordNext).toEqual({
      owner: 'Rafael Ortiz',
      what: 'Kickoff call held on the agreed date',
      link: `/tools/handoff-record/?engagement=${ids.redwick}`,
    });
    expect(redwick.nextAction).toBeUndefined();
  });

  it('rows copied from the worksheet’s examples are not inputs owed; blank rows neither', () => {
    const store = createStore({ storage: memoryStorage(), now: () => SEED_NOW });
    const examples = sheet.exampleRows.map((r, i) => ({ ...r, '#row': `x${i}` }));
    store.open(worksheetKind(sheet), TOOL_SLOTS.dependencies).update(() => ({
      active: 'e-a',
      runs: [
        {
          id: 'e-a',
          name: 'A',
          updatedAt: 1,
          rows: [...examples, { '#row': 'b' }, { '#row': 'c', item: 'Logo files' }],
        },
      ],
    }));
    const s = { ...statesOf({}), dependencies: store.open(worksheetKind(sheet), TOOL_SLOTS.dependencies).read() };
    expect(rowOf(gatherWorkspace(s, content, TODAY), 'e-a').openDependencies).toBe(1);
  });

  it('runs of an engagement the list lacks still get a row; quiz results saved without one belong to the default engagement', () => {
    const s = statesOf({});
    s.quiz = { results: [{ at: 5, fragment: fragmentFor('delivery-to-invoicing', 'no') }] };
    s.diagnostic = { ticked: ['e-other:no-billing-trigger'] };
    const rows2 = gatherWorkspace(s, content, TODAY);
    expect(rows2.map((r) => r.id).sort()).toEqual([DEFAULT_ENGAGEMENT_ID, 'e-other'].sort());
    expect(rowOf(rows2, DEFAULT_ENGAGEMENT_ID).boundaries.find((b) => b.id === 'delivery-to-invoicing')).toMatchObject({
      state: 'weak',
      reasons: ['quiz-broken'],
    });
    expect(rowOf(rows2, 'e-other').diagnosticSignals).toBe(1);
  });

  it('names every state in words', () => {
    expect(Object.keys(STATE_WORDS).sort()).toEqual(['in-progress', 'not-started', 'sound', 'unchecked', 'weak']);
  });
});

describe('deleting an engagement', () => {
  it('counts what goes with it, and the changes take that engagement’s runs and nothing else', () => {
    const s = statesOf(seededWorkspace());
    expect(runsOf(s, ids.redwick)).toEqual([
      { tool: 'dependency worksheet runs', count: 1 },
      { tool: 'quiz results', count: 1 },
      { tool: 'handoff records', count: 1 },
    ]);
    expect(runsOf(s, ids.alder)).toEqual([]);
    const after: Stored = {
      chosen: without.engagement(s.chosen, ids.fernhill),
      checklists: Object.fromEntries(
        Object.entries(s.checklists).map(([id, b]) => [id, without.runSet(b, ids.fernhill)]),
      ),
      dependencies: without.runSet(s.dependencies!, ids.fernhill),
      quiz: without.quiz(s.quiz as { results: [] }, ids.fernhill),
      diagnostic: without.diagnose(s.diagnostic!, ids.fernhill),
      records: without.records(s.records!, ids.fernhill),
    };
    expect(after.chosen.current).toBe('');
    expect(
      gatherWorkspace(after, content, TODAY)
        .map((r) => r.id)
        .sort(),
    ).toEqual([ids.alder, ids.redwick].sort());
    expect(runsOf(after, ids.redwick)).toEqual(runsOf(s, ids.redwick));
  });
});

describe('the copies kept from before engagements', () => {
  const stored = Object.fromEntries(Object.entries(v1).map(([k, v]) => [k, JSON.stringify(v)]));

  it('reads the earlier-copy key back to the value it was', () => {
    expect(earlierKey(`${EARLIER}v1:checklist:client-onboarding`)).toEqual({
      version: 1,
      original: 'handoff-handbook:v1:checklist:client-onboarding',
      kind: 'checklist',
      tool: 'client-onboarding',
    });
    expect(earlierKey(`${EARLIER}v2:worksheet:client-input-dependency-2`)?.tool).toBe('client-input-dependency');
    expect(earlierKey('handoff-handbook:v1:checklist:client-onboarding')).toBeUndefined();
  });

  it('opening the tools keeps every v1 value as a copy; the copies say which engagements now hold their records', () => {
    const storage = memoryStorage(stored);
    const store = createStore({ storage, now: () => SEED_NOW });
    statesOfStore(store);
    const copies = store.earlierCopies();
    expect(copies.map((c) => c.key.slice(EARLIER.length)).sort()).toEqual(
      Object.keys(stored)
        .map((k) => `v1:${k.slice('handoff-handbook:v1:'.length)}`)
        .sort(),
    );
    for (const c of copies) expect(c.raw).toBe(stored[earlierKey(c.key)!.original]);
    const moved = describeEarlier(copies, SEED_NOW);
    expect(moved.find((m) => m.tool === 'client-onboarding')).toMatchObject({
      kind: 'checklist',
      version: 1,
      kept: false,
    });
    expect(moved.find((m) => m.tool === 'client-onboarding')!.engagements.map((e) => e.name)).toEqual([
      'Fernhill Physio',
      'My engagement',
      'Redwick film',
    ]);
    // The same engagement, whatever spelling a copy gives its name: ids are drawn from the joined name.
    expect(moved.find((m) => m.tool === 'handoff-delivery-to-invoicing')!.engagements.map((e) => e.id)).toEqual(
      moved
        .find((m) => m.tool === 'client-onboarding')!
        .engagements.filter((e) => e.name === 'Fernhill Physio')
        .map((e) => e.id),
    );
    expect(unsettled(moved)).toHaveLength(copies.length);
  });

  it('“keep” remembers the answer for those copies only; “remove” removes the copies and nothing else', () => {
    const storage = memoryStorage(stored);
    const store = createStore({ storage, now: () => SEED_NOW });
    statesOfStore(store);
    const [first, ...rest] = store.earlierCopies().map((c) => c.key);
    expect(store.settleEarlier([first!], 'keep')).toEqual({ ok: true });
    expect(unsettled(describeEarlier(store.earlierCopies(), SEED_NOW)).map((m) => m.key)).toEqual(rest);
    const data = [...storage.data.keys()].filter((k) => !k.includes(':earlier'));
    expect(store.settleEarlier(rest, 'remove')).toEqual({ ok: true });
    expect(store.earlierCopies().map((c) => c.key)).toEqual([first]);
    expect([...storage.data.keys()].filter((k) => !k.includes(':earlier')).sort()).toEqual(data.sort());
    expect(store.settleEarlier([first!], 'remove')).toEqual({ ok: true });
    expect(storage.data.has(EARLIER_KEPT)).toBe(false);
    // Keys outside the copies are never touched, whatever is asked.
    expect(store.settleEarlier(['handoff-handbook:v1:checklist:client-onboarding'], 'remove')).toEqual({ ok: true });
    expect(storage.data.has('handoff-handbook:v1:checklist:client-onboarding')).toBe(true);
  });

  it('each stored value loses that engagement’s runs through its own slot, as the workspace deletes them', () => {
    const store = createStore({ storage: memoryStorage(seededWorkspace()), now: () => SEED_NOW });
    let after: ToolStates = statesOf(seededWorkspace());
    for (const p of parts)
      for (const slot of p.slots) {
        const value = store.open(slot.kind, slot.slot).read();
        after = { ...after, [p.key]: slot.put(after[p.key], slot.without(value as never, ids.fernhill)) };
      }
    expect(runsOf(statesOf(seededWorkspace()), ids.fernhill).map((r) => r.tool)).toContain('checklist runs');
    expect(runsOf(after, ids.fernhill)).toEqual([]);
    expect(runsOf(after, ids.redwick)).toEqual(runsOf(statesOf(seededWorkspace()), ids.redwick));
  });

  it('a kept copy that changes is asked about again', () => {
    const storage = memoryStorage(stored);
    const store = createStore({ storage, now: () => SEED_NOW });
    statesOfStore(store);
    const key = store.earlierCopies()[0]!.key;
    store.settleEarlier([key], 'keep');
    storage.data.set(key, 'changed');
    expect(store.earlierCopies()[0]).toMatchObject({ key, kept: false });
  });
});

describe('the tool pages the workspace links', () => {
  it('every checklist opens on a page that runs it, a template page before a guide', () => {
    expect(Object.keys(tools.pages.checklists).sort()).toEqual(Object.keys(content.checklists).sort());
    expect(tools.pages.checklists['client-onboarding']).toBe('/templates/client-onboarding-checklist/');
    expect(tools.pages).toMatchObject({
      quiz: '/tools/weak-handoff-quiz/',
      record: '/tools/handoff-record/',
      dependencies: '/templates/client-input-dependency-worksheet/',
      diagnostic: '/templates/workflow-diagnostic-checklist/',
    });
    expect(tools.list.map((p) => p.id)).toContain('tools/handoff-record');
  });

  it('a tool no page runs fails the build with its name', () => {
    expect(() => workspaceTools([], TOOL_SLOTS)).toThrow(
      'The workspace reads the worksheet client-input-dependency, and no page runs it',
    );
  });
});

/** Opens every slot the workspace reads, as the page does (which rewrites older values and keeps their copies). */
function statesOfStore(store: ReturnType<typeof createStore>) {
  for (const id of Object.keys(content.checklists)) store.open(checklistKind, id);
  store.open(worksheetKind(sheet), TOOL_SLOTS.dependencies);
  store.open(worksheetKind(sheet), 'handoff-boundary');
  store.open(quizKind, TOOL_SLOTS.quiz);
  store.open(diagnosticKind, TOOL_SLOTS.diagnostic);
  store.open(handoffRecordKind, TOOL_SLOTS.record);
}
