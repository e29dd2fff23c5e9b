/**
 * The engagement page's island: small at first paint, it loads the editor (with the storage code,
 * the schemas and the calendar export) right after hydrating. Without JavaScript the page's own
 * HTML explains what it does; this island draws nothing until the editor is in.
 */
import { Component, h } from 'preact';
import type { EngagementPageProps } from './engagement-page-props';

type Editor = (typeof import('./EngagementEditor'))['EngagementEditor'];

/** Waits before each retry of a failed download, in ms; the last is repeated. */
const RETRY_DELAYS = [500, 1000, 2000, 4000, 8000, 15000];

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
    // h(), not JSX: this island then shares no JSX runtime chunk with the others, which would split it out of theirs.
    return h('p', { class: 'save-status' }, failed ? 'The engagement editor could not be loaded; trying again.' : '');
  }
}
