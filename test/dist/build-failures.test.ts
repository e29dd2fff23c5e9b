/**
 * Defects in content must fail `astro build` with a message naming the file, the field and
 * the id. Each case builds a copy of the site with one defect in one glossary page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { root, splitFrontmatter } from '../support/content-files';
import { buildWithEdits } from '../support/fixture-build';

const file = 'content/pages/glossary/workflow-handoff.mdx';
const { frontmatter, body } = splitFrontmatter(readFileSync(join(root, file), 'utf8'));

/** The page with its frontmatter changed by `edit`. */
function edited(edit: (data: Record<string, unknown>) => void): string {
  const data = structuredClone(frontmatter) as Record<string, unknown>;
  edit(data);
  return `---\n${stringify(data)}---\n${body}`;
}

describe('a build with a broken reference', () => {
  it('fails and names the file, the field and the missing id for startUpstreamIf and nextSteps', () => {
    const result = buildWithEdits({
      [file]: edited((data) => {
        data['startUpstreamIf'] = [{ when: 'the moon is full', page: 'workflows/no-such-guide' }];
        data['nextSteps'] = [{ when: 'the tide is out', page: 'glossary/no-such-term' }];
      }),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${file}: startUpstreamIf[0].page → "workflows/no-such-guide" is not a page`);
    expect(result.output).toContain(`${file}: nextSteps[0].page → "glossary/no-such-term" is not a page`);
  });
});

describe('a build with a broken quiz reference', () => {
  it('fails and names the quiz file, the field and the missing page id', () => {
    const quizFile = 'content/quizzes/weak-handoff-quiz.json';
    const quiz = JSON.parse(readFileSync(join(root, quizFile), 'utf8')) as { transfers: { pages: string[] }[] };
    quiz.transfers[1]!.pages[0] = 'templates/no-such-worksheet';
    const result = buildWithEdits({ [quizFile]: JSON.stringify(quiz) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${quizFile}: transfers.assets.pages[0] → "templates/no-such-worksheet" is not a page`);
  });
});

describe('a build with a broken body link', () => {
  it.each([
    ['a missing page', '/glossary/no-such-term/', 'is not a page'],
    ['a missing heading anchor', '/workflows/client-onboarding-workflow/#no-such-heading', 'is not a heading on workflows/client-onboarding-workflow'],
    ['a javascript: URL', 'javascript:void%200', 'is not a safe link'],
  ])('fails on %s and names the file and the link', (_, href, message) => {
    const source = readFileSync(join(root, file), 'utf8');
    const result = buildWithEdits({ [file]: `${source}\nSee [this](${href}).\n` });
    const line = source.split('\n').length + 1;
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${file}: line ${line} → "${href}" ${message}`);
  });
});

describe('a build with invalid frontmatter', () => {
  it.each([
    ['a missing title', (d: Record<string, unknown>) => delete d['title'], /title/],
    ['an unknown role', (d: Record<string, unknown>) => (d['role'] = 'essay'), /role/],
    ['a when without a page', (d: Record<string, unknown>) => (d['nextSteps'] = [{ when: 'no page is given' }]), /nextSteps\.0\.page/],
  ])('fails on %s and names the file and field', (_, edit, field) => {
    const result = buildWithEdits({ [file]: edited(edit) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('workflow-handoff.mdx');
    expect(result.output).toMatch(field);
  });
});

describe('a build citing a rule the rulebook does not hold', () => {
  it('fails and names the file, the line and the unknown rule id', () => {
    const source = readFileSync(join(root, file), 'utf8');
    const result = buildWithEdits({ [file]: `${source}\nThe rule: <Rule id="no-such-rule" />\n` });
    const line = source.split('\n').length + 1;
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${file}: line ${line} → "no-such-rule" is not a rule in content/rules.json`);
  });
});

describe('a build with a broken message reference or message', () => {
  it('fails on a page listing a message the library lacks, naming the file, the field and the id', () => {
    const result = buildWithEdits({ [file]: edited((data) => (data['messages'] = ['no-such-message'])) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${file}: messages[0] → "no-such-message" is not a message in content/messages/`);
  });

  it('fails on a message that uses a placeholder it does not declare, naming the file and the placeholder', () => {
    const messageFile = 'content/messages/final-notice.json';
    const message = JSON.parse(readFileSync(join(root, messageFile), 'utf8')) as { body: string };
    message.body += '\n\nReference: {purchaseOrder}';
    const result = buildWithEdits({ [messageFile]: JSON.stringify(message) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('final-notice');
    expect(result.output).toContain('{purchaseOrder} is used in the subject or body but not declared in placeholders');
  });
});
