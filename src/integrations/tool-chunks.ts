/**
 * How the tools' JavaScript is split into files. Left to itself the bundler makes a chunk for every
 * set of islands that shares a module, and a tool page found a dozen of them one after another.
 * Here a tool page loads its island's entry chunk (with the code only that island uses), the
 * renderer, one runtime chunk (Preact and the code two or more islands share at first paint) and,
 * after hydrating, one chunk with the store, the engagement picker and the schemas they validate with.
 */
import type { Rolldown } from 'vite';

type ChunkingContext = Rolldown.ChunkingContext;

/** Search has its own scripts, loaded on demand; none of it goes with the tools. */
const search = /search/;
const toolCode = /node_modules[\\/](preact|zod)[\\/]|src[\\/](islands|lib|schemas)[\\/]/;

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

const toolModule = (id: string, ctx: ChunkingContext) => toolCode.test(id) && !search.test(id) && !ctx.getModuleInfo(id)?.isEntry;

/** Code no page loads at first paint: the store, the engagement picker and what only they import. */
function lazy(id: string, ctx: ChunkingContext): string | null {
  return toolModule(id, ctx) && entriesReaching(id, ctx).size === 0 ? 'store' : null;
}

/**
 * First-paint code that two or more entries share, or that the lazy code imports too (else the
 * store chunk would take it and pull the store into first paint). Code of one island alone stays
 * in that island's chunk.
 */
function runtime(id: string, ctx: ChunkingContext): string | null {
  if (!toolModule(id, ctx)) return null;
  const entries = [...entriesReaching(id, ctx)];
  if (entries.length === 0 || entries.some((e) => search.test(e))) return null;
  const importedLazily = ctx.getModuleInfo(id)!.importers.some((i) => toolModule(i, ctx) && entriesReaching(i, ctx).size === 0);
  return entries.length >= 2 || importedLazily ? 'tool-runtime' : null;
}

/** For the client build only: the server build has no islands to group. */
export const toolChunks: Rolldown.CodeSplittingGroup[] = [
  { name: runtime, test: toolCode, priority: 2 },
  { name: lazy, test: toolCode, priority: 1 },
];
