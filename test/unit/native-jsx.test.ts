/**
 * The native JSX integration: it takes the Babel pass out of the Preact preset's JSX plugin, and
 * fails the build when that plugin is gone or no longer transforms.
 */
import { describe, expect, it } from 'vitest';
import { preact } from '@preact/preset-vite';
import type { Plugin } from 'vite';
import nativeJsxIntegration, { presetJsxPlugin, withoutBabelJsx } from '../../src/integrations/native-jsx';

/** The preset's plugins as @astrojs/preact creates them (it always passes a Babel configuration). */
const presetPlugins = () => (preact({ include: [/\.tsx$/], babel: {} }) as Plugin[]).flat();

describe('the native JSX integration', () => {
  it('finds the Babel transform in the installed preset and takes it out, once for every environment', () => {
    const plugins = presetPlugins();
    const jsx = plugins.find((p) => p.name === presetJsxPlugin)!;
    expect(typeof jsx.transform).toBe('function');
    withoutBabelJsx(plugins);
    expect(jsx.transform).toBeUndefined();
    expect(() => withoutBabelJsx(plugins)).not.toThrow();
  });

  it('fails the build when the plugin is gone, or is there without a transform', () => {
    expect(() => withoutBabelJsx([])).toThrow(`the Vite plugin "${presetJsxPlugin}" is gone`);
    expect(() => withoutBabelJsx([{ name: presetJsxPlugin }])).toThrow('no longer transforms');
  });

  it('changes the build only, not the dev server', () => {
    const updates: unknown[] = [];
    const setup = nativeJsxIntegration().hooks['astro:config:setup']!;
    for (const command of ['dev', 'build'] as const)
      void setup({ command, updateConfig: (c: unknown) => updates.push(c) } as never);
    expect(updates).toEqual([
      {
        vite: {
          oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
          plugins: [expect.objectContaining({ name: 'handbook:native-jsx' })],
        },
      },
    ]);
  });
});
