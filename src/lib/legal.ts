/**
 * Pages that state law must say where and from what: a page naming a statute, a court route or a
 * statutory rate declares its `jurisdictions` and lists its `sources`. Pure, so the site check runs
 * it at build time and a unit test runs it on fixtures.
 */
import type { ReferenceProblem } from './references';

/**
 * Words that only a statement of law uses: a statute or directive by name, a code section, a
 * court route, statutory interest. Matching one makes a page a legal page.
 */
export const legalMarkers: RegExp[] = [
  /\b(?:Act|Regulations) (?:1[89]|20)\d\d\b/,
  /\bDirective \d{4}\/\d+/,
  /\bCPLR\b/,
  /\bSB \d+\b/,
  /Freelance Isn[’']t Free/,
  /\bCode of Civil Procedure\b/,
  /\bPre-Action Protocol\b/i,
  /\bstatutory interest\b/i,
  /\bsmall claims (?:court|track)\b/i,
  /\bcommercial claims\b/i,
  /\blimitation period\b/i,
];

/** The first legal marker in a text, or undefined. */
export function legalMarkerIn(text: string): string | undefined {
  for (const marker of legalMarkers) {
    const m = marker.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

export interface LegalPage {
  file: string;
  /** The page's body and any frontmatter prose a reader sees. */
  text: string;
  jurisdictions: readonly string[];
  sources: readonly { url: string }[];
}

/**
 * A problem for each page that states law without sources: one that declares jurisdictions and
 * lists no source, and one whose text carries a legal marker but declares no jurisdictions or no
 * sources. The problem names the file and the field to fill in.
 */
export function findUnsourcedLaw(pages: LegalPage[]): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const page of pages) {
    const marker = legalMarkerIn(page.text);
    if (page.sources.length === 0 && (page.jurisdictions.length > 0 || marker)) {
      problems.push({
        file: page.file,
        field: 'sources',
        id: marker ?? page.jurisdictions.join(', '),
        expected:
          'statement of law this page may make without sources (list each source: title, https url, checked YYYY-MM-DD)',
      });
    }
    if (marker && page.jurisdictions.length === 0) {
      problems.push({
        file: page.file,
        field: 'jurisdictions',
        id: marker,
        expected: 'statement of law this page may make without naming its jurisdictions',
      });
    }
  }
  return problems;
}
