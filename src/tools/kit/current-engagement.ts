/**
 * How the quiz, the diagnostic and the handoff record follow the picker: the current engagement,
 * and changes that need it. A change made before the picker knows the current engagement (storage
 * still opening) waits, shown on a blank engagement, and is applied once it does. The checklist's
 * and the worksheet's counterpart, over run sets, is engagement-runs.ts.
 */
import type { EngagementRef } from '../../lib/engagements/runs';
import type { Connection } from './stored';

type Change<S> = (state: S, engagement: string) => S;

export class CurrentEngagement<S> {
  current?: EngagementRef;
  private pending: Change<S>[] = [];
  /** `changed` redraws the island: the current engagement is shown. */
  constructor(
    private conn: () => Connection<S> | undefined,
    private changed: () => void,
  ) {}

  get id() {
    return this.current?.id ?? '';
  }

  /** Returns the slot's status after the change, or undefined while it waits for the engagement or storage. */
  update = (change: Change<S>) => {
    const e = this.current;
    if (e) return this.conn()?.update((s) => change(s, e.id));
    this.pending.push(change);
    this.conn()?.update((s) => s);
    return undefined;
  };

  onCurrent = (e: EngagementRef) => {
    this.current = e;
    const waiting = this.pending;
    this.pending = [];
    for (const change of waiting) this.conn()?.update((s) => change(s, e.id));
    this.changed();
  };

  /** The state to show: before the engagement is known, the waiting changes on a blank one. */
  shown(state: S) {
    return this.current ? state : this.pending.reduce((s, c) => c(s, ''), state);
  }
}
