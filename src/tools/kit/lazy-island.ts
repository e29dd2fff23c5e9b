/**
 * The one way an island loads a component after hydrating: it draws nothing of the component at
 * first paint, loads it right after, and retries a failed download, later each time. Pages whose
 * tool needs the storage code anyway (the engagement page, the storage panel, the workspace, the
 * share view) ship only this loader at first paint, and every tool loads its engagement picker so.
 */
import { Component, h, type ComponentType } from 'preact';

/** How long to wait before retry number `tries` (counted from 0), in ms: half a second, doubling, at most 15 s. */
export const retryDelay = (tries: number) => Math.min(500 * 2 ** tries, 15_000);

/**
 * A component that stands in for the one `load` resolves to. Until it is in, it draws the tools'
 * status line, empty, then saying `failedText` while the download is retried; without
 * `failedText` it draws nothing at all (the engagement picker: its tool's own save status already
 * tells that the storage code, which the picker comes with, could not be loaded).
 */
export function lazyIsland<P extends object>(load: () => Promise<ComponentType<P>>, failedText?: string) {
  return class LazyIsland extends Component<P, { Loaded?: ComponentType<P>; failed?: boolean }> {
    tries = 0;
    override componentDidMount() {
      load().then(
        (Loaded) => this.setState({ Loaded, failed: false }),
        () => {
          this.setState({ failed: true });
          setTimeout(() => this.componentDidMount(), retryDelay(this.tries++));
        },
      );
    }
    override render(props: P, { Loaded, failed }: { Loaded?: ComponentType<P>; failed?: boolean }) {
      if (Loaded) return h(Loaded, props);
      if (failedText === undefined) return null;
      // Until the component is there: nothing, or the failure, in the tools' status line.
      return h('p', { class: 'save-status', role: 'status' }, failed ? failedText : '');
    }
  };
}
