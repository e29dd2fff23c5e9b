/**
 * A rendered page as it ships: a module preload for each script its eager islands need
 * (module-preload.ts) and its content security policy cut to its own hashes (page-policy.ts).
 * The build applies it to every page while rendering, before the page is written
 * (src/build/finished-pages.ts), so no step reads and rewrites the pages afterwards.
 */
import { eagerIslandModules, modulesToPreload, withModulePreloads } from './module-preload';
import { prunePolicy } from './page-policy';

export interface FinishedPage {
  html: string;
  /** How many module preloads the page got. */
  preloads: number;
  /** Whether the page carries a content security policy `<meta>` (every page should). */
  policy: boolean;
}

/**
 * Finishes one page. `importsOf` gives what a built script imports statically, by its URL, or
 * `undefined` when no such script was built; an eager island whose own script was not built fails
 * here, naming it.
 */
export function finishPage(html: string, importsOf: (url: string) => readonly string[] | undefined): FinishedPage {
  const islands = eagerIslandModules(html);
  const missing = islands.filter((url) => importsOf(url) === undefined);
  if (missing.length > 0) throw new Error(`the page hydrates ${missing.join(', ')}, but no such file was built`);
  const preloads = modulesToPreload(islands, importsOf);
  return {
    html: prunePolicy(withModulePreloads(html, preloads)),
    preloads: preloads.length,
    policy: html.includes('<meta http-equiv="content-security-policy"'),
  };
}
