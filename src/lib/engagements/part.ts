/**
 * What a tool tells the workspace, so the workspace knows no tool: where its runs are stored, which
 * engagements they belong to, the evidence each gives a boundary, what deleting an engagement takes
 * from it, and any fact a card shows beside the boundaries. Each tool writes its part in its own
 * folder (src/tools/<id>/workspace.ts); the workspace gathers over whatever parts it is handed.
 */
import type { AnyKind } from '../persistence/kind';
import type { BoundaryEvidence, Lifecycle } from './workspace';
import type { ToolPages } from './tool-pages';

/** The tool run behind one boundary's state, to open from the workspace. */
export interface RunLink {
  label: string;
  href: string;
}

/** One stored value a part reads, and where it goes in the part's state. */
export interface PartSlot<S> {
  /** The stored slot's id (a checklist's id, the quiz's id). */
  slot: string;
  /** What the workspace's notices call it (`checklist:<id>`, `quiz`); unique across parts. */
  name: string;
  kind: AnyKind;
  /** What the slot holds when nothing is stored. */
  empty: unknown;
  /** The part's state with this slot's value in it. */
  put(state: S | undefined, value: unknown): S;
  /** This slot's value without engagement `id`'s runs. */
  without(value: never, id: string): unknown;
}

/** One run's evidence at one boundary of one engagement. */
export interface Gathered {
  engagement: string;
  boundary: string;
  evidence: BoundaryEvidence;
  run: RunLink;
}

/** Facts a card shows beside the boundaries. */
export interface RowFacts {
  /** The next owner and completion event a handoff record names. */
  recordNext?: { owner?: string; what?: string; link: string };
  /** Signals ticked on the workflow diagnostic. */
  diagnosticSignals?: number;
}

export interface PartContext {
  lifecycle: Lifecycle;
  /** Where each tool's runs open. */
  pages: ToolPages;
  /** A tool page's path for one engagement. */
  at(path: string, engagement: string): string;
}

// Each part has its own state type; the workspace holds them side by side under their keys.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface WorkspacePart<S = any> {
  /** Where the part's state sits in the workspace's states. */
  key: string;
  slots: readonly PartSlot<S>[];
  /** The engagements the tool holds runs for, with the name a run carries. */
  found(state: S | undefined): { id: string; name?: string | undefined }[];
  /** The evidence its runs give, per engagement and boundary. */
  gather(state: S | undefined, context: PartContext): Gathered[];
  /** What deleting engagement `id` takes from it, counted for the confirm step. */
  count(state: S | undefined, id: string): { tool: string; count: number }[];
  /** Facts for engagement `id`'s card. */
  row?(state: S | undefined, id: string, context: PartContext): RowFacts;
  /** A stored slot's title, for the notice about earlier copies. */
  title?(slot: string): string | undefined;
}
