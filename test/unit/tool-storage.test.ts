/** The quiz, triage and record kinds on the persistence layer: valid data round-trips, foreign data is kept aside. */
import { describe, expect, it } from 'vitest';
import { createPersistence, dataKey, memoryStorage, type Kind } from '../../src/lib/persistence';
import { quizHistoryKind } from '../../src/lib/quiz/history-kind';
import { triageKind } from '../../src/lib/diagnostic/triage-kind';
import { recordsKind } from '../../src/lib/handoff-record/records-kind';
import { earlierResults, KEEP_RESULTS, readHistory, withResult } from '../../src/lib/quiz/history';
import { recordNames, withoutRecord, withRecord } from '../../src/lib/handoff-record/saved';
import { toggleTick } from '../../src/lib/diagnostic/saved';
import { loadQuizzes } from '../support/content-files';

const quiz = loadQuizzes().find((q) => q.id === 'weak-handoff-quiz')!.data;

const cases: [string, Kind<any>, unknown, unknown][] = [
  ['quiz history', quizHistoryKind, { results: [{ at: 1, fragment: 'result=1.x.y' }] }, { results: 'none' }],
  ['triage ticks', triageKind, { ticked: ['a', 'b'] }, { ticked: [1, 2] }],
  ['handoff records', recordsKind, { records: { Acme: { owner: 'Sam' } } }, { records: { Acme: { owner: 3 } } }],
];

describe.each(cases)('the %s kind', (_, kind, valid, foreign) => {
  it('saves and loads valid data', () => {
    const slot = createPersistence({ storage: memoryStorage(), now: () => 5, kinds: [kind] }).slot(kind, 'x');
    expect(slot.save(valid)).toEqual({ saved: true });
    expect(slot.load()).toMatchObject({ status: 'loaded', value: valid, savedAt: 5 });
  });

  it('sets foreign data aside instead of crashing or deleting it', () => {
    const raw = JSON.stringify({ version: 1, savedAt: 1, data: foreign });
    const storage = memoryStorage({ [dataKey(kind.name, 'x')]: raw });
    const loaded = createPersistence({ storage, now: () => 5, kinds: [kind] }).slot(kind, 'x').load();
    expect(loaded).toMatchObject({ status: 'quarantined', value: kind.empty(), kept: { raw } });
    expect([...storage.data.values()]).toContain(raw);
  });
});

describe('quiz history', () => {
  const fragment = `result=${quiz.version}.delivery-to-invoicing.nnynyyynnnnn`;
  const other = `result=${quiz.version}.intake-to-proposal.nnnnyyyyynnn`;

  it('reads saved results newest first and counts the ones an older quiz wrote', () => {
    const history = { results: [{ at: 1, fragment }, { at: 3, fragment: 'result=0.gone.y' }, { at: 2, fragment: other }] };
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
  it('accepts an export that holds every tool’s data, and a checklist-only layer would refuse it', async () => {
    const { siteWidePersistence } = await import('../../src/lib/persistence/site-wide');
    const { checklistKind } = await import('../../src/lib/checklist/kind');
    const source = memoryStorage();
    const from = siteWidePersistence(() => source as unknown as Storage, () => 1);
    from.slot(quizHistoryKind, 'weak-handoff-quiz').save({ results: [{ at: 1, fragment: 'result=1.x.y' }] });
    from.slot(recordsKind, 'handoff-record').save({ records: { Acme: { owner: 'Sam' } } });
    const file = JSON.stringify(from.exportAll());

    const target = memoryStorage();
    const preview = siteWidePersistence(() => target as unknown as Storage, () => 2).previewImport(file);
    expect(preview.ok && [...preview.plan.added].sort()).toEqual([dataKey('handoff-records', 'handoff-record'), dataKey('quiz', 'weak-handoff-quiz')].sort());
    const narrow = createPersistence({ storage: memoryStorage(), now: () => 2, kinds: [checklistKind] }).previewImport(file);
    expect(narrow.ok).toBe(false);
  });
});
