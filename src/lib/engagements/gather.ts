/**
 * Gathers what the tools saved in this browser into one workspace row per engagement: the
 * evidence per boundary (for ./workspace.ts), a link to the tool run behind each boundary, the
 * facts a card shows beside them, and what deleting an engagement would remove. It knows no tool:
 * each tool's part (./part.ts) reads its own stored state. Pure: the stored states come in as plain
 * data, so the island only connects and renders, and a test can feed any stored state, damaged ones
 * included.
 */
import type { Chosen } from './chosen';
import { choices } from './chosen';
import { addEvidence } from './evidence';
import { engagementPath, TOOL_PATHS } from './links';
import type { PartContext, RowFacts, RunLink, WorkspacePart } from './part';
import type { ToolPages } from './tool-pages';
import {
  summarizeEngagement,
  type BoundaryState,
  type EngagementEvidence,
  type EngagementSummary,
  type Lifecycle,
  type WeakReason,
} from './workspace';
import type { IsoDate } from '../calendar/iso-date';

export type { RunLink } from './part';

/** What the tools saved, each part's state under its key. Any part may be missing (not loaded, or unreadable). */
export type ToolStates = { chosen: Chosen } & { readonly [key: string]: unknown };

/** The tools' parts, the lifecycle, and the pages that run the tools. */
export interface ToolContent {
  lifecycle: Lifecycle;
  pages: ToolPages;
  parts: readonly WorkspacePart[];
}

export interface WorkspaceRow extends EngagementSummary, RowFacts {
  /** Per boundary id: the runs that gave it its state (the boundary's guide when none did). */
  runs: Readonly<Record<string, RunLink[]>>;
  /** The engagement's page of dates and reminders. */
  detail: string;
  /** Signals ticked on the workflow diagnostic for this engagement. */
  diagnosticSignals: number;
}

const contextOf = (content: ToolContent): PartContext => ({
  lifecycle: content.lifecycle,
  pages: content.pages,
  at: engagementPath,
});

/** Evidence per engagement id, and the runs behind each boundary. */
export function gatherEvidence(
  states: ToolStates,
  content: ToolContent,
): { evidence: Record<string, EngagementEvidence>; runs: Record<string, Record<string, RunLink[]>> } {
  const evidence: Record<string, EngagementEvidence> = {};
  const runs: Record<string, Record<string, RunLink[]>> = {};
  const context = contextOf(content);
  for (const part of content.parts) {
    for (const { engagement, boundary, evidence: found, run } of part.gather(states[part.key], context)) {
      evidence[engagement] = addEvidence(evidence[engagement] ?? {}, boundary, found);
      const mine = (runs[engagement] ??= {});
      const list = (mine[boundary] ??= []);
      if (!list.some((r) => r.href === run.href)) list.push(run);
    }
  }
  return { evidence, runs };
}

/** The engagement ids the tools hold runs for, so engagements only a tool knows still get a row. */
function foundIds(states: ToolStates, parts: readonly WorkspacePart[]): { id: string; name?: string }[] {
  const found = new Map<string, string | undefined>();
  for (const part of parts)
    for (const { id, name } of part.found(states[part.key])) if (id && !found.has(id)) found.set(id, name);
  return [...found].map(([id, name]) => ({ id, ...(name ? { name } : {}) }));
}

/** One row per engagement: the stored ones, and any a tool holds runs for that the list lacks. */
export function gatherWorkspace(states: ToolStates, content: ToolContent, today: IsoDate): WorkspaceRow[] {
  const found = foundIds(states, content.parts);
  if (states.chosen.engagements.length === 0 && found.length === 0) return [];
  const { evidence, runs } = gatherEvidence(states, content);
  const context = contextOf(content);
  return choices(states.chosen, found).map((e) => {
    const summary = summarizeEngagement(e, evidence[e.id] ?? {}, content.lifecycle, today);
    const own = runs[e.id] ?? {};
    const linked = Object.fromEntries(
      summary.boundaries.map((b) => [
        b.id,
        own[b.id] ?? (b.link ? [{ label: 'Open the guide and its checklist', href: b.link }] : []),
      ]),
    );
    const facts = content.parts.map((part) => part.row?.(states[part.key], e.id, context) ?? {});
    return {
      ...summary,
      runs: linked,
      detail: engagementPath(TOOL_PATHS.engagement, e.id),
      diagnosticSignals: 0,
      ...Object.assign({}, ...facts),
    };
  });
}

/** What deleting engagement `id` removes from each tool, counted, so the confirm step can say it. */
export function runsOf(
  states: ToolStates,
  id: string,
  parts: readonly WorkspacePart[],
): { tool: string; count: number }[] {
  return parts.flatMap((part) => part.count(states[part.key], id)).filter((c) => c.count > 0);
}

/** A run set without engagement `id`'s run; the active run moves to the first left when it was that one. */
export function withoutRun<B extends { active: string; runs: { id: string }[] }>(runSet: B, id: string): B {
  const runs = runSet.runs.filter((r) => r.id !== id);
  return { ...runSet, runs, active: runSet.active === id ? (runs[0]?.id ?? '') : runSet.active };
}

/** The engagements list without engagement `id`. */
export function withoutEngagement(chosen: Chosen, id: string): Chosen {
  return {
    engagements: chosen.engagements.filter((e) => e.id !== id),
    current: chosen.current === id ? '' : chosen.current,
  };
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
