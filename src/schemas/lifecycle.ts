import { z } from 'astro/zod';
import { pageIdSchema, slugSchema } from './ids';

/** One of the six lifecycle stages; the only place a stage's name and facts are written. */
export const stageSchema = z.object({
  /** Stable id used by pages in their `stages` field, e.g. `onboarding`. */
  id: slugSchema,
  /** Position in the lifecycle, 1 to 6. */
  number: z.number().int().min(1),
  /** Display name, e.g. "Intake & qualification". */
  name: z.string().min(1),
  /** What the stage exists to achieve. */
  goal: z.string().min(1),
  /** What the stage needs before it can run. */
  inputs: z.array(z.string().min(1)).min(1),
  /** What the stage hands forward when it is done. */
  output: z.string().min(1),
  /** The condition that must hold before the next stage may start. */
  handoffRule: z.string().min(1),
  /** The failure that most often shows up at this stage. */
  usuallyBreaks: z.string().min(1),
  /** The page that explains how to run this stage. */
  guide: pageIdSchema,
});

/** A boundary between two stages: what must cross it for the next stage to start clean. */
export const boundarySchema = z.object({
  /** Stable id, `<from>-to-<to>`, e.g. `proposal-to-onboarding`. */
  id: slugSchema,
  /** The stage that ends at this boundary. */
  from: slugSchema,
  /** The stage that begins at this boundary. */
  to: slugSchema,
  /** What must be handed across, in the order a reader checks it. */
  passes: z.array(z.string().min(1)).min(1),
  /** What goes wrong when the boundary is crossed without them. */
  risk: z.string().min(1),
  /** The page that explains how to run this boundary. */
  guide: pageIdSchema,
});

export type Stage = z.infer<typeof stageSchema>;
export type Boundary = z.infer<typeof boundarySchema>;
