/**
 * The rulebook's citations. A page states a rule with `<Rule id="…" />`; the statement is rendered
 * from `content/rules.json`, so a rule is worded in one place and an unknown id fails the build.
 */
import type { ReferenceProblem } from './references';

/** Matches one citation, e.g. `<Rule id="silence-is-not-approval" />`. */
const citation = /<Rule\s+id=(?:"([^"]*)"|'([^']*)')\s*\/>/g;

/** Every rule a body cites, with the body line it sits on (1-based). */
export function ruleCitations(body: string): { id: string; line: number }[] {
  return [...body.matchAll(citation)].map((m) => ({
    id: m[1] ?? m[2] ?? '',
    line: body.slice(0, m.index).split('\n').length,
  }));
}

/** Citations of rules that are not in the rulebook, named by file and line. */
export function findRuleProblems(
  pages: { file: string; body: string; bodyStartLine?: number }[],
  ruleIds: Iterable<string>,
): ReferenceProblem[] {
  const known = new Set(ruleIds);
  return pages.flatMap((page) =>
    ruleCitations(page.body)
      .filter((c) => !known.has(c.id))
      .map((c) => ({
        file: page.file,
        field: `line ${(page.bodyStartLine ?? 1) + c.line - 1}`,
        id: c.id,
        expected: 'rule in content/rules.json',
      })),
  );
}
