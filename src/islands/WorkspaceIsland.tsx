/**
 * The workspace: every engagement saved in this browser, with its stage and boundaries. Thin on
 * purpose: the panel (the tools' content, the gathering and the list) loads after hydration with
 * the storage code it needs, so the page's first paint carries only this shell.
 */
import { h } from 'preact';
import { lazyIsland } from '../tools/kit/lazy-island';
import type { WorkspaceProps } from './workspace-props';
// The panel saves its files as the tools do.
import { download } from '../tools/kit/SaveStatus';

export default lazyIsland<WorkspaceProps>(
  () =>
    import('./WorkspacePanel').then(
      ({ WorkspacePanel }) =>
        (props: WorkspaceProps) =>
          h(WorkspacePanel, { ...props, download }),
    ),
  'The code that reads your saved runs could not be loaded; trying again.',
);
