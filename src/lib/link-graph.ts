/**
 * The link graph: every page's outgoing links, from its frontmatter references and from the
 * links in its Markdown body. Backlinks, related reading and the orphan check derive from it.
 */
import GithubSlugger from 'github-slugger';
import type { PageRefs, ReferenceProblem } from './references';
import { pageIdFromPath } from './urls';

export interface BodyLink {
  href: string;
  /** 1-based line in the body, for error messages. */
  line: number;
}

/** Markdown links `[text](href "title")` and HTML/JSX `href="…"` attributes in a body. */
export function extractBodyLinks(body: string): BodyLink[] {
  const links: BodyLink[] = [];
  body.split('\n').forEach((text, index) => {
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)|\bhref=["']([^"']+)["']/g)) {
      links.push({ href: (m[1] ?? m[2])!, line: index + 1 });
    }
  });
  return links;
}

/** The ids Markdown gives a body's headings, in the same way the renderer does. */
export function headingSlugs(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const slugs = new Set<string>();
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) slugs.add(slugger.slug(m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '')));
  }
  return slugs;
}

const unsafeScheme = /^\s*(javascript|data|vbscript):/i;

export interface BodyPage {
  id: string;
  file: string;
  body: string;
  /** The file line the body starts on (after the frontmatter), so errors name file lines; read only to report a problem. */
  bodyStartLine?: number;
}

/** Where a body link points inside the site, or `undefined` for another origin or scheme. */
export function internalTarget(href: string): { id: string; fragment: string } | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return undefined;
  const url = new URL(href, 'http://site/');
  return { id: pageIdFromPath(decodeURIComponent(url.pathname)), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** Body links to missing pages or headings, and links with a script-capable scheme. */
export function findBodyLinkProblems(pages: BodyPage[]): ReferenceProblem[] {
  const slugs = new Map(pages.map((p) => [p.id, headingSlugs(p.body)]));
  const problems: ReferenceProblem[] = [];
  for (const page of pages) {
    for (const link of extractBodyLinks(page.body)) {
      // The line is worked out only for a problem: bodyStartLine may read the page's file.
      const problem = (expected: string) =>
        problems.push({
          file: page.file,
          field: `line ${(page.bodyStartLine ?? 1) + link.line - 1}`,
          id: link.href,
          expected,
        });
      if (unsafeScheme.test(link.href)) {
        problem('safe link (javascript:, data: and vbscript: are refused)');
        continue;
      }
      if (!link.href.startsWith('/') && !link.href.startsWith('#')) continue;
      const target = internalTarget(link.href.startsWith('#') ? `/${page.id}/${link.href}` : link.href)!;
      const targetSlugs = slugs.get(target.id);
      if (!targetSlugs) problem('page');
      else if (target.fragment && !targetSlugs.has(target.fragment)) problem(`heading on ${target.id}`);
    }
  }
  return problems;
}

export type LinkGraph = Map<string, Set<string>>;

/** Outgoing links per page: frontmatter references plus body links to other pages. */
export function buildLinkGraph(pages: (BodyPage & { refs: PageRefs })[]): LinkGraph {
  const ids = new Set(pages.map((p) => p.id));
  const graph: LinkGraph = new Map();
  for (const p of pages) {
    const out = new Set<string>([
      ...p.refs.startUpstreamIf.map((r) => r.page),
      ...p.refs.nextSteps.map((r) => r.page),
      ...p.refs.related,
      ...(p.refs.problemGroups ?? []).flatMap((g) => g.rows.flatMap((r) => [r.first, r.next])),
    ]);
    for (const link of extractBodyLinks(p.body)) {
      const target = link.href.startsWith('/') ? internalTarget(link.href) : undefined;
      if (target) out.add(target.id);
    }
    out.delete(p.id);
    graph.set(p.id, new Set([...out].filter((id) => ids.has(id))));
  }
  return graph;
}

/** Incoming links per page, each list sorted by id for stable output. */
export function backlinks(graph: LinkGraph): Map<string, string[]> {
  const incoming = new Map<string, string[]>([...graph.keys()].map((id) => [id, []]));
  for (const [source, targets] of graph) for (const t of targets) incoming.get(t)?.push(source);
  for (const list of incoming.values()) list.sort();
  return incoming;
}

/** Pages nothing links to, other than the entry pages readers reach from outside. */
export function orphans(graph: LinkGraph, entryIds: Iterable<string>): string[] {
  const entries = new Set(entryIds);
  const linked = new Set([...graph.values()].flatMap((t) => [...t]));
  return [...graph.keys()].filter((id) => !linked.has(id) && !entries.has(id)).sort();
}

export interface LadderPage {
  id: string;
  role: string;
  title: string;
  stages: string[];
  related: string[];
}

/** Each reading list's pages by id, built once per list: the build asks for every page's reading. */
const idIndexes = new WeakMap<readonly LadderPage[], Map<string, LadderPage>>();
function idIndex<P extends LadderPage>(list: readonly P[]): Map<string, P> {
  let index = idIndexes.get(list);
  if (!index) idIndexes.set(list, (index = new Map(list.map((p) => [p.id, p]))));
  return index as Map<string, P>;
}

/**
 * "Continue the system": the page's own related pages, then pages serving the same stage or
 * boundary up to `limit`, ordered down the ladder (anchor → workflow → asset → reference), without the page
 * itself or the pages it already routes to. `ordered` is the reading list already sorted by
 * `order` (the site sorts it once per build), so the same-stage pages are the first that match
 * and the scan stops as soon as it has enough.
 */
export function relatedReading<P extends LadderPage>(
  page: P,
  ordered: readonly P[],
  order: (a: P, b: P) => number,
  exclude: Iterable<string> = [],
  limit = 6,
): P[] {
  const skip = new Set([page.id, ...exclude]);
  const byId = idIndex(ordered);
  // Authored related pages always show, so every frontmatter link is a real link on the page.
  const chosen = page.related.map((id) => byId.get(id)).filter((p): p is P => !!p && !skip.has(p.id));
  const room = limit - chosen.length;
  const taken = new Set(chosen);
  const shared = new Set(page.stages);
  const sameStage: P[] = [];
  for (const p of ordered) {
    if (sameStage.length >= room) break;
    if (!skip.has(p.id) && p.role !== 'routing' && !taken.has(p) && p.stages.some((s) => shared.has(s)))
      sameStage.push(p);
  }
  return [...chosen, ...sameStage].sort(order);
}
