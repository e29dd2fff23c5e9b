/** What the engagement page hands its island from the build: the messages reminders point at, and the tools. */
export interface PageMessage {
  title: string;
  subject: string;
  body: string;
  /** Placeholder name → its label, for the ones left unfilled. */
  labels: Record<string, string>;
}

export interface EngagementPageProps {
  /** The messages reminders name, by id. */
  messages: Record<string, PageMessage>;
  /** Every tool page, to open with this engagement selected. */
  tools: { title: string; path: string }[];
}
