import { pageUrl } from './urls';

export interface Crumb {
  label: string;
  href: string;
}

export interface NamedSection {
  id: string;
  label: string;
}

/**
 * Breadcrumbs from the home page through the page's section hub to the page itself.
 * Pages outside a section (home, the problem-to-page guide) get only Home.
 */
export function breadcrumbs(pageId: string, title: string, sections: NamedSection[]): Crumb[] {
  const crumbs: Crumb[] = [{ label: 'Home', href: pageUrl('index') }];
  if (pageId === 'index') return [];
  const sectionId = pageId.includes('/') ? pageId.slice(0, pageId.indexOf('/')) : undefined;
  const section = sections.find((s) => s.id === sectionId);
  if (section) crumbs.push({ label: section.label, href: pageUrl(section.id) });
  crumbs.push({ label: title, href: pageUrl(pageId) });
  return crumbs;
}

export interface OrderedStage {
  id: string;
  number: number;
  name: string;
  guide: string;
}

/** Previous and next stage for a stage guide; `undefined` when the page guides no stage. */
export function stageNeighbours<S extends OrderedStage>(
  pageId: string,
  stages: S[],
): { stage: S; previous: S | undefined; next: S | undefined } | undefined {
  const ordered = [...stages].sort((a, b) => a.number - b.number);
  const index = ordered.findIndex((s) => s.guide === pageId);
  if (index === -1) return undefined;
  return { stage: ordered[index]!, previous: ordered[index - 1], next: ordered[index + 1] };
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The headings worth an on-page table of contents: h2 and h3, once a page has enough h2s. */
export function tableOfContents(headings: Heading[], minimumSections = 4): Heading[] {
  const sections = headings.filter((h) => h.depth === 2);
  if (sections.length < minimumSections) return [];
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}

/** Roles in ladder order: the order readers should climb down, used wherever pages are listed. */
export const ladder = ['anchor', 'workflow', 'asset', 'tool', 'reference', 'faq', 'routing'] as const;

export const roleLabels: Record<(typeof ladder)[number], { one: string; many: string }> = {
  anchor: { one: 'Lifecycle anchor', many: 'Lifecycle anchor' },
  workflow: { one: 'Workflow guide', many: 'Workflow guides' },
  asset: { one: 'Template', many: 'Templates' },
  tool: { one: 'Tool', many: 'Tools' },
  reference: { one: 'Glossary term', many: 'Glossary terms' },
  faq: { one: 'FAQ answer', many: 'FAQ answers' },
  routing: { one: 'Triage guide', many: 'Triage guides' },
};

const rung = new Map<string, number>(ladder.map((role, i) => [role, i]));
// One collator for every comparison: `localeCompare` with a locale builds one per call, and the
// build sorts lists of pages on every page it renders.
const titles = new Intl.Collator('en');

/**
 * Where a page sits in the lifecycle: twice the index of the earliest stage it covers, plus one
 * when that is a boundary leaving the stage (`onboarding-to-delivery` comes after onboarding and
 * before delivery). A page with no stage comes last.
 */
export function lifecycleRank(stages: readonly string[], stageOrder: readonly string[]): number {
  const ranks = stages.map((id) => {
    const at = stageOrder.indexOf(id);
    if (at >= 0) return at * 2;
    const from = stageOrder.indexOf(id.split('-to-')[0]!);
    return from >= 0 && id.includes('-to-') ? from * 2 + 1 : Number.POSITIVE_INFINITY;
  });
  return Math.min(Number.POSITIVE_INFINITY, ...ranks);
}

/**
 * Sorts a section's pages for its index: by ladder rung (the anchor first), then in lifecycle
 * order (a reader looks for the stage they are in), then by title.
 */
export function byLifecycle<P extends { role: string; title: string; stages: readonly string[] }>(
  stageOrder: readonly string[],
): (a: P, b: P) => number {
  const rank = (p: P) => lifecycleRank(p.stages, stageOrder);
  return (a, b) =>
    (rung.get(a.role) ?? -1) - (rung.get(b.role) ?? -1) ||
    (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1) ||
    titles.compare(a.title, b.title);
}

/** Sorts pages by ladder rung, then title, so lists read from the widest page to the narrowest. */
export function byLadder<P extends { role: string; title: string }>(a: P, b: P): number {
  return (rung.get(a.role) ?? -1) - (rung.get(b.role) ?? -1) || titles.compare(a.title, b.title);
}
