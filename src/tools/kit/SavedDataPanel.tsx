import { Component, type ComponentType } from 'preact';

/**
 * The saved-data panel (SavedDataControls), loaded after hydration with the store code it needs
 * anyway: the tools' first-paint script stays smaller, and the page makes no extra request.
 */
export class SavedDataPanel extends Component<object, { Panel?: ComponentType }> {
  override componentDidMount() {
    void import('./SavedDataControls').then((m) => this.setState({ Panel: m.default }));
  }

  override render(_: object, { Panel }: { Panel?: ComponentType }) {
    return Panel ? <Panel /> : <div class="data-panel" />;
  }
}
