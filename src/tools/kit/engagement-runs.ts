/**
 * The checklist's and the worksheet's side of the picker: every change goes to the current
 * engagement's run. Changes made before the current engagement is known (storage still opening)
 * wait, shown on a blank run, and go to it once it is.
 */
import type { RunSet, Run } from '../../lib/runs/run-set';
import { onRun, previewRun, runOf, type EngagementRef } from '../../lib/engagements/runs';
import type { Connection } from './stored';

/** A change to a tool's run set, applied to what is stored now. */
export type Update<T> = (change: (runSet: RunSet<T>, now: number) => RunSet<T>) => void;

type Change<T> = (runSet: RunSet<T>, now: number) => RunSet<T>;

export class EngagementRuns<T> {
  current?: EngagementRef;
  pending: Change<T>[] = [];
  constructor(
    private conn: () => Connection<RunSet<T>> | undefined,
    private content: () => T,
    private changed: () => void,
  ) {}

  update: Update<T> = (change) => {
    const e = this.current;
    if (!e) {
      this.pending.push(change);
      // The connection shows "Saving…" (and, once storage opens, a save) while the change waits.
      this.conn()?.update((runSet) => runSet);
      return this.changed();
    }
    this.conn()?.update((runSet) => {
      const now = Date.now();
      return change(onRun(runSet, e, this.content, now), now);
    });
  };

  setCurrent = (e: EngagementRef) => {
    this.current = e;
    const waiting = this.pending;
    this.pending = [];
    for (const change of waiting) this.update(change);
    this.changed();
  };

  run(runSet: RunSet<T>): Run<T> {
    return this.current ? runOf(runSet, this.current, this.content) : previewRun(runSet, this.pending, this.content);
  }
}
