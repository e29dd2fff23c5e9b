/** Moving today's v1 tool data into engagements: realistic fixtures, nothing lost, failures kept. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  nameKey,
  planMigration,
  rebuildV1,
  verifyPlan,
  UNREAD_REASONS,
  type MigrationPlan,
} from '../../src/lib/engagements/migration';
import { readV1 } from '../../src/lib/engagements/stored-v1';
import { engagementListSchema } from '../../src/schemas/engagement';
import {
  checklistKind,
  createStore,
  dataKey,
  quizKind,
  handoffRecordKind,
  diagnosticKind,
  worksheetKind,
} from '../support/store';
import { memoryStorage } from '../../src/lib/persistence/storage';

const NOW = Date.UTC(2026, 2, 5, 8, 0);
/** Read with JSON.parse, not imported: a JSON import turns a `__proto__` key into a prototype. */
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/v1/${name}`, import.meta.url), 'utf8'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- real stored values of every kind, read as they come
const storedValues: Record<string, { version: number; savedAt: number; data: any }> = fixture('storage.json');
const unreadableValues: Record<string, string> = fixture('unreadable.json');
/** The fixture as localStorage holds it: key → the text the persistence layer wrote. */
const v1: Record<string, string> = Object.fromEntries(
  Object.entries(storedValues).map(([k, v]) => [k, JSON.stringify(v)]),
);
const everything: Record<string, string> = { ...v1, ...unreadableValues };

function plan(stored: Record<string, string>): MigrationPlan {
  const outcome = planMigration(stored, NOW);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.plan;
}
const nameOf = (p: MigrationPlan, id: string) => p.engagements.find((e) => e.id === id)!.client;

describe('the v1 fixture', () => {
  it('is what today’s tools write and read: every value loads through its kind', () => {
    const store = createStore({ storage: memoryStorage(v1), now: () => NOW });
    const kinds = {
      checklist: checklistKind,
      worksheet: worksheetKind(),
      quiz: quizKind,
      triage: diagnosticKind,
      'handoff-records': handoffRecordKind,
    };
    for (const key of Object.keys(v1)) {
      const [, , kind, id] = key.split(':') as [string, string, keyof typeof kinds, string];
      expect(dataKey(kind, id)).toBe(key);
      // Read through today's store, which migrates v1 on read: nothing is set aside as unreadable.
      const slot = store.open(kinds[kind] as typeof checklistKind, id);
      slot.read();
      expect(slot.status().kept, key).toBeUndefined();
      // Opening rewrote it at the current version, and kept the v1 text, byte for byte, under its own key.
      expect(slot.status().upgraded, key).toMatchObject({ from: 1, raw: v1[key] });
      expect(slot.status().savedAt, key).toBe(NOW);
    }
    expect(new Set(Object.keys(v1).map((k) => k.split(':')[2]))).toEqual(
      new Set(['checklist', 'worksheet', 'quiz', 'triage', 'handoff-records']),
    );
  });
});

describe('migration plan', () => {
  const p = plan(everything);

  it('makes one engagement per name, joining records whose names differ only in case and spacing', () => {
    expect(p.engagements.map((e) => e.client).sort()).toEqual(
      [
        'Alder Studio 🌳',
        'Fernhill Physio',
        'My engagement',
        'Redwick film',
        'Redwick film: delivery to invoicing',
        '__proto__',
      ].sort(),
    );
    const fernhill = p.engagements.find((e) => e.client === 'Fernhill Physio')!;
    const runs = p.runs.filter((r) => r.engagementId === fernhill.id).map((r) => `${r.kind}:${r.tool}`);
    expect(runs.sort()).toEqual([
      'checklist:client-onboarding',
      'checklist:handoff-delivery-to-invoicing',
      'handoff-records:handoff-record',
      'worksheet:client-input-dependency',
    ]);
    expect(nameKey('  fernhill   physio ')).toBe(nameKey('Fernhill Physio'));
  });

  it('sends unnamed data and default-named records to the default engagement', () => {
    const runs = p.runs.filter((r) => r.engagementId === p.defaultEngagementId).map((r) => `${r.kind}:${r.tool}`);
    expect(runs.sort()).toEqual([
      'checklist:client-onboarding',
      'quiz:weak-handoff-quiz',
      'triage:workflow-diagnostic',
      'worksheet:client-input-dependency',
    ]);
    expect(nameOf(p, p.defaultEngagementId!)).toBe('My engagement');
  });

  it('opens the engagement of the most recently saved active record first', () => {
    expect(nameOf(p, p.currentEngagementId!)).toBe('Fernhill Physio');
  });

  it('makes valid engagements, as old as their oldest run', () => {
    expect(engagementListSchema.safeParse(p.engagements).success).toBe(true);
    const alder = p.engagements.find((e) => e.client.startsWith('Alder'))!;
    expect(alder).toMatchObject({ createdAt: 1771900000000, updatedAt: NOW, project: '' });
    expect(p.engagements.find((e) => e.client === 'Fernhill Physio')!.createdAt).toBe(1772200000000);
  });

  it('carries every key handed in, readable or not, byte for byte', () => {
    expect(p.sources.map((s) => s.key)).toEqual(Object.keys(everything).sort());
    for (const s of p.sources) expect(s.raw).toBe(everything[s.key]);
  });

  it('keeps every record whole: rebuilding the v1 data from the runs gives back what was stored', () => {
    const rebuilt = rebuildV1(p);
    for (const [key, value] of Object.entries(storedValues)) expect(rebuilt[key]).toEqual(value.data);
    expect(verifyPlan(p, everything)).toEqual([]);
    // Ticks for items a checklist no longer has, stale quiz results and blank rows come along too.
    const fernhillTicks = p.runs.find(
      (r) => r.kind === 'checklist' && r.record.name === 'Fernhill Physio' && r.tool === 'client-onboarding',
    );
    expect(
      fernhillTicks &&
        'record' in fernhillTicks &&
        (fernhillTicks.record['ticks'] as Record<string, boolean>)['retired-item-from-an-older-checklist'],
    ).toBe(true);
    expect(p.runs.find((r) => r.kind === 'quiz')).toMatchObject({
      results: storedValues['handoff-handbook:v1:quiz:weak-handoff-quiz']!.data.results,
    });
    expect(
      Object.hasOwn(rebuilt['handoff-handbook:v1:handoff-records:handoff-record'] as { records: object }, 'records'),
    ).toBe(true);
    expect(
      Object.hasOwn(
        (rebuilt['handoff-handbook:v1:handoff-records:handoff-record'] as { records: object }).records,
        '__proto__',
      ),
    ).toBe(true);
  });

  it('says why each unreadable key was not migrated', () => {
    const unread = Object.fromEntries(
      p.sources.filter((s) => !s.read.ok).map((s) => [s.key, !s.read.ok && s.read.reason]),
    );
    expect(unread).toEqual({
      'another-site:settings': 'not-ours',
      'handoff-handbook:v1:checklist:handoff-intake-to-proposal': 'not-json',
      'handoff-handbook:v1:checklist:handoff-proposal-to-onboarding': 'wrong-shape',
      'handoff-handbook:v1:notes:scratch': 'unknown-kind',
      'handoff-handbook:v1:quarantine:checklist:client-onboarding:2026-02-01T10:00:00.000Z': 'quarantined',
      'handoff-handbook:v1:worksheet:handoff-boundary-next': 'newer-version',
    });
    for (const reason of Object.values(unread))
      expect(UNREAD_REASONS[reason as keyof typeof UNREAD_REASONS]).toBeTruthy();
  });

  it('is repeatable: the same data gives the same engagements and ids, whatever the key order', () => {
    const reversed = Object.fromEntries(Object.entries(everything).reverse());
    expect(plan(reversed)).toEqual(p);
  });

  it('with nothing stored, plans nothing', () => {
    expect(plan({})).toEqual({ engagements: [], runs: [], sources: [] });
  });

  it('an unnamed-only store gets just the default engagement', () => {
    const only = plan({
      'handoff-handbook:v1:triage:workflow-diagnostic': v1['handoff-handbook:v1:triage:workflow-diagnostic']!,
    });
    expect(only.engagements.map((e) => e.client)).toEqual(['My engagement']);
    expect(only.currentEngagementId).toBeUndefined();
  });

  it('cuts an over-long name for the client field and keeps it whole in the notes', () => {
    const long = 'Q'.repeat(300);
    const stored = {
      'handoff-handbook:v1:handoff-records:handoff-record': JSON.stringify({
        version: 1,
        savedAt: 1,
        data: { records: { [long]: { name: long } } },
      }),
    };
    const e = plan(stored).engagements[0]!;
    expect(e.client).toHaveLength(120);
    expect(e.notes).toBe(long);
    expect(engagementListSchema.safeParse([e]).success).toBe(true);
  });
});

describe('a failed migration keeps the v1 values and says so', () => {
  it('a plan that lost a record, changed a value or dropped a key fails verification', () => {
    const p = plan(everything);
    const lostRun = { ...p, runs: p.runs.slice(1) };
    expect(verifyPlan(lostRun, everything).join(' ')).toMatch(/would not survive the move/);
    const changed = { ...p, sources: p.sources.map((s, i) => (i === 0 ? { ...s, raw: `${s.raw} ` } : s)) };
    expect(verifyPlan(changed, everything).join(' ')).toMatch(/not carried unchanged/);
    const dropped = { ...p, sources: p.sources.slice(1) };
    expect(verifyPlan(dropped, everything).join(' ')).toMatch(/not carried unchanged/);
    const orphan = { ...p, engagements: p.engagements.slice(1) };
    expect(verifyPlan(orphan, everything).join(' ')).toMatch(/points at no engagement/);
  });

  it('an error while reading becomes a failed outcome, not an exception', () => {
    const hostile = { ...v1 };
    Object.defineProperty(hostile, 'handoff-handbook:v1:triage:x', {
      enumerable: true,
      get: () => {
        throw new Error('storage went away');
      },
    });
    const outcome = planMigration(hostile, NOW);
    expect(outcome).toEqual({ ok: false, problem: 'The saved data could not be read for the move: storage went away' });
  });
});

describe('every store survives', () => {
  it('random v1 runSets and records: the plan verifies and rebuilds them exactly', () => {
    const name = fc.oneof(
      fc.constantFrom(
        'My engagement',
        'my  ENGAGEMENT',
        '',
        ' ',
        'Acme',
        'acme ',
        '__proto__',
        'constructor',
        'É',
        'É',
      ),
      fc.string({ maxLength: 8 }),
    );
    const record = fc.record({
      id: fc.string({ maxLength: 3 }),
      name,
      updatedAt: fc.integer({ min: 0, max: 2e12 }),
      ticks: fc.dictionary(fc.string({ maxLength: 4 }), fc.boolean(), { maxKeys: 3 }),
      notes: fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
    });
    const runSet = fc.record({ active: fc.string({ maxLength: 3 }), records: fc.array(record, { maxLength: 4 }) });
    const records = fc.dictionary(
      name,
      fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
      { maxKeys: 4 },
    );
    const envelope = (data: fc.Arbitrary<unknown>) =>
      fc
        .record({ version: fc.constant(1), savedAt: fc.integer({ min: 0, max: 2e12 }), data })
        .map((v) => JSON.stringify(v));
    const store = fc.record({
      'handoff-handbook:v1:checklist:a': envelope(runSet),
      'handoff-handbook:v1:checklist:b': envelope(runSet),
      'handoff-handbook:v1:handoff-records:handoff-record': envelope(records.map((r) => ({ records: r }))),
      'handoff-handbook:v1:quiz:weak-handoff-quiz': envelope(
        fc.record({ results: fc.array(fc.record({ at: fc.integer(), fragment: fc.string() }), { maxLength: 3 }) }),
      ),
      'handoff-handbook:v1:junk:x': fc.string(),
    });
    fc.assert(
      fc.property(store, (stored: Record<string, string>) => {
        const outcome = planMigration(stored, NOW);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(verifyPlan(outcome.plan, stored)).toEqual([]);
        for (const key of Object.keys(stored))
          expect(readV1(key, stored[key]!).ok ? key in rebuildV1(outcome.plan) : true).toBe(true);
        expect(engagementListSchema.safeParse(outcome.plan.engagements).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
