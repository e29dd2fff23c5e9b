/** Client dependencies as one list: the engagement page's dated items and the worksheet's dated rows. */
import { describe, expect, it } from 'vitest';
import {
  engagementDependencyRows,
  fromWorksheet,
  withWorksheetDependencies,
  worksheetDependencies,
} from '../../src/lib/engagements/dependency-list';
import { emptyDates, type Engagement } from '../../src/lib/engagements/engagement';
import { engagementReminders } from '../../src/lib/engagements/reminders';
import { worksheetShare } from '../../src/tools/share-state';
import { packetFill } from '../../src/print/packet';

const engagement: Engagement = {
  id: 'e1',
  client: 'Harbour Bakery',
  project: 'Menu site',
  dates: {
    ...emptyDates(),
    dependencies: [
      { id: 'd1', what: 'Final homepage copy', owner: 'Jo Baker', dueOn: '2026-12-08' },
      { id: 'd2', what: 'Old logo', owner: 'Jo Baker', dueOn: '2026-11-01', receivedOn: '2026-11-02' },
    ],
  },
  createdAt: 0,
  updatedAt: 0,
};

describe('one list of client dependencies', () => {
  it('turns worksheet rows with an item and a real date into dated dependencies, and leaves the rest', () => {
    const deps = worksheetDependencies([
      { '#row': 'b0', item: 'Logo files', 'client-owner': 'Ana Ruiz', 'due-on': '2026-12-20' },
      { '#row': 'n1', item: 'Photos', 'due-on': '2026-12-21' },
      { '#row': 'n2', item: 'Copy', 'due-on': 'next week' },
      { '#row': 'n3', 'due-on': '2026-12-22' },
    ]);
    expect(deps).toEqual([
      { id: 'ws-b0', what: 'Logo files', owner: 'Ana Ruiz', dueOn: '2026-12-20' },
      { id: 'ws-n1', what: 'Photos', owner: 'the client', dueOn: '2026-12-21' },
    ]);
    expect(deps.every(fromWorksheet)).toBe(true);
  });

  it('joins them to the engagement in date order, so its reminders include them', () => {
    const joined = withWorksheetDependencies(engagement, [
      { '#row': 'b0', item: 'Logo files', 'client-owner': 'Ana Ruiz', 'due-on': '2026-12-01' },
    ]);
    expect(joined.dates.dependencies.map((d) => d.id)).toEqual(['d2', 'ws-b0', 'd1']);
    const titles = engagementReminders(joined, '2026-11-20').map((r) => r.title);
    expect(titles).toContain('Due from Ana Ruiz: Logo files');
    expect(withWorksheetDependencies(engagement, undefined)).toBe(engagement);
  });

  it('gives the engagement page’s items as worksheet rows, first in a shared worksheet and in the print packet', () => {
    expect(engagementDependencyRows(engagement.dates.dependencies)[0]).toEqual({
      item: 'Final homepage copy',
      'client-owner': 'Jo Baker',
      'due-on': '2026-12-08',
    });
    // Rows joined from the worksheet are not given back to it as if written on the engagement page.
    const joined = withWorksheetDependencies(engagement, [{ '#row': 'b0', item: 'X', 'due-on': '2026-12-01' }]);
    expect(engagementDependencyRows(joined.dates.dependencies)).toHaveLength(2);
    const shared = worksheetShare({
      rows: [{ '#row': 'b0', item: 'Logo files' }],
      dependencies: [engagement.dates.dependencies[0]!],
    });
    expect(shared.rows.map((r) => r.item)).toEqual(['Final homepage copy', 'Logo files']);
    const fill = packetFill({
      chosen: { engagements: [engagement], current: 'e1' },
      checklist: { active: '', runs: [] },
      dependencies: { active: 'e1', runs: [{ id: 'e1', name: 'x', updatedAt: 1, rows: [{ item: 'Logo files' }] }] },
      records: {},
      boundary: { from: 'onboarding', to: 'delivery' },
      form: { nameField: 'name', fromField: 'from', toField: 'to' },
      today: '2026-11-25',
    });
    // The received one (Old logo) is not open, so the packet leaves it out.
    expect(fill?.dependencies?.map((r) => r.item)).toEqual(['Final homepage copy', 'Logo files']);
  });
});
