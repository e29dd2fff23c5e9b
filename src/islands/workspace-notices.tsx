/**
 * Around the workspace's list: its notices (saved data moved into engagements, to keep or remove
 * the old copies; values kept aside) and its sort and filter controls.
 */
import type { Kept } from '../lib/persistence/store';
import type { MovedValue } from '../lib/engagements/earlier';
import { DIAGNOSTIC_STORED_NAME } from '../schemas/stored-name';
import type { Lifecycle, SortKey } from '../lib/engagements/workspace';

const KIND_WORDS: Record<string, string> = {
  checklist: 'The checklist',
  worksheet: 'The worksheet',
  quiz: 'Quiz results',
  [DIAGNOSTIC_STORED_NAME]: 'Diagnostic ticks',
  'handoff-records': 'Handoff records',
};

export function MovedNotice({
  waiting,
  toolTitle,
  nameOf,
  settle,
}: {
  waiting: MovedValue[];
  toolTitle: (id: string) => string;
  /** Each engagement as the list names it now. */
  nameOf: Map<string, string>;
  settle: (how: 'keep' | 'remove') => void;
}) {
  return (
    <section class="notice moved" aria-labelledby="moved-heading">
      <h3 id="moved-heading">Saved data moved into engagements</h3>
      <p>
        What the tools saved before engagements existed now belongs to engagements. The earlier copies are still in this
        browser, untouched, until you decide:
      </p>
      <ul>
        {waiting.map((m) => (
          <li key={m.key}>
            {KIND_WORDS[m.kind] ?? m.kind}
            {m.kind === 'checklist' || m.kind === 'worksheet' ? ` “${toolTitle(m.tool)}”` : ''}, saved by version{' '}
            {m.version}
            {m.engagements.length > 0
              ? `: now in ${m.engagements.map((e) => nameOf.get(e.id) ?? e.name).join(', ')}`
              : ''}
          </li>
        ))}
      </ul>
      <p class="tool-bar">
        <button type="button" onClick={() => settle('keep')}>
          Keep old copies
        </button>
        <button type="button" class="destructive" onClick={() => settle('remove')}>
          Remove old copies
        </button>
      </p>
    </section>
  );
}

export function KeptNotice({
  slot,
  k,
  download,
}: {
  slot: string;
  k: Kept;
  download: typeof import('../tools/kit/SaveStatus').download;
}) {
  return (
    <p class="notice">
      {k.reason === 'migration-failed'
        ? `Saved data from an earlier version (${slot.replace(':', ' ')}) could not be moved into engagements. It is kept in this browser exactly as it was, and the workspace leaves it out.`
        : k.reason === 'newer-version'
          ? `A newer version of this site saved data here (${slot.replace(':', ' ')}); the workspace leaves it as it is.`
          : `Saved data (${slot.replace(':', ' ')}) could not be read, so it was set aside and the workspace leaves it out.`}{' '}
      <button type="button" onClick={() => download(`${slot.replace(':', '-')}-kept-copy.txt`, k.raw, 'text/plain')}>
        Download the kept copy
      </button>
    </p>
  );
}

/** Sort by stage, how overdue, next action or name; show one stage, or only what is overdue. */
export function WorkspaceControls({
  sort,
  stage,
  overdueOnly,
  stages,
  set,
}: {
  sort: SortKey;
  stage: string;
  overdueOnly: boolean;
  stages: Lifecycle['stages'];
  set: (change: { sort: SortKey } | { stage: string } | { overdueOnly: boolean }) => void;
}) {
  return (
    <form class="workspace-controls" onSubmit={(e) => e.preventDefault()} aria-label="Sort and filter the engagements">
      <label>
        Sort by{' '}
        <select value={sort} onChange={(e) => set({ sort: e.currentTarget.value as SortKey })}>
          <option value="stage">Stage</option>
          <option value="overdue">Most overdue</option>
          <option value="next-action">Next action due</option>
          <option value="name">Name</option>
        </select>
      </label>
      <label>
        Stage{' '}
        <select value={stage} onChange={(e) => set({ stage: e.currentTarget.value })}>
          <option value="">All stages</option>
          {stages.map((st) => (
            <option value={st.id} key={st.id}>
              {st.number}. {st.name}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" checked={overdueOnly} onChange={(e) => set({ overdueOnly: e.currentTarget.checked })} />{' '}
        Only overdue
      </label>
    </form>
  );
}
