/**
 * The build patches: each applies to the dependency's real module, and fails loudly when its
 * text is gone, doubled, or its module never loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/content-files';
import { applyPatch, patchPlugin, type SourcePatch } from '../../src/build/source-patch';
import { islandStylesPatch, preactSignalsPatch, sourcePatches } from '../../src/build/patches';

const cases: [SourcePatch, string][] = [
  [preactSignalsPatch, '@preact/signals'],
  [islandStylesPatch, '<style>'],
];

it('every patch the build applies is tested here', () => {
  expect([...sourcePatches].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
    cases.map(([patch]) => patch).sort((a, b) => a.name.localeCompare(b.name)),
  );
});

describe.each(cases)('the build patch $name', (patch, gone) => {
  const real = readFileSync(join(root, 'node_modules', patch.module), 'utf8');
  const id = join(root, 'node_modules', patch.module);

  it('is a named plugin', () => {
    expect(patchPlugin(patch).plugin.name).toBe(patch.name);
  });

  it('applies once to the installed module and takes out what it is for', () => {
    const patched = applyPatch(patch, real);
    expect(patched).not.toBe(real);
    expect(patched.length).toBe(real.length - patch.find.length + patch.replace.length);
    expect(patched.split(gone).length).toBeLessThan(real.split(gone).length);
  });

  it('throws a build error naming itself and the module when its text is gone', () => {
    const changed = real.replace(patch.find, patch.find.replace(/.$/, ' '));
    expect(() => applyPatch(patch, changed)).toThrow(`[${patch.name}] ${patch.module} no longer contains`);
  });

  it('throws when its text occurs twice, where replacing one would be a guess', () => {
    expect(() => applyPatch(patch, `${real}\n${patch.find}`)).toThrow('contains more than once');
  });

  it('is called for its module only (with or without a query, on any platform), and the finished build fails if the module never loaded', () => {
    const { plugin, assertApplied } = patchPlugin(patch);
    const filter = plugin.transform.filter.id;
    for (const other of ['/src/other.js', `${id}.map`, id.replace('/dist/', '/dist/x/'), `/x${patch.module.slice(1)}`])
      expect(filter.test(other), other).toBe(false);
    for (const same of [id, `${id}?v=1`, id.replaceAll('/', '\\')]) expect(filter.test(same), same).toBe(true);
    expect(() => assertApplied()).toThrow(`[${patch.name}] the build never loaded ${patch.module}`);
    expect(plugin.transform.handler(real).code).toBe(applyPatch(patch, real));
    expect(() => assertApplied()).not.toThrow();
  });
});
