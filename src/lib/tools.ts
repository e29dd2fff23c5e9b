/**
 * The registry of what the site stores: every kind (the five tools' and the engagement model's),
 * and where data saved before engagements existed is filed. Storage knows no tool; the store, the
 * export and import, and the workspace read their kinds from here. The one list of kinds: a new
 * tool's kind is added here and nowhere else in storage.
 */
import type { AnyKind } from './persistence/kind';
import type { Refiler } from './persistence/refile';
import { checklistKind } from './checklist/kind';
import { worksheetKind } from './worksheet/kind';
import { quizKind } from './quiz/kind';
import { diagnosticKind } from './diagnostic/kind';
import { handoffRecordKind } from './handoff-record/kind';
import { engagementsKind, ENGAGEMENTS_ID } from './engagements/kind';
import { healthKind } from './engagements/health-kind';
import { refileMoves } from './engagements/refile';
import type { Chosen } from './engagements/chosen';

export { checklistKind, worksheetKind, quizKind, diagnosticKind, handoffRecordKind, engagementsKind, healthKind };

/** Every kind the site stores, so an import can check each value it brings. */
export const storedKinds: readonly AnyKind[] = [
  checklistKind,
  worksheetKind(),
  quizKind,
  diagnosticKind,
  handoffRecordKind,
  engagementsKind,
  healthKind,
];

/**
 * Data saved before engagements existed is filed under the engagement of the same name the reader
 * already has (./engagements/refile.ts), read from the stored engagements list.
 */
export const engagementsRefiler: Refiler<Chosen> = {
  kind: engagementsKind,
  id: ENGAGEMENTS_ID,
  moves: (chosen, found) => refileMoves(chosen?.engagements ?? [], found),
};

/** What the site's store is made with: its kinds, and where refiled data goes. */
export const siteStore = { kinds: storedKinds, refiler: engagementsRefiler };
