/**
 * Hydrates the server-rendered checklists that a page loads late (see lazy-tool.ts), with the
 * props the server wrote beside each one.
 */
import { h, hydrate } from 'preact';
import ChecklistIsland from '../islands/ChecklistIsland';

export function hydrateChecklists(doc: Document): void {
  for (const tool of doc.querySelectorAll<HTMLElement>('[data-lazy-tool]')) {
    hydrate(h(ChecklistIsland, JSON.parse(tool.dataset.props ?? '{}') as ChecklistIsland['props']), tool);
    tool.dataset.lazyTool = 'hydrated';
  }
}
