/**
 * Pure helpers for search results: Pagefind's excerpts are HTML with <mark> around hits; only
 * those marks may survive, everything else is shown as text.
 */
import { decodeEntities } from './html-text';

/** The query parameter that carries a search's words to the page a result opens. */
export const highlightParam = 'highlight';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Splits an excerpt into plain and highlighted text; any other markup becomes inert text. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else if (piece) parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

/** The words announced after each search; `listed` says how many of the results are on screen so far. */
export function resultSummary(count: number, query: string, listed = count): string {
  if (!query.trim()) return '';
  if (count === 0) return `No results for “${query.trim()}”`;
  const all = `${count} ${count === 1 ? 'result' : 'results'} for “${query.trim()}”`;
  return listed >= count ? all : `${all}, showing ${listed}`;
}
