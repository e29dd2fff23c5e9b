import type { ToolDefinition } from '../definition';
import { worksheetKind } from './kind';

/** A worksheet: rows of cells under fixed columns, one run per engagement. */
export const worksheetTool: ToolDefinition = {
  id: 'worksheet',
  kind: worksheetKind(),
  island: 'WorksheetIsland',
  runs: (page) => (page.role === 'asset' ? page.worksheet : undefined),
};
