/**
 * How the engagements and the reader's current one are stored
 * (`handoff-handbook:v1:engagements:all`), loaded with the storage code after the islands hydrate.
 * Each engagement is its own item, so two tabs adding or renaming different ones keep both; the
 * current engagement is one item, so the last choice in any tab wins everywhere.
 */
import type { Kind } from '../persistence/kind';
import { live } from '../records/book-items';
import { engagementsSchema } from '../../schemas/stored';
import { emptyDates } from './engagement';
import type { Chosen } from './chosen';

/** The one key every page shares. */
export const ENGAGEMENTS_ID = 'all';

interface StoredEngagement {
  client: string;
  project: string;
  createdAt: number;
}

export const engagementsKind: Kind<Chosen> = {
  name: 'engagements',
  version: 1,
  schema: engagementsSchema,
  view: (doc) => ({
    engagements: live(doc, 'engagements').map(([id, v]) => {
      const { client, project, createdAt } = v as StoredEngagement;
      return { id, client, project, dates: emptyDates(), createdAt, updatedAt: doc.engagements![id]![0] };
    }),
    current: (live(doc, 'current').find(([k]) => k === '')?.[1] as string | undefined) ?? '',
  }),
  items: (chosen) => ({
    engagements: Object.fromEntries(chosen.engagements.map((e) => [e.id, { client: e.client, project: e.project, createdAt: e.createdAt }])),
    current: chosen.current ? { '': chosen.current } : {},
  }),
};
