import type { Checklist, ChecklistGroup, ChecklistItem } from './schema';
import { activeRun, updateActive, type RunSet, type Run } from '../../lib/runs/run-set';
import { escapeMarkdown } from '../../lib/export/markdown';
import { when } from '../../lib/dates';

/**
 * A checklist run: ticks and notes keyed by item id, so rewording an item keeps its progress,
 * a removed item's tick stays harmlessly in the record, and a new item starts unticked.
 */
export interface ChecklistRun {
  ticks: Record<string, boolean>;
  notes: Record<string, string>;
  /**
   * Go/no-go questions answered "No", by id. A gate question is "Yes" when ticked, "No" when here,
   * and "Not checked yet" when neither: an unanswered question never reads as a "no".
   */
  no?: Record<string, true>;
}

/** A go/no-go question's answer. */
export type GateAnswer = 'yes' | 'no' | 'unchecked';

export const gateAnswer = (run: ChecklistRun, questionId: string): GateAnswer =>
  run.ticks[questionId] === true ? 'yes' : run.no?.[questionId] === true ? 'no' : 'unchecked';

/** The words for each answer, as the tool, the shared copy and the export say them. */
export const GATE_ANSWER_WORDS: Record<GateAnswer, string> = { yes: 'Yes', no: 'No', unchecked: 'Not checked yet' };

/** The run with one go/no-go question answered. */
export function setGateAnswer(runSet: ChecklistRunSet, questionId: string, answer: GateAnswer, now: number) {
  return updateActive(
    runSet,
    (r) => {
      const { [questionId]: _no, ...no } = r.no ?? {};
      return {
        ...r,
        ticks: { ...r.ticks, [questionId]: answer === 'yes' },
        no: answer === 'no' ? { ...no, [questionId]: true as const } : no,
      };
    },
    now,
  );
}
export type ChecklistRunSet = RunSet<ChecklistRun>;
export type ChecklistRecord = Run<ChecklistRun>;

export const emptyRun = (): ChecklistRun => ({ ticks: {}, notes: {} });

export function setTick(runSet: ChecklistRunSet, itemId: string, on: boolean, now: number): ChecklistRunSet {
  return updateActive(runSet, (r) => ({ ...r, ticks: { ...r.ticks, [itemId]: on } }), now);
}

export function setNote(runSet: ChecklistRunSet, itemId: string, note: string, now: number): ChecklistRunSet {
  return updateActive(runSet, (r) => ({ ...r, notes: { ...r.notes, [itemId]: note } }), now);
}

export interface Tally {
  done: number;
  total: number;
}
export interface Progress {
  groups: (Tally & { letter: string; title: string })[];
  gate?: Tally & { move: string };
  overall: Tally;
}

const tally = (ids: string[], ticks: Record<string, boolean>): Tally => ({
  done: ids.filter((id) => ticks[id] === true).length,
  total: ids.length,
});

/** Progress counts only the checklist's current items, whatever else the record holds. */
export function progress(checklist: Checklist, run: ChecklistRun): Progress {
  const groups = checklist.groups.map((g) => ({
    letter: g.letter,
    title: g.title,
    ...tally(
      g.items.map((i) => i.id),
      run.ticks,
    ),
  }));
  const gate = checklist.gate && {
    move: checklist.gate.move,
    ...tally(
      checklist.gate.questions.map((q) => q.id),
      run.ticks,
    ),
  };
  const all = [...groups, ...(gate ? [gate] : [])];
  return {
    groups,
    ...(gate && { gate }),
    overall: { done: all.reduce((n, t) => n + t.done, 0), total: all.reduce((n, t) => n + t.total, 0) },
  };
}

/** True when the checklist places its groups before and after the gate's move. */
export const hasPhases = (checklist: Checklist) => checklist.groups.some((g) => g.phase !== undefined);

/** The groups that must hold before the move; none when the checklist has no phases. */
export const beforeGroups = (checklist: Checklist): ChecklistGroup[] =>
  checklist.groups.filter((g) => g.phase === 'before');

/** The groups that follow the move and never hold it. */
export const afterGroups = (checklist: Checklist): ChecklistGroup[] =>
  checklist.groups.filter((g) => g.phase === 'after');

export interface OpenItem {
  item: ChecklistItem;
  /** The group it sits in; absent for a gate question. */
  group?: ChecklistGroup;
}

/**
 * What the gate waits on, in run order: the items of every "before" group, then the gate
 * questions. "After" groups are never counted, so ticking them can neither open nor hold the move.
 */
export function gateOpenItems(checklist: Checklist, run: ChecklistRun): OpenItem[] {
  const open = (item: ChecklistItem) => run.ticks[item.id] !== true;
  return [
    ...beforeGroups(checklist).flatMap((group) => group.items.filter(open).map((item) => ({ item, group }))),
    ...(checklist.gate?.questions.filter(open).map((item) => ({ item })) ?? []),
  ];
}

/**
 * The gate in plain words. Without phases: "Not ready to start delivery: 2 gate questions open".
 * With phases it stops at the first unticked item before the move, e.g.
 * "Not ready to send the invoice: stopped at B. Approval, “…” (5 items open)".
 */
export function gateStatus(checklist: Checklist, run: ChecklistRun): string | undefined {
  const gate = checklist.gate;
  if (!gate) return undefined;
  const open = gateOpenItems(checklist, run);
  if (open.length === 0) return `Ready to ${gate.move}`;
  if (!hasPhases(checklist)) {
    const no = open.filter((o) => gateAnswer(run, o.item.id) === 'no').length;
    const unchecked = open.length - no;
    const questions = (n: number) => `${n} gate question${n === 1 ? '' : 's'}`;
    if (no === 0) return `Not ready to ${gate.move}: ${questions(open.length)} open`;
    return `Not ready to ${gate.move}: ${questions(no)} answered no${unchecked > 0 ? `, ${unchecked} not checked yet` : ''}`;
  }
  const first = open[0]!;
  const where = first.group ? `${first.group.letter}. ${first.group.title}` : 'the go/no-go gate';
  const answeredNo = !first.group && gateAnswer(run, first.item.id) === 'no' ? ', answered no' : '';
  return `Not ready to ${gate.move}: stopped at ${where}, “${first.item.text}”${answeredNo} (${open.length} item${open.length === 1 ? '' : 's'} open)`;
}

export const tallyText = (t: Tally) => `${t.done} of ${t.total} done`;

/** One record as Markdown; the record's name and notes are user text and are escaped. */
export function checklistMarkdown(checklist: Checklist, record: ChecklistRecord): string {
  const line = (item: { id: string; text: string }) => {
    const note = record.notes[item.id]?.trim();
    const box = record.ticks[item.id] ? '[x]' : '[ ]';
    return `- ${box} ${escapeMarkdown(item.text)}${note ? `\n  - Note: ${escapeMarkdown(note, '    ')}` : ''}`;
  };
  const p = progress(checklist, record);
  const out = [
    `# ${escapeMarkdown(checklist.title)}: ${escapeMarkdown(record.name)}`,
    '',
    `Updated ${when(record.updatedAt).text}. ${tallyText(p.overall)}.`,
  ];
  const group = (g: ChecklistGroup) =>
    out.push('', `## ${g.letter}. ${escapeMarkdown(g.title)}`, '', ...g.items.map(line));
  // With phases the gate sits between what must hold before the move and what follows it.
  checklist.groups.filter((g) => g.phase !== 'after').forEach(group);
  if (checklist.gate) {
    out.push(
      '',
      `## Go/no-go: before you ${escapeMarkdown(checklist.gate.move)}`,
      '',
      ...checklist.gate.questions.map((q) => {
        const answer = gateAnswer(record, q.id);
        return line(q).replace(/^- \[[ x]\] /, `- ${answer === 'yes' ? '[x]' : '[ ]'} ${GATE_ANSWER_WORDS[answer]}: `);
      }),
    );
    out.push('', escapeMarkdown(gateStatus(checklist, record)!));
  }
  afterGroups(checklist).forEach(group);
  return out.join('\n') + '\n';
}

export { activeRun };
