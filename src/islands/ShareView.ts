/**
 * The share page's island: the shared copy (decoding, the read-only view, keep a copy) loads right
 * after hydrating. The page itself says a shared link needs JavaScript, so nothing is lost first.
 */
import { lazyIsland } from '../tools/kit/lazy-island';
import type { SharedCopyProps } from './SharedCopy';

export default lazyIsland<SharedCopyProps>(
  () => import('./SharedCopy').then((m) => m.default),
  'The shared copy could not be loaded; trying again.',
);
