/**
 * The engagement page's island: small at first paint, it loads the editor (with the storage code,
 * the schemas and the calendar export) right after hydrating. Without JavaScript the page's own
 * HTML explains what it does; this island draws nothing until the editor is in.
 */
import type { EngagementPageProps } from './engagement-page-props';
import { lazyIsland } from '../tools/kit/lazy-island';

export default lazyIsland<EngagementPageProps>(
  () => import('./EngagementEditor').then((m) => m.EngagementEditor),
  'The engagement editor could not be loaded; trying again.',
);
