/**
 * How the tools' JavaScript is split into files. Left to itself the bundler makes a chunk for every
 * set of islands that shares a module, and a tool page found a dozen of them one after another.
 * Here a tool page loads its island's entry chunk (with the code only that island uses), the
 * renderer, one runtime chunk (Preact and the code two or more islands share at first paint) and,
 * after hydrating, one chunk with the store, the engagement picker and the schemas they validate with.
 */
import type { Rolldown } from 'vite';
import { tools, type ToolDefinition } from '../tools/registry';

type ChunkingContext = Rolldown.ChunkingContext;

/** Search has its own scripts, loaded on demand; none of it goes with the tools. */
const search = /search/;
const toolCode = /node_modules[\\/](preact|zod)[\\/]|src[\\/](islands|lib|schemas|tools|share|print)[\\/]/;

/**
 * The entry modules (islands, the renderer, page scripts) that import `id`, directly or through
 * other static imports. An entry's own code counts as that entry's, even where another entry
 * imports the entry (the guide's late checklist script imports the checklist island).
 */
function entriesReaching(id: string, ctx: ChunkingContext, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(id)) return out;
  seen.add(id);
  const info = ctx.getModuleInfo(id);
  if (!info) return out;
  if (info.isEntry) return out.add(id);
  for (const importer of info.importers) for (const entry of entriesReaching(importer, ctx, seen)) out.add(entry);
  return out;
}

const toolModule = (id: string, ctx: ChunkingContext) =>
  toolCode.test(id) && !search.test(id) && !ctx.getModuleInfo(id)?.isEntry;

/**
 * The entries of the tool pages the request budget holds to five requests: the renderer, the five
 * tools' islands and the guide's late checklist script. Islands of other pages (the workspace,
 * the engagement page, the share view, the print packet) share code with them, but what only they
 * use must not ride in every tool's runtime or store chunk; the bundler splits it for them.
 */
export const coreEntryOf = (list: readonly ToolDefinition[]) =>
  new RegExp(
    [
      String.raw`@astrojs[\\/]preact[\\/]dist[\\/]client`,
      ...list.map((t) => String.raw`src[\\/]tools[\\/]${t.id}[\\/]${t.island}\.tsx`),
      'hydrate-checklists',
    ].join('|'),
  );
const coreEntry = coreEntryOf(tools);
const coreEntriesReaching = (id: string, ctx: ChunkingContext) =>
  [...entriesReaching(id, ctx)].filter((e) => coreEntry.test(e));

/**
 * True when a tool loads `id` one dynamic import after first paint: some module that imports it
 * statically (or itself) is the target of a dynamic import made by first-paint code of a tool.
 * Code two dynamic imports away (the share link's code, loaded on a click in the picker) is not.
 */
function loadedAfterHydration(id: string, ctx: ChunkingContext, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = ctx.getModuleInfo(id);
  if (!info || info.isEntry) return false;
  if ((info.dynamicImporters ?? []).some((d) => coreEntriesReaching(d, ctx).length > 0)) return true;
  return info.importers.some((i) => loadedAfterHydration(i, ctx, seen));
}

/** Code no tool loads at first paint but every tool loads after hydrating: the store, the engagement picker and what only they import. */
function lazy(id: string, ctx: ChunkingContext): string | null {
  return toolModule(id, ctx) && coreEntriesReaching(id, ctx).length === 0 && loadedAfterHydration(id, ctx)
    ? 'store'
    : null;
}

/**
 * First-paint code that two or more tools share, or that the store chunk imports too (else the
 * store chunk would take it and pull the store into first paint). Code of one island alone stays
 * in that island's chunk.
 */
function runtime(id: string, ctx: ChunkingContext): string | null {
  if (!toolModule(id, ctx)) return null;
  const all = [...entriesReaching(id, ctx)];
  if (all.length === 0 || all.some((e) => search.test(e))) return null;
  const core = all.filter((e) => coreEntry.test(e));
  if (core.length === 0) return null;
  const importedLazily = ctx.getModuleInfo(id)!.importers.some((i) => lazy(i, ctx) !== null);
  return core.length >= 2 || importedLazily ? 'tool-runtime' : null;
}

/** For the client build only: the server build has no islands to group. */
export const toolChunks: Rolldown.CodeSplittingGroup[] = [
  { name: runtime, test: toolCode, priority: 2 },
  { name: lazy, test: toolCode, priority: 1 },
];
