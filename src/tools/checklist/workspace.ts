/** The checklists' part in the workspace: each boundary checklist's progress per engagement. */
import type { WorkspacePart } from '../../lib/engagements/part';
import { checklistBoundary, checklistEvidence } from '../../lib/engagements/evidence';
import { withoutRun } from '../../lib/engagements/gather';
import type { Checklist } from './schema';
import { progress, type ChecklistRunSet } from './checklist';
import { checklistKind } from './kind';

const files = import.meta.glob<Checklist>('../../../content/checklists/*.json', { eager: true, import: 'default' });

/** Checklist id (its file name) → the checklist. */
export const checklists: Readonly<Record<string, Checklist>> = Object.fromEntries(
  Object.entries(files).map(([path, c]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), c]),
);

type State = Readonly<Record<string, ChecklistRunSet>>;

/** The part over `list`: one stored slot per checklist. */
export function checklistsPart(list: Readonly<Record<string, Checklist>>): WorkspacePart<State> {
  return {
    key: 'checklists',
    slots: Object.keys(list).map((id) => ({
      slot: id,
      name: `checklist:${id}`,
      kind: checklistKind,
      empty: { active: '', runs: [] },
      put: (state, value) => ({ ...state, [id]: value as ChecklistRunSet }),
      without: withoutRun<ChecklistRunSet>,
    })),
    found: (state) =>
      Object.values(state ?? {}).flatMap((runSet) => runSet.runs.map((r) => ({ id: r.id, name: r.name }))),
    gather(state, { lifecycle, pages, at }) {
      const boundaryIds = lifecycle.boundaries.map((b) => b.id);
      return Object.entries(list).flatMap(([id, checklist]) => {
        const boundary = checklistBoundary(id, boundaryIds);
        const runSet = state?.[id];
        const page = pages.checklists[id];
        if (!boundary || !runSet || !page) return [];
        return runSet.runs.flatMap((run) => {
          const p = progress(checklist, run);
          if (p.overall.done === 0) return [];
          return [
            {
              engagement: run.id,
              boundary,
              evidence: { checklists: [checklistEvidence(p)] },
              run: {
                label: `${checklist.title}: ${p.overall.done} of ${p.overall.total} ticked`,
                href: at(page, run.id),
              },
            },
          ];
        });
      });
    },
    count: (state, id) => [
      {
        tool: 'checklist runs',
        count: Object.values(state ?? {}).filter((b) => b.runs.some((r) => r.id === id)).length,
      },
    ],
    title: (slot) => list[slot]?.title,
  };
}

export const part = checklistsPart(checklists);
