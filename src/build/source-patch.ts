/**
 * A build patch: one exact string replaced in one module of a dependency, by a named Vite plugin
 * (handbook.ts adds one for each patch in patches.ts). A patch that no longer finds its string
 * (the dependency changed) fails the build with its name and the file, and so does a patch whose
 * module the build never loaded: neither can stop working unnoticed.
 */
import { escapeRegExp } from '../lib/regexp';

export interface SourcePatch {
  /** The plugin's name, shown in build errors. */
  name: string;
  /** The end of the module's path, e.g. `@astrojs/preact/dist/client.js`. */
  module: string;
  /** The exact text to replace; it must occur exactly once. */
  find: string;
  replace: string;
}

/** `code` with the patch applied; throws when the text to replace is not there exactly once. */
export function applyPatch(patch: SourcePatch, code: string): string {
  const at = code.indexOf(patch.find);
  const found = at < 0 ? 0 : code.indexOf(patch.find, at + 1) < 0 ? 1 : 2;
  if (found !== 1) {
    throw new Error(
      `[${patch.name}] ${patch.module} ${found === 0 ? 'no longer contains' : 'contains more than once'} ${JSON.stringify(patch.find)}. ` +
        'The dependency changed: check whether the patch is still needed and update or remove it.',
    );
  }
  return code.slice(0, at) + patch.replace + code.slice(at + patch.find.length);
}

/**
 * The ids of the patched module, with or without a query. Given to the bundler as the hook's
 * filter, so only this module crosses into JavaScript: a transform hook without one is called
 * with the source of every module in the build.
 */
export const targetFilter = (patch: SourcePatch) =>
  new RegExp(`[\\\\/]${patch.module.split('/').map(escapeRegExp).join('[\\\\/]')}(\\?.*)?$`);

/** The Vite plugin that applies the patch, and a check that it was applied at least once. */
export function patchPlugin(patch: SourcePatch) {
  let applied = 0;
  return {
    plugin: {
      name: patch.name,
      enforce: 'pre' as const,
      transform: {
        filter: { id: targetFilter(patch) },
        handler(code: string) {
          const patched = applyPatch(patch, code);
          applied++;
          return { code: patched, map: null };
        },
      },
    },
    assertApplied(): void {
      if (applied === 0) {
        throw new Error(
          `[${patch.name}] the build never loaded ${patch.module}, so the patch did nothing. Check whether it is still needed.`,
        );
      }
    },
  };
}
