/** The workflow diagnostic's part in the workspace: the signals ticked per engagement, shown on its card. */
import type { WorkspacePart } from '../../lib/engagements/part';
import { splitKey } from '../../lib/runs/run-set-items';
import type { SavedTicks } from './saved';
import { diagnosticKind } from './kind';

/** The diagnostic's slot: its content id. */
export const DIAGNOSTIC_SLOT = 'workflow-diagnostic';

const ticksOf = (state: SavedTicks | undefined, id: string) =>
  (state?.ticked ?? []).filter((t) => splitKey(t)[0] === id).length;

export const part: WorkspacePart<SavedTicks> = {
  key: 'diagnostic',
  slots: [
    {
      slot: DIAGNOSTIC_SLOT,
      name: 'diagnostic',
      kind: diagnosticKind,
      empty: { ticked: [] },
      put: (_s, v) => v as SavedTicks,
      without: (state: SavedTicks, id: string): SavedTicks => ({
        ticked: state.ticked.filter((t) => splitKey(t)[0] !== id),
      }),
    },
  ],
  found: (state) => (state?.ticked ?? []).map((t) => ({ id: splitKey(t)[0] })),
  gather: () => [],
  count: (state, id) => [{ tool: 'diagnostic ticks', count: ticksOf(state, id) }],
  row: (state, id) => ({ diagnosticSignals: ticksOf(state, id) }),
};
