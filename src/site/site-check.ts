/**
 * The whole-site check the build runs once its collections are loaded: every frontmatter
 * reference, body link and rule citation resolves, and every message has a page that shows it in
 * full. Pure, so tests run it on the content files without Astro.
 */
import {
  findReferenceProblems,
  pageRefsOf,
  quizRefsOf,
  type PageRefs,
  type QuizWithRefs,
  type ReferenceProblem,
} from '../lib/references';
import { findBodyLinkProblems, type BodyPage } from '../lib/link-graph';
import { findRuleProblems } from '../lib/rules';
import { hasToolOf, messageHomes } from '../lib/messages';
import { findUnsourcedLaw } from '../lib/legal';
import type { PageData } from '../schemas/page';
import type { Boundary, Stage } from '../schemas/lifecycle';

/** What the check reads of a diagnostic: the page each category and its fallback send the reader to. */
interface DiagnosticRefs {
  categories: readonly { id: string; firstPage: string }[];
  fallback: { page: string };
}

/** A content file's entry: its id, its file (relative to the project root) and its data. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface SiteContent {
  pages: (Entry<PageData> & { body: string; bodyStartLine: number })[];
  stages: Stage[];
  boundaries: Boundary[];
  checklistIds: string[];
  worksheetIds: string[];
  diagnostics: Entry<DiagnosticRefs>[];
  quizzes: Entry<QuizWithRefs>[];
  messages: { id: string; file: string }[];
  ruleIds: Iterable<string>;
}

export interface SiteCheck {
  problems: ReferenceProblem[];
  /** Each page's references, in page order. */
  refs: PageRefs[];
  bodies: BodyPage[];
  /** For each message, the page that shows it in full. */
  messageHomes: Map<string, string>;
}

export function checkSite(c: SiteContent): SiteCheck {
  const refs = c.pages.map((p) => pageRefsOf(p.id, p.file, p.data));
  // The pages themselves, not copies: a page's bodyStartLine may be computed on demand, only for a problem.
  const bodies: BodyPage[] = c.pages;
  const problems = findReferenceProblems({
    pages: refs,
    lifecycle: [
      { file: 'content/lifecycle/stages.json', entries: c.stages },
      { file: 'content/lifecycle/boundaries.json', entries: c.boundaries },
    ],
    checklistIds: c.checklistIds,
    worksheetIds: c.worksheetIds,
    diagnosticIds: c.diagnostics.map((d) => d.id),
    messageIds: c.messages.map((m) => m.id),
    diagnostics: c.diagnostics.map((d) => ({
      file: d.file,
      firstPages: d.data.categories.map((category) => ({ id: category.id, page: category.firstPage })),
      fallbackPage: d.data.fallback.page,
    })),
    boundaryIds: c.boundaries.map((b) => b.id),
    quizzes: c.quizzes.map((q) => quizRefsOf(q.file, q.data)),
  });
  problems.push(...findBodyLinkProblems(bodies), ...findRuleProblems(bodies, c.ruleIds));
  problems.push(
    ...findUnsourcedLaw(
      c.pages.map((p) => ({
        file: p.file,
        text: [p.body, ...(p.data.role === 'faq' ? [p.data.answer] : [])].join('\n'),
        jurisdictions: p.data.jurisdictions,
        sources: p.data.sources,
      })),
    ),
  );
  const homes = messageHomes(
    c.pages.map((p) => ({ id: p.id, role: p.data.role, messages: p.data.messages, hasTool: hasToolOf(p.data) })),
    c.messages.map((m) => m.id),
  );
  for (const id of homes.homeless) {
    const file = c.messages.find((m) => m.id === id)!.file;
    problems.push({
      file,
      field: 'id',
      id,
      expected: 'message shown in full on any page (list it under `messages` on a page without a tool)',
    });
  }
  return { problems, refs, bodies, messageHomes: homes.homes };
}
