/** The stylesheet gate: stylelint passes on the site's styles and turns red on a block left open. */
import { fileURLToPath } from 'node:url';
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lint = (files: string) => stylelint.lint({ files, cwd: root, configBasedir: root });

describe('stylelint', () => {
  it('passes on every stylesheet and every <style> block of the site', async () => {
    const result = await lint('src/**/*.{css,astro}');
    const problems = result.results.flatMap((r) => r.warnings.map((w) => `${r.source}:${w.line} ${w.text}`));
    expect(problems).toEqual([]);
    expect(result.results.length).toBeGreaterThan(3);
  });

  it.each(['unclosed-block.css', 'unclosed-block.astro'])('turns red on %s', async (fixture) => {
    const result = await lint(`test/gates/fixtures/${fixture}`);
    expect(result.errored).toBe(true);
    expect(result.results[0]!.warnings.map((w) => w.text).join('\n')).toMatch(/Unclosed block/);
  });
});
