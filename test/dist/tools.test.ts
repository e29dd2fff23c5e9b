/** The tool pages over the real build: each runs its island, within the tool budgets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgets, measurePage, staticModuleGraph } from '../gates/budgets';
import { distDir, readHtml } from '../support/dist';

/** The brief's ceiling for one island's JavaScript at first paint, Preact included. */
// 14 KB since the islands carry the save-status line, the print stamp and the record's named-person
// and completion-event checks; the storage code itself still loads only after hydration.
const islandJsBudget = 14 * 1024;

/** Page and island; every island loads the store (and the zod schemas it validates with) only after hydrating. */
const toolPages = [
  ['tools/weak-handoff-quiz/index.html', 'QuizIsland', true],
  ['tools/handoff-record/index.html', 'HandoffRecordIsland', true],
  ['templates/workflow-diagnostic-checklist/index.html', 'TriageIsland', true],
  ['templates/client-onboarding-checklist/index.html', 'ChecklistIsland', true],
  ['templates/client-input-dependency-worksheet/index.html', 'WorksheetIsland', true],
  ['workflows/client-onboarding-workflow/index.html', 'ChecklistIsland', true],
  ['share/client-onboarding/index.html', 'ShareView', true],
] as const;

/** The island's component and renderer modules with everything they import statically, gzipped. */
function islandJs(file: string): { bytes: number; files: string[] } {
  const island = readHtml(file).querySelector('astro-island')!;
  const entries = ['component-url', 'renderer-url'].map((a) => island.getAttribute(a)!);
  const files = staticModuleGraph(entries, (path) => readFileSync(join(distDir, path), 'utf8'));
  const bytes = files.reduce((n, p) => n + gzipSync(readFileSync(join(distDir, p)), { level: 9 }).length, 0);
  return { bytes, files };
}

describe.each(toolPages)('%s', (file, component, lazyStorage) => {
  it(`hydrates ${component} and stays within the tool page budget`, () => {
    const island = readHtml(file).querySelector('astro-island');
    expect(island?.getAttribute('component-url')).toContain(component);
    const weight = measurePage(distDir, file);
    expect(weight.kind).toBe('tool');
    expect(weight.total).toBeLessThanOrEqual(budgets.tool.total);
  });

  it('keeps the island’s JavaScript, Preact included, within 14 KB gzip', () => {
    const { bytes, files } = islandJs(file);
    console.log(`${component}: ${(bytes / 1024).toFixed(1)} KB gzip in ${files.length} files`);
    if (lazyStorage) expect(files.filter((f) => /\/(store|stored|schemas|zod|mini)[.-]/.test(f))).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(islandJsBudget);
  });
});

describe('the store chunk every tool loads after hydrating', () => {
  it('is one file, named store, and its size is known', () => {
    const { files: first } = islandJs('tools/weak-handoff-quiz/index.html');
    const lazy = first.flatMap((f) => [...readFileSync(join(distDir, f), 'utf8').matchAll(/import\([`"']\.\/(store\.[\w-]+\.js)[`"']\)/g)].map((m) => `/_astro/${m[1]}`));
    expect(lazy).toHaveLength(1);
    const files = staticModuleGraph(lazy, (path) => readFileSync(join(distDir, path), 'utf8'));
    const bytes = files.reduce((n, p) => n + gzipSync(readFileSync(join(distDir, p)), { level: 9 }).length, 0);
    console.log(`store chunk: ${(bytes / 1024).toFixed(1)} KB gzip in ${files.length} files (zod/mini schemas, the store and every kind)`);
    expect(bytes).toBeLessThanOrEqual(16 * 1024);
  });
});
