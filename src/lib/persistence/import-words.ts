/**
 * What a saved-data file holds, in the reader's words ("2 engagements, 3 checklist runs and 1 quiz
 * result") rather than in storage keys. Pure: it reads stored texts as the export writes them
 * (`handoff-handbook:v1:<kind>:<id>` → an envelope whose `data` holds maps of `[time, value]`
 * items, `null` for a deleted one) and counts what a reader made: engagements, and each tool's
 * run per engagement. A value it cannot read this way counts as "other saved data".
 */

/** Per kind of stored value: the maps that hold the reader's items, how an item key names its unit, and the words. */
const UNITS: Record<string, { maps: string[]; perEngagement: boolean; one: string; many: string }> = {
  engagements: { maps: ['engagements'], perEngagement: false, one: 'engagement', many: 'engagements' },
  checklist: { maps: ['records', 'ticks', 'notes'], perEngagement: true, one: 'checklist run', many: 'checklist runs' },
  worksheet: { maps: ['records', 'rows', 'cells'], perEngagement: true, one: 'worksheet run', many: 'worksheet runs' },
  quiz: { maps: ['results'], perEngagement: false, one: 'quiz result', many: 'quiz results' },
  triage: { maps: ['ticks'], perEngagement: true, one: 'diagnostic run', many: 'diagnostic runs' },
  'handoff-records': { maps: ['records'], perEngagement: false, one: 'handoff record', many: 'handoff records' },
};
/** Kinds that hold nothing the reader made (the backup reminder's own record). */
const UNCOUNTED = new Set(['health']);
const OTHER = 'other';

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each stored value's units, as `<kind> <unit id>` strings, so two sets of values can be compared. */
export function unitsOf(values: Readonly<Record<string, string>>): Set<string> {
  const units = new Set<string>();
  for (const [key, raw] of Object.entries(values)) {
    const [, , kind = '', id = ''] = key.split(':');
    if (UNCOUNTED.has(kind)) continue;
    const shape = UNITS[kind];
    let data: unknown;
    try {
      data = (JSON.parse(raw) as { data?: unknown }).data;
    } catch {
      data = undefined;
    }
    if (!shape || !isMap(data)) {
      units.add(`${OTHER} ${key}`);
      continue;
    }
    for (const map of shape.maps) {
      const items = data[map];
      if (!isMap(items)) continue;
      for (const [itemKey, item] of Object.entries(items)) {
        if (!Array.isArray(item) || item[1] === null || item[1] === undefined) continue;
        const unit = shape.perEngagement ? itemKey.split(':')[0]! : itemKey;
        units.add(`${kind} ${id}/${unit}`);
      }
    }
  }
  return units;
}

/** "2 engagements, 3 checklist runs and 1 quiz result"; "nothing" for none. */
export function unitsText(units: ReadonlySet<string>): string {
  const counts = new Map<string, number>();
  for (const unit of units) {
    const kind = unit.slice(0, unit.indexOf(' '));
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const order = [...Object.keys(UNITS), OTHER];
  const parts = order
    .filter((kind) => counts.has(kind))
    .map((kind) => {
      const n = counts.get(kind)!;
      const shape = UNITS[kind];
      if (!shape) return `${n} other ${n === 1 ? 'piece' : 'pieces'} of saved data`;
      return `${n} ${n === 1 ? shape.one : shape.many}`;
    });
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * The preview of an import in words: what the file holds, and what Replace would remove that is
 * here but not in the file (`current` is this browser's stored values, as the export writes them).
 */
export function importWords(
  file: Readonly<Record<string, string>>,
  current: Readonly<Record<string, string>>,
): { holds: string; lost: string | undefined } {
  const inFile = unitsOf(file);
  const lost = new Set([...unitsOf(current)].filter((u) => !inFile.has(u)));
  return { holds: unitsText(inFile), lost: lost.size > 0 ? unitsText(lost) : undefined };
}
