/**
 * Data saved before engagements existed, filed under an engagement the reader already has. The
 * migration gives each old record name an engagement id drawn from the name (./named.ts), so every
 * tool and every tab agree without asking each other. When the reader's list already holds an
 * engagement of that name (made by the reader, with an id of its own), a second engagement of one
 * name would appear: instead, the tools' data under the name's id moves to the existing id.
 *
 * Names match as they do everywhere else on the site (the migration joining records, a kept
 * shared copy finding its engagement): trimmed, single-spaced, Unicode NFC, ignoring case, against
 * the engagement's name as lists show it ("Client: project", or the client alone).
 *
 * Where the existing engagement already holds data for the same tool, both are kept, the way a
 * kept shared copy joins a run: ticks join, different notes stand side by side, rows are added
 * after the existing ones, a record of a name already taken keeps its own under a new name.
 * Nothing is written over. Pure: the store applies the moves through a slot's ordinary update,
 * so two tabs doing it at once converge, and once moved there is nothing left to move.
 */
import type { Run, RunSet } from '../runs/run-set';
import { DEFAULT_ENGAGEMENT_ID } from './default-id';
import { engagementName, type Engagement } from './engagement';
import { engagementIdForName, nameKey } from './named';

/** An engagement a tool holds data for, with the name the data was saved under when it has one. */
export interface Named {
  id: string;
  name?: string | undefined;
}

/**
 * Which engagement ids to move where: an id a tool holds data for that the list lacks, drawn from
 * the name its data was saved under (so: migrated data), when a stored engagement of that name has
 * another id. Several of that name: the oldest, as the picker lists them. The default engagement
 * (unnamed data, a first visit) stays where it is.
 */
export function refileMoves(engagements: readonly Engagement[], found: readonly Named[]): Map<string, string> {
  const moves = new Map<string, string>();
  // Data saved under a name's own id (only migrated data is); usually none, and nothing more to do.
  const drawn = found.filter(
    (f): f is { id: string; name: string } =>
      f.name !== undefined && f.id !== DEFAULT_ENGAGEMENT_ID && engagementIdForName(f.name) === f.id,
  );
  if (drawn.length === 0) return moves;
  const stored = new Set(engagements.map((e) => e.id));
  const byName = new Map<string, string>();
  const oldestFirst = [...engagements].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  for (const e of oldestFirst)
    if (!byName.has(nameKey(engagementName(e)))) byName.set(nameKey(engagementName(e)), e.id);
  for (const { id, name } of drawn) {
    if (moves.has(id) || stored.has(id)) continue;
    const to = byName.get(nameKey(name));
    if (to !== undefined && to !== id) moves.set(id, to);
  }
  return moves;
}

/** Text kept side by side: different text is never replaced, only joined after what is there. */
export const joinText = (mine: string | undefined, theirs: string) =>
  !mine || mine.trim() === '' ? theirs : mine === theirs || mine.includes(theirs) ? mine : `${mine}\n\n${theirs}`;

/**
 * A runSet with the run of `from` filed under `to`: renamed when `to` has no run, else joined into
 * it with `join` (the existing run's content first). The open run follows the move.
 */
export function moveRun<T>(
  runSet: RunSet<T>,
  from: string,
  to: string,
  join: (mine: Run<T>, theirs: Run<T>) => T,
): RunSet<T> {
  const moving = runSet.runs.find((r) => r.id === from);
  if (!moving) return runSet;
  const has = runSet.runs.some((r) => r.id === to);
  const runs = has
    ? runSet.runs.filter((r) => r.id !== from).map((r) => (r.id === to ? { ...r, ...join(r, moving) } : r))
    : runSet.runs.map((r) => (r.id === from ? { ...r, id: to } : r));
  return { ...runSet, active: runSet.active === from ? to : runSet.active, runs };
}

/** Checklist runs joined: a tick in either stays ticked, different notes on one item stand side by side. */
export function joinChecklist(
  mine: { ticks: Record<string, boolean>; notes: Record<string, string> },
  theirs: { ticks: Record<string, boolean>; notes: Record<string, string> },
) {
  const notes = { ...mine.notes };
  for (const [item, note] of Object.entries(theirs.notes)) if (note !== '') notes[item] = joinText(notes[item], note);
  const ticks = { ...mine.ticks };
  for (const [item, on] of Object.entries(theirs.ticks)) if (on) ticks[item] = true;
  return { ticks, notes };
}

/**
 * Worksheet runs joined: the existing rows, then each moved row that holds something and is not
 * already there cell for cell. A moved row whose id is taken gets one of its own (drawn from the
 * ids alone, so every tab picks the same). `rowId` is the key a row keeps its id under, `blank`
 * the id of the starting blank row, which gives way when rows arrive.
 */
export function joinRows(
  mine: readonly Record<string, string>[],
  theirs: readonly Record<string, string>[],
  rowId: string,
  blank: string,
): Record<string, string>[] {
  const cells = (row: Record<string, string>) =>
    JSON.stringify(
      Object.entries(row)
        .filter(([k, v]) => k !== rowId && v.trim() !== '')
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  const empty = (row: Record<string, string>) => cells(row) === '[]';
  const kept = mine.filter((row) => !(row[rowId] === blank && empty(row)));
  const seen = new Set(kept.map(cells));
  const taken = new Set(kept.map((row) => row[rowId]));
  const out = [...kept];
  for (const row of theirs) {
    if (empty(row) || seen.has(cells(row))) continue;
    let id = row[rowId] ?? 'm';
    for (let n = 2; taken.has(id); n++) id = `${row[rowId] ?? 'm'}-${n}`;
    taken.add(id);
    seen.add(cells(row));
    out.push({ ...row, [rowId]: id });
  }
  return out;
}

/**
 * Handoff records keyed `<engagement>:<name>` with those of `from` filed under `to`. A record whose
 * name `to` already uses for different content keeps its own under "<name> (earlier)" (then
 * "(earlier 2)"…), its name field renamed with it; the same content is not kept twice.
 */
export function moveRecords<V extends Record<string, string>>(
  records: Readonly<Record<string, V>>,
  from: string,
  to: string,
  nameField: string,
): Record<string, V> {
  const same = (a: V, b: V) =>
    JSON.stringify(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : 1))) ===
    JSON.stringify(Object.entries(b).sort(([x], [y]) => (x < y ? -1 : 1)));
  const out: Record<string, V> = {};
  const moving: [string, V][] = [];
  for (const [key, values] of Object.entries(records)) {
    if (key.startsWith(`${from}:`)) moving.push([key.slice(from.length + 1), values]);
    else out[key] = values;
  }
  const as = (values: V, kept: string, name: string): V =>
    kept === name || !Object.hasOwn(values, nameField) ? values : { ...values, [nameField]: kept };
  for (const [name, values] of moving.sort(([a], [b]) => (a < b ? -1 : 1))) {
    let kept = name;
    for (let n = 1; Object.hasOwn(out, `${to}:${kept}`) && !same(out[`${to}:${kept}`]!, as(values, kept, name)); n++)
      kept = `${name} (earlier${n > 1 ? ` ${n}` : ''})`;
    if (!Object.hasOwn(out, `${to}:${kept}`)) out[`${to}:${kept}`] = as(values, kept, name);
  }
  return out;
}
