/**
 * `?private` imports: a private copy of a module and of everything it imports from this project,
 * for code of the pages beside the five tools (the workspace panel, see src/islands/workspace-lib.ts;
 * the shared copy) that loads after hydration. Shared
 * normally, the tools' scoring modules would be split out of the tool islands' first-paint chunks,
 * and the tool pages, which sit at their request and size budgets, would pay for the split.
 */
import type { Plugin } from 'vite';

const query = '?private';

export function privateCopies(): Plugin {
  return {
    name: 'handbook:private-copies',
    enforce: 'pre',
    resolveId: {
      // Relative imports only, filtered on the bundler's side: packages never reach this hook.
      filter: { id: /^\.\.?\// },
      async handler(source, importer, options) {
        if (!importer?.endsWith(query)) return null;
        const resolved = await this.resolve(source, importer.slice(0, -query.length), { ...options, skipSelf: true });
        return resolved && !resolved.external && !resolved.id.includes('node_modules')
          ? { ...resolved, id: `${resolved.id}${query}` }
          : resolved;
      },
    },
  };
}
