/**
 * The hook the quiz, the diagnostic and the handoff record use to follow the picker: the current
 * engagement, and changes that need it. A change made before the picker knows the current
 * engagement (storage still opening) waits, shown on a blank engagement, and is applied once it does.
 */
import { useRef, useState } from 'preact/hooks';
import type { EngagementRef } from '../lib/engagements/runs';
import type { Connection } from './stored';

type Change<S> = (state: S, engagement: string) => S;

export function useCurrent<S>(conn: { current: Connection<S> | null }) {
  const [current, setCurrent] = useState<EngagementRef>();
  const held = useRef<{ e?: EngagementRef; pending: Change<S>[] }>({ pending: [] });
  /** Returns the slot's status after the change, or undefined while it waits for the engagement or storage. */
  const update = (change: Change<S>) => {
    const e = held.current.e;
    if (e) return conn.current?.update((s) => change(s, e.id));
    held.current.pending.push(change);
    conn.current?.update((s) => s);
    return undefined;
  };
  const onCurrent = (e: EngagementRef) => {
    held.current.e = e;
    const waiting = held.current.pending;
    held.current.pending = [];
    for (const change of waiting) conn.current?.update((s) => change(s, e.id));
    setCurrent(e);
  };
  /** The state to show: before the engagement is known, the waiting changes on a blank one. */
  const shown = (state: S) => (current ? state : held.current.pending.reduce((s, c) => c(s, ''), state));
  return { current, id: current?.id ?? '', update, onCurrent, shown };
}
