/**
 * Stored values for workspace tests, written through the real store and kinds into memory, so a
 * browser test seeds exactly what the tools would have saved: three engagements, one at intake
 * with nothing run, one with a weak handoff (moved past a checklist whose gate is open), one
 * with a quiz result and a handoff record.
 */
import { createStore } from './store';
import { memoryStorage } from '../../src/lib/persistence/storage';
import { checklistKind, engagementsKind, quizKind, handoffRecordKind, worksheetKind } from './store';
import { encodeResultFragment } from '../../src/tools/quiz/fragment';
import { questionIds } from '../../src/tools/quiz/score';
import { bareEngagement } from './engagements';
import type { Quiz } from '../../src/tools/quiz/schema';
import quizData from '../../content/quizzes/weak-handoff-quiz.json' with { type: 'json' };
import onboarding from '../../content/checklists/client-onboarding.json' with { type: 'json' };

export const quiz = quizData as unknown as Quiz;
export const SEED_NOW = Date.UTC(2026, 10, 20, 9, 0, 0);

export const ids = { fernhill: 'e-fernhill01', redwick: 'e-redwick001', alder: 'e-alderfinch' } as const;

/** A quiz result link for a boundary with every question answered `answer`. */
export const fragmentFor = (
  boundary: string,
  answer: 'yes' | 'sometimes' | 'no' | ((i: number) => 'yes' | 'sometimes' | 'no'),
) =>
  encodeResultFragment(quiz, {
    boundary,
    answers: Object.fromEntries(
      questionIds(quiz).map((id, i) => [id, typeof answer === 'function' ? answer(i) : answer]),
    ),
  });

/** The three engagements' stored values: key → stored text. */
export function seededWorkspace(): Record<string, string> {
  const storage = memoryStorage();
  let t = SEED_NOW;
  const store = createStore({ storage, now: () => (t += 1000) });
  store.open(engagementsKind, 'all').update(() => ({
    engagements: [
      bareEngagement(ids.fernhill, 'Fernhill Physio', 'Booking site', SEED_NOW - 3e9),
      bareEngagement(ids.redwick, 'Redwick Cycling Club', 'Season film', SEED_NOW - 2e9),
      bareEngagement(ids.alder, 'Alder & Finch', 'Catalogue pages', SEED_NOW - 1e9),
    ],
    current: ids.fernhill,
  }));
  // Fernhill: onboarding checklist done with its gate (so delivery is reached); the proposal handoff's gate left open.
  const all = [
    ...onboarding.groups.flatMap((g) => g.items.map((i) => i.id)),
    ...onboarding.gate.questions.map((q) => q.id),
  ];
  store.open(checklistKind, 'client-onboarding').update(() => ({
    active: ids.fernhill,
    runs: [
      {
        id: ids.fernhill,
        name: 'Fernhill Physio: Booking site',
        updatedAt: t,
        ticks: Object.fromEntries(all.map((id) => [id, true])),
        notes: {},
      },
    ],
  }));
  store.open(checklistKind, 'handoff-proposal-to-onboarding').update(() => ({
    active: ids.fernhill,
    runs: [
      {
        id: ids.fernhill,
        name: 'Fernhill Physio: Booking site',
        updatedAt: t,
        ticks: { 'one-reviewed-scope-version': true, 'deliverables-checkable': true },
        notes: {},
      },
    ],
  }));
  // Redwick: a weak quiz verdict at proposal → onboarding, a complete handoff record for it, one client input owed.
  store.open(quizKind, 'weak-handoff-quiz').update(() => ({
    results: [
      {
        at: SEED_NOW - 86_400_000,
        fragment: fragmentFor('proposal-to-onboarding', (i) => (i < 6 ? 'no' : 'yes')),
        engagement: ids.redwick,
      },
    ],
    draft: { boundary: '', answers: {} },
  }));
  store.open(handoffRecordKind, 'handoff-record').update(() => ({
    records: {
      [`${ids.redwick}:Redwick kickoff`]: {
        name: 'Redwick kickoff',
        client: 'Redwick Cycling Club',
        from: 'proposal',
        to: 'onboarding',
        outcome: 'Signed agreement for a six-minute season film, two review rounds included.',
        inputs: 'Race calendar, rider release forms and the club logo files before the first shoot day.',
        assets: 'https://example.com/redwick/brief',
        owner: 'Rafael Ortiz',
        completion: 'Kickoff call held on the agreed date',
        dependencies: '',
      },
    },
    draft: {},
  }));
  store.open(worksheetKind(), 'client-input-dependency').update(() => ({
    active: ids.redwick,
    runs: [
      {
        id: ids.redwick,
        name: 'Redwick Cycling Club: Season film',
        updatedAt: t,
        rows: [{ '#row': 'r1', item: 'Rider release forms', 'client-owner': 'Club secretary' }],
      },
    ],
  }));
  return Object.fromEntries(storage.data);
}
