/**
 * Hydrates the server-rendered checklists that a page loads late (see lazy-tool.ts), with the
 * props the server wrote beside each one. The island is imported dynamically so the bundler
 * serves it from the checklist island's own chunk, the one the checklist's own page loads.
 */
import { h, hydrate, type ComponentProps } from 'preact';

export async function hydrateChecklists(doc: Document): Promise<void> {
  const { default: ChecklistIsland } = await import('./ChecklistIsland');
  for (const tool of doc.querySelectorAll<HTMLElement>('[data-lazy-tool]')) {
    hydrate(h(ChecklistIsland, JSON.parse(tool.dataset.props ?? '{}') as ComponentProps<typeof ChecklistIsland>), tool);
    tool.dataset.lazyTool = 'hydrated';
  }
}
