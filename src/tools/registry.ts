/**
 * The registry: the site's tools, each defined once in its own folder (./<id>/tool.ts), and what
 * the site stores for them and for the engagements. Storage knows no tool; the store, the data
 * file's export and import, the workspace, the build's chunking and the test gates read the tools
 * from here. A new tool is one folder and one line in `tools`.
 */
import type { AnyKind } from '../lib/persistence/kind';
import type { Refiler } from '../lib/persistence/refile';
import type { ToolDefinition } from './definition';
import { checklistTool } from './checklist/tool';
import { worksheetTool } from './worksheet/tool';
import { diagnosticTool } from './diagnostic/tool';
import { quizTool } from './quiz/tool';
import { recordTool } from './record/tool';
import { engagementsKind, ENGAGEMENTS_ID } from '../lib/engagements/kind';
import { healthKind } from '../lib/engagements/health-kind';
import { refileMoves } from '../lib/engagements/refile';
import type { Chosen } from '../lib/engagements/chosen';

export type { ToolDefinition, ToolPageData } from './definition';

/** The tools, in the order a page that runs several lists their styles. */
export const tools: readonly ToolDefinition[] = [checklistTool, worksheetTool, diagnosticTool, quizTool, recordTool];

export { checklistKind } from './checklist/kind';
export { worksheetKind } from './worksheet/kind';
export { diagnosticKind } from './diagnostic/kind';
export { quizKind } from './quiz/kind';
export { handoffRecordKind } from './record/kind';
export { engagementsKind, healthKind };

/** Every kind stored for `list` and for the engagements, so an import can check each value it brings. */
export const kindsOf = (list: readonly ToolDefinition[]): readonly AnyKind[] => [
  ...list.map((t) => t.kind),
  engagementsKind,
  healthKind,
];

/** Every kind the site stores. */
export const storedKinds = kindsOf(tools);

/**
 * Data saved before engagements existed is filed under the engagement of the same name the reader
 * already has (../lib/engagements/refile.ts), read from the stored engagements list.
 */
export const engagementsRefiler: Refiler<Chosen> = {
  kind: engagementsKind,
  id: ENGAGEMENTS_ID,
  moves: (chosen, found) => refileMoves(chosen?.engagements ?? [], found),
};

/** What the site's store is made with: its kinds, and where refiled data goes. */
export const siteStore = { kinds: storedKinds, refiler: engagementsRefiler };
