/**
 * The workspace summary: for each engagement, its current stage, the state of each boundary,
 * where to look first, the next action and what is overdue. Pure: the tools' state arrives as
 * plain data (`BoundaryEvidence`), the lifecycle as the content of stages.json and
 * boundaries.json, and today as a date, so the page only has to gather and render.
 *
 * It applies the handbook's rule "fix the earliest weak stage first": a weak handoff upstream
 * keeps producing trouble downstream, so the earliest weak boundary is where to look.
 */
import { daysBetween, type IsoDate } from '../calendar/iso-date';
import { pageUrl } from '../urls';
import { engagementName, type Engagement } from './engagement';
import { engagementPath } from './links';
import { engagementReminders, overdueItems, type OverdueItem } from './reminders';

/** The slice of the lifecycle data the summary needs. */
export interface Lifecycle {
  stages: readonly { id: string; number: number; name: string }[];
  /** In lifecycle order, as boundaries.json lists them. */
  boundaries: readonly { id: string; from: string; to: string; guide?: string }[];
}

/** One checklist's progress at a boundary, as `progress()` in src/lib/checklist reports it. */
export interface ChecklistEvidence {
  done: number;
  total: number;
  /** True when every gate question is ticked; absent when the checklist has no gate. */
  gatePassed?: boolean;
}

export type QuizVerdictId = 'complete' | 'weak' | 'broken';

/** What the tools know about one boundary of one engagement. Every part is optional. */
export interface BoundaryEvidence {
  /** Each checklist run at this boundary for the engagement (a boundary can have two). */
  checklists?: readonly ChecklistEvidence[];
  /** The engagement's handoff record for this boundary, checked by `checkCompleteness`. */
  record?: { complete: boolean };
  /** The latest quiz result for this boundary. */
  quiz?: { verdict: QuizVerdictId; at: number };
  /** Client inputs still owed that this boundary waits on (e.g. open rows of the dependency worksheet). */
  openDependencies?: number;
}

/** Evidence per boundary id, for one engagement. */
export type EngagementEvidence = Readonly<Record<string, BoundaryEvidence>>;

/**
 * - not-started: no tool has anything for it, and the engagement has not reached it.
 * - unchecked: the engagement is past it, but no tool ever looked at it. Not called weak: a
 *   reader who starts using the tools mid-project would see every earlier boundary flagged.
 * - in-progress: work is under way and nothing says it is weak yet.
 * - weak: the quiz says weak or broken, or the engagement moved past it with a gate open, a
 *   record incomplete or client inputs still owed.
 * - sound: what was checked passed, and nothing is open.
 */
export type BoundaryState = 'not-started' | 'unchecked' | 'in-progress' | 'weak' | 'sound';

export type WeakReason = 'quiz-weak' | 'quiz-broken' | 'checklist-open' | 'record-incomplete' | 'dependencies-open';

export interface BoundarySummary {
  id: string;
  state: BoundaryState;
  /** Why it is weak (or, while in progress, what is still open). */
  reasons: WeakReason[];
  /** The boundary's guide page with the engagement selected, when the lifecycle names a guide. */
  link?: string;
}

export interface NextActionSummary {
  what: string;
  owner?: string;
  due: IsoDate;
  overdue: boolean;
  /** `set`: the reader wrote it; `derived`: the earliest open reminder stands in. */
  source: 'set' | 'derived';
}

export interface EngagementSummary {
  id: string;
  name: string;
  stage: { id: string; number: number; name: string };
  boundaries: BoundarySummary[];
  /** The earliest boundary in lifecycle order whose state is weak. */
  earliestWeak?: string;
  /** Where to look first: the earliest weak boundary, else the next boundary to cross. */
  lookFirst?: { boundary: string; why: 'earliest-weak' | 'next-boundary' };
  nextAction?: NextActionSummary;
  overdue: OverdueItem[];
  /** Client dependencies in the engagement not yet received, plus those the tools report. */
  openDependencies: number;
}

/** Dates that prove a stage was reached, whatever the tools say. */
const DATE_STAGES = { signature: 'onboarding', kickoff: 'delivery', invoiceSent: 'invoicing' } as const;

const passed = (c: ChecklistEvidence) => (c.gatePassed === undefined ? c.total > 0 && c.done >= c.total : c.gatePassed);
const touched = (c: ChecklistEvidence) => c.done > 0;

/** True when some tool shows the boundary was crossed properly. */
function cleared(ev: BoundaryEvidence): boolean {
  return (ev.checklists ?? []).some(passed) || ev.record?.complete === true || ev.quiz?.verdict === 'complete';
}

function hasEvidence(ev: BoundaryEvidence): boolean {
  return (
    (ev.checklists ?? []).some(touched) ||
    ev.record !== undefined ||
    ev.quiz !== undefined ||
    (ev.openDependencies ?? 0) > 0
  );
}

/** The furthest stage the dates and the tools show the engagement has reached. */
export function currentStage(
  e: Engagement,
  evidence: EngagementEvidence,
  lifecycle: Lifecycle,
  today: IsoDate,
): Lifecycle['stages'][number] {
  const number = new Map(lifecycle.stages.map((s) => [s.id, s.number]));
  let reached = Math.min(...lifecycle.stages.map((s) => s.number));
  const reach = (stageId: string) => (reached = Math.max(reached, number.get(stageId) ?? reached));
  if (e.dates.signature && e.dates.signature <= today) reach(DATE_STAGES.signature);
  if (e.dates.kickoff && e.dates.kickoff <= today) reach(DATE_STAGES.kickoff);
  if (e.dates.invoices.some((i) => i.sentOn <= today)) reach(DATE_STAGES.invoiceSent);
  for (const b of lifecycle.boundaries) {
    const ev = evidence[b.id] ?? {};
    if (cleared(ev)) reach(b.to);
    else if (hasEvidence(ev)) reach(b.from);
  }
  return lifecycle.stages.find((s) => s.number === reached)!;
}

function boundaryState(ev: BoundaryEvidence, crossed: boolean): { state: BoundaryState; reasons: WeakReason[] } {
  const reasons: WeakReason[] = [];
  if (ev.quiz?.verdict === 'weak') reasons.push('quiz-weak');
  if (ev.quiz?.verdict === 'broken') reasons.push('quiz-broken');
  const open: WeakReason[] = [];
  if ((ev.checklists ?? []).some((c) => !passed(c) && (crossed || touched(c)))) open.push('checklist-open');
  if (ev.record && !ev.record.complete) open.push('record-incomplete');
  if ((ev.openDependencies ?? 0) > 0) open.push('dependencies-open');
  if (reasons.length > 0) return { state: 'weak', reasons: [...reasons, ...open] };
  if (open.length > 0) return { state: crossed ? 'weak' : 'in-progress', reasons: open };
  if (cleared(ev)) return { state: 'sound', reasons: [] };
  if (hasEvidence(ev)) return { state: 'in-progress', reasons: [] };
  return { state: crossed ? 'unchecked' : 'not-started', reasons: [] };
}

function nextActionOf(e: Engagement, today: IsoDate): NextActionSummary | undefined {
  if (e.nextAction) {
    const { what, owner, due } = e.nextAction;
    return { what, owner, due, overdue: due < today, source: 'set' };
  }
  // Without one set, the earliest open dated item stands in; kickoff is an event, not an action.
  const first = engagementReminders(e, today).find((r) => r.kind !== 'kickoff');
  if (!first) return undefined;
  return {
    what: first.title,
    ...(first.owner ? { owner: first.owner } : {}),
    due: first.date,
    overdue: first.date < today,
    source: 'derived',
  };
}

export function summarizeEngagement(
  e: Engagement,
  evidence: EngagementEvidence,
  lifecycle: Lifecycle,
  today: IsoDate,
): EngagementSummary {
  const stage = currentStage(e, evidence, lifecycle, today);
  const number = new Map(lifecycle.stages.map((s) => [s.id, s.number]));
  const boundaries = lifecycle.boundaries.map((b) => {
    const crossed = stage.number >= (number.get(b.to) ?? Infinity);
    return {
      id: b.id,
      ...boundaryState(evidence[b.id] ?? {}, crossed),
      ...(b.guide ? { link: engagementPath(pageUrl(b.guide), e.id) } : {}),
    };
  });
  const earliestWeak = boundaries.find((b) => b.state === 'weak')?.id;
  const next = lifecycle.boundaries.find(
    (b) => b.from === stage.id && boundaries.find((s) => s.id === b.id)!.state !== 'sound',
  );
  const lookFirst = earliestWeak
    ? { boundary: earliestWeak, why: 'earliest-weak' as const }
    : next
      ? { boundary: next.id, why: 'next-boundary' as const }
      : undefined;
  const nextAction = nextActionOf(e, today);
  const reported = Object.values(evidence).reduce((n, ev) => n + (ev.openDependencies ?? 0), 0);
  return {
    id: e.id,
    name: engagementName(e),
    stage,
    boundaries,
    ...(earliestWeak ? { earliestWeak } : {}),
    ...(lookFirst ? { lookFirst } : {}),
    ...(nextAction ? { nextAction } : {}),
    overdue: overdueItems(e, today),
    openDependencies: e.dates.dependencies.filter((d) => d.receivedOn === undefined).length + reported,
  };
}

/** Summaries of every engagement; evidence is looked up by engagement id (none means no tool data yet). */
export function summarizeWorkspace(
  engagements: readonly Engagement[],
  evidence: Readonly<Record<string, EngagementEvidence>>,
  lifecycle: Lifecycle,
  today: IsoDate,
): EngagementSummary[] {
  return engagements.map((e) => summarizeEngagement(e, evidence[e.id] ?? {}, lifecycle, today));
}

export type SortKey = 'stage' | 'overdue' | 'next-action' | 'name';

const byName = (a: EngagementSummary, b: EngagementSummary) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
const mostLate = (s: EngagementSummary) => Math.max(0, ...s.overdue.map((o) => o.daysLate));

/**
 * Sorts a copy. `stage`: lifecycle order; `overdue`: the most days late first, then the most
 * items; `next-action`: soonest due first, none last; `name`: alphabetical. Ties go by name.
 */
export function sortSummaries(list: readonly EngagementSummary[], key: SortKey): EngagementSummary[] {
  const compare: Record<SortKey, (a: EngagementSummary, b: EngagementSummary) => number> = {
    stage: (a, b) => a.stage.number - b.stage.number,
    overdue: (a, b) => mostLate(b) - mostLate(a) || b.overdue.length - a.overdue.length,
    'next-action': (a, b) => (a.nextAction?.due ?? '\uffff').localeCompare(b.nextAction?.due ?? '\uffff'),
    name: () => 0,
  };
  return [...list].sort((a, b) => compare[key](a, b) || byName(a, b));
}

export interface SummaryFilter {
  /** Only engagements at this stage id. */
  stage?: string;
  /** Only engagements with something overdue. */
  overdueOnly?: boolean;
  /** Only engagements with a weak boundary. */
  weakOnly?: boolean;
}

export function filterSummaries(list: readonly EngagementSummary[], filter: SummaryFilter): EngagementSummary[] {
  return list.filter(
    (s) =>
      (filter.stage === undefined || s.stage.id === filter.stage) &&
      (!filter.overdueOnly || s.overdue.length > 0) &&
      (!filter.weakOnly || s.earliestWeak !== undefined),
  );
}

/** Days until (positive) or since (negative) a date, for "due in 3 days" / "2 days late" wording. */
export const daysFromToday = (date: IsoDate, today: IsoDate) => daysBetween(today, date);
