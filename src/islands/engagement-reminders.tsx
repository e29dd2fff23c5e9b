/** The reminders an engagement's dates give, each with its message filled from the engagement, and the calendar files. */
import type { Engagement } from '../lib/engagements/engagement';
import type { Reminder } from '../lib/engagements/reminders';
import { placeholderValues, type PlaceholderSubject } from '../lib/engagements/placeholders';
import { fill, segments } from '../lib/messages';
import { CopyButton } from '../tools/kit/CopyButton';
import type { PageMessage } from './engagement-page-props';

/** Message text with what is still unfilled marked, as `[Label]`. */
const Marked = ({ text, labels }: { text: string; labels: Record<string, string> }) => (
  <>{segments(text, labels).map((s, i) => (s.kind === 'text' ? s.text : <mark key={i}>{s.text}</mark>))}</>
);
const plain = (text: string, labels: Record<string, string>) =>
  segments(text, labels)
    .map((s) => s.text)
    .join('');

const subjectOf = (r: Reminder): PlaceholderSubject =>
  r.kind.startsWith('invoice') || r.kind === 'final-notice'
    ? { invoiceId: r.subjectId }
    : r.kind === 'client-dependency'
      ? { dependencyId: r.subjectId }
      : r.kind === 'decision'
        ? { decisionId: r.subjectId }
        : {};

const STATUS = { overdue: 'Overdue', today: 'Today', upcoming: 'Coming up', past: 'Past' } as const;
/** A date that only happens (a kickoff) is past, not overdue, once it has gone by. */
export const statusOf = (r: Reminder) => (r.kind === 'kickoff' && r.status === 'overdue' ? 'past' : r.status);

function ReminderItem({
  r,
  e,
  today,
  message,
}: {
  r: Reminder;
  e: Engagement;
  today: string;
  message: PageMessage | undefined;
}) {
  const values = placeholderValues(e, subjectOf(r), today);
  const subject = message && fill(message.subject, values);
  const body = message && fill(message.body, values);
  return (
    <li class="reminder" data-status={statusOf(r)} data-kind={r.kind}>
      <p class="reminder-head">
        <span class="badge">{STATUS[statusOf(r)]}</span> <strong>{r.date}</strong> {r.title}
      </p>
      <p class="reminder-detail">{r.detail}</p>
      {message && subject !== undefined && body !== undefined && (
        <details class="reminder-message">
          <summary>Message to send: {message.title}</summary>
          <p class="message-subject">
            Subject: <Marked text={subject} labels={message.labels} />
          </p>
          <div class="message-body">
            {body.split(/\n{2,}/).map((para, i) => (
              <p key={i}>
                <Marked text={para} labels={message.labels} />
              </p>
            ))}
          </div>
          <p>
            <CopyButton
              label="Copy message"
              text={() => `Subject: ${plain(subject, message.labels)}\n\n${plain(body, message.labels)}`}
            />
          </p>
        </details>
      )}
    </li>
  );
}

/** The reminders section: how many, each reminder, and the calendar files for this engagement and for all. */
export function RemindersSection({
  reminders,
  e,
  today,
  messages,
  onIcsOne,
  onIcsAll,
}: {
  reminders: Reminder[];
  e: Engagement;
  today: string;
  messages: Record<string, PageMessage>;
  onIcsOne: () => void;
  onIcsAll: () => void;
}) {
  const overdue = reminders.filter((r) => statusOf(r) === 'overdue').length;
  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <p class="reminder-count" id="reminder-count">
        {reminders.length === 0
          ? 'No reminders yet: add an invoice, a client dependency, a decision, a milestone or a next action below.'
          : `${reminders.length} reminder${reminders.length === 1 ? '' : 's'}, ${overdue} overdue.`}
      </p>
      {reminders.length > 0 && (
        <ol class="reminders">
          {reminders.map((r) => (
            <ReminderItem
              key={`${r.kind}.${r.subjectId}`}
              r={r}
              e={e}
              today={today}
              message={r.messageId && messages[r.messageId]}
            />
          ))}
        </ol>
      )}
      <div class="tool-bar">
        {/* Not the page's primary action, and nothing to download until there is a reminder: the line above says why. */}
        <button
          type="button"
          disabled={reminders.length === 0}
          aria-describedby={reminders.length === 0 ? 'reminder-count' : undefined}
          onClick={onIcsOne}
        >
          Download calendar file (.ics)
        </button>
        <button type="button" onClick={onIcsAll}>
          Download calendar file for all engagements (.ics)
        </button>
      </div>
      <p class="hint">
        Import the file into your calendar. Import it again after a change: each event keeps its identity, so the
        calendar updates it instead of adding a copy. An item you close (an invoice marked paid, an input received) is
        left out of the next file, but a calendar cannot be told to delete it: remove that event by hand.
      </p>
    </section>
  );
}
