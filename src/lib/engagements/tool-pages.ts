/**
 * The pages that run a tool whose runs the workspace reads, from the pages' own declarations
 * (an asset's checklist, worksheet or diagnostic; a workflow guide's checklist; a tool page's
 * tool), so the workspace links every tool without a second hand-kept list.
 */
import { pageUrl } from '../urls';

interface PageLike {
  id: string;
  data: {
    role: string;
    title: string;
    description: string;
    checklist?: string | undefined;
    worksheet?: string | undefined;
    diagnostic?: string | undefined;
    tool?: string | undefined;
  };
}

/** Site paths of the tool pages (without the engagement). */
export interface ToolPages {
  /** Checklist id → the page that runs it. */
  checklists: Readonly<Record<string, string>>;
  dependencies: string;
  quiz: string;
  record: string;
  diagnostic: string;
}

/** The slot ids the tools store their runs under: each tool's content id. */
export const TOOL_SLOTS = {
  quiz: 'weak-handoff-quiz',
  record: 'handoff-record',
  dependencies: 'client-input-dependency',
  diagnostic: 'workflow-diagnostic',
} as const;

/** The tool pages in the order a reader meets them, and where each tool's runs are opened. */
export function workspaceTools(
  pages: readonly PageLike[],
  ids: { quiz: string; record: string; dependencies: string; diagnostic: string },
): { list: { id: string; title: string; description: string }[]; pages: ToolPages } {
  const d = (p: PageLike) => p.data;
  const runs = pages.filter((p) => Boolean(d(p).checklist || d(p).worksheet || d(p).diagnostic || d(p).tool));
  const checklists: Record<string, string> = {};
  // A checklist run on a template page opens there; one carried by a guide opens on the guide.
  for (const p of [...runs].sort((a, b) => Number(d(b).role === 'asset') - Number(d(a).role === 'asset'))) {
    const id = d(p).checklist;
    if (id && !checklists[id]) checklists[id] = pageUrl(p.id);
  }
  const find = (test: (p: PageLike) => boolean, what: string) => {
    const page = runs.find(test);
    if (!page) throw new Error(`The workspace reads ${what}, and no page runs it`);
    return pageUrl(page.id);
  };
  return {
    list: runs
      .map((p) => ({ id: p.id, title: d(p).title, description: d(p).description }))
      .sort((a, b) => a.title.localeCompare(b.title, 'en')),
    pages: {
      checklists,
      dependencies: find((p) => d(p).worksheet === ids.dependencies, `the worksheet ${ids.dependencies}`),
      quiz: find((p) => d(p).tool === ids.quiz, `the quiz ${ids.quiz}`),
      record: find((p) => d(p).tool === ids.record, `the record ${ids.record}`),
      diagnostic: find((p) => d(p).diagnostic === ids.diagnostic, `the diagnostic ${ids.diagnostic}`),
    },
  };
}
