/**
 * The tools' content the workspace scores runs against (checklists, the quiz, the record form,
 * the dependency worksheet's example rows), loaded with the workspace panel after hydration.
 * The same files the build validated as collections; nothing here is parsed again.
 */
import type { Checklist } from '../schemas/checklist';
import type { Quiz } from '../schemas/quiz';
import type { RecordForm } from '../schemas/handoff-record';
import type { Worksheet } from '../schemas/worksheet';
import quiz from '../../content/quizzes/weak-handoff-quiz.json';
import recordForm from '../../content/records/handoff-record.json';
import dependencySheet from '../../content/worksheets/client-input-dependency.json';

const files = import.meta.glob<Checklist>('../../content/checklists/*.json', { eager: true, import: 'default' });

/** Checklist id (its file name) → the checklist. */
export const checklists: Record<string, Checklist> = Object.fromEntries(
  Object.entries(files).map(([path, c]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), c]),
);

export const content = {
  checklists,
  quiz: quiz as unknown as Quiz,
  recordForm: recordForm as unknown as RecordForm,
  dependencySheet: dependencySheet as unknown as Worksheet,
};
