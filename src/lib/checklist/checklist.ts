import type { Checklist } from '../../schemas/checklist';
import { activeRecord, updateActive, type Book, type NamedRecord } from '../records/book';
import { escapeMarkdown } from '../export/markdown';
import { when } from '../when';

/**
 * A checklist run: ticks and notes keyed by item id, so rewording an item keeps its progress,
 * a removed item's tick stays harmlessly in the record, and a new item starts unticked.
 */
export interface ChecklistRun {
  ticks: Record<string, boolean>;
  notes: Record<string, string>;
}
export type ChecklistBook = Book<ChecklistRun>;
export type ChecklistRecord = NamedRecord<ChecklistRun>;

export const emptyRun = (): ChecklistRun => ({ ticks: {}, notes: {} });

export function setTick(book: ChecklistBook, itemId: string, on: boolean, now: number): ChecklistBook {
  return updateActive(book, (r) => ({ ...r, ticks: { ...r.ticks, [itemId]: on } }), now);
}

export function setNote(book: ChecklistBook, itemId: string, note: string, now: number): ChecklistBook {
  return updateActive(book, (r) => ({ ...r, notes: { ...r.notes, [itemId]: note } }), now);
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
  const groups = checklist.groups.map((g) => ({ letter: g.letter, title: g.title, ...tally(g.items.map((i) => i.id), run.ticks) }));
  const gate = checklist.gate && { move: checklist.gate.move, ...tally(checklist.gate.questions.map((q) => q.id), run.ticks) };
  const all = [...groups, ...(gate ? [gate] : [])];
  return { groups, ...(gate && { gate }), overall: { done: all.reduce((n, t) => n + t.done, 0), total: all.reduce((n, t) => n + t.total, 0) } };
}

/** The gate in plain words, e.g. "Not ready to start delivery: 2 gate questions open". */
export function gateStatus(checklist: Checklist, run: ChecklistRun): string | undefined {
  const gate = progress(checklist, run).gate;
  if (!gate) return undefined;
  const open = gate.total - gate.done;
  if (open === 0) return `Ready to ${gate.move}`;
  return `Not ready to ${gate.move}: ${open} gate question${open === 1 ? '' : 's'} open`;
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
  for (const g of checklist.groups) out.push('', `## ${g.letter}\\. ${escapeMarkdown(g.title)}`, '', ...g.items.map(line));
  if (checklist.gate) {
    out.push('', `## Go/no-go: before you ${escapeMarkdown(checklist.gate.move)}`, '', ...checklist.gate.questions.map(line));
    out.push('', escapeMarkdown(gateStatus(checklist, record)!));
  }
  return out.join('\n') + '\n';
}

export { activeRecord };
