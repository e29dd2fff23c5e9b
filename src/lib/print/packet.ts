/**
 * What fills a boundary's print packet from one engagement: its name, its checklist ticks and
 * notes, the handoff record it keeps for this boundary, and the client inputs it still waits on.
 * Pure; the packet page's script reads the stores and writes the result into the printed page.
 */
import type { ChecklistRunSet } from '../checklist/checklist';
import type { WorksheetRunSet } from '../worksheet/worksheet';
import type { RecordValues } from '../handoff-record/record';
import type { Chosen } from '../engagements/chosen';
import { engagementName } from '../engagements/engagement';
import { pickCurrent } from '../engagements/current';
import { sliceOf } from '../engagements/scoped';
import { worksheetShare } from '../share/share-state';

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
}

export interface PacketFill {
  engagement: string;
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
  const run = s.checklist.records.find((r) => r.id === e.id);
  const sheet = s.dependencies.records.find((r) => r.id === e.id);
  const mine = sliceOf(s.records, e.id);
  const { rows: dependencies } = worksheetShare({
    rows: sheet?.rows ?? [],
    dependencies: e.dates.dependencies.filter((d) => d.receivedOn === undefined),
  });
  const name = Object.keys(mine)
    .sort((a, b) => a.localeCompare(b))
    .find((n) => mine[n]![s.form.fromField] === s.boundary.from && mine[n]![s.form.toField] === s.boundary.to);
  return {
    engagement: engagementName(e),
    ticks: { ...run?.ticks },
    notes: { ...run?.notes },
    record: name === undefined ? undefined : { name, values: mine[name]! },
    dependencies: dependencies.length > 0 ? dependencies : undefined,
  };
}
