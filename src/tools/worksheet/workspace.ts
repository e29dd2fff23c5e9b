/** The dependency worksheet's part in the workspace: the client inputs still owed per engagement. */
import type { WorkspacePart } from '../../lib/engagements/part';
import { DEPENDENCY_WORKSHEET } from '../../lib/engagements/evidence';
import { withoutRun } from '../../lib/engagements/gather';
import type { Worksheet } from './schema';
import type { WorksheetRunSet } from './worksheet';
import { worksheetKind } from './kind';
import dependencySheet from '../../../content/worksheets/client-input-dependency.json';

/** A row that is a real input still owed: named, and not a copied example row. */
function owedRows(rows: readonly Record<string, string>[], examples: readonly Record<string, string>[]): number {
  const sample = new Set(examples.map((r) => (r.item ?? '').trim()));
  return rows.filter((r) => {
    const item = (r.item ?? '').trim();
    return item !== '' && !sample.has(item);
  }).length;
}

/** The part over the dependency worksheet `sheet`. */
export function dependencyPart(sheet: Worksheet): WorkspacePart<WorksheetRunSet> {
  return {
    key: 'dependencies',
    slots: [
      {
        slot: DEPENDENCY_WORKSHEET.id,
        name: 'dependencies',
        kind: worksheetKind(sheet),
        empty: { active: '', runs: [] },
        put: (_state, value) => value as WorksheetRunSet,
        without: withoutRun<WorksheetRunSet>,
      },
    ],
    found: (state) => (state?.runs ?? []).map((r) => ({ id: r.id, name: r.name })),
    gather: (state, { pages, at }) =>
      (state?.runs ?? []).flatMap((run) => {
        const owed = owedRows(run.rows, sheet.exampleRows);
        if (owed === 0) return [];
        return [
          {
            engagement: run.id,
            boundary: DEPENDENCY_WORKSHEET.boundary,
            evidence: { openDependencies: owed },
            run: {
              label: `${owed} client input${owed === 1 ? '' : 's'} on the dependency worksheet`,
              href: at(pages.dependencies, run.id),
            },
          },
        ];
      }),
    count: (state, id) => [{ tool: 'dependency worksheet runs', count: state?.runs.some((r) => r.id === id) ? 1 : 0 }],
    title: (slot) => (slot === DEPENDENCY_WORKSHEET.id ? sheet.title : undefined),
  };
}

export const part = dependencyPart(dependencySheet as unknown as Worksheet);
