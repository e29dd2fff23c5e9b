/**
 * The workspace: every engagement saved in this browser, with its stage and boundaries. Thin on
 * purpose: the panel (the tools' content, the gathering and the list) loads after hydration with
 * the storage code it needs, so the page's first paint carries only this shell.
 */
import { h } from 'preact';
import type { ToolPages } from '../lib/engagements/gather';
import type { Lifecycle } from '../lib/engagements/workspace';
import { lazyIsland } from './lazy-island';
// The panel saves its files as the tools do.
import { download } from './SaveStatus';

export interface WorkspaceProps {
  lifecycle: Lifecycle;
  pages: ToolPages;
  /** The engagement page, opened on its form for a new engagement. */
  newEngagement: string;
}

export default lazyIsland<WorkspaceProps>(
  () =>
    import('./WorkspacePanel').then(
      ({ WorkspacePanel }) =>
        (props: WorkspaceProps) =>
          h(WorkspacePanel, { ...props, download }),
    ),
  'The code that reads your saved runs could not be loaded; trying again.',
);
