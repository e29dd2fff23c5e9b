import { z } from 'astro/zod';
import { slugSchema } from '../../schemas/ids';

/** One tickable item; its id is what progress is saved against, so rewording keeps ticks. */
export const checklistItemSchema = z.object({
  /** Stable id, unique within the checklist. Never reuse an id for a different check. */
  id: slugSchema,
  /** The check, phrased so that a tick means "yes, this holds". */
  text: z.string().min(1),
  /** Optional help: what evidence counts, or where to look. */
  hint: z.string().min(1).optional(),
});

/** A lettered group of items, run in letter order. */
export const checklistGroupSchema = z.object({
  /** The group letter, A, B, C… */
  letter: z.string().regex(/^[A-Z]$/),
  /** The group heading, e.g. "Scope and success". */
  title: z.string().min(1),
  /** The items in this group. */
  items: z.array(checklistItemSchema).min(1),
  /**
   * Where the group sits around the gate's move. `before`: it must hold before the move, and the
   * gate stops at its first unticked item. `after`: it tracks what follows the move and never
   * holds it. Either every group of a checklist has a phase or none has; without phases the gate
   * counts its own questions only.
   */
  phase: z.enum(['before', 'after']).optional(),
});

/** A go/no-go gate: questions that must all be "yes" before the named move. */
export const gateSchema = z.object({
  /** The move the gate protects, completing "Not ready to …", e.g. "start delivery". */
  move: z.string().min(1),
  /** The gate questions; any "no" holds the move. */
  questions: z.array(checklistItemSchema).min(1),
});

/** A checklist as data: rendered as a form without JavaScript, run as a tool with it. */
export const checklistSchema = z
  .object({
    /** The checklist's name as shown above it. */
    title: z.string().min(1),
    /** When to run it, in one sentence. */
    when: z.string().min(1),
    /** The fast run order, in plain words. */
    runOrder: z.string().min(1),
    /** The lettered groups. */
    groups: z.array(checklistGroupSchema).min(1),
    /** The optional go/no-go gate. */
    gate: gateSchema.optional(),
  })
  .superRefine((checklist, ctx) => {
    const seen = new Set<string>();
    const ids = [
      ...checklist.groups.flatMap((g) => g.items.map((i) => i.id)),
      ...(checklist.gate?.questions.map((q) => q.id) ?? []),
    ];
    for (const id of ids) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `item id "${id}" is used twice` });
      seen.add(id);
    }
    const phases = checklist.groups.map((g) => g.phase);
    if (phases.some(Boolean)) {
      if (!phases.every(Boolean))
        ctx.addIssue({ code: 'custom', path: ['groups'], message: 'give every group a phase, or none' });
      if (phases.lastIndexOf('before') > phases.indexOf('after') && phases.includes('after')) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups'],
          message: 'every "before" group must come ahead of the "after" groups',
        });
      }
      if (!phases.includes('before'))
        ctx.addIssue({ code: 'custom', path: ['groups'], message: 'at least one group must hold before the move' });
      if (!checklist.gate)
        ctx.addIssue({
          code: 'custom',
          path: ['gate'],
          message: 'phases need a gate: they are placed before or after its move',
        });
    }
    const letters = checklist.groups.map((g) => g.letter).join('');
    const expected = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, letters.length);
    if (letters !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['groups'],
        message: `group letters must run ${expected}, found ${letters}`,
      });
    }
  });

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ChecklistGroup = z.infer<typeof checklistGroupSchema>;
