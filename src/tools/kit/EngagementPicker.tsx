/**
 * The one engagement picker every tool shows: choose the engagement to work on, make a new one
 * (client and project), rename it. The choice is stored, so every tool on the page, every other
 * page and every other tab switch with it; the host island hears it through `onCurrent`.
 */
import { Component } from 'preact';
import {
  addEngagement,
  adopt,
  choices,
  choose,
  currentOf,
  engagementName,
  rename,
  unstoredFound,
  type Chosen,
  type Found,
} from '../../lib/engagements/chosen';
import { cryptoRandom } from '../../lib/engagements/ids';
import type { EngagementRef } from '../../lib/engagements/runs';
import { connect, type Connection, type Stored } from './stored';
import { failureWhy } from './failure-words';
import { grouped, MAX_ITEMS, MAX_NAME } from '../../lib/persistence/limits';
// Imported with the picker (after the tool hydrates, in the same file): the control shows with it.
// The link code itself (compression, the check) still loads only when the reader asks for a link.
import { ShareLink, type ShareSource } from './ShareLink';

interface Props {
  /** Engagements the host tool holds data for, with the names it saved them under. */
  found: Found[];
  /** The run the tool had open before engagements existed (it becomes current if none is yet). */
  open?: string | undefined;
  onCurrent: (engagement: EngagementRef) => void;
  /** A tool whose run can be shared as a read-only link. */
  share?: ShareSource | undefined;
}

type Mode = '' | 'new' | 'rename';
interface State {
  stored: Stored<Chosen>;
  mode: Mode;
  client: string;
  project: string;
  /** Why the last create or rename was not stored, said beside the form. */
  problem?: string;
}

const MOST = `${grouped(MAX_ITEMS)} engagements`;

export class EngagementPicker extends Component<Props, State> {
  override state: State = {
    stored: { value: { engagements: [], current: '' }, save: { state: 'opening' }, loaded: false },
    mode: '',
    client: '',
    project: '',
  };
  conn?: Connection<Chosen>;
  reported = '';
  /** An engagement named by the page's link (`?engagement=`), chosen once storage opens. */
  link = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('engagement');

  override componentDidMount() {
    // `?new` (the empty workspace's "New engagement") opens the form for a new engagement.
    if (new URLSearchParams(location.search).has('new')) this.setState({ mode: 'new' });
    this.conn = connect(
      (m) => m.engagementsKind,
      'all',
      this.state.stored.value,
      (stored) => this.setState({ stored }),
    );
  }

  override componentWillUnmount() {
    this.conn?.close();
  }

  override componentDidUpdate(_: Props, before: State) {
    const { stored, mode } = this.state;
    if (mode && !before.mode && this.base instanceof Element)
      this.base.querySelector<HTMLInputElement>('form input')?.focus();
    if (!stored.loaded) return;
    const { found } = this.props;
    const link = this.link;
    this.link = null;
    if (link && choices(stored.value, found).some((e) => e.id === link))
      return void this.conn?.update((c) => choose(c, link));
    if (unstoredFound(stored.value, found).length > 0)
      return void this.conn?.update((c) => adopt(c, found, Date.now(), this.props.open));
    const current = currentOf(stored.value, found);
    const ref = { id: current.id, name: engagementName(current), engagement: current };
    if (`${ref.id}\n${ref.name}\n${current.updatedAt}` !== this.reported) {
      this.reported = `${ref.id}\n${ref.name}\n${current.updatedAt}`;
      this.props.onCurrent(ref);
    }
  }

  override render({ found, share }: Props, { stored, mode, client, project, problem }: State) {
    const list = choices(stored.value, found);
    const current = currentOf(stored.value, found);
    const close = () => this.setState({ mode: '', problem: '' });
    const submit = (e: Event) => {
      e.preventDefault();
      const names = { client, project };
      const name = engagementName({ client: client.trim(), project: project.trim() });
      if (mode === 'new' && stored.value.engagements.length >= MAX_ITEMS)
        return this.setState({
          problem: `Not created: this browser holds ${MOST}, the most the site stores in one list (names up to ${MAX_NAME} characters). Delete engagements you no longer need in the workspace, then try again.`,
        });
      let made = '';
      const was = stored.value.current;
      const status = this.conn?.update((c) => {
        if (mode !== 'new') return rename(c, found, current.id, names, Date.now());
        const next = addEngagement(c, names, cryptoRandom, Date.now());
        made = next?.current ?? '';
        return next ?? c;
      });
      if (status?.failure) {
        // An engagement that could not be stored is not shown as made: it leaves the list again.
        if (made) this.conn?.update((c) => ({ engagements: c.engagements.filter((x) => x.id !== made), current: was }));
        const why =
          status.failure === 'too-large'
            ? `the site stores at most ${MOST} and names of up to ${MAX_NAME} characters`
            : failureWhy(status.failure);
        return this.setState({
          problem: `${mode === 'new' ? 'Not created' : 'Not renamed'}: ${why}, so “${name}” could not be stored.${status.failure === 'full' ? ' Download your saved data, then clear what you no longer need.' : ''}`,
        });
      }
      close();
    };
    return (
      <div class="record-bar engagement-picker">
        <label>
          Engagement{' '}
          <select
            value={current.id}
            onChange={(e) => {
              const id = e.currentTarget.value;
              this.conn?.update((c) => choose(c, id));
            }}
          >
            {list.map((e) => (
              <option value={e.id} key={e.id}>
                {engagementName(e)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => this.setState({ mode: 'new', client: '', project: '', problem: '' })}>
          New engagement
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            this.setState({ mode: 'rename', client: current.client, project: current.project, problem: '' })
          }
        >
          Rename
        </button>
        {share && stored.loaded && (
          <>
            {' '}
            <ShareLink source={share} engagement={{ id: current.id, name: engagementName(current) }} />
          </>
        )}
        {/* Until storage opens, the share button's place is held, so the bar keeps its shape. */}
        {share && !stored.loaded && (
          <>
            {' '}
            <button type="button" disabled>
              Share read-only link
            </button>
          </>
        )}
        {mode && (
          <form onSubmit={submit}>
            <label>
              Client{' '}
              <input
                value={client}
                required
                maxLength={120}
                onInput={(e) => this.setState({ client: e.currentTarget.value })}
              />
            </label>{' '}
            <label>
              Project{' '}
              <input
                value={project}
                maxLength={120}
                onInput={(e) => this.setState({ project: e.currentTarget.value })}
              />
            </label>{' '}
            <button type="submit" class="primary">
              {mode === 'new' ? 'Create engagement' : 'Save name'}
            </button>{' '}
            <button type="button" onClick={close}>
              Cancel
            </button>
            {problem && (
              <p class="notice" role="alert" data-tone="bad">
                {problem}
              </p>
            )}
          </form>
        )}
      </div>
    );
  }
}
