/** Named handoff records as stored in the browser: one slot per record form, records keyed by name. */
import type { RecordValues } from './record';

export interface SavedRecords {
  records: Record<string, RecordValues>;
}

/** The name a record is saved under: its name field, trimmed; empty means it cannot be saved yet. */
export const recordName = (values: RecordValues, nameField: string) => (values[nameField] ?? '').trim();

export function withRecord(saved: SavedRecords, name: string, values: RecordValues): SavedRecords {
  return { records: { ...saved.records, [name]: values } };
}

export function withoutRecord(saved: SavedRecords, name: string): SavedRecords {
  const { [name]: _removed, ...records } = saved.records;
  return { records };
}

/** Saved record names in alphabetical order. */
export const recordNames = (saved: SavedRecords) => Object.keys(saved.records).sort((a, b) => a.localeCompare(b));
