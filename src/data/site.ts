/**
 * The one place pages and components get content from. Loads every collection once per build
 * and fails the build on any dangling reference, naming file, field and id.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { findReferenceProblems, formatReferenceProblems, pageRefsOf, quizRefsOf } from '../lib/references';
import { backlinks, buildLinkGraph, findBodyLinkProblems } from '../lib/link-graph';
import { findRuleProblems } from '../lib/rules';
import { rules } from './rules';
import { hasToolOf, messageHomes } from '../lib/messages';

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
}

/** The file line a page body starts on, so body-link errors point at the right line. */
function bodyStartLine(page: Page): number {
  if (!page.filePath || !page.body) return 1;
  const raw = readFileSync(page.filePath, 'utf8');
  const at = raw.indexOf(page.body);
  return at < 0 ? 1 : raw.slice(0, at).split('\n').length;
}

async function load(): Promise<Site> {
  const [pages, stages, boundaries, sections, checklists, worksheets, diagnostics, quizzes, recordForms, messages] = await Promise.all([
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
  const refs = pages.map((p) => pageRefsOf(p.id, fileOf(p), p.data));
  const bodies = pages.map((p) => ({ id: p.id, file: fileOf(p), body: p.body ?? '', bodyStartLine: bodyStartLine(p) }));
  const problems = findReferenceProblems({
    pages: refs,
    lifecycle: [
      { file: 'content/lifecycle/stages.json', entries: stages.map((s) => s.data) },
      { file: 'content/lifecycle/boundaries.json', entries: boundaries.map((b) => b.data) },
    ],
    checklistIds: checklists.map((c) => c.id),
    worksheetIds: worksheets.map((w) => w.id),
    diagnosticIds: diagnostics.map((d) => d.id),
    messageIds: messages.map((m) => m.id),
    diagnostics: diagnostics.map((d) => ({
      file: fileOf(d),
      firstPages: d.data.categories.map((c) => ({ id: c.id, page: c.firstPage })),
      fallbackPage: d.data.fallback.page,
    })),
    boundaryIds: boundaries.map((b) => b.data.id),
    quizzes: quizzes.map((q) => quizRefsOf(fileOf(q), q.data)),
  });
  problems.push(...findBodyLinkProblems(bodies), ...findRuleProblems(bodies, rules.keys()));
  const homes = messageHomes(
    pages.map((p) => ({ id: p.id, role: p.data.role, messages: p.data.messages, hasTool: hasToolOf(p.data) })),
    messages.map((m) => m.id),
  );
  for (const id of homes.homeless) {
    const file = fileOf(messages.find((m) => m.id === id)!);
    problems.push({ file, field: 'id', id, expected: 'message shown in full on any page (list it under `messages` on a page without a tool)' });
  }
  if (problems.length > 0) throw new Error(formatReferenceProblems(problems));

  const pageById = new Map(pages.map((p) => [p.id, p]));
  const graph = buildLinkGraph(bodies.map((b, i) => ({ ...b, refs: refs[i]! })));

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
    messageHomes: homes.homes,
    backlinks: new Map([...backlinks(graph)].map(([id, sources]) => [id, sources.map((s) => pageById.get(s)!)])),
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
