/**
 * An island that draws nothing at first paint and loads its real component right after hydrating,
 * retrying a failed download. Pages whose tool needs the storage code anyway (the engagement page,
 * the storage panel) ship only this loader at first paint, so their first paint stays small.
 */
import { Component, h, type ComponentType } from 'preact';
import { RETRY_DELAYS } from './stored';

export function lazyIsland<P extends object>(load: () => Promise<ComponentType<P>>, failedText: string) {
  return class LazyIsland extends Component<P, { Loaded?: ComponentType<P>; failed?: boolean }> {
    tries = 0;
    override componentDidMount() {
      load().then(
        (Loaded) => this.setState({ Loaded, failed: false }),
        () => {
          this.setState({ failed: true });
          setTimeout(() => this.componentDidMount(), RETRY_DELAYS[Math.min(this.tries++, RETRY_DELAYS.length - 1)]);
        },
      );
    }
    override render(props: P, { Loaded, failed }: { Loaded?: ComponentType<P>; failed?: boolean }) {
      if (Loaded) return h(Loaded, props);
      // Until the component is there: nothing, or the failure, in the tools' status line.
      return h('p', { class: 'save-status', role: 'status' }, failed ? failedText : '');
    }
  };
}
