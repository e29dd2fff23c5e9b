/**
 * How the engagements and the reader's current one are stored
 * (`handoff-handbook:v1:engagements:all`), loaded with the storage code after the islands hydrate.
 *
 * Each engagement is its own item, so two tabs adding or renaming different ones keep both; the
 * current engagement is one item, so the last choice in any tab wins everywhere. Each dated item
 * (milestone, invoice, client dependency, decision) is an item of its own, keyed
 * `<engagement>:<item id>`: two tabs editing two invoices of one engagement both keep their
 * change, where one item per engagement would keep only the later tab's whole copy. The
 * engagement's single dates (signature, kickoff) and its next action stay in its own item: each
 * is one value, and a later edit replacing an earlier one is what the reader expects.
 *
 * Version 2 added the dates. Version 1 values read as version 2 unchanged; the bump is there so
 * a page still running version 1 code leaves a version 2 value alone instead of dropping the
 * dates it does not know.
 */
import type { Doc } from '../persistence/lww';
import { parseOrThrow, type Kind } from '../persistence/kind';
import { live, splitKey } from '../runs/run-set-items';
import { engagementsSchema, engagementsV1Schema } from '../../schemas/stored';
import {
  clientDependencySchema,
  decisionSchema,
  invoiceSchema,
  milestoneSchema,
  nextActionSchema,
} from '../../schemas/engagement-items';
import { emptyDates, type Engagement, type EngagementDates, type NextAction } from './engagement';
import type { Chosen } from './chosen';

/** The one key every page shares. */
export const ENGAGEMENTS_ID = 'all';

/** The dated lists, each stored as its own map, with the field each is ordered by. */
export const DATED_LISTS = {
  milestones: 'due',
  invoices: 'sentOn',
  dependencies: 'dueOn',
  decisions: 'decisionDate',
} as const;
export type DatedList = keyof typeof DATED_LISTS;
const LIST_NAMES = Object.keys(DATED_LISTS) as DatedList[];

/** Field order of each stored value, as the schema writes it: a value rebuilt in another order would read as changed. */
const FIELDS: Record<DatedList | 'nextAction', readonly string[]> = {
  milestones: Object.keys(milestoneSchema.shape),
  invoices: Object.keys(invoiceSchema.shape),
  dependencies: Object.keys(clientDependencySchema.shape),
  decisions: Object.keys(decisionSchema.shape),
  nextAction: Object.keys(nextActionSchema.shape),
};

/** The defined fields of a value, in the given order. */
const ordered = (value: object, fields: readonly string[]) =>
  Object.fromEntries(
    fields.flatMap((f) =>
      Object.hasOwn(value, f) && (value as Record<string, unknown>)[f] !== undefined
        ? [[f, (value as Record<string, unknown>)[f]]]
        : [],
    ),
  );

interface StoredEngagement {
  client: string;
  project: string;
  createdAt: number;
  notes?: string;
  signature?: string;
  kickoff?: string;
  nextAction?: NextAction;
}

/** The key of a dated item: its engagement, then its own id (neither holds a colon). */
export const datedKey = (engagementId: string, itemId: string) => `${engagementId}:${itemId}`;

/** Each engagement's dates from the dated maps, every list in date order (then id). */
function datesOf(doc: Doc): Map<string, EngagementDates> {
  const out = new Map<string, EngagementDates>();
  for (const list of LIST_NAMES) {
    for (const [key, value] of live(doc, list)) {
      const [engagementId] = splitKey(key);
      if (!out.has(engagementId)) out.set(engagementId, emptyDates());
      (out.get(engagementId)![list] as unknown[]).push(value);
    }
  }
  for (const dates of out.values()) {
    for (const list of LIST_NAMES) {
      const by = DATED_LISTS[list];
      (dates[list] as Record<string, string>[]).sort((a, b) =>
        a[by]! < b[by]! ? -1 : a[by]! > b[by]! ? 1 : a.id! < b.id! ? -1 : 1,
      );
    }
  }
  return out;
}

/**
 * When each engagement or any of its dated items last changed (a removal too), in one pass over
 * the doc: asking the doc once per engagement took minutes at the 5,000-engagement limit.
 */
function changedAt(doc: Doc): Map<string, number> {
  const out = new Map<string, number>();
  const seen = (id: string, at: number) => {
    const known = out.get(id);
    if (known === undefined || at > known) out.set(id, at);
  };
  for (const [key, entry] of Object.entries(doc.engagements ?? {})) seen(key, entry[0]);
  for (const list of LIST_NAMES)
    for (const [key, entry] of Object.entries(doc[list] ?? {})) seen(splitKey(key)[0], entry[0]);
  return out;
}

function engagementOf(
  id: string,
  stored: StoredEngagement,
  dates: EngagementDates | undefined,
  changed: number | undefined,
): Engagement {
  const { client, project, createdAt, notes, signature, kickoff, nextAction } = stored;
  const updatedAt = changed ?? createdAt;
  return {
    id,
    client,
    project,
    ...(notes !== undefined ? { notes } : {}),
    dates: { ...(signature ? { signature } : {}), ...(kickoff ? { kickoff } : {}), ...(dates ?? emptyDates()) },
    ...(nextAction ? { nextAction } : {}),
    createdAt,
    updatedAt,
  };
}

export const engagementsKind: Kind<Chosen> = {
  name: 'engagements',
  version: 2,
  schema: engagementsSchema,
  migrations: { 1: (data) => parseOrThrow(engagementsV1Schema, data) },
  view: (doc) => {
    const dates = datesOf(doc);
    const changed = changedAt(doc);
    return {
      engagements: live(doc, 'engagements').map(([id, v]) =>
        engagementOf(id, v as StoredEngagement, dates.get(id), changed.get(id)),
      ),
      current: (live(doc, 'current').find(([k]) => k === '')?.[1] as string | undefined) ?? '',
    };
  },
  items: (chosen) => {
    const out: Record<string, Record<string, unknown>> = {
      engagements: {},
      current: chosen.current ? { '': chosen.current } : {},
      ...Object.fromEntries(LIST_NAMES.map((l) => [l, {}])),
    };
    for (const e of chosen.engagements) {
      const { signature, kickoff } = e.dates;
      out.engagements![e.id] = ordered(
        {
          client: e.client,
          project: e.project,
          createdAt: e.createdAt,
          notes: e.notes,
          signature,
          kickoff,
          nextAction: e.nextAction && ordered(e.nextAction, FIELDS.nextAction),
        },
        ['client', 'project', 'createdAt', 'notes', 'signature', 'kickoff', 'nextAction'],
      );
      for (const list of LIST_NAMES)
        for (const item of e.dates[list]) out[list]![datedKey(e.id, item.id)] = ordered(item, FIELDS[list]);
    }
    return out;
  },
};
