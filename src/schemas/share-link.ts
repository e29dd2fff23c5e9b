import { z } from 'astro/zod';
import { pageIdSchema } from './ids';

// The site's policy forbids eval, and zod probes for it (a policy violation in the console)
// before compiling a faster parser: the link code runs in the browser, so it parses without one.
z.config({ jitless: true });

/** The tools whose state can travel in a read-only share link. */
export const shareKinds = ['checklist', 'worksheet', 'record'] as const;

/**
 * What a share link carries: which tool, for which engagement, made when, and the tool's state.
 *
 * `state` is deliberately `unknown` here. This schema checks only the envelope; whoever opens the
 * link must parse `state` with the schema of the tool named by `kind` and `toolId` (a checklist
 * run, a worksheet's rows, a handoff record) before showing or keeping it, because a link is
 * input from outside like any file.
 */
export const shareEnvelopeSchema = z.strictObject({
  /** Which kind of tool made the state. */
  kind: z.enum(shareKinds),
  /** The tool's id (a checklist, worksheet or record form id). */
  toolId: pageIdSchema.max(120),
  /** The engagement the state belongs to, as its owner named it. */
  engagementName: z.string().max(200).refine((s) => s.trim().length > 0, { message: 'an engagement has a name' }),
  /** When the link was made, as an ISO 8601 date-time. */
  createdAt: z.iso.datetime({ offset: true }),
  /** The tool's own state, validated later by that tool's schema. Must be present. */
  state: z.unknown().refine((v) => v !== undefined, { message: 'a share link carries a state' }),
});

export type ShareEnvelope = z.infer<typeof shareEnvelopeSchema>;
