/**
 * What the storage panel remembers (`handoff-handbook:v1:health:all`): when this browser last
 * downloaded a backup of everything, and when it asked the browser to keep the data. A kind of
 * its own, apart from the engagements, so that recording a backup is not itself a change the
 * backup lacks.
 */
import type { Kind } from '../persistence/kind';
import { live } from '../runs/run-set-items';
import { healthSchema } from '../../schemas/stored';

export const HEALTH_ID = 'all';

export interface Health {
  /** When the last backup file was made (or a Replace restore put a file's data back), ms since the epoch. */
  backupAt?: number;
  /** When this browser was asked to keep the data (`navigator.storage.persist()`). */
  persistAskedAt?: number;
}

export const healthKind: Kind<Health> = {
  name: 'health',
  version: 1,
  schema: healthSchema,
  view: (doc) =>
    Object.fromEntries(live(doc, 'health').filter(([k]) => k === 'backupAt' || k === 'persistAskedAt')) as Health,
  items: (h) => ({
    health: {
      ...(h.backupAt === undefined ? {} : { backupAt: h.backupAt }),
      ...(h.persistAskedAt === undefined ? {} : { persistAskedAt: h.persistAskedAt }),
    },
  }),
};
