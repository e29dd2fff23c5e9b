/**
 * The stylesheet gate turns red on a block left open. That the site's own styles pass is
 * `npm run lint:css`, the step before the unit tests in `npm test`, so it is not linted twice.
 */
import { fileURLToPath } from 'node:url';
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';
import { timeouts } from '../support/timeouts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lint = (files: string) => stylelint.lint({ files, cwd: root, configBasedir: root });

// Stylelint loads its plugins and the Astro syntax on the first call, which takes seconds on a busy machine.
describe('stylelint', { timeout: timeouts.process }, () => {
  it.each(['unclosed-block.css', 'unclosed-block.astro'])('turns red on %s', async (fixture) => {
    const result = await lint(`test/gates/fixtures/${fixture}`);
    expect(result.errored).toBe(true);
    expect(result.results[0]!.warnings.map((w) => w.text).join('\n')).toMatch(/Unclosed block/);
  });
});
