/**
 * Builds the islands' JSX with the bundler's own transform (Oxc, native and parallel) instead of
 * Babel. @astrojs/preact always hands its Vite preset a Babel configuration, and the preset then
 * runs every .tsx module through Babel, one at a time on the main thread, for a result the
 * bundler produces itself: the same `jsx()` calls from `preact/jsx-runtime` (the built chunks are
 * byte for byte the same). On 1,000 pages the Babel pass cost about 2% of the build's processor time.
 *
 * Build only: `astro dev` keeps the preset as it is (its Babel pass also names hooks for the
 * Preact devtools). Fails the build when the preset's JSX plugin is gone or no longer transforms,
 * so a change upstream cannot leave the JSX untransformed or this integration silently idle.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin, ResolvedConfig } from 'vite';

/** The plugin of @preact/preset-vite that runs Babel over JSX. */
export const presetJsxPlugin = 'vite:preact-jsx';

/** The bundler's JSX settings: the automatic runtime from Preact, as the preset's Babel pass uses. */
export const bundlerJsx = { runtime: 'automatic', importSource: 'preact' } as const;

/** The preset plugins whose transform this integration took out (one per build). */
const taken = new WeakSet<Plugin>();

/** Takes the Babel transform out of the preset's JSX plugin; throws when there is none to take. */
export function withoutBabelJsx(plugins: readonly Plugin[]): void {
  const jsx = plugins.find((p) => p.name === presetJsxPlugin);
  if (!jsx)
    throw new Error(
      `[handbook:native-jsx] the Vite plugin "${presetJsxPlugin}" is gone: check @astrojs/preact and remove or update this integration`,
    );
  // Vite resolves the config once per environment, all with the same plugin object: the first takes it out.
  if (jsx.transform === undefined && taken.has(jsx)) return;
  if (!jsx.transform)
    throw new Error(
      `[handbook:native-jsx] "${presetJsxPlugin}" no longer transforms: check @astrojs/preact and remove or update this integration`,
    );
  delete jsx.transform;
  taken.add(jsx);
}

export default function nativeJsxIntegration(): AstroIntegration {
  return {
    name: 'handbook:native-jsx',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            oxc: { jsx: bundlerJsx },
            plugins: [
              {
                name: 'handbook:native-jsx',
                configResolved: (config: ResolvedConfig) => withoutBabelJsx(config.plugins),
              },
            ],
          },
        });
      },
    },
  };
}
