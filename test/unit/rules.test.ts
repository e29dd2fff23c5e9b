/** The rulebook: valid data, every citation resolves, and the checks that guard both can fail. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulebookSchema } from '../../src/schemas/rule';
import { findRuleProblems, ruleCitations } from '../../src/lib/rules';
import { formatReferenceProblems } from '../../src/lib/references';
import { contentDir, loadPages } from '../support/content-files';

const rules = rulebookSchema.parse(JSON.parse(readFileSync(join(contentDir, 'rules.json'), 'utf8')));

describe('the rulebook', () => {
  it('holds the rules the site states, each once', () => {
    expect(rules.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'approval-is-a-written-yes',
        'silence-is-not-approval',
        'engagement-closed',
        'reminders-do-not-close',
        'change-never-holds-invoice',
        'next-action-owner-is-one-person',
        'billing-trigger-is-acceptance',
        'reminder-schedule',
        'fix-earliest-weak-stage',
      ]),
    );
  });

  it('refuses a duplicate id and a statement of more than one sentence', () => {
    const rule = { id: 'a-rule', statement: 'Silence is never approval.' };
    const twice = rulebookSchema.safeParse([rule, rule]);
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toBe('duplicate rule id "a-rule"');
    const long = rulebookSchema.safeParse([{ id: 'b-rule', statement: 'Silence is never approval. Nor is a nod.' }]);
    expect(long.error?.issues[0]?.message).toBe('statement must be exactly one sentence');
  });

  it('every rule is cited by at least one page, and every citation names a rule', () => {
    const pages = loadPages();
    const cited = new Set(pages.flatMap((p) => ruleCitations(p.body).map((c) => c.id)));
    expect(rules.filter((r) => !cited.has(r.id)).map((r) => r.id)).toEqual([]);
    const problems = findRuleProblems(
      pages,
      rules.map((r) => r.id),
    );
    expect(problems, formatReferenceProblems(problems)).toEqual([]);
  });
});

describe('rule citations', () => {
  it('finds each citation with its line, in either quote style', () => {
    expect(
      ruleCitations(`Intro.\n\nThe rule: <Rule id="engagement-closed" />\n<Rule id='silence-is-not-approval'/>`),
    ).toEqual([
      { id: 'engagement-closed', line: 3 },
      { id: 'silence-is-not-approval', line: 4 },
    ]);
  });

  it('fails on an unknown id, naming the file and the file line', () => {
    const problems = findRuleProblems(
      [{ file: 'content/pages/faq/x.mdx', body: 'One.\n<Rule id="no-such-rule" />', bodyStartLine: 20 }],
      ['engagement-closed'],
    );
    expect(formatReferenceProblems(problems)).toContain(
      'content/pages/faq/x.mdx: line 21 → "no-such-rule" is not a rule in content/rules.json',
    );
  });
});
