import type { ToolDefinition } from '../definition';
import { handoffRecordKind } from './kind';

/** The handoff record: what passed at a boundary, who owns the next step, what the client still owes. */
export const recordTool: ToolDefinition = {
  id: 'record',
  kind: handoffRecordKind,
  island: 'HandoffRecordIsland',
  runs: (page) => (page.role === 'tool' && page.tool?.endsWith('record') ? page.tool : undefined),
};
