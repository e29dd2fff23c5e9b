/**
 * "Share read-only link", shown in the engagement picker of the checklists, the worksheets, the
 * handoff record and the workflow diagnostic (the quiz says the same over its result link). It loads with the picker, after the tool hydrates; the link code (compression,
 * the check, the schemas) loads only when the reader asks for a link.
 */
import { pageUrl } from '../../lib/urls';
import { Component } from 'preact';
import {
  checklistShare,
  diagnosticShare,
  envelopeOf,
  recordShare,
  worksheetShare,
  type ShareKind,
} from '../share-state';

/** What a tool hands the picker so it can share its current run. */
export interface ShareSource {
  kind: ShareKind;
  /** The tool's id: the share page is `/share/<id>/`. */
  id: string;
  /** The current engagement's run (a checklist or worksheet run, or the record's fields). */
  state: () => unknown;
  /** Offers the tool's own export file (used when the state is too long for a link); absent where a state always fits. */
  file?: (() => void) | undefined;
}

interface Props {
  source: ShareSource;
  engagement: { id: string; name: string };
}

type State = {
  made?: { url: string } | { problem: string; tooLong: boolean } | undefined;
  busy?: boolean;
  copied?: string;
};

export class ShareLink extends Component<Props, State> {
  /** Links to the print packet on the page carry the current engagement. */
  override componentDidMount() {
    this.componentDidUpdate();
  }

  override componentDidUpdate(before?: Readonly<Props>) {
    const { id } = this.props.engagement;
    if (before && before.engagement.id !== id) this.setState({ made: undefined, copied: '' });
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-print-packet]')) {
      const url = new URL(a.href, location.href);
      url.searchParams.set('engagement', id);
      a.href = `${url.pathname}${url.search}`;
    }
  }

  make = async () => {
    const { source, engagement } = this.props;
    this.setState({ busy: true });
    try {
      const { encodeShareLink } = await import('../../lib/share-link');
      const raw = source.state() as never;
      const state =
        source.kind === 'checklist'
          ? checklistShare(raw)
          : source.kind === 'worksheet'
            ? worksheetShare(raw)
            : source.kind === 'diagnostic'
              ? diagnosticShare(raw)
              : recordShare(raw);
      const made = await encodeShareLink(
        envelopeOf(source.kind, source.id, engagement.name, state, Date.now()),
        new URL(pageUrl(`share/${source.id}`), location.href).href,
      );
      this.setState({
        made: made.ok ? { url: made.url } : { problem: made.message, tooLong: made.reason === 'too-long' },
      });
    } catch {
      this.setState({
        made: {
          problem: 'The code that makes links could not be loaded. Check the connection and try again.',
          tooLong: false,
        },
      });
    }
    this.setState({ busy: false });
  };

  /** Copies the link; when the browser refuses, selects it in its field for a manual copy. */
  copy = (url: string, field: HTMLInputElement | null) =>
    navigator.clipboard.writeText(url).then(
      () => this.setState({ copied: 'Copied.' }),
      () => {
        field?.select();
        this.setState({ copied: 'Copying was blocked. The link is selected: press Ctrl+C (⌘C on a Mac).' });
      },
    );

  field: HTMLInputElement | null = null;

  override render({ source, engagement }: Props, { made, busy, copied }: State) {
    return (
      <>
        <button type="button" aria-expanded={made ? 'true' : 'false'} disabled={busy} onClick={this.make}>
          Share read-only link
        </button>
        {made && 'url' in made && (
          <p class="share-made">
            <label>
              Read-only link to “{engagement.name}” as it is now{' '}
              <input
                type="url"
                readOnly
                value={made.url}
                ref={(el) => void (this.field = el)}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>{' '}
            <button type="button" class="primary" onClick={() => this.copy(made.url, this.field)}>
              Copy link
            </button>{' '}
            <span role="status">{copied}</span>
          </p>
        )}
        {made && 'problem' in made && (
          <p class="notice" role="status">
            {made.problem}{' '}
            {made.tooLong && source.file && (
              <button type="button" onClick={source.file}>
                Download the file instead
              </button>
            )}
          </p>
        )}
      </>
    );
  }
}
