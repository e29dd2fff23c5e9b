/**
 * The engagement picker's logic, the same on every tool page: the list to choose from, which
 * engagement is current, and the changes the picker makes. Pure; the stored shape is in ./kind.ts.
 */
import {
  createEngagement,
  emptyDates,
  engagementName,
  renameEngagement,
  type Engagement,
  type NewEngagement,
} from './engagement';
import { pickCurrent } from './current';
import { DEFAULT_ENGAGEMENT_ID } from './default-id';
import { DEFAULT_NAME } from '../runs/run-set';
import type { RandomSource } from './ids';

/** What the picker stores: every engagement, and the one the reader works on now. */
export interface Chosen {
  engagements: Engagement[];
  /** The id the picker last stored; '' before the first choice. */
  current: string;
}

/** An engagement a tool holds data for, as the tool knows it (a record's name, or none). */
export interface Found {
  id: string;
  name?: string | undefined;
}

const placeholder = (id: string, name: string): Engagement => ({
  id,
  client: name,
  project: '',
  dates: emptyDates(),
  createdAt: 0,
  updatedAt: 0,
});

/**
 * The engagements to choose from: the stored ones in the order they were made, then any a tool
 * holds data for that the list lacks yet (data saved before engagements existed), then, when
 * there is nothing at all, the default engagement, so a first visit can start at once.
 */
export function choices(chosen: Chosen, found: readonly Found[] = []): Engagement[] {
  const list = [...chosen.engagements].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  for (const f of found)
    if (!list.some((e) => e.id === f.id))
      list.push(
        placeholder(f.id, f.name?.trim() || (f.id === DEFAULT_ENGAGEMENT_ID ? DEFAULT_NAME : 'Unnamed engagement')),
      );
  return list.length > 0 ? list : [placeholder(DEFAULT_ENGAGEMENT_ID, DEFAULT_NAME)];
}

/** Engagements in `choices` that are not stored yet: the picker stores them once it has loaded. */
export const unstored = (chosen: Chosen, found: readonly Found[]) =>
  choices(chosen, found).filter((e) => !chosen.engagements.some((s) => s.id === e.id));

/** The current engagement: a link's, else the remembered one, else the latest changed. */
export function currentOf(chosen: Chosen, found: readonly Found[] = [], fromLink?: string): Engagement {
  const list = choices(chosen, found);
  const picked = pickCurrent({ engagements: list, fromLink, remembered: chosen.current || undefined });
  return list.find((e) => e.id === picked?.id) ?? list[0]!;
}

/** Engagements a tool holds data for that the stored list lacks. */
export const unstoredFound = (chosen: Chosen, found: readonly Found[]) =>
  unstored(chosen, found).filter((e) => found.some((f) => f.id === e.id));

/**
 * Stores the engagements a tool holds data for, so every page lists them. `open` is the one the
 * tool had open before engagements existed: it becomes current if nothing was chosen yet.
 */
export function adopt(chosen: Chosen, found: readonly Found[], now: number, open?: string): Chosen {
  const add = unstoredFound(chosen, found).map((e) => ({ ...e, createdAt: now, updatedAt: now }));
  const current = !chosen.current && open && found.some((f) => f.id === open) ? open : chosen.current;
  return add.length === 0 ? chosen : { engagements: [...chosen.engagements, ...add], current };
}

export const choose = (chosen: Chosen, id: string): Chosen => ({ ...chosen, current: id });

/** Adds an engagement and makes it current; a blank client is refused (returns undefined). */
export function addEngagement(
  chosen: Chosen,
  input: NewEngagement,
  random: RandomSource,
  now: number,
): Chosen | undefined {
  if (!input.client.trim()) return undefined;
  const e = createEngagement(input, chosen.engagements, random, now);
  return { engagements: [...chosen.engagements, e], current: e.id };
}

/** Renames one engagement (storing it first when it was only listed, not stored). */
export function rename(
  chosen: Chosen,
  found: readonly Found[],
  id: string,
  names: { client: string; project: string },
  now: number,
): Chosen {
  const all = adopt(chosen, [...found, { id, name: choices(chosen, found).find((e) => e.id === id)?.client }], now);
  return { ...all, engagements: all.engagements.map((e) => (e.id === id ? renameEngagement(e, names, now) : e)) };
}

export { engagementName };

/** Changes one stored engagement; an id not stored leaves the list as it was. */
export function editEngagement(chosen: Chosen, id: string, change: (e: Engagement) => Engagement): Chosen {
  if (!chosen.engagements.some((e) => e.id === id)) return chosen;
  return { ...chosen, engagements: chosen.engagements.map((e) => (e.id === id ? change(e) : e)) };
}
