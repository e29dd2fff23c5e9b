/**
 * Reading an export file and planning its import: which keys it adds, changes or leaves as they
 * are, what a Replace would remove, and what a Merge must set aside. Nothing is written here.
 */
import type { Io } from './io';
import { GENERATION_KEY, isData, NAMESPACE } from './keys';
import type { AnyKind } from './kind';
import { parseJson, readValue } from './values';

export interface ImportPlan {
  /** Key → the stored text to write. */
  writes: Record<string, string>;
  added: string[];
  changed: string[];
  unchanged: string[];
  /** Keys that "replace" would remove because the file does not have them. */
  removedByReplace: string[];
  /**
   * Keys a Merge keeps aside instead of writing (under a quarantine key, nothing lost): a value
   * from a newer version, or of a kind this version does not know, where this browser holds a
   * value of its own. Counted in none of the lists above; a Replace writes them as they are.
   */
  setAside: string[];
  /** This browser's stored text of every key in the lists above, so a preview can say in words what Replace removes. */
  here: Record<string, string>;
}
export type ImportPreview = { ok: true; plan: ImportPlan } | { ok: false; problem: string };

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The stored texts a file holds, by key, in either export format; a string says why there are none. */
function fileWrites(text: string): Record<string, string> | string {
  const json = parseJson(text);
  if (!json.ok) return 'The file is not JSON.';
  const file = json.value as { app?: unknown; format?: unknown; keys?: unknown; entries?: unknown; kept?: unknown };
  if (!isMap(file) || file.app !== 'handoff-handbook') return 'The file is not an export from this site.';
  if (typeof file.format === 'number' && file.format > 2)
    return 'The file was made by a newer version of this site, which this page cannot read. Reload the page to get the newest version, then import the file again.';
  const writes: Record<string, string> = {};
  if (file.format === 2 && isMap(file.keys)) {
    for (const [key, raw] of Object.entries(file.keys)) {
      if (typeof raw !== 'string') return `The entry ${key} is not stored text.`;
      writes[key] = raw;
    }
  } else if (file.format === 1 && isMap(file.entries)) {
    // The first export format: parsed values, and unreadable ones as text.
    for (const [key, value] of Object.entries(file.entries)) writes[key] = JSON.stringify(value);
    for (const [key, raw] of Object.entries(isMap(file.kept) ? file.kept : {}))
      if (typeof raw === 'string') writes[key] = raw;
  } else return 'The file is not an export from this site.';
  return writes;
}

/** Checks an export file against what this site stores and plans its import over what `io` holds. */
export function previewImport(io: Io, kindOf: (key: string) => AnyKind | undefined, text: string): ImportPreview {
  const writes = fileWrites(text);
  if (typeof writes === 'string') return { ok: false, problem: writes };
  for (const [key, raw] of Object.entries(writes)) {
    if (!key.startsWith(NAMESPACE) || key === GENERATION_KEY)
      return { ok: false, problem: `The file has an entry this site does not store: ${key}` };
    const kind = kindOf(key);
    if (!kind) continue; // Set-aside copies, and kinds of a newer version, go back as they were.
    const read = readValue(kind, raw);
    if (!read.ok && read.reason !== 'newer-version')
      return { ok: false, problem: `The entry ${key} cannot be read (${read.reason}).` };
  }
  /** Whether a Merge can merge this value: a kind this version knows, at a version it reads. */
  const understood = (key: string, raw: string) => {
    const kind = kindOf(key);
    return kind !== undefined && readValue(kind, raw).ok;
  };
  const current = new Map(
    io
      .keys()
      .filter(isData)
      .map((k) => [k, io.get(k)]),
  );
  const plan: ImportPlan = {
    writes,
    added: [],
    changed: [],
    unchanged: [],
    removedByReplace: [],
    setAside: [],
    here: {},
  };
  for (const [key, stored] of Object.entries(writes)) {
    const here = current.get(key);
    if (here !== undefined && here !== null && here !== stored && !understood(key, stored)) plan.setAside.push(key);
    else if (here === undefined || here === null) plan.added.push(key);
    else if (here === stored) plan.unchanged.push(key);
    else plan.changed.push(key);
  }
  plan.removedByReplace = [...current.keys()].filter((k) => !Object.hasOwn(writes, k));
  for (const [key, stored] of current) if (stored !== null) plan.here[key] = stored;
  return { ok: true, plan };
}
