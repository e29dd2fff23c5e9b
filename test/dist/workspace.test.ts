/** The workspace page over the build: a thin island, within its own first-paint budget, and reachable from every page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgets, measurePage, overBudget } from '../gates/budgets';
import { staticModuleGraph } from '../gates/module-graph';
import { distDir, htmlFiles, readHtml } from '../support/dist';

const file = 'workspace/index.html';

describe('the workspace page', () => {
  it('is a tool page within its 30 KB first-paint budget', () => {
    const weight = measurePage(distDir, file);
    console.log(`workspace: ${(weight.total / 1024).toFixed(1)} KB gzip at first paint (html ${(weight.html / 1024).toFixed(1)}, css ${(weight.css / 1024).toFixed(1)}, js ${(weight.js / 1024).toFixed(1)})`);
    expect(weight.kind).toBe('tool');
    expect(weight.total).toBeLessThanOrEqual(budgets.workspace.total);
    expect(overBudget(weight)).toEqual([]);
  });

  it('the budget line turns red on a page over 30 KB', () => {
    const weight = measurePage(distDir, file);
    expect(overBudget({ ...weight, total: budgets.workspace.total + 1 })).toEqual([`total ${((budgets.workspace.total + 1) / 1024).toFixed(1)} KB > 30.0 KB`]);
  });

  it('hydrates a thin island: no storage code, no tool content and no gathering at first paint', () => {
    const island = readHtml(file).querySelector('astro-island')!;
    expect(island.getAttribute('component-url')).toContain('WorkspaceIsland');
    const entries = ['component-url', 'renderer-url'].map((a) => island.getAttribute(a)!);
    const files = staticModuleGraph(entries, (path) => readFileSync(join(distDir, path), 'utf8'));
    const bytes = files.reduce((n, p) => n + gzipSync(readFileSync(join(distDir, p)), { level: 9 }).length, 0);
    console.log(`WorkspaceIsland: ${(bytes / 1024).toFixed(1)} KB gzip in ${files.length} files`);
    expect(files.filter((f) => /\/(store|schemas|zod|mini|WorkspacePanel)[.-]/.test(f))).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(14 * 1024);
  });

  it('says without JavaScript what it does and links every tool page', () => {
    const doc = readHtml(file);
    expect(doc.querySelector('.nojs-note')?.text).toContain('saved in this browser');
    const links = new Set(doc.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    for (const tool of ['/tools/weak-handoff-quiz/', '/tools/handoff-record/', '/templates/client-onboarding-checklist/', '/templates/client-input-dependency-worksheet/', '/templates/workflow-diagnostic-checklist/']) expect(links).toContain(tool);
  });

  it('is two clicks from every page: the header links the Tools hub, which lists it', () => {
    expect(readHtml('tools/index.html').querySelectorAll('main a[href="/workspace/"]')).toHaveLength(1);
    const without = htmlFiles().filter((f) => !readHtml(f).querySelector('header a[href="/tools/"]'));
    expect(without).toEqual([]);
  });
});
