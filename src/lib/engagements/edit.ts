/**
 * Editing an engagement's notes, dates, next action and dated items: pure, each result stamped
 * with `now`. Apart from ./engagement.ts so that only the engagement page, which alone edits
 * dates, loads it; the picker and the storage code load the smaller core.
 */
import type { Engagement, EngagementDates, NextAction } from './engagement';
import { newId, type RandomSource } from './ids';

export function setNotes(e: Engagement, notes: string, now: number): Engagement {
  const { notes: _old, ...rest } = e;
  const clean = notes.trim();
  return { ...rest, ...(clean ? { notes: clean } : {}), updatedAt: now };
}

/** Replaces some of the dates; `undefined` for signature or kickoff clears it. */
export function updateDates(e: Engagement, change: Partial<EngagementDates>, now: number): Engagement {
  const dates = { ...e.dates, ...change };
  for (const key of ['signature', 'kickoff'] as const)
    if (key in change && change[key] === undefined) delete dates[key];
  return { ...e, dates, updatedAt: now };
}

export function setNextAction(e: Engagement, next: NextAction | undefined, now: number): Engagement {
  const { nextAction: _old, ...rest } = e;
  return { ...rest, ...(next ? { nextAction: next } : {}), updatedAt: now };
}

/** The lists of dated items, by the prefix their ids get. */
const LISTS = { milestones: 'm', invoices: 'i', dependencies: 'd', decisions: 'q' } as const;
type ListName = keyof typeof LISTS;
type ItemOf<L extends ListName> = EngagementDates[L][number];

/** Adds a dated item with a fresh id; returns the engagement and the new item's id. */
export function addItem<L extends ListName>(
  e: Engagement,
  list: L,
  item: Omit<ItemOf<L>, 'id'>,
  random: RandomSource,
  now: number,
): { engagement: Engagement; id: string } {
  const taken = new Set(Object.keys(LISTS).flatMap((l) => e.dates[l as ListName].map((i) => i.id)));
  const id = newId(LISTS[list], random, taken);
  const items = [...e.dates[list], { ...item, id }] as EngagementDates[L];
  return { engagement: updateDates(e, { [list]: items }, now), id };
}

/** Changes one dated item by id; an unknown id leaves the engagement as it was. */
export function updateItem<L extends ListName>(
  e: Engagement,
  list: L,
  id: string,
  change: Partial<Omit<ItemOf<L>, 'id'>>,
  now: number,
): Engagement {
  const items = e.dates[list] as ItemOf<L>[];
  if (!items.some((i) => i.id === id)) return e;
  // A key set to undefined (a cleared paidOn, say) is removed, not stored as undefined.
  const merge = (i: ItemOf<L>) =>
    Object.fromEntries(Object.entries({ ...i, ...change, id }).filter(([, v]) => v !== undefined));
  const next = items.map((i) => (i.id === id ? merge(i) : i)) as EngagementDates[L];
  return updateDates(e, { [list]: next }, now);
}

export function removeItem(e: Engagement, list: ListName, id: string, now: number): Engagement {
  const items = e.dates[list] as { id: string }[];
  if (!items.some((i) => i.id === id)) return e;
  return updateDates(e, { [list]: items.filter((i) => i.id !== id) }, now);
}
