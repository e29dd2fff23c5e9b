/**
 * Pure operations on engagements. Each returns a new engagement stamped with `now`, so the
 * storage layer can merge per item by `updatedAt`. None validates: the UI parses with
 * `engagementSchema` (src/schemas/engagement.ts) before saving, which keeps zod out of this file.
 */
import type {
  ClientDependency,
  Decision,
  Engagement,
  EngagementDates,
  Invoice,
  Milestone,
  NextAction,
} from '../../schemas/engagement';
import { newId, type RandomSource } from './ids';

export type { Engagement, EngagementDates, Invoice, Milestone, ClientDependency, Decision, NextAction };

export const emptyDates = (): EngagementDates => ({ milestones: [], invoices: [], dependencies: [], decisions: [] });

export interface NewEngagement {
  client: string;
  project?: string;
  notes?: string;
}

/** A new engagement with no dates yet; its id avoids every id in `existing`. */
export function createEngagement(input: NewEngagement, existing: readonly Engagement[], random: RandomSource, now: number): Engagement {
  const id = newId('e', random, new Set(existing.map((e) => e.id)));
  const notes = input.notes?.trim();
  return {
    id,
    client: input.client.trim(),
    project: (input.project ?? '').trim(),
    ...(notes ? { notes } : {}),
    dates: emptyDates(),
    createdAt: now,
    updatedAt: now,
  };
}

/** How an engagement is named in lists, reminders and calendars: "Client: project", or the client alone. */
export const engagementName = (e: Pick<Engagement, 'client' | 'project'>) => (e.project ? `${e.client}: ${e.project}` : e.client);

/** Renames; a blank client is ignored (the engagement keeps its name) rather than stored. */
export function renameEngagement(e: Engagement, names: { client?: string; project?: string }, now: number): Engagement {
  const client = names.client?.trim() || e.client;
  const project = names.project === undefined ? e.project : names.project.trim();
  if (client === e.client && project === e.project) return e;
  return { ...e, client, project, updatedAt: now };
}

export function setNotes(e: Engagement, notes: string, now: number): Engagement {
  const { notes: _old, ...rest } = e;
  const clean = notes.trim();
  return { ...rest, ...(clean ? { notes: clean } : {}), updatedAt: now };
}

/** Replaces some of the dates; `undefined` for signature or kickoff clears it. */
export function updateDates(e: Engagement, change: Partial<EngagementDates>, now: number): Engagement {
  const dates = { ...e.dates, ...change };
  for (const key of ['signature', 'kickoff'] as const) if (key in change && change[key] === undefined) delete dates[key];
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
export function updateItem<L extends ListName>(e: Engagement, list: L, id: string, change: Partial<Omit<ItemOf<L>, 'id'>>, now: number): Engagement {
  const items = e.dates[list] as ItemOf<L>[];
  if (!items.some((i) => i.id === id)) return e;
  // A key set to undefined (a cleared paidOn, say) is removed, not stored as undefined.
  const merge = (i: ItemOf<L>) => Object.fromEntries(Object.entries({ ...i, ...change, id }).filter(([, v]) => v !== undefined));
  const next = items.map((i) => (i.id === id ? merge(i) : i)) as EngagementDates[L];
  return updateDates(e, { [list]: next }, now);
}

export function removeItem(e: Engagement, list: ListName, id: string, now: number): Engagement {
  const items = e.dates[list] as { id: string }[];
  if (!items.some((i) => i.id === id)) return e;
  return updateDates(e, { [list]: items.filter((i) => i.id !== id) }, now);
}
