import * as z from 'zod/mini';

/** The tools whose state can travel in a read-only share link. */
export const shareKinds = ['checklist', 'worksheet', 'record', 'diagnostic'] as const;

/**
 * What a share link carries: which tool, for which engagement, made when, and the tool's state.
 * Written with zod/mini, like the stored-data schemas: the link code runs in the browser, and
 * this way it shares the validation core the storage code already loads.
 *
 * `state` is deliberately `unknown` here. This schema checks only the envelope; whoever opens the
 * link must parse `state` with the schema of the tool named by `kind` and `toolId` (a checklist
 * run, a worksheet's rows, a handoff record) before showing or keeping it, because a link is
 * input from outside like any file.
 */
export const shareEnvelopeSchema = z.strictObject({
  /** Which kind of tool made the state. */
  kind: z.enum(shareKinds),
  /** The tool's id (a checklist, worksheet or record form id): a lowercase path, as a page id is (./ids.ts). */
  toolId: z.string().check(z.maxLength(120), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/)),
  /** The engagement the state belongs to, as its owner named it. */
  engagementName: z.string().check(
    z.maxLength(200),
    z.refine((s) => s.trim().length > 0, 'an engagement has a name'),
  ),
  /** When the link was made, as an ISO 8601 date-time. */
  createdAt: z.iso.datetime({ offset: true }),
  /** The tool's own state, validated later by that tool's schema. Must be present. */
  state: z.unknown().check(z.refine((v) => v !== undefined, 'a share link carries a state')),
});

export type ShareEnvelope = z.infer<typeof shareEnvelopeSchema>;
