import { z } from 'astro/zod';
import { slugSchema } from './ids';

/** One rule the site states. Pages cite it with `<Rule id="…" />`, so its wording lives only here. */
export const ruleSchema = z
  .object({
    /** A stable id, e.g. `silence-is-not-approval`. */
    id: slugSchema,
    /** The rule in one sentence, rendered wherever a page cites it. */
    statement: z
      .string()
      .min(10)
      .max(300)
      .refine(
        (s) => /[.!?]$/.test(s.trim()) && !/[.!?]\s+[A-Z]/.test(s.trim()),
        'statement must be exactly one sentence',
      ),
    /** Optional: why the rule holds, for pages that want to give the reason. */
    why: z.string().min(10).optional(),
  })
  .strict();

/** The rulebook: every rule once, ids unique. */
export const rulebookSchema = z
  .array(ruleSchema)
  .min(1)
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate rule id "${rule.id}"` });
      seen.add(rule.id);
    });
  });

export type Rule = z.infer<typeof ruleSchema>;
