import type { ToolDefinition } from '../definition';
import { diagnosticKind } from './kind';

/** The workflow diagnostic: signals ticked per engagement, pointing at the weak stage. */
export const diagnosticTool: ToolDefinition = {
  id: 'diagnostic',
  kind: diagnosticKind,
  island: 'DiagnosticIsland',
  runs: (page) => (page.role === 'asset' ? page.diagnostic : undefined),
};
