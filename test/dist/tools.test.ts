/** The tool pages over the real build: each runs its island, within the tool budgets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgets, measurePage, whereCodeLoads } from '../gates/budgets';
import { distDir, readHtml } from '../support/dist';

/**
 * The ceiling for one island's JavaScript at first paint, Preact included: the save-status line
 * (with the reason a write failed), the print stamp and the record's checks ride with every island;
 * the storage code itself loads only after hydration. Its history is in git.
 */
const islandJsBudget = 14.25 * 1024;

/** Page and island; every island loads the store (and the zod schemas it validates with) only after hydrating. */
const toolPages = [
  ['tools/weak-handoff-quiz/index.html', 'QuizIsland', true],
  ['tools/handoff-record/index.html', 'HandoffRecordIsland', true],
  ['templates/workflow-diagnostic-checklist/index.html', 'DiagnosticIsland', true],
  ['templates/client-onboarding-checklist/index.html', 'ChecklistIsland', true],
  ['templates/client-input-dependency-worksheet/index.html', 'WorksheetIsland', true],
  // The share view is not one of the five tools grouped into a store chunk: its storage code may come in several files.
  ['share/client-onboarding/index.html', 'ShareView', 'several'],
] as const;

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const gzipped = (files: string[]) => files.reduce((n, p) => n + gzipSync(readFileSync(join(distDir, p)), { level: 9 }).length, 0);
/** The storage code: the one module that opens the browser's storage (src/tools/site-store.ts). */
const opensStorage = (source: string) => source.includes('localStorage');

/**
 * The island's component and renderer modules with everything they import statically, gzipped,
 * and where the storage code loads from them.
 */
function islandJs(file: string) {
  const island = readHtml(file).querySelector('astro-island')!;
  const entries = ['component-url', 'renderer-url'].map((a) => island.getAttribute(a)!);
  const { first, atFirstPaint, onDemand } = whereCodeLoads(entries, read, opensStorage);
  return { bytes: gzipped(first), files: first, storage: { atFirstPaint, onDemand } };
}

describe.each(toolPages)('%s', (file, component, lazyStorage) => {
  it(`hydrates ${component} and stays within the tool page budget`, () => {
    const island = readHtml(file).querySelector('astro-island');
    expect(island?.getAttribute('component-url')).toContain(component);
    const weight = measurePage(distDir, file);
    expect(weight.kind).toBe('tool');
    expect(weight.total).toBeLessThanOrEqual(budgets.tool.total);
  });

  it('keeps the island’s JavaScript, Preact included, within its first-paint budget', () => {
    const { bytes, files, storage } = islandJs(file);
    console.log(`${component}: ${(bytes / 1024).toFixed(1)} KB gzip in ${files.length} files`);
    if (lazyStorage) {
      // By what the modules hold, not what they are called: no first-paint module opens storage,
      // and one module loaded on demand does.
      expect(storage.atFirstPaint).toEqual([]);
      if (lazyStorage === 'several') expect(storage.onDemand.length).toBeGreaterThan(0);
      else expect(storage.onDemand).toHaveLength(1);
    }
    expect(bytes).toBeLessThanOrEqual(islandJsBudget);
  });
});

describe('the print stamp of a tool page as built', () => {
  it('is the blank line: the engagement and the date are filled in only by the running tool, never at build time', () => {
    for (const [file] of toolPages) {
      const html = readHtml(file);
      expect(html.querySelectorAll('.print-stamp[data-filled]'), file).toHaveLength(0);
    }
    expect(readHtml(toolPages[0][0]).querySelectorAll('.print-stamp[data-print-stamp]')).toHaveLength(1);
  });
});

describe('a checklist further down a guide', () => {
  const file = 'workflows/client-onboarding-workflow/index.html';
  it('is server-rendered with no island loader, and its code is named in a template, not loaded', () => {
    const doc = readHtml(file);
    expect(doc.querySelector('astro-island')).toBeNull();
    expect(doc.querySelector('[data-lazy-tool] .checklist-form input[type="checkbox"]')).not.toBeNull();
    const src = doc.querySelector('template[data-lazy-tool-script] script[src]')?.getAttribute('src');
    expect(src).toMatch(/^\/_astro\//);
    expect(measurePage(distDir, file).kind).toBe('reading');
    // When it is needed, the late script brings the checklist island's own chunk, the one the checklist's page loads.
    const island = readHtml('templates/client-onboarding-checklist/index.html').querySelector('astro-island')!.getAttribute('component-url')!;
    expect(readFileSync(join(distDir, src!), 'utf8')).toContain(island.replace('/_astro/', './'));
  });
});

describe('the storage code every tool loads after hydrating', () => {
  // The store and every kind it keeps (zod/mini schemas, engagements, import and export with the
  // copies they keep, earlier copies, the saved-data panel, the picker and its share control):
  // loaded once a tool runs, never at first paint. Why each step up was taken is in git.
  it('is one module graph loaded on demand, within 23.5 KB gzip', () => {
    const { files: first, storage } = islandJs('tools/weak-handoff-quiz/index.html');
    expect(storage.onDemand).toHaveLength(1);
    // What loads after hydration: the storage graph less what the island already loaded.
    const graph = storage.onDemand[0]!.filter((f) => !first.includes(f));
    const bytes = gzipped(graph);
    console.log(`storage code: ${(bytes / 1024).toFixed(1)} KB gzip in ${graph.length} files (zod/mini schemas, the store and every kind)`);
    expect(bytes).toBeLessThanOrEqual(23.5 * 1024);
  });
});

describe('the tool styles in a page’s head', () => {
  /** A rule only each tool's own stylesheet holds. */
  const marks = {
    checklist: '.checklist-form',
    worksheet: '.worksheet-tool',
    diagnostic: '.diagnostic-lead',
    quiz: '.quiz-options',
    record: '.record-field',
  } as const;
  const headStyles = (file: string) =>
    readHtml(file)
      .querySelectorAll('head style')
      .map((s) => s.textContent)
      .join('\n');
  it.each([
    ['tools/weak-handoff-quiz/index.html', 'quiz'],
    ['tools/handoff-record/index.html', 'record'],
    ['templates/workflow-diagnostic-checklist/index.html', 'diagnostic'],
    ['templates/client-onboarding-checklist/index.html', 'checklist'],
    ['templates/client-input-dependency-worksheet/index.html', 'worksheet'],
    ['workflows/proposal-to-contract-handoff-workflow-setup/index.html', 'checklist'],
  ] as const)('of %s are the shared ones and the %s’s, no other tool’s', (file, tool) => {
    const css = headStyles(file);
    expect(css).toContain('.tool button');
    const carried = Object.entries(marks)
      .filter(([, mark]) => css.includes(mark))
      .map(([name]) => name);
    expect(carried).toEqual([tool]);
  });
});
