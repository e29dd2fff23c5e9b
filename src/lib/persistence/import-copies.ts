/**
 * The copy a Merge or Replace import keeps of what it changed (under IMPORT_COPY): every key it
 * wrote over or removed, as it was, and every key it added, until the reader dismisses the copy.
 */
import type { Io } from './io';
import { IMPORT_COPY, isData, NAMESPACE } from './keys';
import { parseJson } from './values';

/** What a Merge or Replace import changed, kept under IMPORT_COPY until the reader dismisses it. */
export interface ImportCopy {
  key: string;
  /** When the import ran. */
  at: number;
  mode: 'replace' | 'merge';
  /** How many stored values putting it back would change. */
  count: number;
}

/** An import copy's text, read back; undefined when it is not one. */
export function importCopyOf(raw: string | null) {
  const json = raw === null ? undefined : parseJson(raw);
  const v = (json?.ok ? json.value : undefined) as
    { exportedAt?: unknown; import?: unknown; keys?: unknown; absent?: unknown } | undefined;
  if (typeof v !== 'object' || v === null || typeof v.exportedAt !== 'number') return undefined;
  if (v.import !== 'merge' && v.import !== 'replace') return undefined;
  const keys = v.keys;
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) return undefined;
  const ours = (k: unknown): k is string => typeof k === 'string' && k.startsWith(NAMESPACE) && isData(k);
  if (!Object.entries(keys).every(([k, t]) => ours(k) && typeof t === 'string')) return undefined;
  if (!Array.isArray(v.absent) || !v.absent.every(ours)) return undefined;
  return {
    at: v.exportedAt,
    mode: v.import as ImportCopy['mode'],
    keys: keys as Record<string, string>,
    absent: v.absent as string[],
  };
}

/** The copies imports kept of what they changed, newest first. */
export function importCopies(io: Io): ImportCopy[] {
  return io
    .keys()
    .filter((k) => k.startsWith(IMPORT_COPY))
    .flatMap((key) => {
      const copy = importCopyOf(io.get(key));
      return copy
        ? [{ key, at: copy.at, mode: copy.mode, count: Object.keys(copy.keys).length + copy.absent.length }]
        : [];
    })
    .sort((a, b) => b.at - a.at || (a.key < b.key ? 1 : -1));
}

/**
 * Keeps what an import wrote over or removed (`was`: key → its text before, null when it was not
 * there). An import that only added keys lost nothing and keeps no copy.
 */
export function keepImportCopy(io: Io, was: Map<string, string | null>, mode: ImportCopy['mode'], at: number) {
  const changed = [...was].filter(([key, text]) => io.get(key) !== text);
  if (!changed.some(([, text]) => text !== null)) return undefined;
  const copy = {
    app: 'handoff-handbook',
    format: 2,
    exportedAt: at,
    import: mode,
    keys: Object.fromEntries(changed.filter(([, text]) => text !== null)),
    absent: changed.filter(([, text]) => text === null).map(([key]) => key),
  };
  return io.put(io.freeKey(`${IMPORT_COPY}${new Date(at).toISOString()}`), JSON.stringify(copy));
}
