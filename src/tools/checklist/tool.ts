import type { ToolDefinition } from '../definition';
import { checklistKind } from './kind';

/** A checklist: ticks, notes and a go/no-go gate, one run per engagement. */
export const checklistTool: ToolDefinition = {
  id: 'checklist',
  kind: checklistKind,
  island: 'ChecklistIsland',
  // A guide carries its checklist further down the page, loaded late; a template page runs it first.
  runs: (page) => (page.role === 'asset' ? page.checklist : undefined),
};
