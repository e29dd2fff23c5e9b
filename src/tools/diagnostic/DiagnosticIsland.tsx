/** The workflow diagnostic: the same checkboxes as the printable list, with the diagnosis and saved ticks. */
import { Component } from 'preact';
import type { Diagnostic } from './schema';
import { explainDiagnosis, leadSummary, diagnose } from './diagnostic';
import { toggleTick, type SavedTicks } from './saved';
import { connect, type Connection, type Stored } from '../kit/stored';
import { Picker } from '../kit/picker';
import { SaveStatus } from '../kit/SaveStatus';
import { CurrentEngagement } from '../kit/current-engagement';
import { engagementsIn, keysOf, withKeysOf } from '../../lib/engagements/scoped';

interface Props {
  id: string;
  diagnostic: Diagnostic;
  pages: Record<string, { title: string; url: string }>;
}

type State = Stored<SavedTicks> & { hydrated?: boolean };

export default class DiagnosticIsland extends Component<Props, State> {
  override state: State = { value: { ticked: [] }, save: { state: 'opening' }, loaded: false };
  conn?: Connection<SavedTicks>;
  engagement = new CurrentEngagement<SavedTicks>(
    () => this.conn,
    () => this.forceUpdate(),
  );

  override componentDidMount() {
    // Boxes ticked before the script arrived are merged into the saved ticks.
    const early = [
      ...((this.base as Element | undefined)?.querySelectorAll<HTMLInputElement>('input:checked') ?? []),
    ].map((box) => box.name);
    this.conn = connect(
      (m) => m.diagnosticKind,
      this.props.id,
      { ticked: [] },
      (stored) => this.setState(stored),
    );
    if (early.length > 0) this.update((ticked) => early.reduce((list, name) => toggleTick(list, name, true), ticked));
    this.setState({ hydrated: true });
  }

  override componentWillUnmount() {
    this.conn?.close();
  }

  /** The ticks are kept per engagement: each change is to the current engagement's ticks. */
  update = (change: (ticked: string[]) => string[]) =>
    this.engagement.update((t, e) => ({ ticked: withKeysOf(t.ticked, e, change(keysOf(t.ticked, e))) }));

  override render({ id, diagnostic, pages }: Props) {
    const { engagement, update } = this;
    const stored = this.state;
    const { hydrated } = stored;
    const ticked = keysOf(engagement.shown(stored.value).ticked, engagement.id);
    const result = diagnose(diagnostic, ticked);
    // Page URLs are made at build; an unknown page stays plain text.
    const page = pages[result.page];
    return (
      <div id={id}>
        {hydrated && (
          <Picker
            found={engagementsIn(stored.value.ticked)}
            onCurrent={engagement.onCurrent}
            share={{ kind: 'diagnostic', id, state: () => ticked }}
          />
        )}
        {hydrated && (
          <p class="diagnostic-lead">
            {leadSummary(result, ticked.length)}
            {ticked.length > 0 && (
              <>
                {' '}
                <a href={`#${id}-result`}>See the result</a>
              </>
            )}
          </p>
        )}
        {diagnostic.categories.map((c, i) => (
          <fieldset key={c.id}>
            <legend>
              {i + 1}. {c.name}{' '}
              <span class="hint">
                counts at {c.threshold} {c.threshold === 1 ? 'tick' : 'ticks'}
              </span>
            </legend>
            <ul>
              {c.signals.map((s) => (
                <li key={s.id}>
                  <label>
                    <input
                      type="checkbox"
                      id={`${id}--${s.id}`}
                      name={s.id}
                      checked={ticked.includes(s.id)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        update((t) => toggleTick(t, s.id, on));
                      }}
                    />
                    <span>{s.text}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        {hydrated && (
          <div class="diagnostic-result result" id={`${id}-result`} role="status">
            {ticked.length === 0 ? (
              <p>Tick the signals you recognise and the result appears here.</p>
            ) : (
              <>
                <h3>Start with: {result.category.name}</h3>
                <p>{explainDiagnosis(result)}</p>
                <p>{result.category.meaning}</p>
                <p>First page to open: {page ? <a href={page.url}>{page.title}</a> : result.page}</p>
                <ul class="diagnostic-counts">
                  {result.counts.map((c) => (
                    <li key={c.category.id}>
                      {c.category.name}: {c.ticks} of {c.category.threshold} needed{c.counts ? ', counts' : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <SaveStatus stored={stored} name={id} />
            {ticked.length > 0 && (
              <button type="button" class="destructive" onClick={() => update(() => [])}>
                Clear all ticks
              </button>
            )}
          </div>
        )}
      </div>
    );
  }
}
