/**
 * Where reminders point: the message to send and the tool page to open. Both tables are plain
 * strings in one place because the message library and the workspace page are built
 * separately; if an id or a path changes there, it changes here and nowhere else.
 */
import { pageUrl } from '../urls';

/** Ids of messages in content/messages/<id>.json. */
export const MESSAGE_IDS = {
  invoiceReminder3: 'payment-reminder-3-days',
  invoiceReminder7: 'payment-reminder-7-days',
  invoiceReminder14: 'payment-reminder-14-days',
  finalNotice: 'final-notice',
  clientInputChase: 'client-input-chase',
  approvalRequest: 'approval-request',
} as const;
export type MessageId = (typeof MESSAGE_IDS)[keyof typeof MESSAGE_IDS];

/** Site paths (with the base the site is served under) of the pages a reminder sends the reader back to. */
export const TOOL_PATHS = {
  workspace: pageUrl('workspace'),
  /** One engagement's dates and reminders. */
  engagement: pageUrl('workspace/engagement'),
  dependencies: pageUrl('templates/client-input-dependency-worksheet'),
  onboarding: pageUrl('templates/client-onboarding-checklist'),
  billing: pageUrl('templates/approval-and-billing-readiness-checklist'),
} as const;

/**
 * A site path that opens a tool on one engagement. The engagement travels as a query parameter,
 * which a static page ignores on the server and the engagement picker reads in the browser.
 */
export function engagementPath(path: string, engagementId: string, anchor?: string): string {
  return `${path}?engagement=${encodeURIComponent(engagementId)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/** The engagement id a page was opened for, from its query string, or undefined. */
export function engagementFromSearch(search: string): string | undefined {
  return new URLSearchParams(search).get('engagement') || undefined;
}
