/**
 * Named records ("Acme rebrand") kept side by side for one checklist or worksheet, one of
 * them active. Shared by the checklist and the worksheet; `T` is what a record holds.
 */
export type Run<T> = T & { id: string; name: string; updatedAt: number };

export interface RunSet<T> {
  active: string;
  records: Run<T>[];
}

export const DEFAULT_NAME = 'My engagement';

export function newRunSet<T>(content: T, now: number): RunSet<T> {
  return { active: 'r1', records: [{ ...content, id: 'r1', name: DEFAULT_NAME, updatedAt: now }] };
}

/** The active record; a runSet whose active id went missing falls back to its first record. */
export function activeRun<T>(runSet: RunSet<T>): Run<T> {
  return runSet.records.find((r) => r.id === runSet.active) ?? runSet.records[0]!;
}

/** A loaded runSet can be empty or point at a missing record; this makes it usable. */
export function normalizeRunSet<T>(runSet: RunSet<T>, content: () => T, now: number): RunSet<T> {
  if (runSet.records.length === 0) return newRunSet(content(), now);
  return runSet.records.some((r) => r.id === runSet.active) ? runSet : { ...runSet, active: runSet.records[0]!.id };
}

const nextId = (runSet: RunSet<unknown>) =>
  `r${Math.max(0, ...runSet.records.map((r) => Number(r.id.slice(1)) || 0)) + 1}`;

export function createRun<T>(runSet: RunSet<T>, name: string, content: T, now: number): RunSet<T> {
  const id = nextId(runSet);
  const clean = name.trim() || `Engagement ${runSet.records.length + 1}`;
  return { active: id, records: [...runSet.records, { ...content, id, name: clean, updatedAt: now }] };
}

export function renameRun<T>(runSet: RunSet<T>, id: string, name: string, now: number): RunSet<T> {
  const clean = name.trim();
  if (!clean) return runSet;
  return { ...runSet, records: runSet.records.map((r) => (r.id === id ? { ...r, name: clean, updatedAt: now } : r)) };
}

export function switchRun<T>(runSet: RunSet<T>, id: string): RunSet<T> {
  return runSet.records.some((r) => r.id === id) ? { ...runSet, active: id } : runSet;
}

/** Deletes a record; deleting the last one leaves a fresh, empty record. */
export function deleteRun<T>(runSet: RunSet<T>, id: string, content: () => T, now: number): RunSet<T> {
  const records = runSet.records.filter((r) => r.id !== id);
  if (records.length === 0) return newRunSet(content(), now);
  return { active: runSet.active === id ? records[0]!.id : runSet.active, records };
}

/** Applies a change to the active record's content and stamps it. */
export function updateActive<T>(runSet: RunSet<T>, change: (record: Run<T>) => T, now: number): RunSet<T> {
  const active = activeRun(runSet);
  return {
    ...runSet,
    records: runSet.records.map((r) =>
      r.id === active.id ? { ...r, ...change(r), id: r.id, name: r.name, updatedAt: now } : r,
    ),
  };
}
