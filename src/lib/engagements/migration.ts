/**
 * The migration plan: today's stored tool data, tagged with engagements. It is a plan, not a
 * write. The caller stores the new data, keeps every v1 key until the reader confirms the result,
 * and only then removes them; `plan.sources` carries each v1 key with its raw text for that.
 *
 * Who belongs to which engagement: a named record (a checklist or worksheet record, a handoff
 * record) becomes an engagement by its name, and records with the same name (ignoring case,
 * spacing and Unicode form) join the same one. Unnamed data (quiz history, diagnostic ticks) and
 * records still called by the default name go to a default engagement.
 *
 * Ids are drawn from a random source seeded by the name, so two tabs migrating the same data
 * at once make the same engagements, and a per-item merge of their results converges.
 */
import { DEFAULT_NAME } from '../runs/run-set';
import { DIAGNOSTIC_STORED_NAME } from '../../schemas/stored-name';
import { LIMITS } from './limits';
import { emptyDates, type Engagement } from './engagement';
import { idForJoin, joinOf, nameKey } from './named';
import {
  readV1,
  type UnreadReason,
  type V1RunSet,
  type V1KindName,
  type V1NamedRecord,
  type V1QuizHistory,
  type V1Records,
  type V1Ticks,
} from './stored-v1';

interface Tagged {
  engagementId: string;
  /** The v1 key the data came from. */
  sourceKey: string;
  /** The checklist, worksheet, quiz, diagnostic or record form id. */
  tool: string;
}

/** One tool run, tagged. Every stored field is kept as it was, ids and stamps included. */
export type TaggedRun =
  | (Tagged & { kind: 'checklist' | 'worksheet'; record: V1NamedRecord })
  | (Tagged & { kind: 'handoff-records'; name: string; values: Record<string, string> })
  | (Tagged & { kind: 'quiz'; results: V1QuizHistory['results'] })
  | (Tagged & { kind: typeof DIAGNOSTIC_STORED_NAME; ticked: string[] });

/** A stored key as found: its raw text, always, and how it was read. */
export interface SourceEntry {
  key: string;
  raw: string;
  read:
    | { ok: true; kind: V1KindName; version: number; savedAt: number; active?: string }
    | { ok: false; reason: UnreadReason };
}

export interface MigrationPlan {
  engagements: Engagement[];
  /** Present when some data went to the default engagement. */
  defaultEngagementId?: string;
  /** The engagement to open first: the one of the active record most recently saved. */
  currentEngagementId?: string;
  runs: TaggedRun[];
  /** Every key handed in, with its raw text, in key order. Nothing else is needed to undo. */
  sources: SourceEntry[];
}

/** A run before its engagement is known (Omit spread over each member of the union). */
type Untagged = TaggedRun extends infer R ? (R extends unknown ? Omit<R, 'engagementId'> : never) : never;

export type MigrationOutcome = { ok: true; plan: MigrationPlan } | { ok: false; problem: string };

export { nameKey };

function engagementFor(name: string, id: string, createdAt: number, now: number): Engagement {
  const clean = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const chars = [...clean];
  const client = chars.slice(0, LIMITS.name).join('');
  return {
    id,
    client,
    project: '',
    // A name longer than the limit is cut for the client field and kept whole in the notes.
    ...(chars.length > LIMITS.name ? { notes: clean.slice(0, LIMITS.notes) } : {}),
    dates: emptyDates(),
    createdAt,
    updatedAt: now,
  };
}

export function planMigration(stored: Readonly<Record<string, string>>, now: number): MigrationOutcome {
  try {
    const plan = buildPlan(stored, now);
    const problems = verifyPlan(plan, stored);
    return problems.length === 0 ? { ok: true, plan } : { ok: false, problem: problems.join(' ') };
  } catch (error) {
    return {
      ok: false,
      problem: `The saved data could not be read for the move: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function buildPlan(stored: Readonly<Record<string, string>>, now: number): MigrationPlan {
  const sources: SourceEntry[] = [];
  /** Runs still waiting for an engagement: the name they join under ('' for the default). */
  const pending: { join: string; name: string; at: number; run: Untagged }[] = [];
  let current: { join: string; savedAt: number } | undefined;

  for (const key of Object.keys(stored).sort()) {
    const raw = stored[key]!;
    const read = readV1(key, raw);
    if (!read.ok) {
      sources.push({ key, raw, read });
      continue;
    }
    const base = { sourceKey: key, tool: read.tool };
    const entry: SourceEntry = {
      key,
      raw,
      read: { ok: true, kind: read.kind, version: read.version, savedAt: read.savedAt },
    };
    sources.push(entry);
    const join = joinOf;
    if (read.kind === 'checklist' || read.kind === 'worksheet') {
      const runSet = read.data as V1RunSet;
      entry.read = { ...entry.read, active: runSet.active } as SourceEntry['read'];
      for (const record of runSet.records)
        pending.push({
          join: join(record.name),
          name: record.name,
          at: record.updatedAt,
          run: { ...base, kind: read.kind, record },
        });
      const active = runSet.records.find((r) => r.id === runSet.active) ?? runSet.records[0];
      if (active && (!current || read.savedAt > current.savedAt))
        current = { join: join(active.name), savedAt: read.savedAt };
    } else if (read.kind === 'handoff-records') {
      for (const [name, values] of Object.entries((read.data as V1Records).records)) {
        pending.push({
          join: join(name),
          name,
          at: read.savedAt,
          run: { ...base, kind: 'handoff-records', name, values },
        });
      }
    } else if (read.kind === 'quiz') {
      pending.push({
        join: '',
        name: DEFAULT_NAME,
        at: read.savedAt,
        run: { ...base, kind: 'quiz', results: (read.data as V1QuizHistory).results },
      });
    } else {
      pending.push({
        join: '',
        name: DEFAULT_NAME,
        at: read.savedAt,
        run: { ...base, kind: DIAGNOSTIC_STORED_NAME, ticked: (read.data as V1Ticks).ticked },
      });
    }
  }

  // One engagement per join name, in name order so ids do not depend on the order keys were found.
  const byJoin = new Map<string, { name: string; createdAt: number }>();
  for (const p of pending) {
    const seen = byJoin.get(p.join);
    // The display name is the earliest spelling met; the engagement is as old as its oldest run.
    byJoin.set(
      p.join,
      seen
        ? { name: seen.name, createdAt: Math.min(seen.createdAt, p.at) }
        : { name: p.join === '' ? DEFAULT_NAME : p.name, createdAt: p.at },
    );
  }
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  const engagements: Engagement[] = [];
  for (const join of [...byJoin.keys()].sort()) {
    const { name, createdAt } = byJoin.get(join)!;
    const id = idForJoin(join, taken);
    taken.add(id);
    ids.set(join, id);
    engagements.push(engagementFor(name, id, Math.max(0, Math.floor(createdAt)), now));
  }

  return {
    engagements,
    ...(ids.has('') ? { defaultEngagementId: ids.get('')! } : {}),
    ...(current ? { currentEngagementId: ids.get(current.join)! } : {}),
    runs: pending.map((p) => ({ ...p.run, engagementId: ids.get(p.join)! }) as TaggedRun),
    sources,
  };
}

/** JSON with object keys sorted, so two values compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Rebuilds each migrated key's v1 data from the tagged runs: the inverse of the plan. */
export function rebuildV1(plan: MigrationPlan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const source of plan.sources) {
    if (!source.read.ok) continue;
    const runs = plan.runs.filter((r) => r.sourceKey === source.key);
    const kind = source.read.kind;
    if (kind === 'checklist' || kind === 'worksheet') {
      out[source.key] = {
        active: source.read.active,
        records: runs.map((r) => (r as { record: V1NamedRecord }).record),
      };
    } else if (kind === 'handoff-records') {
      out[source.key] = {
        records: Object.fromEntries(
          runs.map((r) => {
            const h = r as { name: string; values: Record<string, string> };
            return [h.name, h.values];
          }),
        ),
      };
    } else if (kind === 'quiz')
      out[source.key] = { results: runs.flatMap((r) => (r as { results: V1QuizHistory['results'] }).results) };
    else out[source.key] = { ticked: runs.flatMap((r) => (r as { ticked: string[] }).ticked) };
  }
  return out;
}

/**
 * Proves nothing was lost: every key handed in is carried with identical raw text; every
 * migrated key's data, rebuilt from the runs, equals what is stored; every run points at an
 * engagement of the plan. Returns the problems, in plain sentences; none means the plan is safe.
 */
export function verifyPlan(plan: MigrationPlan, stored: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const carried = new Map(plan.sources.map((s) => [s.key, s.raw]));
  for (const [key, raw] of Object.entries(stored)) {
    if (carried.get(key) !== raw) problems.push(`The saved value ${key} is not carried unchanged.`);
  }
  if (carried.size !== Object.keys(stored).length) problems.push('The plan carries keys that were not handed in.');
  const rebuilt = rebuildV1(plan);
  for (const source of plan.sources) {
    if (!source.read.ok) continue;
    const data = (JSON.parse(stored[source.key] ?? 'null') as { data?: unknown } | null)?.data;
    if (canonical(rebuilt[source.key]) !== canonical(data))
      problems.push(`The data of ${source.key} would not survive the move.`);
  }
  const ids = new Set(plan.engagements.map((e) => e.id));
  if (ids.size !== plan.engagements.length) problems.push('Two engagements share an id.');
  if (plan.runs.some((r) => !ids.has(r.engagementId))) problems.push('A tool run points at no engagement.');
  return problems;
}

/** Reasons, in words, for the keys the migration carries but could not read. */
export const UNREAD_REASONS: Readonly<Record<UnreadReason, string>> = {
  'not-ours': 'not written by this site',
  quarantined: 'set aside earlier because it could not be read',
  'unknown-kind': 'of a kind this version does not know',
  'not-json': 'damaged: it is not readable data',
  'wrong-shape': 'damaged: it does not have the expected shape',
  'newer-version': 'written by a newer version of this site',
};
