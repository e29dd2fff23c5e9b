/**
 * Reading the values the tools stored before engagements existed: keys
 * `handoff-handbook:v1:<kind>:<tool id>` holding `{ version, savedAt, data }`.
 *
 * The shapes are written out here, frozen, rather than taken from the tools' current kinds:
 * a migration reads what was written then, and must keep reading it after the tools change.
 * The storage rewrite under way may bump kinds to version 2 (and perhaps the key prefix); the
 * migration must then accept both. Add a reader to READERS for each new version and the plan
 * below takes it with no other change.
 */
import { DIAGNOSTIC_STORED_NAME } from '../../schemas/stored-name';

/** Small shape checks, frozen with the shapes (the tools now validate with zod schemas of their current versions). */
type Check = (value: unknown) => boolean;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const arrayOf =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(item);
const recordOf =
  (value: Check): Check =>
  (v) =>
    isObject(v) && Object.values(v).every(value);
const shape =
  (fields: Record<string, Check>): Check =>
  (v) =>
    isObject(v) && Object.entries(fields).every(([key, check]) => check(v[key]));

export const V1_PREFIX = 'handoff-handbook:v1:';
export const QUARANTINE_PREFIX = `${V1_PREFIX}quarantine:`;

/** The five kinds, by their key segment. */
export type V1KindName = 'checklist' | 'worksheet' | 'quiz' | typeof DIAGNOSTIC_STORED_NAME | 'handoff-records';

/** A named record inside a checklist or worksheet runSet, exactly as stored. */
export type V1NamedRecord = { id: string; name: string; updatedAt: number } & Record<string, unknown>;
export interface V1RunSet {
  active: string;
  records: V1NamedRecord[];
}
export interface V1QuizHistory {
  results: { at: number; fragment: string }[];
}
export interface V1Ticks {
  ticked: string[];
}
export interface V1Records {
  records: Record<string, Record<string, string>>;
}

export interface V1Data {
  checklist: V1RunSet;
  worksheet: V1RunSet;
  quiz: V1QuizHistory;
  [DIAGNOSTIC_STORED_NAME]: V1Ticks;
  'handoff-records': V1Records;
}

const runSet = (content: Record<string, Check>): Check =>
  shape({
    active: isString,
    records: arrayOf(shape({ ...content, id: isString, name: isString, updatedAt: isNumber })),
  });

/** READERS[kind][version]: the shape check for data stored at that version. */
export const READERS: { readonly [K in V1KindName]: Readonly<Record<number, Check>> } = {
  checklist: { 1: runSet({ ticks: recordOf(isBoolean), notes: recordOf(isString) }) },
  worksheet: { 1: runSet({ rows: arrayOf(recordOf(isString)) }) },
  quiz: { 1: shape({ results: arrayOf(shape({ at: isNumber, fragment: isString })) }) },
  [DIAGNOSTIC_STORED_NAME]: { 1: shape({ ticked: arrayOf(isString) }) },
  'handoff-records': { 1: shape({ records: recordOf(recordOf(isString)) }) },
};

const isEnvelope = shape({
  version: (v) => Number.isSafeInteger(v) && (v as number) >= 0,
  savedAt: isNumber,
  data: () => true,
});

/** Why a stored value is not migrated (it is still carried, byte for byte, in the plan). */
export type UnreadReason = 'not-ours' | 'quarantined' | 'unknown-kind' | 'not-json' | 'wrong-shape' | 'newer-version';

export type ReadV1 =
  | { ok: true; kind: V1KindName; tool: string; version: number; savedAt: number; data: V1Data[V1KindName] }
  | { ok: false; reason: UnreadReason };

/** Reads one stored key and its raw text; never throws. */
export function readV1(key: string, raw: string): ReadV1 {
  if (!key.startsWith(V1_PREFIX)) return { ok: false, reason: 'not-ours' };
  if (key.startsWith(QUARANTINE_PREFIX)) return { ok: false, reason: 'quarantined' };
  const rest = key.slice(V1_PREFIX.length);
  const colon = rest.indexOf(':');
  const kind = rest.slice(0, colon) as V1KindName;
  const tool = rest.slice(colon + 1);
  if (colon < 1 || !tool || !Object.hasOwn(READERS, kind)) return { ok: false, reason: 'unknown-kind' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isEnvelope(json)) return { ok: false, reason: 'wrong-shape' };
  const { version, savedAt, data } = json as { version: number; savedAt: number; data: unknown };
  const check = READERS[kind][version];
  if (!check)
    return {
      ok: false,
      reason: version > Math.max(...Object.keys(READERS[kind]).map(Number)) ? 'newer-version' : 'wrong-shape',
    };
  if (!check(data)) return { ok: false, reason: 'wrong-shape' };
  return { ok: true, kind, tool, version, savedAt, data: data as V1Data[V1KindName] };
}
