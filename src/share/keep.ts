/**
 * How a shared copy joins a browser's own data: into the engagement of the same name, or into a
 * new one, never replacing anything already there. Pure; the share page applies these through
 * the store and says "saved" only once the store has.
 */
import type { ChecklistRun, ChecklistRunSet } from '../tools/checklist/checklist';
import type { WorksheetRunSet } from '../tools/worksheet/worksheet';
import { ROW_ID } from '../tools/worksheet/worksheet';
import type { Chosen } from '../lib/engagements/chosen';
import type { Engagement, NewEngagement } from '../lib/engagements/engagement';
import { LIMITS } from '../lib/engagements/limits';
import { cutText } from '../lib/text-cut';
import { onRun } from '../lib/engagements/runs';
import { joinChecklist } from '../lib/engagements/refile';
import type { RecordValues } from '../tools/record/record';
import {
  recordShare,
  type SharedChecklist,
  type SharedDiagnostic,
  type SharedRecord,
  type SharedWorksheet,
} from '../tools/share-state';
import { keysOf, sliceOf, withKeysOf, withSlice } from '../lib/engagements/scoped';
import type { SavedTicks } from '../tools/diagnostic/saved';

/**
 * How engagements are made and named (createEngagement and engagementName in
 * ../engagements/engagement.ts). Passed in: the share page takes them from the storage code it has
 * just loaded, which holds them already, rather than loading a second copy.
 */
export interface EngagementTools {
  create(input: NewEngagement, existing: readonly Engagement[], now: number): Engagement;
  name(e: Pick<Engagement, 'client' | 'project'>): string;
}

/**
 * A name as engagements are matched by it: trimmed, single-spaced, NFC, lower case (as
 * `nameKey` in ../engagements/named.ts, which this code does not load: it sits with the storage code).
 */
const matchKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The stored engagement whose name matches the shared one (ignoring case and spacing). */
export const sameNamed = (chosen: Chosen, name: string, tools: EngagementTools): Engagement | undefined =>
  chosen.engagements.find((e) => matchKey(tools.name(e)) === matchKey(name));

/** "Client: project" back into its parts, each within the stored limit. */
function namesOf(name: string): { client: string; project: string } {
  const at = name.indexOf(': ');
  const [client, project] = at > 0 ? [name.slice(0, at), name.slice(at + 2)] : [name, ''];
  // Cut on a character boundary, and any half character a link carries dropped: nothing broken is stored.
  return { client: cutText(client.trim(), LIMITS.name), project: cutText(project.trim(), LIMITS.name) };
}

/** The name a second engagement gets when the reader keeps a shared copy apart from one of the same name. */
export const copyName = (name: string, taken: Chosen, tools: EngagementTools) => {
  for (let n = 1; ; n++) {
    const candidate = `${name} (shared copy${n > 1 ? ` ${n}` : ''})`;
    if (!sameNamed(taken, candidate, tools)) return candidate;
  }
};

/**
 * The engagements with the one the shared copy goes to, made current (so the tool opens on it):
 * `into` an existing engagement's id, or a new engagement named `name`.
 */
export function withTarget(
  chosen: Chosen,
  target: { into: string } | { name: string },
  tools: EngagementTools,
  now: number,
): { chosen: Chosen; id: string } {
  if ('into' in target) return { chosen: { ...chosen, current: target.into }, id: target.into };
  const names = namesOf(target.name);
  const e = tools.create(
    names.client ? names : { client: 'Shared engagement', project: names.project },
    chosen.engagements,
    now,
  );
  return { chosen: { engagements: [...chosen.engagements, e], current: e.id }, id: e.id };
}

/** The shared ticks and notes added to an engagement's checklist run: ticks join, notes stand side by side. */
export function keepChecklist(
  runSet: ChecklistRunSet,
  e: { id: string; name: string },
  shared: SharedChecklist,
  now: number,
): ChecklistRunSet {
  const withRun = onRun<ChecklistRun>(runSet, e, () => ({ ticks: {}, notes: {} }), now);
  return {
    ...withRun,
    runs: withRun.runs.map((r) => {
      if (r.id !== e.id) return r;
      // A shared note never replaces different text already there: the two stand side by side.
      const { ticks, notes } = joinChecklist(r, shared);
      // A shared "No" joins only where this run has no "Yes" of its own.
      const no = { ...r.no };
      for (const q of Object.keys(shared.no ?? {})) if (ticks[q] !== true) no[q] = true;
      return { ...r, ticks, notes, ...(Object.keys(no).length > 0 && { no }), updatedAt: now };
    }),
  };
}

/**
 * The shared rows added to an engagement's worksheet run, after the rows it has (rows it already
 * has, cell for cell, are not added twice). An engagement with no rows of its own gets the shared
 * rows alone, not the worksheet's examples.
 */
export function keepWorksheet(
  runSet: WorksheetRunSet,
  e: { id: string; name: string },
  shared: SharedWorksheet,
  now: number,
): WorksheetRunSet {
  const had = runSet.runs.some((r) => r.id === e.id);
  const withRun = onRun(runSet, e, () => ({ rows: [] }), now);
  const key = (row: Record<string, string>) =>
    JSON.stringify(
      Object.entries(row)
        .filter(([k, v]) => k !== ROW_ID && v.trim() !== '')
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  return {
    ...withRun,
    runs: withRun.runs.map((r) => {
      if (r.id !== e.id) return r;
      const mine = had ? r.rows : [];
      const seen = new Set(mine.map(key));
      return {
        ...r,
        rows: [...mine, ...shared.rows.filter((row) => !seen.has(key(row))).map((row) => ({ ...row }))],
        updatedAt: now,
      };
    }),
  };
}

/**
 * The shared record added to an engagement's handoff records under its own name; when the
 * engagement has a different record of that name, under "<name> (shared copy)" instead.
 * Returns the name it was kept under.
 */
export function keepRecord(
  records: Readonly<Record<string, RecordValues>>,
  engagement: string,
  nameField: string,
  shared: SharedRecord,
): { records: Record<string, RecordValues>; name: string } {
  const mine = sliceOf(records, engagement);
  const base = (shared[nameField] ?? '').trim() || 'Shared record';
  const sorted = (v: RecordValues) =>
    JSON.stringify(Object.entries(recordShare(v)).sort(([a], [b]) => (a < b ? -1 : 1)));
  const same = (a: RecordValues | undefined) =>
    a !== undefined && sorted(a) === sorted({ ...shared, [nameField]: base });
  let name = base;
  for (let n = 1; Object.hasOwn(mine, name) && !same(mine[name]); n++)
    name = `${base} (shared copy${n > 1 ? ` ${n}` : ''})`;
  return { records: withSlice(records, engagement, { ...mine, [name]: { ...shared, [nameField]: name } }), name };
}

/** The shared diagnostic ticks added to an engagement's own: ticks join, none is taken away. */
export function keepDiagnostic(stored: SavedTicks, engagement: string, shared: SharedDiagnostic): SavedTicks {
  const mine = keysOf(stored.ticked, engagement);
  return { ticked: withKeysOf(stored.ticked, engagement, [...new Set([...mine, ...shared.ticked])].sort()) };
}
