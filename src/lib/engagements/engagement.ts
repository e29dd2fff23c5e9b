/**
 * Pure operations on engagements. Each returns a new engagement stamped with `now`, so the
 * storage layer can merge per item by `updatedAt`. None validates: the UI parses with
 * `engagementSchema` (src/schemas/engagement.ts) before saving, which keeps zod out of this file.
 * Creating and naming live here, with the picker and the store; editing the dates lives in
 * ./edit.ts, with the engagement page that alone uses it.
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
export function createEngagement(
  input: NewEngagement,
  existing: readonly Engagement[],
  random: RandomSource,
  now: number,
): Engagement {
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
export const engagementName = (e: Pick<Engagement, 'client' | 'project'>) =>
  e.project ? `${e.client}: ${e.project}` : e.client;

/** Renames; a blank client is ignored (the engagement keeps its name) rather than stored. */
export function renameEngagement(e: Engagement, names: { client?: string; project?: string }, now: number): Engagement {
  const client = names.client?.trim() || e.client;
  const project = names.project === undefined ? e.project : names.project.trim();
  if (client === e.client && project === e.project) return e;
  return { ...e, client, project, updatedAt: now };
}
