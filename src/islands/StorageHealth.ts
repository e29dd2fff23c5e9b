/** The storage panel's island: the panel itself (with the storage code) loads right after hydrating. */
import { lazyIsland } from '../tools/kit/lazy-island';

export default lazyIsland<object>(
  () => import('./StorageHealthPanel').then((m) => m.default),
  'The storage panel could not be loaded; trying again.',
);
