/**
 * Message text with named placeholders such as `{clientName}`. Pure functions: find the
 * placeholders, fill the ones a caller knows, and split text into plain and placeholder parts
 * for display. A placeholder nobody fills stays visible, so a sent message never hides a gap.
 */

import { placeholderPattern } from '../schemas/placeholders';

// Found and checked with the message schema, which stands alone.
export { placeholderNames, placeholderProblems } from '../schemas/placeholders';

/**
 * The text with every placeholder that has a non-blank value replaced by it. Unknown or blank
 * placeholders are left exactly as written (`{dueDate}`), so the gap stays visible.
 */
export function fill(text: string, values: Readonly<Record<string, string | undefined>>): string {
  return text.replace(placeholderPattern, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value !== undefined && value.trim() !== '' ? value : whole;
  });
}

/** One piece of displayed text: plain words, or a placeholder still to fill. */
export type Segment = { kind: 'text'; text: string } | { kind: 'placeholder'; name: string; text: string };

/**
 * The text split into plain and placeholder parts, each placeholder shown as its label in
 * square brackets (`[Client name]`). A name without a label shows as itself.
 */
export function segments(text: string, labels: Readonly<Record<string, string>>): Segment[] {
  const parts: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(placeholderPattern)) {
    if (m.index > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
    const name = m[1]!;
    parts.push({ kind: 'placeholder', name, text: `[${Object.hasOwn(labels, name) ? labels[name] : name}]` });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The text as a reader sees and copies it: placeholders as `[Label]`. */
export function display(text: string, labels: Readonly<Record<string, string>>): string {
  return segments(text, labels)
    .map((s) => s.text)
    .join('');
}

/** A `mailto:` link that opens a new email with this subject, and this body if given (no recipient). */
export function mailtoHref(subject: string, body?: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:?subject=${enc(subject)}${body === undefined ? '' : `&body=${enc(body)}`}`;
}

/** What a page's frontmatter says that decides how its messages render. */
export interface MessagePage {
  id: string;
  role: string;
  messages: readonly string[];
  /** True when the page runs an interactive tool (a checklist, worksheet, diagnostic or tool island). */
  hasTool: boolean;
}

/** Whether a page's frontmatter makes it run an interactive tool. */
export function hasToolOf(data: {
  role: string;
  checklist?: string | undefined;
  worksheet?: string | undefined;
  diagnostic?: string | undefined;
}): boolean {
  return data.role === 'tool' || Boolean(data.checklist ?? data.worksheet ?? data.diagnostic);
}

/**
 * Whether a page shows its messages as full cards. A page that runs a tool spends its size
 * budget on the tool, so it lists its messages as links to their full text instead.
 */
export const showsMessagesInFull = (page: Pick<MessagePage, 'hasTool'>): boolean => !page.hasTool;

/**
 * The page where each message is shown in full, for links from the library index and from
 * tool pages: a message library page (role `asset`) first, else the first page that shows it in
 * full. Messages no page shows in full are returned in `homeless`.
 */
export function messageHomes(
  pages: readonly MessagePage[],
  messageIds: readonly string[],
): { homes: Map<string, string>; homeless: string[] } {
  const full = pages.filter(showsMessagesInFull);
  const ranked = [...full.filter((p) => p.role === 'asset'), ...full.filter((p) => p.role !== 'asset')];
  const homes = new Map<string, string>();
  for (const id of messageIds) {
    const home = ranked.find((p) => p.messages.includes(id));
    if (home) homes.set(id, home.id);
  }
  return { homes, homeless: messageIds.filter((id) => !homes.has(id)) };
}

/** A stage's name, or a boundary as "From → To", for headings over messages. */
export function stageLabel(
  id: string,
  stages: readonly { id: string; name: string }[],
  boundaries: readonly { id: string; from: string; to: string }[],
): string {
  const name = (stageId: string) => stages.find((s) => s.id === stageId)?.name ?? stageId;
  const boundary = boundaries.find((b) => b.id === id);
  return boundary ? `${name(boundary.from)} → ${name(boundary.to)}` : name(id);
}

/** Stage and boundary ids in lifecycle order: each stage, then the boundaries leaving it. */
export function lifecycleOrder(
  stages: readonly { id: string; number: number }[],
  boundaries: readonly { id: string; from: string }[],
): string[] {
  return [...stages]
    .sort((a, b) => a.number - b.number)
    .flatMap((s) => [s.id, ...boundaries.filter((b) => b.from === s.id).map((b) => b.id)]);
}
