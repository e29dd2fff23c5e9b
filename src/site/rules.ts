/** The rulebook, validated once: `content/rules.json` against `src/schemas/rule.ts`. */
import raw from '../../content/rules.json';
import { rulebookSchema, type Rule } from '../schemas/rule';

function load(): Map<string, Rule> {
  const parsed = rulebookSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`content/rules.json: ${issues}`);
  }
  return new Map(parsed.data.map((r) => [r.id, r]));
}

export const rules = load();
