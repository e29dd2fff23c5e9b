/**
 * Which engagement a tool page opens on. The picker remembers the current engagement (in storage,
 * so other pages and tabs follow), and a link from the workspace or a calendar event names one in
 * its query string. This decides between them, so every page decides the same way.
 */
import type { Engagement } from './engagement';

export interface CurrentInputs {
  engagements: readonly Engagement[];
  /** The `engagement` query parameter, when the page was opened from a link. */
  fromLink?: string | undefined;
  /** The id the picker last stored. */
  remembered?: string | undefined;
}

/**
 * A link wins (the reader clicked "open this engagement"), then the remembered choice, then the
 * most recently changed engagement. Ids that no longer exist are skipped, so a deleted
 * engagement or a stale link never leaves a page on nothing. Undefined only when there are none.
 */
export function pickCurrent({
  engagements,
  fromLink,
  remembered,
}: CurrentInputs): { id: string; source: 'link' | 'remembered' | 'latest' } | undefined {
  const exists = (id: string | undefined): id is string => id !== undefined && engagements.some((e) => e.id === id);
  if (exists(fromLink)) return { id: fromLink, source: 'link' };
  if (exists(remembered)) return { id: remembered, source: 'remembered' };
  const latest = engagements.reduce<Engagement | undefined>(
    (a, e) => (!a || e.updatedAt > a.updatedAt ? e : a),
    undefined,
  );
  return latest && { id: latest.id, source: 'latest' };
}
