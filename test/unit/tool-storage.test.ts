/** The quiz, triage and record kinds on the persistence layer: valid data round-trips, foreign data is kept aside. */
import { describe, expect, it } from 'vitest';
import { createStore, dataKey, quizKind, handoffRecordKind, diagnosticKind } from '../support/store';
import type { AnyKind } from '../../src/lib/persistence/kind';
import { memoryStorage } from '../../src/lib/persistence/storage';
import { earlierResults, KEEP_RESULTS, readHistory, withResult } from '../../src/tools/quiz/history';
import { recordNames, withoutRecord, withRecord } from '../../src/tools/record/saved';
import { toggleTick } from '../../src/tools/diagnostic/saved';
import { loadQuizzes } from '../support/content-files';

const quiz = loadQuizzes().find((q) => q.id === 'weak-handoff-quiz')!.data;

const cases: [string, AnyKind, unknown, unknown][] = [
  [
    'quiz history',
    quizKind,
    { results: [{ at: 1, fragment: 'result=1.x.y' }], draft: { boundary: 'b', answers: { q1: 'y' } } },
    { results: 'none' },
  ],
  ['diagnostic ticks', diagnosticKind, { ticked: ['a', 'b'] }, { ticked: [1, 2] }],
  [
    'handoff records',
    handoffRecordKind,
    { records: { Acme: { owner: 'Sam' } }, draft: { owner: 'Al' } },
    { records: { Acme: { owner: 3 } } },
  ],
];

describe.each(cases)('the %s kind', (_, kind, valid, foreign) => {
  it('saves and loads valid data', () => {
    const storage = memoryStorage();
    expect(
      createStore({ storage, now: () => 5 })
        .open(kind, 'x')
        .update(() => valid),
    ).toEqual({ savedAt: 5 });
    const slot = createStore({ storage, now: () => 6 }).open(kind, 'x');
    expect(slot.read()).toEqual(valid);
    expect(slot.status()).toEqual({ savedAt: 5 });
  });

  it('sets foreign data aside instead of crashing or deleting it', () => {
    const raw = JSON.stringify({ version: 1, savedAt: 1, data: foreign });
    const storage = memoryStorage({ [dataKey(kind.name, 'x')]: raw });
    const slot = createStore({ storage, now: () => 5 }).open(kind, 'x');
    expect(slot.read()).toEqual(kind.view({}));
    expect(slot.status().kept).toMatchObject({ raw });
    expect([...storage.data.values()]).toContain(raw);
  });
});

describe('quiz history', () => {
  const fragment = `result=${quiz.version}.delivery-to-invoicing.nnynyyynnnnn`;
  const other = `result=${quiz.version}.intake-to-proposal.nnnnyyyyynnn`;

  it('reads saved results newest first and counts the ones an older quiz wrote', () => {
    const history = {
      results: [
        { at: 1, fragment },
        { at: 3, fragment: 'result=0.gone.y' },
        { at: 2, fragment: other },
      ],
    };
    const read = readHistory(quiz, history);
    expect(read.results.map((r) => r.at)).toEqual([2, 1]);
    expect(read.unreadable).toBe(1);
    expect(earlierResults(read.results, 'delivery-to-invoicing', undefined).map((r) => r.at)).toEqual([1]);
    expect(earlierResults(read.results, 'delivery-to-invoicing', 1)).toEqual([]);
  });

  it(`keeps the latest ${KEEP_RESULTS} results`, () => {
    let history = { results: [] as { at: number; fragment: string }[] };
    for (let at = 1; at <= KEEP_RESULTS + 2; at++) history = withResult(history, { at, fragment });
    expect(history.results).toHaveLength(KEEP_RESULTS);
    expect(history.results[0]?.at).toBe(3);
  });
});

describe('saved records and ticks', () => {
  it('adds, replaces and removes records by name, listed alphabetically', () => {
    let saved = withRecord({ records: {} }, 'b', { owner: 'x' });
    saved = withRecord(saved, 'a', { owner: 'y' });
    saved = withRecord(saved, 'b', { owner: 'z' });
    expect(recordNames(saved)).toEqual(['a', 'b']);
    expect(saved.records['b']).toEqual({ owner: 'z' });
    expect(recordNames(withoutRecord(saved, 'a'))).toEqual(['b']);
  });

  it('toggles a tick without duplicates', () => {
    expect(toggleTick(['b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggleTick(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggleTick(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});

describe('a site-wide import', () => {
  it('accepts an export that holds every tool’s data', () => {
    const source = memoryStorage();
    const from = createStore({ storage: source, now: () => 1 });
    from.open(quizKind, 'weak-handoff-quiz').update((s) => ({ ...s, results: [{ at: 1, fragment: 'result=1.x.y' }] }));
    from.open(handoffRecordKind, 'handoff-record').update((s) => ({ ...s, records: { Acme: { owner: 'Sam' } } }));
    const preview = createStore({ storage: memoryStorage(), now: () => 2 }).previewImport(from.exportText());
    expect(preview.ok && [...preview.plan.added].sort()).toEqual(
      [dataKey('handoff-records', 'handoff-record'), dataKey('quiz', 'weak-handoff-quiz')].sort(),
    );
  });
});
