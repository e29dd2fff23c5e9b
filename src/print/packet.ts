/**
 * What fills a boundary's print packet from one engagement: its name, its checklist ticks and
 * notes, the handoff record it keeps for this boundary, and the client inputs it still waits on.
 * Pure; the packet page's script reads the stores and writes the result into the printed page.
 */
import type { ChecklistRun, ChecklistRunSet } from '../tools/checklist/checklist';
import type { WorksheetRunSet } from '../tools/worksheet/worksheet';
import type { RecordValues } from '../tools/record/record';
import type { Chosen } from '../lib/engagements/chosen';
import { engagementName } from '../lib/engagements/engagement';
import { pickCurrent } from '../lib/engagements/current';
import { sliceOf } from '../lib/engagements/scoped';
import { worksheetShare } from '../tools/share-state';
import { onRun } from '../lib/engagements/runs';
import { placeholderValues, type PlaceholderSubject } from '../lib/engagements/placeholders';
import type { Engagement } from '../lib/engagements/engagement';
import { fill } from '../lib/messages';

export interface PacketSources {
  chosen: Chosen;
  /** The `engagement` query parameter, when the packet was opened from a tool. */
  fromLink?: string | null | undefined;
  checklist: ChecklistRunSet;
  /** The client input dependency worksheet. */
  dependencies: WorksheetRunSet;
  /** Every handoff record, keyed `<engagement>:<name>`. */
  records: Readonly<Record<string, RecordValues>>;
  boundary: { from: string; to: string };
  form: { nameField: string; fromField: string; toField: string };
  /** The messages of this handoff, as written in the library (with `{placeholders}`). */
  messages?: readonly { subject: string; body: string }[] | undefined;
  /** Today, YYYY-MM-DD: how late an invoice is. */
  today: string;
}

export interface PacketFill {
  /** The engagement's id, and every engagement stored here (by name) to choose from. */
  id: string;
  choices: { id: string; name: string }[];
  engagement: string;
  /** Each message's subject and body with what the engagement holds filled in; the rest stay `{placeholders}`. */
  messages: { subject: string; body: string }[];
  ticks: Record<string, boolean>;
  notes: Record<string, string>;
  /** The engagement's record for this boundary (from → to), the first by name when there are several. */
  record?: { name: string; values: RecordValues } | undefined;
  /**
   * The client inputs still open: those added on the engagement page (not yet received), then the
   * worksheet rows with any text; undefined when the engagement has neither.
   */
  dependencies?: Record<string, string>[] | undefined;
}

/**
 * The fill for the engagement the link names, else the reader's current one. Undefined when this
 * browser stores no engagement at all: then the packet stays blank, to fill in by hand.
 */
export function packetFill(s: PacketSources): PacketFill | undefined {
  const { engagements, current } = s.chosen;
  // The same choice the tools make: the link's engagement, else the remembered one, else the latest changed.
  const picked = pickCurrent({ engagements, fromLink: s.fromLink ?? undefined, remembered: current });
  const e = engagements.find((x) => x.id === picked?.id);
  if (!e) return undefined;
  const run = s.checklist.runs.find((r) => r.id === e.id);
  const sheet = s.dependencies.runs.find((r) => r.id === e.id);
  const mine = sliceOf(s.records, e.id);
  const { rows: dependencies } = worksheetShare({
    rows: sheet?.rows ?? [],
    dependencies: e.dates.dependencies.filter((d) => d.receivedOn === undefined),
  });
  const name = Object.keys(mine)
    .sort((a, b) => a.localeCompare(b))
    .find((n) => mine[n]![s.form.fromField] === s.boundary.from && mine[n]![s.form.toField] === s.boundary.to);
  const values = placeholderValues(e, subjectOf(e), s.today);
  return {
    id: e.id,
    choices: engagements
      .map((x) => ({ id: x.id, name: engagementName(x) }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    engagement: engagementName(e),
    messages: (s.messages ?? []).map((m) => ({ subject: fill(m.subject, values), body: fill(m.body, values) })),
    ticks: { ...run?.ticks },
    notes: { ...run?.notes },
    record: name === undefined ? undefined : { name, values: mine[name]! },
    dependencies: dependencies.length > 0 ? dependencies : undefined,
  };
}

/**
 * The dated items a packet's messages speak of: the latest invoice not yet paid (else the latest
 * sent), the first client input not yet received, the first decision not yet made, and the
 * milestone accepted last (by its acceptance date, then its due date). The packets' milestone
 * messages thank for an acceptance, send its invoice or record it: the accepted milestone names
 * them, with its acceptance date; an open decision names them only when nothing is accepted yet.
 */
export function subjectOf(e: Engagement): PlaceholderSubject {
  const { invoices, dependencies, decisions, milestones } = e.dates;
  const invoice = invoices.filter((i) => i.paidOn === undefined).at(-1) ?? invoices.at(-1);
  const dependency = dependencies.find((d) => d.receivedOn === undefined);
  const decision = decisions.find((d) => d.decidedOn === undefined);
  const accepted = milestones
    .filter((m) => m.acceptedOn !== undefined)
    .sort((a, b) => a.acceptedOn!.localeCompare(b.acceptedOn!) || a.due.localeCompare(b.due))
    .at(-1);
  return {
    ...(invoice && { invoiceId: invoice.id }),
    ...(dependency && { dependencyId: dependency.id }),
    ...(decision && { decisionId: decision.id }),
    ...(accepted && { milestoneId: accepted.id }),
  };
}

/**
 * A box ticked or cleared on the packet, written to the engagement's run of the checklist (the
 * run the checklist tool shows for it), without changing which run that tool has open.
 */
export function packetTick(
  runSet: ChecklistRunSet,
  e: { id: string; name: string },
  itemId: string,
  on: boolean,
  now: number,
): ChecklistRunSet {
  const withRun = onRun<ChecklistRun>(runSet, e, () => ({ ticks: {}, notes: {} }), now);
  return {
    active: runSet.runs.length > 0 ? runSet.active : e.id,
    runs: withRun.runs.map((r) => (r.id === e.id ? { ...r, ticks: { ...r.ticks, [itemId]: on }, updatedAt: now } : r)),
  };
}
