import { describe, expect, it } from 'vitest';
import { createStore, checklistKind, engagementsKind, recordsKind, worksheetKind } from '../../src/lib/persistence/store';
import { memoryStorage } from '../../src/lib/persistence/storage';
import { packetFill } from '../../src/lib/print/packet';
import { E, OTHER, packetFixture } from '../support/packet-fixture';

function storeWith(values: Record<string, string>) {
  const storage = memoryStorage();
  for (const [k, v] of Object.entries(values)) storage.setItem(k, v);
  return createStore({ storage, now: () => Date.UTC(2026, 10, 25) });
}

describe('the print packet fill', () => {
  const read = (values: Record<string, string>, fromLink?: string) => {
    const store = storeWith(values);
    return packetFill({
      chosen: store.open(engagementsKind, 'all').read(),
      fromLink,
      checklist: store.open(checklistKind, 'handoff-onboarding-to-delivery').read(),
      dependencies: store.open(worksheetKind(), 'client-input-dependency').read(),
      records: store.open(recordsKind, 'handoff-record').read().records,
      boundary: { from: 'onboarding', to: 'delivery' },
      form: { nameField: 'name', fromField: 'from', toField: 'to' },
    });
  };

  it('fills from the engagement a link names: ticks, notes, the record for this boundary, open client inputs', () => {
    expect(read(packetFixture, E)).toEqual({
      engagement: 'Harbour & Pine: Brand refresh',
      ticks: { 'access-tested': true, 'file-home-agreed': true },
      notes: { 'access-tested': 'CMS login tested on 18 Nov by Dana.' },
      record: { name: 'Kickoff handoff', values: expect.objectContaining({ owner: 'Dana Whitlock' }) },
      dependencies: [{ item: 'Final logo files in vector format', 'client-owner': 'Priya Okafor' }],
    });
  });

  it('falls back to the current engagement, blank where it has nothing; stays blank with no engagement stored', () => {
    expect(read(packetFixture)).toEqual({ engagement: 'Other Client', ticks: {}, notes: {}, record: undefined, dependencies: undefined });
    expect(read(packetFixture, 'e-gone')?.engagement).toBe('Other Client');
    expect(read({})).toBeUndefined();
    void OTHER;
  });
});
