/**
 * The site check the build runs (src/site/site-check.ts), on the real content files with one
 * defect at a time: each fails naming the file, the field or line, and the id.
 */
import { describe, expect, it } from 'vitest';
import { checkSite, type SiteContent } from '../../src/site/site-check';
import { formatReferenceProblems } from '../../src/lib/references';
import { rules } from '../../src/site/rules';
import {
  loadBoundaries,
  loadChecklists,
  loadDiagnostics,
  loadMessages,
  loadPages,
  loadQuizzes,
  loadStages,
  loadWorksheets,
} from '../support/content-files';

const real: SiteContent = {
  pages: loadPages(),
  stages: loadStages(),
  boundaries: loadBoundaries(),
  checklistIds: loadChecklists().map((c) => c.id),
  worksheetIds: loadWorksheets().map((w) => w.id),
  diagnostics: loadDiagnostics(),
  quizzes: loadQuizzes(),
  messages: loadMessages(),
  ruleIds: [...rules.keys()],
};
const file = 'content/pages/glossary/workflow-handoff.mdx';
const target = real.pages.find((p) => p.file === file)!;
const lastLine = target.bodyStartLine + target.body.split('\n').length - 1;

/** The site with the glossary page changed by `edit`; returns the formatted problems. */
function withPage(edit: (page: SiteContent['pages'][number]) => SiteContent['pages'][number]): string {
  const pages = real.pages.map((p) => (p === target ? edit(structuredClone(p)) : p));
  return formatReferenceProblems(checkSite({ ...real, pages }).problems);
}
/** The page with `text` on a new line after its body; returns the formatted problems and that line. */
const appended = (text: string) => ({
  output: withPage((p) => ({ ...p, body: `${p.body}\n${text}` })),
  line: lastLine + 1,
});

describe('the site check', () => {
  it('passes the content as it is, and finds a home page for every message', () => {
    const { problems, messageHomes } = checkSite(real);
    expect(problems, formatReferenceProblems(problems)).toEqual([]);
    expect([...messageHomes.keys()].sort()).toEqual(real.messages.map((m) => m.id).sort());
  });

  it('asks for a page’s body start line only to report a problem in that body', () => {
    let asked = 0;
    const lazy = real.pages.map((p) => ({
      ...p,
      get bodyStartLine() {
        asked += 1;
        return p.bodyStartLine;
      },
    }));
    expect(checkSite({ ...real, pages: lazy }).problems).toEqual([]);
    expect(asked).toBe(0);
    const broken = lazy.map((p) =>
      p.file === file ? { ...p, body: `${p.body}\n[gone](/no-such-page/)`, bodyStartLine: 1 } : p,
    );
    expect(formatReferenceProblems(checkSite({ ...real, pages: broken }).problems)).toContain(file);
  });

  it('names the file, the field and the missing id for startUpstreamIf and nextSteps', () => {
    const output = withPage((p) => {
      p.data.startUpstreamIf = [{ when: 'the moon is full', page: 'workflows/no-such-guide' }];
      p.data.nextSteps = [{ when: 'the tide is out', page: 'glossary/no-such-term' }];
      return p;
    });
    expect(output).toContain(`${file}: startUpstreamIf[0].page → "workflows/no-such-guide" is not a page`);
    expect(output).toContain(`${file}: nextSteps[0].page → "glossary/no-such-term" is not a page`);
  });

  it('names the quiz file, the field and the missing page id', () => {
    const quizzes = real.quizzes.map((q) => {
      if (q.id !== 'weak-handoff-quiz') return q;
      const copy = structuredClone(q);
      copy.data.transfers[1]!.pages[0] = 'templates/no-such-worksheet';
      return copy;
    });
    const output = formatReferenceProblems(checkSite({ ...real, quizzes }).problems);
    expect(output).toContain(
      `content/quizzes/weak-handoff-quiz.json: transfers.assets.pages[0] → "templates/no-such-worksheet" is not a page`,
    );
  });

  it.each([
    ['a missing page', '/glossary/no-such-term/', 'is not a page'],
    [
      'a missing heading anchor',
      '/workflows/client-onboarding-workflow/#no-such-heading',
      'is not a heading on workflows/client-onboarding-workflow',
    ],
    ['a javascript: URL', 'javascript:void%200', 'is not a safe link'],
  ])('names the file, the line and the link on %s in a body', (_, href, message) => {
    const { output, line } = appended(`See [this](${href}).`);
    expect(output).toContain(`${file}: line ${line} → "${href}" ${message}`);
  });

  it('names the file, the line and the unknown rule id on a rule the rulebook does not hold', () => {
    const { output, line } = appended('The rule: <Rule id="no-such-rule" />');
    expect(output).toContain(`${file}: line ${line} → "no-such-rule" is not a rule in content/rules.json`);
  });

  it('names the file, the field and the id of a message the library lacks', () => {
    const output = withPage((p) => ({ ...p, data: { ...p.data, messages: ['no-such-message'] } }));
    expect(output).toContain(`${file}: messages[0] → "no-such-message" is not a message in content/messages/`);
  });

  it('names a message that no page shows in full', () => {
    const output = formatReferenceProblems(
      checkSite({ ...real, messages: [...real.messages, { id: 'stray', file: 'content/messages/stray.json' }] })
        .problems,
    );
    expect(output).toContain('content/messages/stray.json: id → "stray"');
  });
});
