/**
 * What each tool tells the workspace (src/tools/<id>/workspace.ts, exporting `part`), in the
 * registry's order. Only the workspace imports this, so the parts and the tools' content they
 * score against load with the workspace and never with the store.
 */
import type { WorkspacePart } from '../lib/engagements/part';
import { tools, type ToolDefinition } from './registry';

const found = import.meta.glob<WorkspacePart>('./*/workspace.ts', { import: 'part', eager: true });

/** The parts of the tools in `list` that have one; `parts` by file, as the folders hold them. */
export const partsOf = (
  list: readonly ToolDefinition[] = tools,
  parts: Readonly<Record<string, WorkspacePart>> = found,
): WorkspacePart[] => list.flatMap((t) => parts[`./${t.id}/workspace.ts`] ?? []);

export const workspaceParts = partsOf();
