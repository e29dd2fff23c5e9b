/**
 * Turns what each tool holds into the workspace's `BoundaryEvidence`, so the page does not
 * re-derive tool rules: the checklist's own progress, the record's own completeness check and
 * the quiz's own scored result are the inputs. The tables say which boundary each tool run
 * belongs to.
 */
import type { BoundaryEvidence, ChecklistEvidence, EngagementEvidence, QuizVerdictId } from './workspace';

/**
 * The boundary each checklist checks. The five `handoff-<boundary>` checklists name theirs; the
 * two template checklists are run at the boundary their page serves.
 */
const TEMPLATE_CHECKLISTS: Readonly<Record<string, string>> = {
  'client-onboarding': 'onboarding-to-delivery',
  'approval-and-billing-readiness': 'delivery-to-invoicing',
};

/** The boundary a checklist id belongs to, or undefined for a checklist that checks none. */
export function checklistBoundary(checklistId: string, boundaryIds: readonly string[]): string | undefined {
  const named = checklistId.startsWith('handoff-')
    ? checklistId.slice('handoff-'.length)
    : TEMPLATE_CHECKLISTS[checklistId];
  return named !== undefined && boundaryIds.includes(named) ? named : undefined;
}

/** The worksheet whose open rows are client inputs still owed, and the boundary they block. */
export const DEPENDENCY_WORKSHEET = { id: 'client-input-dependency', boundary: 'onboarding-to-delivery' } as const;

/** A checklist's `progress()` as evidence: overall ticks, and whether its gate (if any) passed. */
export function checklistEvidence(progress: {
  overall: { done: number; total: number };
  gate?: { done: number; total: number } | undefined;
}): ChecklistEvidence {
  return {
    done: progress.overall.done,
    total: progress.overall.total,
    ...(progress.gate ? { gatePassed: progress.gate.done === progress.gate.total } : {}),
  };
}

/** The boundary a handoff record describes, from its from- and to-stage fields; undefined if none matches. */
export function recordBoundary(
  from: string | undefined,
  to: string | undefined,
  boundaries: readonly { id: string; from: string; to: string }[],
): string | undefined {
  return boundaries.find((b) => b.from === from && b.to === to)?.id;
}

/** The latest saved quiz result for a boundary, as evidence. Takes `readHistory()`'s results. */
export function quizEvidence(
  results: readonly { at: number; result: { boundary: { id: string }; verdict: { id: QuizVerdictId } } }[],
  boundaryId: string,
): BoundaryEvidence['quiz'] {
  const latest = results
    .filter((r) => r.result.boundary.id === boundaryId)
    .reduce<(typeof results)[number] | undefined>((a, r) => (!a || r.at > a.at ? r : a), undefined);
  return latest && { verdict: latest.result.verdict.id, at: latest.at };
}

/**
 * Adds one tool's evidence to a boundary. Checklists accumulate; records combine so that one
 * incomplete record keeps the boundary incomplete; the later quiz result wins; owed inputs add up.
 */
export function addEvidence(
  evidence: EngagementEvidence,
  boundaryId: string,
  part: BoundaryEvidence,
): EngagementEvidence {
  const current = evidence[boundaryId] ?? {};
  const checklists = [...(current.checklists ?? []), ...(part.checklists ?? [])];
  const record =
    current.record && part.record
      ? { complete: current.record.complete && part.record.complete }
      : (part.record ?? current.record);
  const quiz =
    current.quiz && part.quiz
      ? part.quiz.at > current.quiz.at
        ? part.quiz
        : current.quiz
      : (part.quiz ?? current.quiz);
  const owed = (current.openDependencies ?? 0) + (part.openDependencies ?? 0);
  const merged: BoundaryEvidence = {
    ...(checklists.length > 0 ? { checklists } : {}),
    ...(record ? { record } : {}),
    ...(quiz ? { quiz } : {}),
    ...(owed > 0 ? { openDependencies: owed } : {}),
  };
  return { ...evidence, [boundaryId]: merged };
}
