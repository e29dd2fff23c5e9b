/**
 * Reminders derived from an engagement's dates by the handbook's own rules, and what is overdue.
 * Pure: "today" is passed in, so the same engagement gives the same reminders in a test, in the
 * workspace and in a calendar export.
 *
 * The invoice rule comes from the invoice and payment guide: a friendly note 3 days after the due
 * date, a direct one at 7, one quoting the payment clause at 14. The guide leaves what follows to
 * the reader; this code adds a final notice at 21 days, one week after the clause message, keeping
 * the weekly step. All of them stop once the invoice is marked paid.
 */
import { addDays, daysBetween, type IsoDate } from '../calendar/iso-date';
import { engagementName, type Engagement, type Invoice } from './engagement';
import { engagementPath, MESSAGE_IDS, TOOL_PATHS, type MessageId } from './links';

/** The chase steps after an invoice's due date, in order: days late, reminder kind, message, tone. */
export const INVOICE_CHASE = [
  { days: 3, kind: 'invoice-chase-3', message: MESSAGE_IDS.invoiceReminder3, step: 'friendly reminder' },
  { days: 7, kind: 'invoice-chase-7', message: MESSAGE_IDS.invoiceReminder7, step: 'direct reminder' },
  { days: 14, kind: 'invoice-chase-14', message: MESSAGE_IDS.invoiceReminder14, step: 'payment clause' },
  { days: 21, kind: 'final-notice', message: MESSAGE_IDS.finalNotice, step: 'final notice' },
] as const;

export type ReminderKind =
  (typeof INVOICE_CHASE)[number]['kind'] | 'client-dependency' | 'decision' | 'milestone' | 'kickoff' | 'next-action';

/** Where a reminder's date stands against today. */
export type ReminderStatus = 'overdue' | 'today' | 'upcoming';

export interface Reminder {
  engagementId: string;
  /** "Client: project", for lists and calendar titles. */
  engagementName: string;
  kind: ReminderKind;
  /** The id of the item the reminder is about (invoice, dependency…), or the kind for one-off dates. */
  subjectId: string;
  date: IsoDate;
  status: ReminderStatus;
  /** One line saying what to do, without the engagement's name. */
  title: string;
  /** A sentence or two of facts: amounts, owners, the date the item was due. */
  detail: string;
  /** Who must act, when the item names one person. */
  owner?: string;
  /** The prepared message to send, when one fits. */
  messageId?: MessageId;
  /** Site path of the tool page to open, with the engagement selected. */
  link: string;
}

const statusOf = (date: IsoDate, today: IsoDate): ReminderStatus =>
  date < today ? 'overdue' : date === today ? 'today' : 'upcoming';

/** "EUR 1,200.00" style, or nothing when the invoice has no amount. */
export function invoiceAmount(invoice: Pick<Invoice, 'amount' | 'currency'>): string | undefined {
  if (invoice.amount === undefined) return undefined;
  const number = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    invoice.amount,
  );
  return invoice.currency ? `${invoice.currency} ${number}` : number;
}

type Draft = Omit<Reminder, 'engagementId' | 'engagementName' | 'status'>;

function invoiceReminders(e: Engagement): Draft[] {
  return e.dates.invoices
    .filter((invoice) => invoice.paidOn === undefined)
    .flatMap((invoice) => {
      const amount = invoiceAmount(invoice);
      const detail = `Invoice ${invoice.number}${amount ? ` for ${amount}` : ''} was sent on ${invoice.sentOn}, was due on ${invoice.dueOn} and is not marked paid.`;
      return INVOICE_CHASE.map((step) => ({
        kind: step.kind,
        subjectId: invoice.id,
        date: addDays(invoice.dueOn, step.days),
        title: `Invoice ${invoice.number}: ${step.step}, ${step.days} days late`,
        detail,
        messageId: step.message,
        link: engagementPath(TOOL_PATHS.workspace, e.id, invoice.id),
      }));
    });
}

/** One reminder draft; who acts and which message fits are optional. */
const draft = (
  kind: ReminderKind,
  subjectId: string,
  date: IsoDate,
  title: string,
  detail: string,
  link: string,
  extra: Pick<Draft, 'owner' | 'messageId'> = {},
): Draft => ({
  kind,
  subjectId,
  date,
  title,
  detail,
  link,
  ...extra,
});

/** Everything but invoices: each open dated item on its date. Closed items (received, decided, accepted) drop out. */
function otherReminders(e: Engagement): Draft[] {
  const { dates } = e;
  const at = (path: string, anchor?: string) => engagementPath(path, e.id, anchor);
  const n = e.nextAction;
  return [
    ...dates.dependencies
      .filter((d) => d.receivedOn === undefined)
      .map((d) =>
        draft(
          'client-dependency',
          d.id,
          d.dueOn,
          `Due from ${d.owner}: ${d.what}`,
          `${d.owner} owes “${d.what}” by ${d.dueOn}. If it has not arrived, chase it today.`,
          at(TOOL_PATHS.dependencies, d.id),
          { owner: d.owner, messageId: MESSAGE_IDS.clientInputChase },
        ),
      ),
    ...dates.decisions
      .filter((q) => q.decidedOn === undefined)
      .map((q) =>
        draft(
          'decision',
          q.id,
          q.decisionDate,
          `Decision due from ${q.approvalOwner}: ${q.what}`,
          `${q.approvalOwner} is to decide “${q.what}” by ${q.decisionDate}. Silence is not approval: without a written answer you are still waiting.`,
          at(TOOL_PATHS.workspace, q.id),
          { owner: q.approvalOwner, messageId: MESSAGE_IDS.approvalRequest },
        ),
      ),
    ...dates.milestones
      .filter((m) => m.acceptedOn === undefined)
      .map((m) =>
        draft(
          'milestone',
          m.id,
          m.due,
          `Milestone due: ${m.label}`,
          `The milestone “${m.label}” is due on ${m.due}. Ask the approval owner for written acceptance once it is delivered.`,
          at(TOOL_PATHS.workspace, m.id),
        ),
      ),
    ...(dates.kickoff
      ? [
          draft(
            'kickoff',
            'kickoff',
            dates.kickoff,
            'Kickoff',
            `Kickoff is on ${dates.kickoff}. Access, assets, the update rhythm and the first milestone should be settled before it.`,
            at(TOOL_PATHS.onboarding),
          ),
        ]
      : []),
    ...(n
      ? [
          draft(
            'next-action',
            'next-action',
            n.due,
            `Next action for ${n.owner}: ${n.what}`,
            `${n.owner} owns the next action, “${n.what}”, due on ${n.due}.`,
            at(TOOL_PATHS.workspace),
            { owner: n.owner },
          ),
        ]
      : []),
  ];
}

/** Orders reminders by date, then engagement, then kind and subject, so every export lists them alike. */
export function compareReminders(a: Reminder, b: Reminder): number {
  return (
    a.date.localeCompare(b.date) ||
    a.engagementId.localeCompare(b.engagementId) ||
    a.kind.localeCompare(b.kind) ||
    a.subjectId.localeCompare(b.subjectId)
  );
}

/** Every reminder of one engagement: past ones included (marked overdue), closed items left out. */
export function engagementReminders(e: Engagement, today: IsoDate): Reminder[] {
  const name = engagementName(e);
  return [...invoiceReminders(e), ...otherReminders(e)]
    .map((d) => ({ ...d, engagementId: e.id, engagementName: name, status: statusOf(d.date, today) }))
    .sort(compareReminders);
}

/** Reminders of many engagements in one date-ordered list. */
export function allReminders(engagements: readonly Engagement[], today: IsoDate): Reminder[] {
  return engagements.flatMap((e) => engagementReminders(e, today)).sort(compareReminders);
}

export interface OverdueItem {
  engagementId: string;
  kind: 'invoice' | 'client-dependency' | 'decision' | 'milestone' | 'next-action';
  subjectId: string;
  title: string;
  dueOn: IsoDate;
  /** Whole days past due; at least 1. */
  daysLate: number;
  owner?: string;
  /** For an invoice, the message of the latest chase step reached; else the item's message. */
  messageId?: MessageId;
  link: string;
}

/** The chase step an unpaid invoice has reached by today, or undefined before its first step. */
export function invoiceChaseStep(invoice: Invoice, today: IsoDate): (typeof INVOICE_CHASE)[number] | undefined {
  if (invoice.paidOn !== undefined) return undefined;
  const late = daysBetween(invoice.dueOn, today);
  return INVOICE_CHASE.filter((s) => late >= s.days).at(-1);
}

/**
 * What is overdue today: every open item whose due date has passed (an item due today is not yet
 * late). One entry per item, not per reminder, so an invoice 30 days late shows once, with the
 * chase step it has reached. Most days late first.
 */
export function overdueItems(e: Engagement, today: IsoDate): OverdueItem[] {
  const late = (due: IsoDate) => daysBetween(due, today);
  const items: OverdueItem[] = [];
  for (const i of e.dates.invoices) {
    if (i.paidOn !== undefined || late(i.dueOn) < 1) continue;
    const step = invoiceChaseStep(i, today);
    items.push({
      engagementId: e.id,
      kind: 'invoice',
      subjectId: i.id,
      title: `Invoice ${i.number} is unpaid`,
      dueOn: i.dueOn,
      daysLate: late(i.dueOn),
      ...(step ? { messageId: step.message } : {}),
      link: engagementPath(TOOL_PATHS.workspace, e.id, i.id),
    });
  }
  for (const r of otherReminders(e)) {
    if (r.kind === 'kickoff' || late(r.date) < 1) continue;
    const kind = r.kind as OverdueItem['kind'];
    items.push({
      engagementId: e.id,
      kind,
      subjectId: r.subjectId,
      title: r.title,
      dueOn: r.date,
      daysLate: late(r.date),
      ...(r.owner ? { owner: r.owner } : {}),
      ...(r.messageId ? { messageId: r.messageId } : {}),
      link: r.link,
    });
  }
  return items.sort(
    (a, b) => b.daysLate - a.daysLate || a.kind.localeCompare(b.kind) || a.subjectId.localeCompare(b.subjectId),
  );
}
