/** Go/no-go questions answer Yes, No or Not checked yet: an unanswered question never reads as a "no". */
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../src/tools/checklist/schema';
import {
  checklistMarkdown,
  emptyRun,
  gateAnswer,
  gateStatus,
  progress,
  setGateAnswer,
  setTick,
} from '../../src/tools/checklist/checklist';
import { activeRun } from '../../src/lib/runs/run-set';
import { oneRun } from '../support/run-sets';
import { checklistKind, createStore } from '../support/store';
import { memoryStorage } from '../../src/lib/persistence/storage';
import { checklistShare } from '../../src/tools/share-state';

const checklist: Checklist = {
  title: 'Test checklist',
  when: 'Now.',
  runOrder: 'A.',
  groups: [{ letter: 'A', title: 'First', items: [{ id: 'a1', text: 'One' }] }],
  gate: {
    move: 'start delivery',
    questions: [
      { id: 'g1', text: 'Gate one?' },
      { id: 'g2', text: 'Gate two?' },
      { id: 'g3', text: 'Gate three?' },
    ],
  },
};

describe('go/no-go answers', () => {
  it('start as "Not checked yet", and each answer replaces the one before', () => {
    let runSet = oneRun(emptyRun(), 0);
    expect(gateAnswer(activeRun(runSet), 'g1')).toBe('unchecked');
    runSet = setGateAnswer(runSet, 'g1', 'no', 1);
    expect(gateAnswer(activeRun(runSet), 'g1')).toBe('no');
    runSet = setGateAnswer(runSet, 'g1', 'yes', 2);
    expect(gateAnswer(activeRun(runSet), 'g1')).toBe('yes');
    expect(activeRun(runSet).no).toEqual({});
    runSet = setGateAnswer(runSet, 'g1', 'unchecked', 3);
    expect(gateAnswer(activeRun(runSet), 'g1')).toBe('unchecked');
  });

  it('a "No" holds the move like an open question, and the status says which is which', () => {
    let runSet = oneRun(emptyRun(), 0);
    runSet = setGateAnswer(runSet, 'g1', 'yes', 1);
    expect(gateStatus(checklist, activeRun(runSet))).toBe('Not ready to start delivery: 2 gate questions open');
    runSet = setGateAnswer(runSet, 'g2', 'no', 1);
    expect(gateStatus(checklist, activeRun(runSet))).toBe(
      'Not ready to start delivery: 1 gate question answered no, 1 not checked yet',
    );
    expect(progress(checklist, activeRun(runSet)).gate).toMatchObject({ done: 1, total: 3 });
    runSet = setGateAnswer(runSet, 'g3', 'yes', 1);
    runSet = setGateAnswer(runSet, 'g2', 'yes', 1);
    expect(gateStatus(checklist, activeRun(runSet))).toBe('Ready to start delivery');
  });

  it('exports each question with its answer in words', () => {
    let runSet = oneRun(emptyRun(), 0);
    runSet = setGateAnswer(runSet, 'g1', 'yes', 1);
    runSet = setGateAnswer(runSet, 'g2', 'no', 1);
    const md = checklistMarkdown(checklist, activeRun(runSet));
    expect(md).toContain('- [x] Yes: Gate one?\n- [ ] No: Gate two?\n- [ ] Not checked yet: Gate three?');
  });

  it('are stored and read back: a "No" is kept apart from a question never answered, and a "Yes" wins', () => {
    const storage = memoryStorage();
    const store = createStore({ storage, now: () => 10 });
    const slot = store.open(checklistKind, 'test');
    let runSet = oneRun(emptyRun(), 0);
    runSet = setGateAnswer(runSet, 'g1', 'no', 5);
    runSet = setGateAnswer(runSet, 'g2', 'yes', 5);
    runSet = setTick(runSet, 'a1', true, 5);
    expect(slot.update(() => runSet).savedAt).toBeDefined();
    const again = activeRun(
      createStore({ storage, now: () => 20 })
        .open(checklistKind, 'test')
        .read(),
    );
    expect([gateAnswer(again, 'g1'), gateAnswer(again, 'g2'), gateAnswer(again, 'g3')]).toEqual([
      'no',
      'yes',
      'unchecked',
    ]);
    expect(again.ticks).toEqual({ a1: true, g2: true });
  });

  it('travel in a share link', () => {
    let runSet = oneRun(emptyRun(), 0);
    runSet = setGateAnswer(runSet, 'g2', 'no', 1);
    expect(checklistShare(activeRun(runSet))).toEqual({ ticks: {}, notes: {}, no: { g2: true } });
  });
});
