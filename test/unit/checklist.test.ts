/** Checklist records, progress, the gate and Markdown export, plus a model-based property test. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Checklist } from '../../src/tools/checklist/schema';
import {
  afterGroups,
  beforeGroups,
  gateOpenItems,
  checklistMarkdown,
  emptyRun,
  gateStatus,
  progress,
  setNote,
  setTick,
  activeRun,
  type ChecklistRunSet,
} from '../../src/tools/checklist/checklist';
import { oneRun } from '../support/run-sets';
import { checklistKind, createStore } from '../support/store';
import { memoryStorage } from '../../src/lib/persistence/storage';
import { escapeMarkdown } from '../../src/lib/export/markdown';
import { loadChecklists } from '../support/content-files';
import { when } from '../../src/lib/dates';

const checklist: Checklist = {
  title: 'Test checklist',
  when: 'Now.',
  runOrder: 'A then B.',
  groups: [
    {
      letter: 'A',
      title: 'First',
      items: [
        { id: 'a1', text: 'One' },
        { id: 'a2', text: 'Two' },
      ],
    },
    { letter: 'B', title: 'Second', items: [{ id: 'b1', text: 'Three' }] },
  ],
  gate: {
    move: 'start delivery',
    questions: [
      { id: 'g1', text: 'Gate one?' },
      { id: 'g2', text: 'Gate two?' },
    ],
  },
};

describe('checklist state', () => {
  it('counts progress per group, for the gate and overall', () => {
    let runSet = oneRun(emptyRun(), 0);
    runSet = setTick(runSet, 'a1', true, 5);
    runSet = setTick(runSet, 'g1', true, 6);
    const p = progress(checklist, activeRun(runSet));
    expect(p.groups.map((g) => [g.letter, g.done, g.total])).toEqual([
      ['A', 1, 2],
      ['B', 0, 1],
    ]);
    expect(p.gate).toMatchObject({ done: 1, total: 2 });
    expect(p.overall).toEqual({ done: 2, total: 5 });
    expect(activeRun(runSet).updatedAt).toBe(6);
  });

  it('says the gate in plain words', () => {
    let runSet = oneRun(emptyRun(), 0);
    expect(gateStatus(checklist, activeRun(runSet))).toBe('Not ready to start delivery: 2 gate questions open');
    runSet = setTick(runSet, 'g1', true, 1);
    expect(gateStatus(checklist, activeRun(runSet))).toBe('Not ready to start delivery: 1 gate question open');
    runSet = setTick(runSet, 'g2', true, 1);
    expect(gateStatus(checklist, activeRun(runSet))).toBe('Ready to start delivery');
    expect(gateStatus({ ...checklist, gate: undefined } as unknown as Checklist, activeRun(runSet))).toBeUndefined();
  });

  it('keeps progress by id when an item is reworded, keeps a removed item harmlessly, starts a new item unticked', () => {
    const run = { ticks: { a1: true, gone: true }, notes: { gone: 'old note' } };
    const reworded: Checklist = {
      ...checklist,
      groups: [
        {
          letter: 'A',
          title: 'First',
          items: [
            { id: 'a1', text: 'One, reworded' },
            { id: 'new', text: 'New' },
          ],
        },
      ],
    };
    const p = progress(reworded, run);
    expect(p.groups[0]).toMatchObject({ done: 1, total: 2 });
    expect(checklistMarkdown(reworded, { ...run, id: 'r1', name: 'X', updatedAt: 0 })).toContain('- [ ] New');
    expect(checklistMarkdown(reworded, { ...run, id: 'r1', name: 'X', updatedAt: 0 })).not.toContain('old note');
  });

  it('exports Markdown with user text escaped: no HTML, links or headings sneak in', () => {
    let runSet = oneRun(emptyRun(), Date.UTC(2026, 0, 2), '<script>alert(1)</script> [x](javascript:alert(1))');
    runSet = setTick(runSet, 'a1', true, Date.UTC(2026, 0, 2));
    runSet = setNote(runSet, 'a1', 'line one\n# not a heading\n<img src=x onerror=alert(1)>', Date.UTC(2026, 0, 2));
    const md = checklistMarkdown(checklist, activeRun(runSet));
    expect(md).toContain('- [x] One\n  - Note: line one\n    \\# not a heading\n    \\<img src=x onerror=alert(1)>');
    expect(md).not.toMatch(/(^|[^\\])(<[a-z]|\]\()/im);
    expect(md).toContain('Not ready to start delivery: 2 gate questions open');
    expect(md).toContain(`Updated ${when(Date.UTC(2026, 0, 2)).text}. 1 of 5 done.`);
    expect(escapeMarkdown('a*b_c`d')).toBe('a\\*b_c\\`d');
  });
});

describe('property: random sessions agree with a simple model', () => {
  type Op =
    | { op: 'tick' | 'untick'; item: string }
    | { op: 'note'; item: string; text: string }
    | { op: 'rename'; name: string }
    | { op: 'create' }
    | { op: 'switch'; index: number }
    | { op: 'reload' }
    | { op: 'clear' }
    | { op: 'failWrites'; on: boolean };
  const item = fc.constantFrom('a1', 'a2', 'b1', 'g1', 'gone');
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ op: fc.constantFrom('tick' as const, 'untick' as const), item }),
    fc.record({ op: fc.constant('note' as const), item, text: fc.string({ maxLength: 30 }) }),
    fc.record({ op: fc.constant('rename' as const), name: fc.string({ maxLength: 12 }) }),
    fc.record({ op: fc.constant('create' as const) }),
    fc.record({ op: fc.constant('switch' as const), index: fc.nat(5) }),
    fc.record({ op: fc.constant('reload' as const) }),
    fc.record({ op: fc.constant('clear' as const) }),
    fc.record({ op: fc.constant('failWrites' as const), on: fc.boolean() }),
  );

  // Runs named, added and opened directly: the store must keep whatever shape of runs a tool writes.
  const renamed = (b: ChecklistRunSet, name: string, now: number): ChecklistRunSet =>
    name.trim()
      ? { ...b, runs: b.runs.map((r) => (r.id === b.active ? { ...r, name: name.trim(), updatedAt: now } : r)) }
      : b;
  const added = (b: ChecklistRunSet, now: number): ChecklistRunSet => {
    const id = `r${Math.max(0, ...b.runs.map((r) => Number(r.id.slice(1)) || 0)) + 1}`;
    return {
      active: id,
      runs: [...b.runs, { ...emptyRun(), id, name: `Engagement ${b.runs.length + 1}`, updatedAt: now }],
    };
  };
  const opened = (b: ChecklistRunSet, id: string): ChecklistRunSet => ({ ...b, active: id });

  /** What a reader sees of a runSet: runs in order with their names, ticks and notes, and the open one. */
  const seen = (runSet: ChecklistRunSet) => ({
    active: runSet.active,
    runs: runSet.runs.map((r) => ({
      id: r.id,
      name: r.name,
      ticks: Object.keys(r.ticks)
        .filter((k) => r.ticks[k])
        .sort(),
      notes: Object.fromEntries(Object.entries(r.notes).filter(([, v]) => v !== '')),
    })),
  });

  it('holds for 150 random sequences of operations', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const storage = memoryStorage();
        const realSet = storage.setItem;
        let failing = false;
        storage.setItem = (k, v) => {
          if (failing) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
          realSet(k, v);
        };
        let clock = 1;
        let store = createStore({ storage, now: () => clock });
        let slot = store.open(checklistKind, 'test');
        // Nothing stored is no run at all; the first change starts one (the tool starts it for the current engagement).
        const fresh = (): ChecklistRunSet => ({ active: '', runs: [] });
        const started = (b: ChecklistRunSet) => (b.runs.length > 0 ? b : oneRun(emptyRun(), clock));
        // The model: what the tool shows, and what the last successful save left in storage.
        let shown: ChecklistRunSet = fresh();
        let persisted: ChecklistRunSet | null = null;
        const commit = (change: (runSet: ChecklistRunSet) => ChecklistRunSet) => {
          shown = change(started(shown));
          const status = slot.update((b) => change(started(b)));
          if (status.failure === undefined) persisted = shown;
          else expect(failing).toBe(true);
        };
        for (const o of ops) {
          clock++;
          switch (o.op) {
            case 'tick':
            case 'untick':
              commit((b) => setTick(b, o.item, o.op === 'tick', clock));
              break;
            case 'note':
              commit((b) => setNote(b, o.item, o.text, clock));
              break;
            case 'rename':
              commit((b) => renamed(b, o.name, clock));
              break;
            case 'create':
              commit((b) => added(b, clock));
              break;
            case 'switch':
              commit((b) => opened(b, b.runs[o.index % b.runs.length]!.id));
              break;
            case 'reload':
              store = createStore({ storage, now: () => clock });
              slot = store.open(checklistKind, 'test');
              shown = persisted ?? fresh();
              break;
            case 'clear':
              failing = false;
              store.clearAll();
              persisted = null;
              shown = fresh();
              break;
            case 'failWrites':
              failing = o.on;
              break;
          }
          expect(seen(slot.read())).toEqual(seen(shown));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('phases: what must hold before the move, and what follows it', () => {
  const readiness = loadChecklists().find((c) => c.id === 'approval-and-billing-readiness')!.data;
  const ids = (groups: { items: { id: string }[] }[]) => groups.flatMap((g) => g.items.map((i) => i.id));
  const tickAll = (list: string[]) => Object.fromEntries(list.map((id) => [id, true]));
  const gateIds = readiness.gate!.questions.map((q) => q.id);

  it('splits the readiness checklist: A to C before sending the invoice, D and E after', () => {
    expect(readiness.gate?.move).toBe('send the invoice');
    expect(beforeGroups(readiness).map((g) => g.letter)).toEqual(['A', 'B', 'C']);
    expect(afterGroups(readiness).map((g) => g.letter)).toEqual(['D', 'E']);
  });

  it('keeps the ids readers have ticks saved under, for every item that stayed', () => {
    // The first edition's item ids; only the gate question about payment status left (it can only hold after sending).
    const firstEdition = [
      'scope-complete',
      'delivered-agreed-channel',
      'criteria-shared-in-advance',
      'approval-owner-named',
      'approval-channel',
      'decision-window',
      'looks-good-confirmed',
      'change-requests-separate',
      'trigger-occurred-recorded',
      'amount-terms-match',
      'billing-contact-correct',
      'status-in-system-of-record',
      'follow-up-scheduled',
      'all-paid-or-resolved',
      'client-informed',
      'handoff-items-confirmed',
      'gate-acceptance-explicit',
      'gate-trigger-recorded',
      'gate-nothing-open',
    ];
    expect([...ids(readiness.groups), ...gateIds]).toEqual(expect.arrayContaining(firstEdition));
  });

  it('stops at the first unticked item before sending, in run order', () => {
    expect(gateStatus(readiness, { ticks: {}, notes: {} })).toBe(
      'Not ready to send the invoice: stopped at A. Before sending: delivery, “Everything in the agreed scope for this milestone is complete.” (14 items open)',
    );
    const throughA = tickAll(ids(beforeGroups(readiness).slice(0, 1)));
    expect(gateStatus(readiness, { ticks: { ...throughA, 'approval-owner-named': true }, notes: {} })).toMatch(
      /^Not ready to send the invoice: stopped at B\. Before sending: approval, “The approval arrived through the agreed approval channel\.” \(10 items open\)$/,
    );
    const allBefore = tickAll(ids(beforeGroups(readiness)));
    expect(gateStatus(readiness, { ticks: allBefore, notes: {} })).toMatch(
      /stopped at the go\/no-go gate, “Has the approval owner accepted/,
    );
    expect(gateOpenItems(readiness, { ticks: allBefore, notes: {} }).map((o) => o.item.id)).toEqual(gateIds);
  });

  it('opens the gate with nothing ticked after sending, and ticks after sending never open it', () => {
    const before = tickAll([...ids(beforeGroups(readiness)), ...gateIds]);
    expect(gateStatus(readiness, { ticks: before, notes: {} })).toBe('Ready to send the invoice');
    const after = tickAll([...ids(afterGroups(readiness)), ...gateIds]);
    expect(gateStatus(readiness, { ticks: after, notes: {} })).toMatch(
      /^Not ready to send the invoice: stopped at A\./,
    );
  });

  it('exports the gate between the groups before the move and the groups after it', () => {
    const md = checklistMarkdown(readiness, { id: 'r1', name: 'Milestone 2', updatedAt: 0, ticks: {}, notes: {} });
    const at = (text: string) => md.indexOf(text);
    expect(at('## C. Before sending')).toBeGreaterThan(-1);
    expect(at('## C. Before sending')).toBeLessThan(at('## Go/no-go: before you send the invoice'));
    expect(at('## Go/no-go: before you send the invoice')).toBeLessThan(at('## D. After sending'));
  });

  it('leaves a checklist without phases as it was: the gate counts its own questions', () => {
    expect(gateOpenItems(checklist, { ticks: {}, notes: {} }).map((o) => o.item.id)).toEqual(['g1', 'g2']);
  });
});
