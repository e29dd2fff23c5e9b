/** What the workspace page hands its island from the build: the lifecycle, the tool pages, the engagement page. */
import type { ToolPages } from '../lib/engagements/tool-pages';
import type { Lifecycle } from '../lib/engagements/workspace';

export interface WorkspaceProps {
  lifecycle: Lifecycle;
  pages: ToolPages;
  /** The engagement page, opened on its form for a new engagement. */
  newEngagement: string;
}
