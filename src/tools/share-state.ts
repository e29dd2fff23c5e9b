/**
 * What a share link carries for each tool. Pure: the share control builds the state from a
 * tool's run, and the share page reads it back through `readSharedState` (./keep.ts joins it to
 * the browser's own data).
 *
 * A link is input from outside: `readSharedState` accepts only the shape of the tool named in the
 * link, and keeps only the items, columns and fields that tool has today.
 */
import { cutText } from '../lib/text-cut';
import type { Checklist } from './checklist/schema';
import type { Worksheet } from './worksheet/schema';
import type { RecordForm } from './record/schema';
import type { Diagnostic } from './diagnostic/schema';
import type { ShareEnvelope } from '../schemas/share-link';
import type { ChecklistRun } from './checklist/checklist';
import type { WorksheetRun } from './worksheet/worksheet';
import type { RecordValues } from './record/record';
import type { ClientDependency } from '../lib/engagements/engagement';
import { engagementDependencyRows } from '../lib/engagements/dependency-list';

/** The key a worksheet row keeps its storage id under (ROW_ID in ../worksheet/worksheet.ts). */
const ROW_ID = '#row';

export type ShareKind = ShareEnvelope['kind'];

/** A checklist run as shared: the ticked items, the non-empty notes and the go/no-go questions answered "No". */
export interface SharedChecklist {
  ticks: Record<string, true>;
  notes: Record<string, string>;
  no?: Record<string, true>;
}
/** A worksheet run as shared: its rows, cells by column id, empty cells left out. */
export interface SharedWorksheet {
  rows: Record<string, string>[];
}
/** A handoff record as shared: its fields by id, empty fields left out. */
export type SharedRecord = Record<string, string>;
/** The workflow diagnostic as shared: the ids of the ticked signals. */
export interface SharedDiagnostic {
  ticked: string[];
}

/** The tool a share page shows, with the content it needs to check and draw a shared state. */
export type ShareTool =
  | { kind: 'checklist'; id: string; checklist: Checklist }
  | { kind: 'worksheet'; id: string; worksheet: Worksheet }
  | { kind: 'record'; id: string; form: RecordForm }
  | { kind: 'diagnostic'; id: string; diagnostic: Diagnostic };

export type SharedState =
  | { kind: 'checklist'; state: SharedChecklist }
  | { kind: 'worksheet'; state: SharedWorksheet }
  | { kind: 'record'; state: SharedRecord }
  | { kind: 'diagnostic'; state: SharedDiagnostic };

const nonEmpty = (map: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(map).filter(([, v]) => v.trim() !== ''));

export const checklistShare = (run: ChecklistRun): SharedChecklist => ({
  ticks: Object.fromEntries(
    Object.entries(run.ticks)
      .filter(([, on]) => on)
      .map(([id]) => [id, true as const]),
  ),
  notes: nonEmpty(run.notes),
  ...(run.no && { no: run.no }),
});

/**
 * Rows without their storage ids; rows with no text at all are left out. The client input
 * dependency worksheet also hands in the engagement page's dependencies: they come first, as rows.
 */
export const worksheetShare = (
  run: WorksheetRun & { dependencies?: readonly ClientDependency[] | undefined },
): SharedWorksheet => ({
  rows: [...engagementDependencyRows(run.dependencies), ...run.rows]
    .map(({ [ROW_ID]: _id, ...cells }) => nonEmpty(cells))
    .filter((row) => Object.keys(row).length > 0),
});

export const recordShare = (values: RecordValues): SharedRecord => nonEmpty(values);

export const diagnosticShare = (ticked: readonly string[]): SharedDiagnostic => ({ ticked: [...ticked].sort() });

/** The longest text one shared note, cell or field may hold (the store's own limit). */
const MAX_TEXT = 20_000;
const MAX_ROWS = 500;

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOnly = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));
/** The entries of `map` whose key is one of `known` and whose value is a bounded string. */
function texts(map: unknown, known: ReadonlySet<string>): Record<string, string> | undefined {
  if (!isMap(map)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) {
    if (typeof v !== 'string' || v.length > MAX_TEXT) return undefined;
    if (known.has(k) && v.trim() !== '') out[k] = v;
  }
  return out;
}

export const checklistItemIds = (checklist: Checklist) =>
  [...checklist.groups.flatMap((g) => g.items), ...(checklist.gate?.questions ?? [])].map((i) => i.id);

/**
 * The tool's state from a decoded envelope, or undefined when the link was made for another
 * tool or holds a shape the tool does not have. Items, columns and fields the tool no longer has
 * are left out.
 */
export function readSharedState(envelope: ShareEnvelope, tool: ShareTool): SharedState | undefined {
  if (envelope.kind !== tool.kind || envelope.toolId !== tool.id) return undefined;
  const state = envelope.state;
  if (!isMap(state)) return undefined;
  if (tool.kind === 'checklist') {
    if (!hasOnly(state, ['ticks', 'notes', 'no'])) return undefined;
    const known = new Set(checklistItemIds(tool.checklist));
    const trues = (v: unknown) => isMap(v) && Object.values(v).every((x) => x === true);
    if (!trues(state['ticks']) || !trues(state['no'] ?? {})) return undefined;
    const questions = new Set(tool.checklist.gate?.questions.map((q) => q.id) ?? []);
    const no = Object.fromEntries(
      Object.keys(state['no'] ?? {})
        .filter((k) => questions.has(k) && !(state['ticks'] as Record<string, unknown>)[k])
        .map((k) => [k, true as const]),
    );
    const notes = texts(state['notes'] ?? {}, known);
    if (!notes) return undefined;
    const ticks = Object.fromEntries(
      Object.keys(state['ticks'] as object)
        .filter((k) => known.has(k))
        .map((k) => [k, true as const]),
    );
    return { kind: 'checklist', state: { ticks, notes, ...(Object.keys(no).length > 0 && { no }) } };
  }
  if (tool.kind === 'worksheet') {
    const rows = state['rows'];
    if (!hasOnly(state, ['rows']) || !Array.isArray(rows) || rows.length > MAX_ROWS) return undefined;
    const known = new Set(tool.worksheet.columns.map((c) => c.id));
    const out: Record<string, string>[] = [];
    for (const row of rows) {
      const cells = texts(row, known);
      if (!cells) return undefined;
      if (Object.keys(cells).length > 0) out.push(cells);
    }
    return { kind: 'worksheet', state: { rows: out } };
  }
  if (tool.kind === 'diagnostic') {
    const ticked = state['ticked'];
    const known = new Set(tool.diagnostic.categories.flatMap((c) => c.signals.map((s) => s.id)));
    if (!hasOnly(state, ['ticked']) || !Array.isArray(ticked) || ticked.length > MAX_ROWS) return undefined;
    if (ticked.some((id) => typeof id !== 'string')) return undefined;
    return { kind: 'diagnostic', state: { ticked: [...new Set(ticked as string[])].filter((id) => known.has(id)) } };
  }
  const fields = texts(state, new Set(tool.form.fields.map((f) => f.id)));
  return fields && { kind: 'record', state: fields };
}

/** The envelope for a tool's state, made now. */
export const envelopeOf = (
  kind: ShareKind,
  toolId: string,
  engagement: string,
  state: ShareEnvelope['state'],
  now: number,
): ShareEnvelope => ({
  kind,
  toolId,
  engagementName: cutText(engagement, 200),
  createdAt: new Date(now).toISOString(),
  state,
});
