/**
 * The stored kinds validate with the schemas of src/schemas/stored.ts themselves (the browser
 * ships them), so what the browser accepts is what the schema accepts by construction. These
 * tests hold the kinds to that, and the schemas to their ranges: no stored value, however odd,
 * makes a tool or the export throw, and every time a tool is given is a valid Date.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as stored from '../../src/schemas/stored';
import {
  checklistKind,
  createStore,
  dataKey,
  engagementsKind,
  quizKind,
  handoffRecordKind,
  diagnosticKind,
  worksheetKind,
} from '../support/store';
import { memoryStorage } from '../../src/lib/persistence/storage';
import { checklistMarkdown, emptyRun } from '../../src/tools/checklist/checklist';
import { runOf } from '../../src/lib/engagements/runs';
import { when } from '../../src/lib/dates';

const kinds = [
  ['checklist', checklistKind, stored.checklistSchema],
  ['worksheet', worksheetKind(), stored.worksheetSchema],
  ['quiz', quizKind, stored.quizSchema],
  ['triage', diagnosticKind, stored.diagnosticTicksSchema],
  ['handoff-records', handoffRecordKind, stored.handoffRecordsSchema],
  ['engagements', engagementsKind, stored.engagementsSchema],
] as const;

describe.each(kinds)('the %s kind', (name, kind, schema) => {
  it('validates with the one schema written for it', () => {
    expect(kind.name).toBe(name);
    expect(kind.schema).toBe(schema);
  });
});

describe('ranges', () => {
  const entry = (at: unknown, value: unknown = true) => ({ ticks: { a: [at, value] } });
  it.each([
    ['a time before 1970', -1],
    ['a time past the Date range', 8.64e15 + 1],
    ['a time past 2200', stored.LATEST_TIME + 1],
    ['a fractional time', 1.5],
    ['NaN written as null', null],
  ])('refuses %s', (_, at) => {
    expect(stored.diagnosticTicksSchema.safeParse(entry(at)).success).toBe(false);
  });
  it('accepts the bounds', () => {
    expect(stored.diagnosticTicksSchema.safeParse(entry(0)).success).toBe(true);
    expect(stored.diagnosticTicksSchema.safeParse(entry(stored.LATEST_TIME)).success).toBe(true);
  });
  it('bounds string lengths, key lengths and item counts', () => {
    const note = (text: string) => ({ records: {}, active: {}, ticks: {}, notes: { 'r1:a': [1, text] } });
    expect(stored.checklistSchema.safeParse(note('x'.repeat(stored.MAX_TEXT))).success).toBe(true);
    expect(stored.checklistSchema.safeParse(note('x'.repeat(stored.MAX_TEXT + 1))).success).toBe(false);
    expect(
      stored.diagnosticTicksSchema.safeParse({ ticks: { ['k'.repeat(stored.MAX_KEY + 1)]: [1, true] } }).success,
    ).toBe(false);
    const many = Object.fromEntries(Array.from({ length: stored.MAX_ITEMS + 1 }, (_, i) => [`k${i}`, [1, true]]));
    expect(stored.diagnosticTicksSchema.safeParse({ ticks: many }).success).toBe(false);
  });
});

describe('property: any stored value', () => {
  const time = fc.oneof(
    fc.integer({ min: -10, max: 10 }),
    fc.constant(8.64e15 + 1),
    fc.constant(stored.LATEST_TIME),
    fc.double(),
  );
  const leaf = fc.oneof(fc.string({ maxLength: 4 }), fc.boolean(), time, fc.constant(null));
  const doc = fc.dictionary(
    fc.constantFrom('records', 'active', 'ticks', 'notes', 'rows', 'cells', 'results', 'draft'),
    fc.dictionary(
      fc.constantFrom('r1', 'r1:a', 'r1:x0', 'r1:x0:c', '', 'k'),
      fc.tuple(
        time,
        fc.oneof(
          leaf,
          fc.record({ name: leaf, order: time }),
          fc.record({ at: time, fragment: leaf }),
          fc.record({ order: time }),
        ),
      ),
    ),
  );
  const value = fc.oneof(
    fc
      .record({ version: fc.constantFrom(1, 2, 3), savedAt: time, data: fc.oneof(doc, fc.jsonValue()) })
      .map((v) => JSON.stringify(v)),
    fc.string(),
  );

  it('never makes a tool or the export throw, never loses the raw value, and gives only valid dates', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), value, ([name, kind], raw) => {
        const storage = memoryStorage({ [dataKey(name, 'x')]: raw });
        const store = createStore({ storage, now: () => 1_763_900_000_000 });
        const slot = store.open(kind as never, 'x');
        const state = slot.read() as unknown;
        if (name === 'checklist') {
          const runSet = state as ReturnType<typeof checklistKind.view>;
          for (const r of runSet.runs) expect(when(r.updatedAt).text).not.toBe('an unknown time');
          // The tool shows the current engagement's run: any stored one, or a fresh one.
          checklistMarkdown(
            { title: 't', when: 'w', runOrder: 'r', groups: [] },
            runOf(runSet, { id: runSet.active, name: 'x' }, emptyRun),
          );
        }
        if (slot.status().savedAt !== undefined) expect(when(slot.status().savedAt!).iso).not.toBe('');
        expect([...storage.data.values()]).toContain(raw);
        expect(store.previewImport(store.exportText()).ok).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
