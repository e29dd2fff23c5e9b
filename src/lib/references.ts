/**
 * Cross-reference checks over the whole content set. Astro's own `reference()` only logs a
 * dangling id and lets the build succeed; these checks make every miss a build failure that
 * names the file, the field and the id.
 */

export interface ReferenceProblem {
  /** The content file, relative to the project root. */
  file: string;
  /** The field path inside the file, e.g. `nextSteps[1].page`. */
  field: string;
  /** The id that was not found, or the value that is wrong. */
  id: string;
  /** What kind of thing the id should have named. */
  expected: string;
}

export interface PageRefs {
  id: string;
  file: string;
  role: string;
  startUpstreamIf: { page: string }[];
  nextSteps: { page: string }[];
  related: string[];
  messages?: string[] | undefined;
  checklist?: string | undefined;
  worksheet?: string | undefined;
  diagnostic?: string | undefined;
  problemGroups?: { rows: { first: string; next: string }[] }[] | undefined;
}

export interface ReferenceSources {
  pages: PageRefs[];
  /** Lifecycle data, each with the page it names as its guide. */
  lifecycle: { file: string; entries: { id: string; guide: string }[] }[];
  checklistIds: string[];
  worksheetIds: string[];
  diagnosticIds: string[];
  /** The message ids in content/messages/ (absent where a caller checks no messages). */
  messageIds?: string[] | undefined;
  /** Diagnostic files with the pages their categories and fallback name. */
  diagnostics: { file: string; firstPages: { id: string; page: string }[]; fallbackPage: string }[];
  /** The lifecycle boundary ids, which quiz boundary choices must name. */
  boundaryIds: string[];
  /** Quiz files with every page and boundary they name, from {@link quizRefsOf}. */
  quizzes: QuizRefs[];
}

/** The references one quiz file makes, each with the field path it sits at. */
export interface QuizRefs {
  file: string;
  pages: { field: string; page: string }[];
  boundaries: { field: string; id: string }[];
}

/** The shape of a quiz that carries references; see src/schemas/quiz.ts. */
export interface QuizWithRefs {
  boundaries: { id: string; guide: string; other: boolean }[];
  transfers: { id: string; pages: string[] }[];
  edgeCases: { id: string; page: string }[];
  whenNothingMissing: string[];
}

/** Every page and lifecycle boundary a quiz names, with field paths a reader can find. */
export function quizRefsOf(file: string, quiz: QuizWithRefs): QuizRefs {
  return {
    file,
    pages: [
      ...quiz.boundaries.map((b) => ({ field: `boundaries.${b.id}.guide`, page: b.guide })),
      ...quiz.transfers.flatMap((t) => t.pages.map((page, i) => ({ field: `transfers.${t.id}.pages[${i}]`, page }))),
      ...quiz.edgeCases.map((e) => ({ field: `edgeCases.${e.id}.page`, page: e.page })),
      ...quiz.whenNothingMissing.map((page, i) => ({ field: `whenNothingMissing[${i}]`, page })),
    ],
    boundaries: quiz.boundaries.filter((b) => !b.other).map((b) => ({ field: `boundaries.${b.id}`, id: b.id })),
  };
}

/** The references a page's frontmatter makes, whatever its role. */
export function pageRefsOf(
  id: string,
  file: string,
  data: { role: string } & Omit<PageRefs, 'id' | 'file' | 'role'>,
): PageRefs {
  return {
    id,
    file,
    role: data.role,
    startUpstreamIf: data.startUpstreamIf,
    nextSteps: data.nextSteps,
    related: data.related,
    messages: data.messages,
    checklist: data.checklist,
    worksheet: data.worksheet,
    diagnostic: data.diagnostic,
    problemGroups: data.problemGroups,
  };
}

/** Where each role's pages live; a page outside its folder gets the wrong URL and hub. */
export const roleFolders: Record<string, string> = {
  anchor: 'workflows',
  workflow: 'workflows',
  asset: 'templates',
  tool: 'tools',
  reference: 'glossary',
  faq: 'faq',
  routing: '',
};

export function findReferenceProblems(src: ReferenceSources): ReferenceProblem[] {
  const pageIds = new Set(src.pages.map((p) => p.id));
  const checklistIds = new Set(src.checklistIds);
  const worksheetIds = new Set(src.worksheetIds);
  const diagnosticIds = new Set(src.diagnosticIds);
  const messageIds = new Set(src.messageIds ?? []);
  const problems: ReferenceProblem[] = [];
  const page = (file: string, field: string, id: string) => {
    if (!pageIds.has(id)) problems.push({ file, field, id, expected: 'page' });
  };

  for (const p of src.pages) {
    p.startUpstreamIf.forEach((r, i) => page(p.file, `startUpstreamIf[${i}].page`, r.page));
    p.nextSteps.forEach((r, i) => page(p.file, `nextSteps[${i}].page`, r.page));
    p.related.forEach((id, i) => page(p.file, `related[${i}]`, id));
    p.messages?.forEach((id, i) => {
      if (!messageIds.has(id))
        problems.push({ file: p.file, field: `messages[${i}]`, id, expected: 'message in content/messages/' });
    });
    if (p.checklist && !checklistIds.has(p.checklist)) {
      problems.push({
        file: p.file,
        field: 'checklist',
        id: p.checklist,
        expected: 'checklist in content/checklists/',
      });
    }
    if (p.worksheet && !worksheetIds.has(p.worksheet)) {
      problems.push({
        file: p.file,
        field: 'worksheet',
        id: p.worksheet,
        expected: 'worksheet in content/worksheets/',
      });
    }
    if (p.diagnostic && !diagnosticIds.has(p.diagnostic)) {
      problems.push({
        file: p.file,
        field: 'diagnostic',
        id: p.diagnostic,
        expected: 'diagnostic in content/diagnostics/',
      });
    }
    p.problemGroups?.forEach((group, g) =>
      group.rows.forEach((row, r) => {
        page(p.file, `problemGroups[${g}].rows[${r}].first`, row.first);
        page(p.file, `problemGroups[${g}].rows[${r}].next`, row.next);
      }),
    );
    const folder = p.id.includes('/') ? p.id.slice(0, p.id.indexOf('/')) : '';
    const expectedFolder = roleFolders[p.role];
    if (expectedFolder !== undefined && folder !== expectedFolder) {
      problems.push({
        file: p.file,
        field: 'role',
        id: p.role,
        expected: expectedFolder ? `page under content/pages/${expectedFolder}/` : 'page directly under content/pages/',
      });
    }
  }
  for (const data of src.lifecycle) {
    for (const entry of data.entries) page(data.file, `${entry.id}.guide`, entry.guide);
  }
  for (const d of src.diagnostics) {
    for (const c of d.firstPages) page(d.file, `categories.${c.id}.firstPage`, c.page);
    page(d.file, 'fallback.page', d.fallbackPage);
  }
  const boundaryIds = new Set(src.boundaryIds);
  for (const q of src.quizzes) {
    for (const ref of q.pages) page(q.file, ref.field, ref.page);
    for (const ref of q.boundaries) {
      if (!boundaryIds.has(ref.id)) {
        problems.push({
          file: q.file,
          field: ref.field,
          id: ref.id,
          expected: 'boundary in content/lifecycle/boundaries.json',
        });
      }
    }
    // The quiz must let a reader check every boundary of the lifecycle.
    const offered = new Set(q.boundaries.map((b) => b.id));
    for (const id of src.boundaryIds) {
      if (!offered.has(id))
        problems.push({
          file: q.file,
          field: 'boundaries',
          id,
          expected: 'choice the quiz offers, yet every lifecycle boundary must be one',
        });
    }
  }
  return problems;
}

export function formatReferenceProblems(problems: ReferenceProblem[]): string {
  const lines = problems.map((p) =>
    p.field === 'role'
      ? `  ${p.file}: role "${p.id}" belongs in a ${p.expected}`
      : `  ${p.file}: ${p.field} → "${p.id}" is not a ${p.expected}`,
  );
  return `Broken content references (${problems.length}):\n${lines.join('\n')}`;
}
