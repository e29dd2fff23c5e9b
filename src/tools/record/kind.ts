/**
 * How named handoff records and the form being typed are stored
 * (`handoff-handbook:v1:handoff-records:<id>`); loaded with the storage code after the island hydrates.
 * Version 3 keys each record `<engagement>:<name>`; a record saved before engagements existed
 * belongs to the engagement of its name.
 */
import { parseOrThrow, type Kind } from '../../lib/persistence/kind';
import { live } from '../../lib/runs/run-set-items';
import { handoffRecordsSchema, handoffRecordsV1Schema } from '../../schemas/stored';
import { engagementIdForName } from '../../lib/engagements/named';
import { moveRecords } from '../../lib/engagements/refile';
import { engagementsIn } from '../../lib/engagements/scoped';
import type { Doc } from '../../lib/persistence/lww';
import type { RecordValues } from './record';
import type { SavedRecords } from './saved';

/**
 * The field a record's name is typed in (the record form's `nameField`): a record filed beside one
 * of the same name is renamed there too, so saving it again does not land on the other.
 * A content test holds every record form to it.
 */
export const RECORD_NAME_FIELD = 'name';

/** The stored state: saved records by name, and the draft in the form. */
export interface RecordsStored extends SavedRecords {
  draft: RecordValues;
}

export const handoffRecordKind: Kind<RecordsStored> = {
  name: 'handoff-records',
  version: 3,
  schema: handoffRecordsSchema,
  migrations: {
    1: (data) => ({
      records: Object.fromEntries(
        Object.entries(parseOrThrow(handoffRecordsV1Schema, data).records).map(([name, values]) => [name, [0, values]]),
      ),
      draft: {},
    }),
    2: (data) => {
      const doc = parseOrThrow(handoffRecordsSchema, data) as Doc;
      return {
        ...doc,
        records: Object.fromEntries(
          Object.entries(doc.records ?? {}).map(([name, e]) => [`${engagementIdForName(name)}:${name}`, e]),
        ),
      };
    },
  },
  view: (doc) => ({
    records: Object.fromEntries(live(doc, 'records')) as SavedRecords['records'],
    draft: (live(doc, 'draft').find(([k]) => k === '')?.[1] as RecordValues | undefined) ?? {},
  }),
  items: (state) => ({
    records: { ...state.records },
    draft: Object.values(state.draft).some((v) => v !== '') ? { '': state.draft } : {},
  }),
  refile: {
    found: (state) => engagementsIn(Object.keys(state.records), true),
    move: (state, from, to) => ({ ...state, records: moveRecords(state.records, from, to, RECORD_NAME_FIELD) }),
  },
};
