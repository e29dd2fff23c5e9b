/**
 * Gathers what the five tools saved in this browser into one workspace row per engagement:
 * the evidence per boundary (for ./workspace.ts), a link to the tool run behind each boundary,
 * the next action a handoff record names, and what deleting an engagement would remove. Pure:
 * the stored states and the tools' content come in as plain data, so the island only connects
 * and renders, and a test can feed any stored state, damaged ones included.
 */
import type { Checklist } from '../../schemas/checklist';
import type { Quiz } from '../../schemas/quiz';
import type { RecordForm } from '../../schemas/handoff-record';
import type { Worksheet } from '../../schemas/worksheet';
import type { ChecklistRunSet } from '../checklist/checklist';
import type * as ChecklistLib from '../checklist/checklist';
import type { WorksheetRunSet } from '../worksheet/worksheet';
import type { SavedResult } from '../quiz/history';
import type * as HistoryLib from '../quiz/history';
import type { SavedTicks } from '../diagnostic/saved';
import type { RecordValues } from '../handoff-record/record';
import type * as RecordLib from '../handoff-record/record';
import type { SavedRecords } from '../handoff-record/saved';
import { splitKey } from '../runs/run-set-items';
import type { Chosen } from './chosen';
import { choices } from './chosen';
import { DEFAULT_ENGAGEMENT_ID } from './default-id';
import {
  addEvidence,
  checklistBoundary,
  checklistEvidence,
  DEPENDENCY_WORKSHEET,
  quizEvidence,
  recordBoundary,
} from './evidence';
import { engagementPath, TOOL_PATHS } from './links';
import {
  summarizeEngagement,
  type BoundaryState,
  type EngagementEvidence,
  type EngagementSummary,
  type Lifecycle,
  type WeakReason,
} from './workspace';
import type { IsoDate } from '../calendar/iso-date';

/** What the tools saved, as their kinds read it. Any part may be missing (not loaded, or unreadable). */
export interface ToolStates {
  chosen: Chosen;
  /** Checklist id → its runSet of runs, one per engagement. */
  checklists: Readonly<Record<string, ChecklistRunSet>>;
  dependencies?: WorksheetRunSet | undefined;
  quiz?: { results: readonly SavedResult[] } | undefined;
  diagnostic?: SavedTicks | undefined;
  records?: SavedRecords | undefined;
}

/**
 * The tools' own rules, handed in rather than imported: the checklist's progress, the quiz's
 * scoring of a saved result, the record's completeness check (src/islands/workspace-lib.ts).
 */
export interface ToolRules {
  progress: typeof ChecklistLib.progress;
  readHistory: typeof HistoryLib.readHistory;
  checkCompleteness: typeof RecordLib.checkCompleteness;
}

/** The tools' own content and rules, and the pages that run them. */
export interface ToolContent {
  rules: ToolRules;
  lifecycle: Lifecycle;
  /** Checklist id → the checklist. */
  checklists: Readonly<Record<string, Checklist>>;
  dependencySheet: Pick<Worksheet, 'exampleRows'>;
  quiz: Quiz;
  recordForm: RecordForm;
  pages: ToolPages;
}

/** Site paths of the tool pages (without the engagement). */
export interface ToolPages {
  /** Checklist id → the page that runs it. */
  checklists: Readonly<Record<string, string>>;
  dependencies: string;
  quiz: string;
  record: string;
  diagnostic: string;
}

/** The tool run behind one boundary's state, to open from the workspace. */
export interface RunLink {
  label: string;
  href: string;
}

export interface WorkspaceRow extends EngagementSummary {
  /** Per boundary id: the runs that gave it its state (the boundary's guide when none did). */
  runs: Readonly<Record<string, RunLink[]>>;
  /** The engagement's page of dates and reminders. */
  detail: string;
  /** When no next action is set: the one the latest handoff record names (owner, completion event). */
  recordNext?: { owner?: string; what?: string; link: string };
  /** Signals ticked on the workflow diagnostic for this engagement. */
  diagnosticSignals: number;
}

export const owner = (engagement: string | undefined) => engagement ?? DEFAULT_ENGAGEMENT_ID;

/** A row of the dependency worksheet that is a real input still owed: named, and not a copied example row. */
function owedRows(rows: readonly Record<string, string>[], examples: readonly Record<string, string>[]): number {
  const sample = new Set(examples.map((r) => (r.item ?? '').trim()));
  return rows.filter((r) => {
    const item = (r.item ?? '').trim();
    return item !== '' && !sample.has(item);
  }).length;
}

const lines = (text: string | undefined) => (text ?? '').split('\n').filter((l) => l.trim() !== '').length;

/** The saved handoff records, by engagement: `<engagement>:<name>` keys. */
function recordsByEngagement(records: SavedRecords | undefined): Map<string, { name: string; values: RecordValues }[]> {
  const out = new Map<string, { name: string; values: RecordValues }[]>();
  for (const [key, values] of Object.entries(records?.records ?? {})) {
    const [engagement, name] = splitKey(key);
    out.set(engagement, [...(out.get(engagement) ?? []), { name, values }]);
  }
  return out;
}

/** Evidence per engagement id, and the runs behind each boundary. */
export function gatherEvidence(
  states: ToolStates,
  content: ToolContent,
): { evidence: Record<string, EngagementEvidence>; runs: Record<string, Record<string, RunLink[]>> } {
  const boundaryIds = content.lifecycle.boundaries.map((b) => b.id);
  const evidence: Record<string, EngagementEvidence> = {};
  const runs: Record<string, Record<string, RunLink[]>> = {};
  const add = (engagement: string, boundary: string, part: Parameters<typeof addEvidence>[2], run: RunLink) => {
    evidence[engagement] = addEvidence(evidence[engagement] ?? {}, boundary, part);
    const mine = (runs[engagement] ??= {});
    const list = (mine[boundary] ??= []);
    if (!list.some((r) => r.href === run.href)) list.push(run);
  };
  const at = (path: string, engagement: string) => engagementPath(path, engagement);

  for (const [id, checklist] of Object.entries(content.checklists)) {
    const boundary = checklistBoundary(id, boundaryIds);
    const runSet = states.checklists[id];
    const page = content.pages.checklists[id];
    if (!boundary || !runSet || !page) continue;
    for (const run of runSet.runs) {
      const p = content.rules.progress(checklist, run);
      if (p.overall.done === 0) continue;
      add(
        run.id,
        boundary,
        { checklists: [checklistEvidence(p)] },
        { label: `${checklist.title}: ${p.overall.done} of ${p.overall.total} ticked`, href: at(page, run.id) },
      );
    }
  }

  for (const run of states.dependencies?.runs ?? []) {
    const owed = owedRows(run.rows, content.dependencySheet.exampleRows);
    if (owed === 0) continue;
    add(
      run.id,
      DEPENDENCY_WORKSHEET.boundary,
      { openDependencies: owed },
      {
        label: `${owed} client input${owed === 1 ? '' : 's'} on the dependency worksheet`,
        href: at(content.pages.dependencies, run.id),
      },
    );
  }

  // Each read result keeps the engagement it was saved for.
  const byEngagement = new Map<string, ReturnType<ToolRules['readHistory']>['results']>();
  for (const r of content.rules.readHistory(content.quiz, { results: [...(states.quiz?.results ?? [])] }).results) {
    const e = owner((r as SavedResult).engagement);
    byEngagement.set(e, [...(byEngagement.get(e) ?? []), r]);
  }
  for (const [e, results] of byEngagement) {
    for (const boundary of new Set(results.map((r) => r.result.boundary.id))) {
      const quiz = quizEvidence(results, boundary);
      if (quiz) add(e, boundary, { quiz }, { label: `Quiz result: ${quiz.verdict}`, href: at(content.pages.quiz, e) });
    }
  }

  const stageIds = content.lifecycle.stages.map((s) => s.id);
  const form = content.recordForm;
  for (const [e, list] of recordsByEngagement(states.records)) {
    for (const { name, values } of list) {
      const boundary = recordBoundary(values[form.fromField], values[form.toField], content.lifecycle.boundaries);
      if (!boundary) continue;
      const complete = content.rules.checkCompleteness(form, values, stageIds).complete;
      const owed = lines(values.dependencies);
      add(
        e,
        boundary,
        { record: { complete }, ...(owed > 0 ? { openDependencies: owed } : {}) },
        {
          label: `Handoff record “${name}”: ${complete ? 'complete' : 'incomplete'}`,
          href: at(content.pages.record, e),
        },
      );
    }
  }
  return { evidence, runs };
}

/** The engagement ids each tool holds runs for, so engagements only a tool knows still get a row. */
function foundIds(states: ToolStates): { id: string; name?: string }[] {
  const found = new Map<string, string | undefined>();
  const note = (id: string, name?: string) => {
    if (id && !found.has(id)) found.set(id, name);
  };
  for (const runSet of Object.values(states.checklists)) for (const r of runSet.runs) note(r.id, r.name);
  for (const r of states.dependencies?.runs ?? []) note(r.id, r.name);
  for (const r of states.quiz?.results ?? []) note(owner(r.engagement));
  for (const t of states.diagnostic?.ticked ?? []) note(splitKey(t)[0]);
  for (const key of Object.keys(states.records?.records ?? {})) {
    const [id, name] = splitKey(key);
    note(id, name);
  }
  return [...found].map(([id, name]) => ({ id, ...(name ? { name } : {}) }));
}

/** One row per engagement: the stored ones, and any a tool holds runs for that the list lacks. */
export function gatherWorkspace(states: ToolStates, content: ToolContent, today: IsoDate): WorkspaceRow[] {
  const found = foundIds(states);
  if (states.chosen.engagements.length === 0 && found.length === 0) return [];
  const { evidence, runs } = gatherEvidence(states, content);
  const records = recordsByEngagement(states.records);
  const form = content.recordForm;
  return choices(states.chosen, found).map((e) => {
    const summary = summarizeEngagement(e, evidence[e.id] ?? {}, content.lifecycle, today);
    const own = runs[e.id] ?? {};
    const linked = Object.fromEntries(
      summary.boundaries.map((b) => [
        b.id,
        own[b.id] ?? (b.link ? [{ label: 'Open the guide and its checklist', href: b.link }] : []),
      ]),
    );
    // The handoff record saved last in the list names the next owner and the event that ends the stage.
    const latest = (records.get(e.id) ?? []).at(-1);
    const nextOwner =
      latest?.values[
        form.fields.find((f) => f.transfer === 'next-owner' && f.check === 'person')?.id ?? 'owner'
      ]?.trim();
    const nextWhat = latest?.values[form.fields.find((f) => f.check === 'event')?.id ?? 'completion']?.trim();
    return {
      ...summary,
      runs: linked,
      detail: engagementPath(TOOL_PATHS.engagement, e.id),
      ...(latest && (nextOwner || nextWhat)
        ? {
            recordNext: {
              ...(nextOwner ? { owner: nextOwner } : {}),
              ...(nextWhat ? { what: nextWhat } : {}),
              link: engagementPath(content.pages.record, e.id),
            },
          }
        : {}),
      diagnosticSignals: (states.diagnostic?.ticked ?? []).filter((t) => splitKey(t)[0] === e.id).length,
    };
  });
}

/** Boundary states in words, so no state is told by colour alone. */
export const STATE_WORDS: Readonly<Record<BoundaryState, string>> = {
  'not-started': 'Not started',
  unchecked: 'Not checked',
  'in-progress': 'In progress',
  weak: 'Weak',
  sound: 'Sound',
};

export const REASON_WORDS: Readonly<Record<WeakReason, string>> = {
  'quiz-weak': 'the quiz says weak',
  'quiz-broken': 'the quiz says broken',
  'checklist-open': 'checklist not finished or its gate still open',
  'record-incomplete': 'handoff record incomplete',
  'dependencies-open': 'client inputs still owed',
};
