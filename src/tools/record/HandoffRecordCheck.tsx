/** The completeness check of a handoff record, by transfer, announced as it changes. */
import type { Completeness } from './record';

export function HandoffRecordCheck({ id, check }: { id: string; check: Completeness }) {
  return (
    <section class="record-check box" aria-labelledby={`${id}-check`} aria-live="polite">
      <h3 id={`${id}-check`}>{check.complete ? 'Nothing is missing' : 'What is still missing'}</h3>
      {check.complete ? (
        <p>The next stage could start from this record without asking you a question.</p>
      ) : (
        <ul>
          {check.transfers.map(({ transfer, missing, weak }) => (
            <li key={transfer.id}>
              <strong>{transfer.name}:</strong>{' '}
              {missing.length === 0 && weak.length === 0
                ? 'complete'
                : [
                    ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
                    ...weak.map((w) => `${w.field} ${w.problem}`),
                  ].join('; ')}
            </li>
          ))}
          {check.sameStage && <li>The from and to stages are the same.</li>}
        </ul>
      )}
    </section>
  );
}
