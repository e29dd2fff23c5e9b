/**
 * The workspace: every engagement saved in this browser, with its stage and boundaries. Thin on
 * purpose: the panel (the tools' content, the gathering and the list) loads after hydration with
 * the storage code it needs, so the page's first paint carries only this shell. A failed download
 * is tried again, later each time.
 */
import { Component, h } from 'preact';
import type { ToolPages } from '../lib/engagements/gather';
import type { Lifecycle } from '../lib/engagements/workspace';
// The island reaches the same shared modules as every tool island (storage connection, save
// status), so sharing them with the panel leaves the tools' first-paint chunks as they are.
import { RETRY_DELAYS } from './stored';
import { download } from './SaveStatus';

export interface WorkspaceProps {
  lifecycle: Lifecycle;
  pages: ToolPages;
}

type PanelModule = typeof import('./WorkspacePanel');

export default class WorkspaceIsland extends Component<
  WorkspaceProps,
  { P?: PanelModule['WorkspacePanel']; failed?: boolean }
> {
  tries = 0;
  override componentDidMount() {
    import('./WorkspacePanel').then(
      (m) => this.setState({ P: m.WorkspacePanel, failed: false }),
      () => {
        this.setState({ failed: true });
        setTimeout(() => this.componentDidMount(), RETRY_DELAYS[Math.min(this.tries++, RETRY_DELAYS.length - 1)]);
      },
    );
  }
  override render(props: WorkspaceProps, { P, failed }: { P?: PanelModule['WorkspacePanel']; failed?: boolean }) {
    if (P) return h(P, { ...props, download });
    return (
      <p class="save-status" role="status">
        {failed ? 'The code that reads your saved runs could not be loaded; trying again.' : ''}
      </p>
    );
  }
}
