/**
 * How the diagnostic's ticks are stored, one item per signal and engagement
 * (`<engagement>:<signal>`, version 3); loaded with the storage code after the island hydrates.
 */
import { parseOrThrow, type Kind } from '../../lib/persistence/kind';
import { live } from '../../lib/runs/run-set-items';
import { diagnosticTicksSchema, diagnosticTicksV1Schema } from '../../schemas/stored';
import { DIAGNOSTIC_STORED_NAME } from '../../schemas/stored-name';
import { DEFAULT_ENGAGEMENT_ID } from '../../lib/engagements/default-id';
import type { Doc } from '../../lib/persistence/lww';
import type { SavedTicks } from './saved';

export const diagnosticKind: Kind<SavedTicks> = {
  name: DIAGNOSTIC_STORED_NAME,
  version: 3,
  schema: diagnosticTicksSchema,
  migrations: {
    1: (data) => ({
      ticks: Object.fromEntries(parseOrThrow(diagnosticTicksV1Schema, data).ticked.map((id) => [id, [0, true]])),
    }),
    // Version 3: ticks made before engagements existed belong to the default engagement.
    2: (data) => ({
      ticks: Object.fromEntries(
        Object.entries((parseOrThrow(diagnosticTicksSchema, data) as Doc).ticks ?? {}).map(([k, e]) => [
          `${DEFAULT_ENGAGEMENT_ID}:${k}`,
          e,
        ]),
      ),
    }),
  },
  view: (doc) => ({
    ticked: live(doc, 'ticks')
      .filter(([, on]) => on === true)
      .map(([id]) => id)
      .sort(),
  }),
  items: (state) => ({ ticks: Object.fromEntries(state.ticked.map((id) => [id, true])) }),
};
