/**
 * What defines a tool, in one place per tool (src/tools/<id>/tool.ts), read by everything that
 * handles tools in general: the store and the data file (its stored kind), the build's chunking
 * (its island), the styles (its folder's styles.css) and the test gates (the page that runs it).
 * Every field is light data, because the store, which every tool loads, reads the registry. What
 * the workspace reads of a tool is in the same folder (workspace.ts, exporting `part`), found by
 * ./workspace-parts.ts, so it loads with the workspace only.
 */
import type { AnyKind } from '../lib/persistence/kind';

/** The frontmatter fields a page declares its tool with (src/schemas/page.ts). */
export interface ToolPageData {
  role: string;
  checklist?: string | undefined;
  worksheet?: string | undefined;
  diagnostic?: string | undefined;
  tool?: string | undefined;
}

export interface ToolDefinition {
  /** The tool's name in code, styles, share links and test gates; also its folder. */
  readonly id: string;
  /** What it keeps in this browser: schema, version, migrations and merge, and the stored key's name. */
  readonly kind: AnyKind;
  /** Its island's file name in its folder (without extension): the entry the build groups its runtime by. */
  readonly island: string;
  /** The content id a page runs on its first screen with this tool, when it does. */
  runs(page: ToolPageData): string | undefined;
}
