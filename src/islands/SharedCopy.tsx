/**
 * The read-only view of a shared link: reads the state from the page's fragment (which never
 * reached any server), shows it with nothing to edit, and keeps a copy in this browser on request.
 * The link code loads after hydration; the storage code only when the reader asks to keep a copy.
 * A refused link changes nothing stored: storage is not even opened.
 */
import { Component } from 'preact';
import type { ShareEnvelope } from '../schemas/share-link';
import { readSharedState, type SharedState, type ShareTool } from '../tools/share-state';
import { ChecklistRead, DiagnosticRead } from './shared-views';
import type { Engagement } from '../lib/engagements/engagement';
import { loadStore } from '../tools/kit/stored';
import { When } from '../tools/kit/SaveStatus';

export interface SharedCopyProps {
  tool: ShareTool;
  /** What the tool's copy is called, e.g. "Handoff record": the page heading joins it to the engagement. */
  title: string;
  /** The tool's own page, where a kept copy opens. */
  toolUrl: string;
  /** Stage ids and names, for a record's stage fields. */
  stages: { id: string; name: string }[];
}

type Keep =
  | { step: 'ask'; name: string; into: string }
  | { step: 'busy' }
  | { step: 'kept'; name: string; href: string; as?: string | undefined }
  | { step: 'failed'; message: string };

interface State {
  shown?: { envelope: ShareEnvelope; shared: SharedState } | undefined;
  refused?: string | undefined;
  keep?: Keep | undefined;
}

const refusedText = (message: string, reason: string) =>
  // The codec's own sentence for a long state speaks to whoever makes the link; here it is the receiver.
  reason === 'too-long'
    ? 'This link is longer than a shared link can be, so it was not opened. Ask for the file instead.'
    : message;

const failures: Record<string, string> = {
  full: 'This browser’s storage for the site is full.',
  locked: 'A newer version of this site saved data here, and this page leaves it untouched.',
  'too-large': 'The tool’s saved data would grow past what the site stores.',
};

export default class SharedCopy extends Component<SharedCopyProps, State> {
  override componentDidMount() {
    void this.read();
    addEventListener('hashchange', this.read);
  }

  override componentWillUnmount() {
    removeEventListener('hashchange', this.read);
  }

  read = async () => {
    try {
      const { decodeShareLink } = await import('../lib/share-link');
      const decoded = await decodeShareLink(location.hash);
      if (!decoded.ok)
        return this.setState({
          shown: undefined,
          keep: undefined,
          refused: refusedText(decoded.message, decoded.reason),
        });
      const shared = readSharedState(decoded.envelope, this.props.tool);
      if (shared) this.name(decoded.envelope.engagementName);
      this.setState(
        shared
          ? { shown: { envelope: decoded.envelope, shared }, refused: undefined, keep: undefined }
          : {
              shown: undefined,
              keep: undefined,
              refused: 'This link was made for another tool, or holds something this tool cannot show.',
            },
      );
    } catch {
      this.setState({
        refused: 'The code that opens shared links could not be loaded. Check the connection and reload the page.',
      });
    }
  };

  /** The heading and the window's title name the engagement the copy is of. */
  name = (engagement: string) => {
    const h1 = document.querySelector('h1[data-share-title]');
    if (!h1) return;
    const named = sharedTitle(this.props.title, engagement);
    document.title = document.title.replace(h1.textContent ?? '', named);
    h1.textContent = named;
  };

  /**
   * Keeps the shared copy: in the engagement of the same name after asking (`into` it, or `apart`
   * as a new one), else in a new engagement of the shared name.
   */
  keep = async (choice?: { into: string } | 'apart') => {
    const shown = this.state.shown;
    if (!shown) return;
    this.setState({ keep: { step: 'busy' } });
    try {
      const [m, k] = await Promise.all([loadStore(), import('../share/keep')]);
      const store = m.browserStore();
      const tools = {
        create: (input: { client: string; project: string }, existing: readonly Engagement[], at: number) =>
          m.createEngagement(input, existing, m.cryptoRandom, at),
        name: m.engagementName,
      };
      const list = store.open(m.engagementsKind, 'all');
      const now = Date.now();
      const name = shown.envelope.engagementName;
      const same = k.sameNamed(list.read(), name, tools);
      if (same && !choice) return this.setState({ keep: { step: 'ask', name: m.engagementName(same), into: same.id } });
      const target =
        typeof choice === 'object'
          ? choice
          : { name: choice === 'apart' ? k.copyName(name, list.read(), tools) : name };
      let id = '';
      const listed = list.update((chosen) => {
        const next = k.withTarget(chosen, target, tools, now);
        id = next.id;
        return next.chosen;
      });
      if (listed.failure) throw listed.failure;
      const engagement = list.read().engagements.find((e) => e.id === id)!;
      const ref = { id, name: m.engagementName(engagement) };
      const { tool } = this.props;
      const { shared } = shown;
      let as: string | undefined;
      const status =
        shared.kind === 'checklist' && tool.kind === 'checklist'
          ? store.open(m.checklistKind, tool.id).update((runSet) => k.keepChecklist(runSet, ref, shared.state, now))
          : shared.kind === 'worksheet' && tool.kind === 'worksheet'
            ? store
                .open(m.worksheetKind(tool.worksheet), tool.id)
                .update((runSet) => k.keepWorksheet(runSet, ref, shared.state, now))
            : shared.kind === 'record' && tool.kind === 'record'
              ? store.open(m.handoffRecordKind, tool.id).update((stored) => {
                  const kept = k.keepRecord(stored.records, id, tool.form.nameField, shared.state);
                  as = kept.name;
                  return { ...stored, records: kept.records };
                })
              : shared.kind === 'diagnostic' && tool.kind === 'diagnostic'
                ? store.open(m.diagnosticKind, tool.id).update((stored) => k.keepDiagnostic(stored, id, shared.state))
                : { failure: 'unavailable' as const };
      if (status.failure || status.savedAt === undefined) throw status.failure ?? 'unverified';
      this.setState({
        keep: { step: 'kept', name: ref.name, href: `${this.props.toolUrl}?engagement=${encodeURIComponent(id)}`, as },
      });
    } catch (failure) {
      const why =
        typeof failure === 'string'
          ? (failures[failure] ?? 'This browser did not let the site store data.')
          : 'The code that saves could not be loaded. Check the connection and try again.';
      this.setState({ keep: { step: 'failed', message: `Not kept. ${why}` } });
    }
  };

  override render({ tool, stages }: SharedCopyProps, { shown, refused, keep }: State) {
    if (refused) {
      return (
        <div class="share-refused notice" role="alert" data-tone="bad">
          <p>
            <strong>This shared link cannot be opened.</strong> {refused}
          </p>
          <p>Nothing in this browser was changed.</p>
        </div>
      );
    }
    if (!shown) return <p class="share-opening">Opening the shared copy…</p>;
    const { envelope, shared } = shown;
    return (
      <div class="share-view">
        <p class="share-label">Read-only copy</p>
        <dl class="share-facts">
          <dt>Engagement</dt>
          <dd data-share-engagement>{envelope.engagementName}</dd>
          <dt>Link made</dt>
          <dd>
            <When at={Date.parse(envelope.createdAt)} />
          </dd>
        </dl>
        <p class="hint">
          This is the state of the tool when the link was made. Nothing here can be changed; keep a copy to work on it.
        </p>
        {/* The one thing to do here comes first, before a list that can run for screens. */}
        <div class="share-keep">
          {keep?.step === 'ask' ? (
            <div class="notice">
              <p>
                This browser already has an engagement called “{keep.name}”. Add this copy to it, or keep it as a
                separate engagement? Nothing already there is replaced either way.
              </p>
              <p class="tool-bar">
                <button type="button" class="primary" onClick={() => void this.keep({ into: keep.into })}>
                  Add to “{keep.name}”
                </button>
                <button type="button" onClick={() => void this.keep('apart')}>
                  Keep as a new engagement
                </button>
                <button type="button" onClick={() => this.setState({ keep: undefined })}>
                  Cancel
                </button>
              </p>
            </div>
          ) : (
            <p class="tool-bar">
              <button type="button" class="primary" disabled={keep?.step === 'busy'} onClick={() => void this.keep()}>
                Keep a copy in this browser
              </button>
            </p>
          )}
          <p
            role="status"
            class="save-status"
            data-state={keep?.step === 'kept' ? 'saved' : keep?.step === 'failed' ? 'not-saved' : undefined}
          >
            {keep?.step === 'busy' && 'Saving…'}
            {keep?.step === 'kept' && (
              <>
                Saved in this browser, in the engagement “{keep.name}”{keep.as ? ` as “${keep.as}”` : ''}.{' '}
                <a href={keep.href}>Open it in the tool</a>
              </>
            )}
            {keep?.step === 'failed' && keep.message}
          </p>
        </div>
        {shared.kind === 'checklist' && tool.kind === 'checklist' && (
          <ChecklistRead checklist={tool.checklist} shared={shared.state} />
        )}
        {shared.kind === 'worksheet' &&
          tool.kind === 'worksheet' &&
          (shared.state.rows.length === 0 ? (
            <p>No rows were filled in.</p>
          ) : (
            shared.state.rows.map((row, r) => (
              <div class="box" key={r}>
                <h3>Row {r + 1}</h3>
                <dl class="row">
                  {tool.worksheet.columns.map((c) => (
                    <>
                      <dt>{c.label}</dt>
                      <dd>{row[c.id] ?? '—'}</dd>
                    </>
                  ))}
                </dl>
              </div>
            ))
          ))}
        {shared.kind === 'diagnostic' && tool.kind === 'diagnostic' && (
          <DiagnosticRead diagnostic={tool.diagnostic} ticked={shared.state.ticked} />
        )}
        {shared.kind === 'record' && tool.kind === 'record' && (
          <dl class="row box">
            {tool.form.fields.map((f) => {
              const value = shared.state[f.id];
              return (
                <>
                  <dt>{f.label}</dt>
                  <dd class="share-text">
                    {value === undefined
                      ? '—'
                      : f.kind === 'stage'
                        ? (stages.find((s) => s.id === value)?.name ?? value)
                        : value}
                  </dd>
                </>
              );
            })}
          </dl>
        )}
      </div>
    );
  }
}

/** "Handoff record for Acme: Website rebuild (shared copy)". */
export const sharedTitle = (title: string, engagement: string) => `${title} for ${engagement} (shared copy)`;
