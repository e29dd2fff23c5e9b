/**
 * Named runs ("Acme rebrand") kept side by side for one checklist or worksheet, one of them
 * active: one run per engagement. Shared by the checklist and the worksheet; `T` is what a run
 * holds. This is the tools' working shape, not the stored one: storage keeps the runs as items
 * (run-set-items.ts), under a map that is still called `records`.
 */
export type Run<T> = T & { id: string; name: string; updatedAt: number };

export interface RunSet<T> {
  active: string;
  runs: Run<T>[];
}

export const DEFAULT_NAME = 'My engagement';

/** The active run; a runSet whose active id went missing falls back to its first run. */
export function activeRun<T>(runSet: RunSet<T>): Run<T> {
  return runSet.runs.find((r) => r.id === runSet.active) ?? runSet.runs[0]!;
}

/** Applies a change to the active run's content and stamps it. */
export function updateActive<T>(runSet: RunSet<T>, change: (run: Run<T>) => T, now: number): RunSet<T> {
  const active = activeRun(runSet);
  return {
    ...runSet,
    runs: runSet.runs.map((r) =>
      r.id === active.id ? { ...r, ...change(r), id: r.id, name: r.name, updatedAt: now } : r,
    ),
  };
}
