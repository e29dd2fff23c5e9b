/**
 * Defects in content fail `astro build` with a message naming the file, the field or line, and
 * the id. One copy of the site carries every defect the site check finds at once (references of
 * every kind, and a statement of law without sources), so one build proves that the build runs
 * the site check and reports all it finds; a second proves that a schema error, which stops the
 * build before the site check, names its file and field. Each check's cases, one defect at a time, are unit tests:
 * test/unit/site-check.test.ts (references, body links, rules, messages), schemas.test.ts and
 * messages.test.ts (frontmatter and message schemas).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { root, splitFrontmatter } from '../support/content-files';
import { buildWithEdits, type BuildResult } from '../support/fixture-build';

const file = 'content/pages/glossary/workflow-handoff.mdx';
const source = readFileSync(join(root, file), 'utf8');
const { frontmatter, body } = splitFrontmatter(source);

/** The page with its frontmatter changed by `edit` and `lines` added to its body. */
function edited(edit: (data: Record<string, unknown>) => void, lines: string[] = []): string {
  const data = structuredClone(frontmatter) as Record<string, unknown>;
  edit(data);
  return [`---\n${stringify(data)}---\n${body}`, ...lines].join('\n');
}

const links = ['/glossary/no-such-term/', '/workflows/client-onboarding-workflow/#no-such-heading', 'javascript:void%200'];
const quizFile = 'content/quizzes/weak-handoff-quiz.json';
const quiz = JSON.parse(readFileSync(join(root, quizFile), 'utf8')) as { transfers: { pages: string[] }[] };
quiz.transfers[1]!.pages[0] = 'templates/no-such-worksheet';
const page = edited(
  (data) => {
    data['startUpstreamIf'] = [{ when: 'the moon is full', page: 'workflows/no-such-guide' }];
    data['nextSteps'] = [{ when: 'the tide is out', page: 'glossary/no-such-term' }];
    data['messages'] = ['no-such-message'];
  },
  [...links.map((href) => `See [this](${href}).`), 'The rule: <Rule id="no-such-rule" />'],
);
// The file line of the first added link: the added lines are the page's last.
const firstAdded = page.split('\n').length - links.length;
const lawFile = 'content/pages/workflows/late-payment-path.mdx';
const law = splitFrontmatter(readFileSync(join(root, lawFile), 'utf8'));
const unsourced = structuredClone(law.frontmatter) as Record<string, unknown>;
delete unsourced['sources'];

/** The build of the copy with every site-check defect: references of every kind and unsourced law. */
let result: BuildResult;
beforeAll(async () => {
  result = await buildWithEdits({
    [file]: page,
    [quizFile]: JSON.stringify(quiz),
    [lawFile]: `---\n${stringify(unsourced)}---\n${law.body}`,
  });
});

describe('a build with broken references of every kind', () => {
  it('fails', () => {
    expect(result.status).not.toBe(0);
  });

  it.each([
    [`${file}: startUpstreamIf[0].page → "workflows/no-such-guide" is not a page`],
    [`${file}: nextSteps[0].page → "glossary/no-such-term" is not a page`],
    [`${file}: messages[0] → "no-such-message" is not a message in content/messages/`],
    [`${quizFile}: transfers.assets.pages[0] → "templates/no-such-worksheet" is not a page`],
    [`${file}: line ${firstAdded} → "${links[0]}" is not a page`],
    [`${file}: line ${firstAdded + 1} → "${links[1]}" is not a heading on workflows/client-onboarding-workflow`],
    [`${file}: line ${firstAdded + 2} → "${links[2]}" is not a safe link`],
    [`${file}: line ${firstAdded + 3} → "no-such-rule" is not a rule in content/rules.json`],
  ])('names %s', (line) => {
    expect(result.output).toContain(line);
  });
});

describe('a build with invalid frontmatter', () => {
  it('fails and names the file and the field', async () => {
    const result = await buildWithEdits({ [file]: edited((data) => (data['role'] = 'essay')) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('workflow-handoff.mdx');
    expect(result.output).toMatch(/role/);
  });
});

describe('a build with a statement of law and no sources', () => {
  it('fails and names the file and the field to fill in', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${lawFile}: sources → `);
    expect(result.output).toMatch(/statement of law this page may make without sources/);
  });
});
