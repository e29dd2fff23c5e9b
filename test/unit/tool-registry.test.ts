/**
 * A new tool is one folder and one line in the registry. This registers a fixture tool (a
 * timesheet: hours ticked per engagement) the way a real one is, and shows that the data file's
 * export and import, the workspace, the build's chunking and the page gates take it in with no
 * edit anywhere else, and that without it in the registry each of them leaves it out.
 */
import { describe, expect, it } from 'vitest';
import { createStore } from '../support/store';
import { memoryStorage } from '../../src/lib/persistence/storage';
import type { Kind } from '../../src/lib/persistence/kind';
import { diagnosticTicksSchema } from '../../src/schemas/stored';
import { live } from '../../src/lib/runs/run-set-items';
import { splitKey } from '../../src/lib/runs/run-set-items';
import { gatherWorkspace, runsOf, type ToolStates } from '../../src/lib/engagements/gather';
import type { WorkspacePart } from '../../src/lib/engagements/part';
import { engagementsRefiler, kindsOf, tools, type ToolDefinition } from '../../src/tools/registry';
import { partsOf } from '../../src/tools/workspace-parts';
import { coreEntryOf } from '../../src/build/tool-chunks';
import { toolPageTypes } from '../browser/layout-gates';
import { loadBoundaries, loadPages, loadStages } from '../support/content-files';

interface Hours {
  ticked: string[];
}

// Stored as the diagnostic stores its ticks: one item per `<engagement>:<day>`.
const timesheetKind: Kind<Hours> = {
  name: 'timesheet',
  version: 1,
  schema: diagnosticTicksSchema,
  view: (doc) => ({
    ticked: live(doc, 'ticks')
      .filter(([, on]) => on === true)
      .map(([id]) => id),
  }),
  items: (state) => ({ ticks: Object.fromEntries(state.ticked.map((id) => [id, true])) }),
};

const timesheet: ToolDefinition = {
  id: 'timesheet',
  kind: timesheetKind,
  island: 'TimesheetIsland',
  runs: (page) => (page.role === 'asset' && page.worksheet === 'timesheet' ? page.worksheet : undefined),
};

/** Its workspace part: hours ticked at the delivery-to-invoicing boundary count as open inputs. */
const timesheetPart: WorkspacePart<Hours> = {
  key: 'timesheet',
  slots: [
    {
      slot: 'hours',
      name: 'timesheet',
      kind: timesheetKind,
      empty: { ticked: [] },
      put: (_s, v) => v as Hours,
      without: (state: Hours, id: string): Hours => ({ ticked: state.ticked.filter((t) => splitKey(t)[0] !== id) }),
    },
  ],
  found: (state) => (state?.ticked ?? []).map((t) => ({ id: splitKey(t)[0] })),
  gather: (state, { at }) =>
    (state?.ticked ?? []).map((t) => ({
      engagement: splitKey(t)[0],
      boundary: 'delivery-to-invoicing',
      evidence: { openDependencies: 1 },
      run: { label: `Hours ${splitKey(t)[1]}`, href: at('/templates/timesheet/', splitKey(t)[0]) },
    })),
  count: (state, id) => [
    { tool: 'timesheet hours', count: (state?.ticked ?? []).filter((t) => splitKey(t)[0] === id).length },
  ],
};

const registered = [...tools, timesheet];
const optionsOf = (list: readonly ToolDefinition[]) => ({ kinds: kindsOf(list), refiler: engagementsRefiler });
const NOW = Date.UTC(2026, 11, 6, 9);

describe('a tool added to the registry', () => {
  it('travels in the data file: exported, checked on import, and read back', () => {
    const storage = memoryStorage();
    const store = createStore({ storage, now: () => NOW, ...optionsOf(registered) });
    store.open(timesheetKind, 'hours').update(() => ({ ticked: ['e-fixture1:monday'] }));
    const file = store.exportText();
    expect(file).toContain('handoff-handbook:v1:timesheet:hours');

    const other = createStore({ storage: memoryStorage(), now: () => NOW, ...optionsOf(registered) });
    const preview = other.previewImport(file);
    expect(preview.ok).toBe(true);
    expect(other.applyImport(preview.ok ? preview.plan : (undefined as never), 'replace')).toEqual({ ok: true });
    expect(other.open(timesheetKind, 'hours').read()).toEqual({ ticked: ['e-fixture1:monday'] });

    // A damaged value of the tool is refused by name once the tool is registered, and passed
    // through unread by a store that does not know it.
    const damaged = JSON.stringify({
      ...JSON.parse(file),
      keys: {
        'handoff-handbook:v1:timesheet:hours': JSON.stringify({
          version: 1,
          savedAt: NOW,
          epoch: 0,
          data: { ticks: 'no' },
        }),
      },
    });
    const known = other.previewImport(damaged);
    expect(known.ok ? '' : known.problem).toContain('handoff-handbook:v1:timesheet:hours');
    const unknown = createStore({ storage: memoryStorage(), now: () => NOW, ...optionsOf(tools) });
    expect(unknown.previewImport(damaged).ok).toBe(true);
  });

  it('is summarised in the workspace, and deleting an engagement counts and takes its runs', () => {
    const stages = loadStages().map((s) => ({ id: s.id, number: s.number, name: s.name }));
    const boundaries = loadBoundaries().map((b) => ({ id: b.id, from: b.from, to: b.to }));
    const parts = [...partsOf(tools), timesheetPart];
    const states: ToolStates = {
      chosen: { engagements: [], current: '' },
      timesheet: { ticked: ['e-fixture1:monday', 'e-fixture1:tuesday'] },
    };
    const content = {
      lifecycle: { stages, boundaries },
      pages: { checklists: {}, dependencies: '', quiz: '', record: '', diagnostic: '' },
      parts,
    };
    const [row] = gatherWorkspace(states, content, '2026-12-06');
    expect(row?.id).toBe('e-fixture1');
    expect(row?.openDependencies).toBe(2);
    // Both days open the same page, so the boundary links it once.
    expect(row?.runs['delivery-to-invoicing']).toEqual([
      { label: 'Hours monday', href: '/templates/timesheet/?engagement=e-fixture1' },
    ]);
    expect(runsOf(states, 'e-fixture1', parts)).toEqual([{ tool: 'timesheet hours', count: 2 }]);
    const slot = timesheetPart.slots[0]!;
    const after = { ...states, timesheet: slot.without(states.timesheet as never, 'e-fixture1') };
    expect(runsOf(after, 'e-fixture1', parts)).toEqual([]);
    // Without its part the workspace has nothing of it.
    expect(gatherWorkspace(states, { ...content, parts: partsOf(tools) }, '2026-12-06')).toEqual([]);
  });

  it('is found by the build’s chunking and by the page gates', () => {
    const island = '/repo/src/tools/timesheet/TimesheetIsland.tsx';
    expect(coreEntryOf(registered).test(island)).toBe(true);
    expect(coreEntryOf(tools).test(island)).toBe(false);
    const page = { id: 'templates/timesheet', data: { role: 'asset', worksheet: 'timesheet' } };
    const types = toolPageTypes(registered, [...loadPages(), page] as Parameters<typeof toolPageTypes>[1]);
    expect(types.timesheet).toBe('/templates/timesheet/');
    expect(Object.keys(types)).toEqual(registered.map((t) => t.id));
    expect(() => toolPageTypes(registered)).toThrow('no page in content/pages runs the tool timesheet');
  });
});
