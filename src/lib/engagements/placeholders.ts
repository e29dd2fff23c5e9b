/**
 * Values for a message's placeholders, filled from an engagement: the client, the project, and
 * the facts of the invoice, dependency or decision the message is about. The message library
 * (content/messages/) is written separately; the placeholder names are in PLACEHOLDERS, one
 * place to match them to it. A value the engagement does not have is left out, so the message
 * keeps its visible placeholder for the reader to fill in by hand.
 */
import { daysBetween, type IsoDate } from '../calendar/iso-date';
import type { Engagement } from './engagement';
import { invoiceAmount } from './reminders';

export const PLACEHOLDERS = {
  client: 'clientName',
  project: 'projectName',
  kickoff: 'startDate',
  invoiceNumber: 'invoiceNumber',
  invoiceAmount: 'amount',
  invoiceSent: 'invoiceSentDate',
  invoiceDue: 'dueDate',
  daysLate: 'daysOverdue',
  dependency: 'missingInput',
  dependencyOwner: 'dependencyOwner',
  dependencyDue: 'inputDeadline',
  decision: 'milestoneName',
  milestone: 'milestoneName',
  acceptanceDate: 'acceptanceDate',
  approvalOwner: 'approvalOwner',
  decisionDate: 'decisionDate',
  nextAction: 'nextAction',
  nextActionOwner: 'nextActionOwner',
  nextActionDue: 'nextActionDueDate',
} as const;

/** Which dated items the message is about; each is an id in the engagement. */
export interface PlaceholderSubject {
  invoiceId?: string;
  dependencyId?: string;
  decisionId?: string;
  /** A milestone: its name (over a decision's) and the day it was accepted. */
  milestoneId?: string;
}

export function placeholderValues(e: Engagement, subject: PlaceholderSubject, today: IsoDate): Record<string, string> {
  const P = PLACEHOLDERS;
  const values: Record<string, string | undefined> = {
    [P.client]: e.client,
    [P.project]: e.project || undefined,
    [P.kickoff]: e.dates.kickoff,
  };
  const invoice = e.dates.invoices.find((i) => i.id === subject.invoiceId);
  if (invoice) {
    const late = daysBetween(invoice.dueOn, today);
    Object.assign(values, {
      [P.invoiceNumber]: invoice.number,
      [P.invoiceAmount]: invoiceAmount(invoice),
      [P.invoiceSent]: invoice.sentOn,
      [P.invoiceDue]: invoice.dueOn,
      [P.daysLate]: late > 0 ? String(late) : undefined,
    });
  }
  const dependency = e.dates.dependencies.find((d) => d.id === subject.dependencyId);
  if (dependency)
    Object.assign(values, {
      [P.dependency]: dependency.what,
      [P.dependencyOwner]: dependency.owner,
      [P.dependencyDue]: dependency.dueOn,
    });
  const decision = e.dates.decisions.find((q) => q.id === subject.decisionId);
  if (decision)
    Object.assign(values, {
      [P.decision]: decision.what,
      [P.approvalOwner]: decision.approvalOwner,
      [P.decisionDate]: decision.decisionDate,
    });
  const milestone = e.dates.milestones.find((m) => m.id === subject.milestoneId);
  if (milestone) Object.assign(values, { [P.milestone]: milestone.label, [P.acceptanceDate]: milestone.acceptedOn });
  if (e.nextAction)
    Object.assign(values, {
      [P.nextAction]: e.nextAction.what,
      [P.nextActionOwner]: e.nextAction.owner,
      [P.nextActionDue]: e.nextAction.due,
    });
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
