/**
 * The engagement page's island: small at first paint, it loads the editor (with the storage code,
 * the schemas and the calendar export) right after hydrating. Without JavaScript the page's own
 * HTML explains what it does; this island draws nothing until the editor is in.
 */
import { Component, h } from 'preact';
import type { EngagementPageProps } from './engagement-page-props';
import { RETRY_DELAYS } from './stored';

type Editor = (typeof import('./EngagementEditor'))['EngagementEditor'];

export default class EngagementPage extends Component<EngagementPageProps, { Editor?: Editor; failed?: boolean }> {
  tries = 0;
  override componentDidMount() {
    import('./EngagementEditor').then(
      (m) => this.setState({ Editor: m.EngagementEditor, failed: false }),
      () => {
        this.setState({ failed: true });
        setTimeout(() => this.componentDidMount(), RETRY_DELAYS[Math.min(this.tries++, RETRY_DELAYS.length - 1)]);
      },
    );
  }
  override render(props: EngagementPageProps, { Editor, failed }: { Editor?: Editor; failed?: boolean }) {
    if (Editor) return h(Editor, props);
    return <p class="save-status">{failed ? 'The engagement editor could not be loaded; trying again.' : ''}</p>;
  }
}
