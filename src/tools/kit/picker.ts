/**
 * The engagement picker as the tools show it: loaded after the island hydrates, like the storage
 * code it needs and comes with (nothing of it is drawn before storage opens anyway).
 */
import type { ComponentProps } from 'preact';
import type { EngagementPicker } from './EngagementPicker';
import { lazyIsland } from './lazy-island';

export const Picker = lazyIsland<ComponentProps<typeof EngagementPicker>>(() =>
  import('./EngagementPicker').then((m) => m.EngagementPicker),
);
