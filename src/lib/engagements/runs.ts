/**
 * Tool runs keyed by engagement. The checklist and the worksheet keep one run per engagement,
 * under the engagement's id (see ./rekey.ts for the data stored before). Loaded with the islands,
 * so it imports nothing of the storage code.
 */
import type { RunSet, Run } from '../runs/run-set';
import type { Engagement } from './engagement';

export interface EngagementRef {
  id: string;
  name: string;
  /** The engagement itself, when the picker knows it: what the tools show from it (client, project, dependencies). */
  engagement?: Engagement | undefined;
}

/** The engagement's run in a runSet (a fresh one when it has none yet), under the engagement's name as it is now. */
export function runOf<T>(runSet: RunSet<T>, e: EngagementRef, content: () => T): Run<T> {
  const run = runSet.runs.find((r) => r.id === e.id);
  return run ? { ...run, name: e.name || run.name } : { ...content(), id: e.id, name: e.name, updatedAt: 0 };
}

/** The runSet with the engagement's run in it and open, so a change to the open run goes to it. */
export function onRun<T>(runSet: RunSet<T>, e: EngagementRef, content: () => T, now: number): RunSet<T> {
  const has = runSet.runs.some((r) => r.id === e.id);
  return {
    active: e.id,
    runs: has ? runSet.runs : [...runSet.runs, { ...content(), id: e.id, name: e.name, updatedAt: now }],
  };
}

/** The engagements a runSet holds runs for, with the names the runs were saved under. */
export const foundIn = (runSet: RunSet<unknown>) => runSet.runs.map((r) => ({ id: r.id, name: r.name }));

/**
 * The run to show before the current engagement is known (storage still opening): changes the
 * reader already made, applied to a blank run, so nothing typed or ticked seems to vanish.
 */
export function previewRun<T>(
  runSet: RunSet<T>,
  pending: readonly ((runSet: RunSet<T>, now: number) => RunSet<T>)[],
  content: () => T,
): Run<T> {
  const none = { id: '', name: '' };
  return runOf(
    pending.reduce((b, change) => change(b, 0), onRun(runSet, none, content, 0)),
    none,
    content,
  );
}
