/**
 * What the store says about stored values: why a change was not saved, why a value could not be
 * used, and how a stored text is checked against its kind on every read.
 */
import { migrate, type Kind } from './kind';
import type { Doc } from './lww';
import { envelopeSchema, LATEST_TIME } from '../../schemas/stored';

/** Why a change was not saved. */
export type Failure = 'unavailable' | 'full' | 'locked' | 'unverified' | 'too-large';

/** How long a deletion is remembered, so a tab that still holds the item does not bring it back. */
export const TOMBSTONE_MS = 30 * 24 * 60 * 60 * 1000;
/** Why a stored value could not be used. */
export type KeptReason = 'not-json' | 'wrong-shape' | 'newer-version' | 'migration-failed';

/** A stored value the code could not use, kept so nothing is lost; `raw` is offered as a download. */
export interface Kept {
  reason: KeptReason;
  /** Where the raw value now lives: the quarantine key, or the original key when it stayed put. */
  key: string;
  raw: string;
}

/** The truth about one slot: when what is shown was last saved, or why the last change was not. */
export interface SlotStatus {
  /** When the stored value was written (and, for a write here, read back). */
  savedAt?: number;
  failure?: Failure | undefined;
  kept?: Kept;
  /** Set when this tab rewrote an older version's value at the current one: where the old text is kept. */
  upgraded?: { from: number; key: string; raw: string };
}

export type Result = { ok: true } | { ok: false; failure: Failure };

/** The time to stamp a change with: the clock, held between 1970 and LATEST_TIME so every stamp reads back. */
export const stamp = (now: () => number) => Math.min(Math.max(now(), 0), LATEST_TIME);

/** A short fingerprint of a stored text (FNV-1a, with the length). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${h.toString(36)}.${text.length.toString(36)}`;
}

export interface Envelope {
  version: number;
  savedAt: number;
  epoch?: number | undefined;
  data: unknown;
}

export function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

export type Read = { ok: true; doc: Doc; envelope: Envelope } | { ok: false; reason: KeptReason };

/** Validates a stored text against its kind: the doc at the current version, or why not. */
export function readValue(kind: Kind<unknown>, raw: string): Read {
  const json = parseJson(raw);
  if (!json.ok) return { ok: false, reason: 'not-json' };
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) return { ok: false, reason: 'wrong-shape' };
  if (envelope.data.version > kind.version) return { ok: false, reason: 'newer-version' };
  let data: unknown;
  try {
    data = migrate(kind, envelope.data.version, envelope.data.data);
  } catch {
    return { ok: false, reason: 'migration-failed' };
  }
  const doc = kind.schema.safeParse(data);
  return doc.success
    ? { ok: true, doc: doc.data as Doc, envelope: envelope.data }
    : { ok: false, reason: 'wrong-shape' };
}
