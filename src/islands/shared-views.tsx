/** The read-only views of a shared run: a checklist and the diagnostic, every item said in words. */
import type { ShareTool } from '../tools/share-state';
import {
  beforeGroups,
  GATE_ANSWER_WORDS,
  gateAnswer,
  gateStatus,
  hasPhases,
  progress,
  tallyText,
} from '../tools/checklist/checklist';
import { diagnose, explainDiagnosis, type DiagnosisResult } from '../tools/diagnostic/diagnostic';
import type { ChecklistItem } from '../tools/checklist/schema';

/** The shared checklist: every item and go/no-go question in words, with its notes and the tallies. */
export function ChecklistRead({
  checklist,
  shared,
}: {
  checklist: NonNullable<Extract<ShareTool, { kind: 'checklist' }>['checklist']>;
  shared: { ticks: Record<string, true>; notes: Record<string, string>; no?: Record<string, true> };
}) {
  const p = progress(checklist, shared);
  // Each item says in words whether it was done: a greyed-out box reads as "not available", not "done".
  // A go/no-go question says its answer: Yes, No or Not checked yet.
  const items = (list: ChecklistItem[], gate = false) => (
    <ul class="share-items">
      {list.map((item) => {
        const done = shared.ticks[item.id] === true;
        const answer = gate ? (gateAnswer(shared, item.id) as 'yes' | 'no' | 'unchecked') : undefined;
        return (
          <li key={item.id}>
            <p class="share-item">
              <span class="share-mark" data-done={done ? 'yes' : 'no'} data-answer={answer}>
                {answer ? (GATE_ANSWER_WORDS[answer] as string) : done ? 'Done' : 'Not done'}
              </span>{' '}
              <span>{item.text}</span>
            </p>
            {shared.notes[item.id] && (
              <p class="share-note">
                <strong>Note:</strong> <span class="share-text">{shared.notes[item.id]}</span>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
  const group = (i: number) => {
    const g = checklist.groups[i]!;
    return (
      <fieldset key={g.letter}>
        <legend>
          {g.letter}. {g.title}
        </legend>
        <p class="progress">{tallyText(p.groups[i]!)}</p>
        {items(g.items)}
      </fieldset>
    );
  };
  const before = hasPhases(checklist) ? beforeGroups(checklist).length : checklist.groups.length;
  return (
    <>
      <p class="progress">Overall: {tallyText(p.overall)}</p>
      {checklist.groups.slice(0, before).map((_, i) => group(i))}
      {checklist.gate && (
        <fieldset class="gate">
          <legend>Go/no-go: before you {checklist.gate.move}</legend>
          {items(checklist.gate.questions, true)}
          <p class="gate-status">{gateStatus(checklist, shared)}</p>
        </fieldset>
      )}
      {checklist.groups.slice(before).map((_, i) => group(before + i))}
    </>
  );
}

/** The shared diagnostic: every signal, ticked or not, in words, and the result the ticks give. */
export function DiagnosticRead({
  diagnostic,
  ticked,
}: {
  diagnostic: Extract<ShareTool, { kind: 'diagnostic' }>['diagnostic'];
  ticked: string[];
}) {
  const result = diagnose(diagnostic, ticked) as DiagnosisResult;
  return (
    <>
      <div class="result box">
        {ticked.length === 0 ? (
          <p>No signal was ticked.</p>
        ) : (
          <>
            <h2>Start with: {result.category.name}</h2>
            <p>{explainDiagnosis(result) as string}</p>
          </>
        )}
      </div>
      {diagnostic.categories.map((c, i) => (
        <fieldset key={c.id}>
          <legend>
            {i + 1}. {c.name}
          </legend>
          <ul class="share-items">
            {c.signals.map((signal) => {
              const on = ticked.includes(signal.id);
              return (
                <li key={signal.id}>
                  <p class="share-item">
                    <span class="share-mark" data-done={on ? 'yes' : 'no'}>
                      {on ? 'Ticked' : 'Not ticked'}
                    </span>{' '}
                    <span>{signal.text}</span>
                  </p>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </>
  );
}
