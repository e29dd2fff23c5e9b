/**
 * The one place pages and components get content from. Loads every collection once per build
 * and fails the build on any dangling reference, naming file, field and id.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { root } from 'astro:config/server';
import { formatReferenceProblems } from '../lib/references';
import { backlinks, buildLinkGraph, type LadderPage } from '../lib/link-graph';
import { byLadder } from '../lib/navigation';
import { checkSite } from './site-check';
import { rules } from './rules';

export type Page = CollectionEntry<'pages'>;
export type Stage = CollectionEntry<'stages'>['data'];
export type Boundary = CollectionEntry<'boundaries'>['data'];
export type Section = CollectionEntry<'sections'>['data'];

export interface Site {
  pages: Page[];
  pageById: Map<string, Page>;
  stages: Stage[];
  boundaries: Boundary[];
  sections: Section[];
  checklists: Map<string, CollectionEntry<'checklists'>['data']>;
  worksheets: Map<string, CollectionEntry<'worksheets'>['data']>;
  diagnostics: Map<string, CollectionEntry<'diagnostics'>['data']>;
  quizzes: Map<string, CollectionEntry<'quizzes'>['data']>;
  recordForms: Map<string, CollectionEntry<'recordForms'>['data']>;
  /** The message library, by id. */
  messages: Map<string, CollectionEntry<'messages'>['data']>;
  /** For each message, the page that shows it in full (where links to it point). */
  messageHomes: Map<string, string>;
  /** The pages that link to each page, from frontmatter references and body links. */
  backlinks: Map<string, Page[]>;
  /** Every page but the home page as related reading lists it, down the ladder: sorted once per build, not per page. */
  readingList: LadderPage[];
}

/** A page as related reading lists it. */
export const ladderPage = (p: Page): LadderPage => ({
  id: p.id,
  role: p.data.role,
  title: p.data.title,
  stages: p.data.stages,
  related: p.data.related,
});

/** The file line a page body starts on, so body-link errors point at the right line. */
function bodyStartLine(page: Page): number {
  if (!page.filePath || !page.body) return 1;
  // filePath is relative to the project root, which need not be the working folder.
  const raw = readFileSync(new URL(page.filePath, root), 'utf8');
  const at = raw.indexOf(page.body);
  return at < 0 ? 1 : raw.slice(0, at).split('\n').length;
}

async function load(): Promise<Site> {
  const [pages, stages, boundaries, sections, checklists, worksheets, diagnostics, quizzes, recordForms, messages] =
    await Promise.all([
      getCollection('pages'),
      getCollection('stages'),
      getCollection('boundaries'),
      getCollection('sections'),
      getCollection('checklists'),
      getCollection('worksheets'),
      getCollection('diagnostics'),
      getCollection('quizzes'),
      getCollection('recordForms'),
      getCollection('messages'),
    ]);
  const fileOf = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;
  const entry = <T>(e: { id: string; filePath?: string | undefined; data: T }) => ({
    id: e.id,
    file: fileOf(e),
    data: e.data,
  });
  const { problems, refs, bodies, messageHomes } = checkSite({
    pages: pages.map((p) => ({
      ...entry(p),
      body: p.body ?? '',
      // Read from the file only when a problem in this body is reported, not for every page on every build.
      get bodyStartLine() {
        return bodyStartLine(p);
      },
    })),
    stages: stages.map((s) => s.data),
    boundaries: boundaries.map((b) => b.data),
    checklistIds: checklists.map((c) => c.id),
    worksheetIds: worksheets.map((w) => w.id),
    diagnostics: diagnostics.map(entry),
    quizzes: quizzes.map(entry),
    messages: messages.map((m) => ({ id: m.id, file: fileOf(m) })),
    ruleIds: rules.keys(),
  });
  if (problems.length > 0) throw new Error(formatReferenceProblems(problems));

  const pageById = new Map(pages.map((p) => [p.id, p]));
  const graph = buildLinkGraph(bodies.map((b, i) => ({ id: b.id, file: b.file, body: b.body, refs: refs[i]! })));

  return {
    pages,
    pageById,
    stages: stages.map((s) => s.data).sort((a, b) => a.number - b.number),
    boundaries: boundaries.map((b) => b.data),
    sections: sections.map((s) => s.data).sort((a, b) => a.order - b.order),
    checklists: new Map(checklists.map((c) => [c.id, c.data])),
    worksheets: new Map(worksheets.map((w) => [w.id, w.data])),
    diagnostics: new Map(diagnostics.map((d) => [d.id, d.data])),
    quizzes: new Map(quizzes.map((q) => [q.id, q.data])),
    recordForms: new Map(recordForms.map((r) => [r.id, r.data])),
    messages: new Map(messages.map((m) => [m.id, m.data])),
    messageHomes,
    backlinks: new Map([...backlinks(graph)].map(([id, sources]) => [id, sources.map((s) => pageById.get(s)!)])),
    readingList: pages
      .filter((p) => p.id !== 'index')
      .map(ladderPage)
      .sort(byLadder),
  };
}

let cached: Promise<Site> | undefined;

/** The validated site, loaded once and shared by every route of the build (fresh per request in dev, so edits show). */
export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** A page that a validated reference names; the reference check guarantees it exists. */
export function pageAt(site: Site, id: string): Page {
  const page = site.pageById.get(id);
  if (!page) throw new Error(`No page with id "${id}"`);
  return page;
}
