/**
 * The import graph of built ES modules, read from their code: what a module imports statically
 * (loaded with it) and what it imports on demand (`import("…")`, loaded later). Paths are site
 * paths (`/_astro/x.js`); only project modules count (specifiers starting with `.` or `/`).
 * The size gate weighs what a page loads at first paint with it, from the files alone, whatever
 * the build believed (the build itself takes the graph from its bundle: src/build/client-graph.ts).
 */
import { modulesToPreload } from '../../src/lib/module-preload';

/** `spec` resolved against the site path of the module that names it. */
const resolveFrom = (from: string, spec: string) => new URL(spec, new URL(from, 'https://site.invalid')).pathname;

const project = (spec: string) => spec.startsWith('.') || spec.startsWith('/');

/** What the module at `url` imports statically (`import … from`, `import "…"`, `export … from`), as site paths. */
export function staticImports(code: string, url: string): string[] {
  const specs = [...code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w*${}\s,]*?from\s*)?["']([^"']+)["']/g)];
  return specs
    .map((m) => m[1]!)
    .filter(project)
    .map((spec) => resolveFrom(url, spec));
}

/** What the module at `url` loads on demand (`import("./x.js")`), as site paths. */
export function dynamicImports(code: string, url: string): string[] {
  const specs = [...code.matchAll(/(?:^|[^\w$.])import\(\s*[`"']([^`"']+)[`"']\s*\)/g)];
  return specs
    .map((m) => m[1]!)
    .filter(project)
    .map((spec) => resolveFrom(url, spec));
}

/**
 * The entry modules plus everything they import statically, entries first: what loads with them.
 * `read` gives a module's code by site path; a module it gives `undefined` for is left out.
 */
export function staticModuleGraph(entries: readonly string[], read: (url: string) => string | undefined): string[] {
  // The same walk the pages' preloads take, over imports read from the code rather than from the bundle.
  return modulesToPreload(entries, (url) => {
    const code = read(url);
    return code === undefined ? undefined : staticImports(code, url);
  });
}
