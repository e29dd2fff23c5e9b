/** One engagement in the workspace's list: its stage, what to look at first, the next action, what is overdue, its handoffs, and deleting it. */
import type { WorkspaceRow } from '../lib/engagements/gather';
import { printPath, REASON_WORDS, STATE_WORDS } from './workspace-lib';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the card's delete steps ask of the panel. */
export interface DeleteSteps {
  ask: (step: 1 | 2) => void;
  cancel: () => void;
  backup: () => void;
  remove: () => void;
}

interface CardProps {
  row: WorkspaceRow;
  /** The engagement's runs, per tool, as deleting it would remove them. */
  runs: { tool: string; count: number }[];
  boundaryName: Map<string, string>;
  /** How far the reader has confirmed deleting this engagement, if they started. */
  deleting: 1 | 2 | undefined;
  on: DeleteSteps;
}

export function EngagementCard({ row, runs, boundaryName, deleting, on }: CardProps) {
  const look = row.lookFirst;
  return (
    <li class="engagement" data-engagement={row.id}>
      <h3 id={`e-${row.id}`}>
        <a href={row.detail}>{row.name}</a>
      </h3>
      <p class="engagement-stage">
        Stage:{' '}
        <strong>
          {row.stage.number}. {row.stage.name}
        </strong>
      </p>
      {look && (
        <p class="look-first">
          Look first at <a href={row.runs[look.boundary]?.[0]?.href ?? row.detail}>{boundaryName.get(look.boundary)}</a>
          {look.why === 'earliest-weak'
            ? ': the earliest weak handoff. Fix it before anything later.'
            : ': the next handoff to cross.'}
        </p>
      )}
      <p class="next-action">
        Next action:{' '}
        {row.nextAction ? (
          <>
            {row.nextAction.what}
            {row.nextAction.owner ? `, owner ${row.nextAction.owner}` : ''}, due {row.nextAction.due}
            {row.nextAction.overdue && <strong class="late"> (overdue)</strong>}
          </>
        ) : row.recordNext ? (
          <>
            {row.recordNext.what ?? 'not named'}
            {row.recordNext.owner ? `, owner ${row.recordNext.owner}` : ''}, no date set (from the{' '}
            <a href={row.recordNext.link}>handoff record</a>)
          </>
        ) : (
          'none set yet'
        )}
      </p>
      {row.overdue.length > 0 ? (
        <div class="overdue">
          <p>
            <strong>Overdue: {row.overdue.length}</strong>
          </p>
          <ul>
            {row.overdue.map((o) => (
              <li key={`${o.kind}:${o.subjectId}`}>
                <a href={o.link}>{o.title}</a>, {plural(o.daysLate, 'day')} late
                {o.owner ? ` (${o.owner})` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Nothing overdue.</p>
      )}
      <p>
        Open client dependencies: {row.openDependencies === 0 ? 'none' : row.openDependencies}.
        {row.diagnosticSignals > 0 ? ` Diagnostic: ${plural(row.diagnosticSignals, 'signal')} ticked.` : ''}
      </p>
      <details class="boundaries" open>
        <summary>Handoffs</summary>
        <ul>
          {row.boundaries.map((b) => (
            <li key={b.id} data-state={b.state} data-boundary={b.id}>
              <span class="state">{STATE_WORDS[b.state]}</span> {boundaryName.get(b.id)}
              {b.reasons.length > 0 && `: ${b.reasons.map((r) => REASON_WORDS[r]).join('; ')}`}{' '}
              <a href={printPath(b.id, row.id)}>Print this boundary</a>
              {(row.runs[b.id] ?? []).map((r) => (
                <span key={r.href + r.label} class="run">
                  {' '}
                  <a href={r.href}>{r.label}</a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </details>
      <p class="tool-bar">
        <a class="button-link" href={row.detail}>
          Dates and reminders
        </a>
        {!deleting && (
          <button type="button" class="destructive" onClick={() => on.ask(1)}>
            Delete…
          </button>
        )}
      </p>
      {deleting && <DeleteConfirm row={row} step={deleting} runs={runs} on={on} />}
    </li>
  );
}

/** Deleting asks twice: first what goes with the engagement (and a copy to download), then for good. */
function DeleteConfirm({
  row,
  step,
  runs,
  on,
}: {
  row: WorkspaceRow;
  step: 1 | 2;
  runs: { tool: string; count: number }[];
  on: DeleteSteps;
}) {
  const total = runs.reduce((n, r) => n + r.count, 0);
  return (
    <div class="notice confirm" role="group" aria-label={`Delete ${row.name}`}>
      {step === 1 ? (
        <>
          <p>
            Delete “{row.name}”? It leaves the picker on every tool, and its runs go with it
            {total > 0 ? `: ${runs.map((r) => `${r.count} ${r.tool}`).join(', ')}` : ' (it has none)'}. Runs are not
            kept apart from their engagement: a tool would list the engagement again as soon as it found them. Download
            a copy first if you may want them back.
          </p>
          <p class="tool-bar">
            <button type="button" onClick={on.backup}>
              Download all saved data
            </button>
            <button type="button" class="destructive" onClick={() => on.ask(2)}>
              Delete the engagement and its runs
            </button>
            <button type="button" onClick={on.cancel}>
              Cancel
            </button>
          </p>
        </>
      ) : (
        <>
          <p>
            Last check: delete “{row.name}”{total > 0 ? ` and ${plural(total, 'saved item')}` : ''} from this browser
            for good?
          </p>
          <p class="tool-bar">
            <button type="button" class="destructive" onClick={on.remove}>
              Yes, delete for good
            </button>
            <button type="button" onClick={on.cancel}>
              Keep it
            </button>
          </p>
        </>
      )}
    </div>
  );
}
