/**
 * The workspace list, loaded after hydration: connects to every tool's stored runs and to the
 * engagements, follows other tabs through the store, and renders one card per engagement. The
 * gathering is pure (src/lib/engagements/gather.ts); this file connects, sorts, filters and asks
 * before deleting.
 */
import { Component } from 'preact';
import type { Chosen } from '../lib/engagements/chosen';
import type { Failure, Kept, SlotStatus } from '../lib/persistence/store';
import { failureWhy } from '../tools/kit/failure-words';
import type { ToolStates, WorkspaceRow } from '../lib/engagements/gather';
import type { SortKey } from '../lib/engagements/workspace';
import type { MovedValue } from '../lib/engagements/earlier';
import {
  describeEarlier,
  filterSummaries,
  gatherWorkspace,
  localToday,
  runsOf,
  sortSummaries,
  toolKindsByName,
  unsettled,
  withoutEngagement,
  workspaceParts,
} from './workspace-lib';
import { connect, loadStore, type Connection } from '../tools/kit/stored';
import { EngagementCard, plural } from './workspace-card';
import { KeptNotice, MovedNotice, WorkspaceControls } from './workspace-notices';
import type { WorkspaceProps } from './workspace-props';

/** 'chosen' for the engagements list, a part's slot name for a tool's stored value. */
type Slot = string;

interface State {
  states: ToolStates;
  loaded: Set<Slot>;
  kept: Partial<Record<Slot, Kept>>;
  sort: SortKey;
  stage: string;
  overdueOnly: boolean;
  /** The engagement being deleted, and how far the reader has confirmed. */
  deleting?: { id: string; step: 1 | 2 } | undefined;
  moved: MovedValue[];
  message: string;
}

export type PanelProps = WorkspaceProps & { download: typeof import('../tools/kit/SaveStatus').download };

export class WorkspacePanel extends Component<PanelProps, State> {
  override state: State = {
    states: { chosen: { engagements: [], current: '' } },
    loaded: new Set(),
    kept: {},
    sort: 'stage',
    stage: '',
    overdueOnly: false,
    moved: [],
    message: '',
  };
  // One map for the connections of every kind, each with its own value type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  conns = new Map<Slot, Connection<any>>();

  override componentDidMount() {
    const follow = <S,>(
      slot: Slot,
      conn: (on: (stored: { value: S; kept?: Kept | undefined; loaded: boolean }) => void) => Connection<S>,
      put: (states: ToolStates, value: S) => ToolStates,
    ) => {
      this.conns.set(
        slot,
        conn((stored) =>
          this.setState(
            (s) => ({
              states: put(s.states, stored.value),
              loaded: stored.loaded ? new Set([...s.loaded, slot]) : s.loaded,
              kept: stored.kept ? { ...s.kept, [slot]: stored.kept } : s.kept,
            }),
            () => this.readEarlier(),
          ),
        ),
      );
    };
    follow<Chosen>(
      'chosen',
      (on) => connect((m) => m.engagementsKind, 'all', { engagements: [], current: '' }, on),
      (s, chosen) => ({ ...s, chosen }),
    );
    for (const part of workspaceParts)
      for (const { slot, name, kind, empty, put } of part.slots)
        follow<unknown>(
          name,
          (on) => connect(() => kind, slot, empty, on),
          (s, value) => ({ ...s, [part.key]: put(s[part.key], value) }),
        );
  }

  override componentWillUnmount() {
    for (const c of this.conns.values()) c.close();
  }

  /** Once every slot is open (each older value rewritten, its copy kept), lists the copies awaiting an answer. */
  readEarlier() {
    if (this.state.loaded.size < this.conns.size) return;
    loadStore()
      .then((m) => {
        const store = m.browserStore();
        // Values of tools the workspace does not read (the boundary worksheet) are opened too, so each
        // older value is rewritten and its copy listed here with the rest.
        const kinds = toolKindsByName();
        for (const key of store.keys()) {
          const [kind = '', id, more] = key.slice(m.NAMESPACE.length).split(':');
          if (Object.hasOwn(kinds, kind) && id && more === undefined) store.open(kinds[kind]!, id);
        }
        const moved = describeEarlier(store.earlierCopies(), Date.now());
        if (JSON.stringify(moved) !== JSON.stringify(this.state.moved)) this.setState({ moved });
      })
      .catch(() => {});
  }

  settle(choice: 'keep' | 'remove') {
    const keys = unsettled(this.state.moved).map((m) => m.key);
    loadStore()
      .then((m) => {
        const result = m.browserStore().settleEarlier(keys, choice);
        this.setState({
          message: result.ok
            ? choice === 'keep'
              ? 'The earlier copies stay in this browser; this question will not come back for them.'
              : 'The earlier copies are removed. Your engagements keep everything that was moved.'
            : 'This browser did not let the site change its storage; the earlier copies are still there.',
        });
        this.readEarlier();
      })
      .catch(() =>
        this.setState({ message: 'The code that manages saved data could not be loaded. Nothing was changed.' }),
      );
  }

  remove(id: string) {
    const c = <S,>(slot: Slot) => this.conns.get(slot) as Connection<S> | undefined;
    const failures: Failure[] = [];
    const told = (status: SlotStatus | undefined) => void (status?.failure && failures.push(status.failure));
    // Runs first, the engagement last: a tab that still saw runs of a listed-less engagement would list it again.
    for (const part of workspaceParts)
      for (const { name, without } of part.slots) told(this.conns.get(name)?.update((v) => without(v as never, id)));
    told(c<Chosen>('chosen')?.update((chosen) => withoutEngagement(chosen, id)));
    this.setState({
      deleting: undefined,
      message:
        failures.length > 0
          ? `Not deleted in this browser: ${failureWhy(failures[0]!)}. A reload shows what is still stored.`
          : 'Deleted, with its runs in every tool.',
    });
  }

  backup() {
    loadStore()
      .then((m) => this.props.download('handoff-handbook-data.json', m.browserStore().exportText(), 'application/json'))
      .catch(() =>
        this.setState({
          message: 'The code that manages saved data could not be loaded. Check the connection and try again.',
        }),
      );
  }

  override render({ lifecycle, pages, download }: PanelProps, s: State) {
    const parts = workspaceParts;
    const ready = s.loaded.size === this.conns.size && this.conns.size > 0;
    const stages = lifecycle.stages;
    const stageName = new Map(stages.map((st) => [st.id, st.name]));
    const boundaryName = new Map(
      lifecycle.boundaries.map((b) => [b.id, `${stageName.get(b.from)} → ${stageName.get(b.to)}`]),
    );
    const all: WorkspaceRow[] = ready
      ? gatherWorkspace(s.states, { parts, lifecycle, pages }, localToday(Date.now()))
      : [];
    // Each engagement as the list names it now (a stored engagement, or the name its runs carry).
    const nameOf = new Map(all.map((row) => [row.id, row.name]));
    const shown = filterSummaries(sortSummaries(all, s.sort), {
      ...(s.stage ? { stage: s.stage } : {}),
      overdueOnly: s.overdueOnly,
    }) as WorkspaceRow[];
    const waiting = unsettled(s.moved);
    const toolTitle = (id: string) => parts.map((p) => p.title?.(id)).find(Boolean) ?? id;
    const kept = Object.entries(s.kept) as [Slot, Kept][];
    return (
      <div class="workspace" aria-busy={!ready}>
        {waiting.length > 0 && (
          <MovedNotice waiting={waiting} toolTitle={toolTitle} nameOf={nameOf} settle={(how) => this.settle(how)} />
        )}
        {kept.map(([slot, k]) => (
          <KeptNotice key={slot} slot={slot} k={k} download={download} />
        ))}
        <WorkspaceControls
          sort={s.sort}
          stage={s.stage}
          overdueOnly={s.overdueOnly}
          stages={stages}
          set={(change) => this.setState(change)}
        />
        <p class="workspace-count" role="status">
          {!ready
            ? 'Opening what this browser saved…'
            : all.length === 0
              ? 'No engagements saved in this browser yet.'
              : `Showing ${shown.length} of ${plural(all.length, 'engagement')}.`}
        </p>
        {ready && all.length === 0 && (
          <p>
            <a class="button-link primary" href={this.props.newEngagement}>
              New engagement
            </a>
          </p>
        )}
        <p role="status" class="workspace-message">
          {s.message}
        </p>
        <ul class="engagement-list">
          {shown.map((row) => (
            <EngagementCard
              key={row.id}
              row={row}
              runs={runsOf(s.states, row.id, parts)}
              boundaryName={boundaryName}
              deleting={s.deleting?.id === row.id ? s.deleting.step : undefined}
              on={{
                ask: (step) => this.setState({ deleting: { id: row.id, step }, message: '' }),
                cancel: () => this.setState({ deleting: undefined }),
                backup: () => this.backup(),
                remove: () => this.remove(row.id),
              }}
            />
          ))}
        </ul>
      </div>
    );
  }
}
