/**
 * Every kind of data the site stores, for importing a whole export file. Loaded only when a
 * reader imports, so the tools' first-paint JavaScript carries just their own kinds.
 */
import { createPersistence, type Persistence } from './persistence';
import { openStorage } from './storage';
import { checklistKind } from '../checklist/kind';
import { worksheetKind } from '../worksheet/kind';
import { quizHistoryKind } from '../quiz/history-kind';
import { triageKind } from '../diagnostic/triage-kind';
import { recordsKind } from '../handoff-record/records-kind';

export function siteWidePersistence(storage: () => Storage | null, now: () => number): Persistence {
  return createPersistence({
    storage: openStorage(storage),
    now,
    kinds: [checklistKind, worksheetKind(), quizHistoryKind, triageKind, recordsKind],
  });
}
