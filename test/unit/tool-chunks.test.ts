/** How the tools' code is grouped into chunks, over a small module graph. */
import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { toolChunks } from '../../src/build/tool-chunks';

/** A module graph: each id with whether it is an entry and who imports it statically. */
function context(
  graph: Record<string, { entry?: boolean; importers?: string[]; dynamicImporters?: string[] }>,
): Rolldown.ChunkingContext {
  return {
    getModuleInfo: (id: string) =>
      graph[id]
        ? ({
            isEntry: Boolean(graph[id].entry),
            importers: graph[id].importers ?? [],
            dynamicImporters: graph[id].dynamicImporters ?? [],
          } as unknown as Rolldown.ModuleInfo)
        : null,
  };
}

const graph = {
  '/node_modules/@astrojs/preact/dist/client.js': { entry: true },
  '/src/tools/quiz/QuizIsland.tsx': { entry: true },
  '/src/tools/checklist/ChecklistIsland.tsx': { entry: true },
  '/src/scripts/search.astro?type=script': { entry: true },
  '/node_modules/preact/dist/preact.module.js': {
    importers: ['/node_modules/@astrojs/preact/dist/client.js', '/src/tools/quiz/QuizIsland.tsx'],
  },
  '/src/tools/kit/SaveStatus.tsx': {
    importers: ['/src/tools/quiz/QuizIsland.tsx', '/src/tools/checklist/ChecklistIsland.tsx'],
  },
  '/src/tools/quiz/score.ts': { importers: ['/src/tools/quiz/QuizIsland.tsx'] },
  '/src/tools/checklist/checklist.ts': {
    importers: ['/src/tools/checklist/ChecklistIsland.tsx', '/src/tools/checklist/kind.ts'],
  },
  '/src/tools/kit/stored.ts': {
    importers: ['/src/tools/quiz/QuizIsland.tsx', '/src/tools/checklist/ChecklistIsland.tsx'],
  },
  '/src/lib/persistence/store.ts': { dynamicImporters: ['/src/tools/kit/stored.ts'] },
  '/src/tools/kit/EngagementPicker.tsx': { importers: ['/src/lib/persistence/store.ts'] },
  '/src/lib/share-link.ts': { dynamicImporters: ['/src/tools/kit/EngagementPicker.tsx'] },
  '/src/islands/EngagementPage.tsx': { entry: true },
  '/src/lib/engagements/reminders.ts': { importers: ['/src/islands/EngagementPage.tsx'] },
  '/src/lib/engagements/engagement.ts': {
    importers: ['/src/islands/EngagementPage.tsx', '/src/lib/persistence/store.ts'],
  },
  '/src/tools/checklist/kind.ts': { importers: ['/src/lib/persistence/store.ts'] },
  '/src/lib/search-results.ts': { importers: ['/src/scripts/search.astro?type=script'] },
  '/src/lib/html-text.ts': { importers: ['/src/lib/search-results.ts'] },
};

const chunkOf = (id: string) => {
  const ctx = context(graph);
  const [runtime, lazy] = toolChunks.map((g) => g.name as Rolldown.CodeSplittingNameFunction);
  return runtime!(id, ctx) ?? lazy!(id, ctx) ?? null;
};

describe('the tool chunks', () => {
  it('put first-paint code two entries share in the runtime chunk', () => {
    expect(chunkOf('/node_modules/preact/dist/preact.module.js')).toBe('tool-runtime');
    expect(chunkOf('/src/tools/kit/SaveStatus.tsx')).toBe('tool-runtime');
  });

  it('leave code of one island in that island’s chunk, and entries where they are', () => {
    expect(chunkOf('/src/tools/quiz/score.ts')).toBeNull();
    expect(chunkOf('/src/tools/quiz/QuizIsland.tsx')).toBeNull();
  });

  it('put code only the store imports in the store chunk, and what the store shares with an island in the runtime', () => {
    expect(chunkOf('/src/lib/persistence/store.ts')).toBe('store');
    expect(chunkOf('/src/tools/checklist/kind.ts')).toBe('store');
    expect(chunkOf('/src/tools/checklist/checklist.ts')).toBe('tool-runtime');
  });

  it('leave code only other pages’ islands use, and code two loads away, out of the tools’ chunks', () => {
    expect(chunkOf('/src/lib/engagements/reminders.ts')).toBeNull();
    expect(chunkOf('/src/lib/share-link.ts')).toBeNull();
    expect(chunkOf('/src/tools/kit/EngagementPicker.tsx')).toBe('store');
    // Shared by another page's island and the store: it rides with the store, not in every tool's first paint.
    expect(chunkOf('/src/lib/engagements/engagement.ts')).toBe('store');
  });

  it('keep search code out of the tools’ chunks', () => {
    expect(chunkOf('/src/lib/search-results.ts')).toBeNull();
    expect(chunkOf('/src/lib/html-text.ts')).toBeNull();
  });
});
