/** What deleting an engagement removes: each tool's runs of it, counted for the confirm step, and the changes that remove them. */
import type { SavedResult } from '../quiz/history';
import type { SavedTicks } from '../diagnostic/saved';
import type { SavedRecords } from '../handoff-record/saved';
import type { Chosen } from './chosen';
import { splitKey } from '../runs/run-set-items';
import { owner, type ToolStates } from './gather';

/** What deleting an engagement removes from each tool, counted, so the confirm step can say it. */
export function runsOf(states: ToolStates, id: string): { tool: string; count: number }[] {
  const checklistRuns = Object.values(states.checklists).filter((b) => b.runs.some((r) => r.id === id)).length;
  const counts = [
    { tool: 'checklist runs', count: checklistRuns },
    { tool: 'dependency worksheet runs', count: states.dependencies?.runs.some((r) => r.id === id) ? 1 : 0 },
    { tool: 'quiz results', count: (states.quiz?.results ?? []).filter((r) => owner(r.engagement) === id).length },
    { tool: 'diagnostic ticks', count: (states.diagnostic?.ticked ?? []).filter((t) => splitKey(t)[0] === id).length },
    {
      tool: 'handoff records',
      count: Object.keys(states.records?.records ?? {}).filter((k) => splitKey(k)[0] === id).length,
    },
  ];
  return counts.filter((c) => c.count > 0);
}

/** The changes that delete one engagement's runs from each kind, and the engagement itself. */
export const without = {
  runSet<B extends { active: string; runs: { id: string }[] }>(runSet: B, id: string): B {
    const runs = runSet.runs.filter((r) => r.id !== id);
    return { ...runSet, runs, active: runSet.active === id ? (runs[0]?.id ?? '') : runSet.active };
  },
  quiz<Q extends { results: SavedResult[] }>(state: Q, id: string): Q {
    return { ...state, results: state.results.filter((r) => owner(r.engagement) !== id) };
  },
  diagnose(state: SavedTicks, id: string): SavedTicks {
    return { ticked: state.ticked.filter((t) => splitKey(t)[0] !== id) };
  },
  records<R extends SavedRecords>(state: R, id: string): R {
    return {
      ...state,
      records: Object.fromEntries(Object.entries(state.records).filter(([k]) => splitKey(k)[0] !== id)),
    };
  },
  engagement(chosen: Chosen, id: string): Chosen {
    return {
      engagements: chosen.engagements.filter((e) => e.id !== id),
      current: chosen.current === id ? '' : chosen.current,
    };
  },
};
