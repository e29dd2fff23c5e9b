/**
 * The code-style gates turn red: Prettier and ESLint with this project's own configuration (`npm run
 * lint`), and the file-size rule over every line a reader sees, which ESLint's `max-lines` does not count.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { timeouts } from '../support/timeouts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The site's source files as the file-size rule sees them: code and markup, stylesheets aside. */
const sourceFile = /\.(ts|tsx|astro|js|mjs)$/;
/** A file may hold this many lines, as its reader sees them. */
const maxFileLines = 300;

/**
 * The lines a reader scrolls through, blank lines and comments included; an .astro file's
 * `<style>` blocks are stylesheets and not counted.
 */
function rawLines(file: string, text: string) {
  const lines = (t: string) => (t === '' ? 0 : t.split('\n').length - (t.endsWith('\n') ? 1 : 0));
  const styles = file.endsWith('.astro') ? (text.match(/^<style\b[^>]*>[\s\S]*?^<\/style>$/gm) ?? []) : [];
  return lines(text) - styles.reduce((n, style) => n + lines(style), 0);
}

/** Each file over the limit, as `path: lines`. */
const tooLong = (files: [path: string, text: string][]) =>
  files.flatMap(([path, text]) => {
    const lines = rawLines(path, text);
    return lines > maxFileLines ? [`${path}: ${lines}`] : [];
  });

describe('the code-style gates', { timeout: timeouts.process }, () => {
  it('Prettier refuses code it would format differently, and accepts its own output', async () => {
    const filepath = `${root}src/lib/example.ts`;
    const options = { ...(await prettier.resolveConfig(filepath)), filepath };
    expect(await prettier.check('const  answer={a:1}\n', options)).toBe(false);
    expect(await prettier.check(await prettier.format('const  answer={a:1}\n', options), options)).toBe(true);
  });

  it('ESLint refuses an unused variable and an explicit any, and passes clean code', async () => {
    const eslint = new ESLint({ cwd: root });
    const [bad] = await eslint.lintText('const unused: any = 1;\n', { filePath: `${root}src/lib/example.ts` });
    expect(bad!.messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(['@typescript-eslint/no-unused-vars', '@typescript-eslint/no-explicit-any']),
    );
    const [good] = await eslint.lintText('export const answer = 1;\n', { filePath: `${root}src/lib/example.ts` });
    expect(good!.messages).toEqual([]);
  });

  it("ESLint refuses a locale's date format anywhere in the site's code", async () => {
    const eslint = new ESLint({ cwd: root });
    const rulesOf = async (code: string, file: string) =>
      (await eslint.lintText(code, { filePath: `${root}${file}` }))[0]!.messages.map((m) => m.ruleId);
    expect(
      await rulesOf("export const d = new Date().toLocaleDateString('en-CA');\n", 'src/islands/Example.tsx'),
    ).toEqual(['no-restricted-properties']);
    expect(await rulesOf('export const d = (n: number) => n.toLocaleString();\n', 'src/lib/example.ts')).toEqual([
      'no-restricted-properties',
    ]);
    expect(await rulesOf("export const f = new Intl.DateTimeFormat('en-CA').format(0);\n", 'src/lib/dates.ts')).toEqual(
      ['no-restricted-syntax'],
    );
    expect(await rulesOf('export const d = new Date(0).toISOString();\n', 'src/lib/dates.ts')).toEqual([]);
  });

  it('ESLint keeps the layers: storage imports no tool, engagement code or registry of kinds; src/lib imports no tool; schemas import nothing of the site', async () => {
    const eslint = new ESLint({ cwd: root });
    const rulesOf = async (code: string, file: string) =>
      (await eslint.lintText(code, { filePath: `${root}${file}` }))[0]!.messages.map((m) => m.ruleId);
    const restricted = ['import-x/no-restricted-paths'];
    const storage = 'src/lib/persistence/example.ts';
    expect(await rulesOf("export { checklistKind } from '../../tools/checklist/kind';\n", storage)).toEqual(restricted);
    expect(await rulesOf("export { refileMoves } from '../engagements/refile';\n", storage)).toEqual(restricted);
    expect(await rulesOf("export { storedKinds } from '../../tools/registry';\n", storage)).toEqual(restricted);
    expect(
      await rulesOf("import type { Chosen } from '../engagements/chosen';\nexport type C = Chosen;\n", storage),
    ).toEqual(restricted);
    const schema = 'src/schemas/example.ts';
    expect(await rulesOf("export { fill } from '../lib/messages';\n", schema)).toEqual(restricted);
    // Resolved through the TypeScript resolver: a .tsx island and an .astro component are caught too.
    expect(await rulesOf("export { connect } from '../tools/kit/stored';\n", schema)).toEqual(restricted);
    expect(await rulesOf("export { default } from '../tools/quiz/QuizIsland';\n", schema)).toEqual(restricted);
    expect(await rulesOf("export { default } from '../tools/checklist/ChecklistView.astro';\n", schema)).toEqual(
      restricted,
    );
    // What each layer may import.
    expect(
      await rulesOf(
        "export { mergeDocs } from './lww';\nexport { envelopeSchema } from '../../schemas/stored';\n",
        storage,
      ),
    ).toEqual([]);
    expect(await rulesOf("export { LIMITS } from './limits';\n", schema)).toEqual([]);
    expect(await rulesOf("export { storedKinds } from './registry';\n", 'src/tools/site-store.ts')).toEqual([]);
    // The engagements know no tool: each tool hands the workspace its part.
    const engagements = 'src/lib/engagements/example.ts';
    expect(await rulesOf("export { quizPart } from '../../tools/quiz/workspace';\n", engagements)).toEqual(restricted);
    expect(await rulesOf("export { tools } from '../../tools/registry';\n", engagements)).toEqual(restricted);
    expect(await rulesOf("export { addEvidence } from './evidence';\n", engagements)).toEqual([]);
    // A tool's schema stands alone as the shared ones do.
    const toolSchema = 'src/tools/quiz/schema.ts';
    expect(await rulesOf("export { fill } from '../../lib/messages';\n", toolSchema)).toEqual(restricted);
    expect(await rulesOf("export { slugSchema } from '../../schemas/ids';\n", toolSchema)).toEqual([]);
    // The tools know none of the features built on them: the workspace, the share page, print.
    const tool = 'src/tools/quiz/example.ts';
    expect(await rulesOf("export { WorkspacePanel } from '../../islands/WorkspacePanel';\n", tool)).toEqual(restricted);
    expect(await rulesOf("export { sameNamed } from '../../share/keep';\n", tool)).toEqual(restricted);
    expect(await rulesOf("export { connect } from '../kit/stored';\n", tool)).toEqual([]);
  });

  it('ESLint refuses hooks in the site’s components, and passes a class component', async () => {
    const eslint = new ESLint({ cwd: root });
    const rulesOf = async (code: string, file: string) =>
      (await eslint.lintText(code, { filePath: `${root}${file}` }))[0]!.messages.map((m) => m.ruleId);
    const island = 'src/islands/Example.tsx';
    expect(
      await rulesOf(
        "import { useState } from 'preact/hooks';\nexport const Count = () => <p>{useState(0)[0]}</p>;\n",
        island,
      ),
    ).toEqual(['no-restricted-imports']);
    expect(await rulesOf("export { useState } from 'preact/compat';\n", 'src/lib/example.ts')).toEqual([
      'no-restricted-imports',
    ]);
    expect(
      await rulesOf(
        "import { Component } from 'preact';\nexport class Count extends Component<object, { n: number }> {\n  override render() {\n    return <p>{this.state.n}</p>;\n  }\n}\n",
        island,
      ),
    ).toEqual([]);
  });

  it('ESLint refuses two modules of the site that import each other, and passes an import one way', async () => {
    // Planted outside the repository, in a folder laid out like it, and linted with its configuration.
    const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
    try {
      mkdirSync(join(dir, 'src/islands'), { recursive: true });
      const plant = (file: string, code: string) => writeFileSync(join(dir, 'src/islands', file), code);
      plant('Tool.tsx', "import { load } from './loader';\nexport const Tool = () => load;\n");
      plant('loader.ts', "export const load = () => import('./Tool');\n");
      plant('Other.tsx', "import { load } from './shared';\nexport const Other = () => load;\n");
      plant('shared.ts', 'export const load = () => 1;\n');
      const eslint = new ESLint({ cwd: dir, overrideConfigFile: `${root}eslint.config.js` });
      const rulesOf = async (file: string) =>
        (await eslint.lintFiles([`src/islands/${file}`]))[0]!.messages.map((m) => m.ruleId);
      expect(await rulesOf('Tool.tsx')).toEqual(['import-x/no-cycle']);
      expect(await rulesOf('loader.ts')).toEqual(['import-x/no-cycle']);
      expect(await rulesOf('Other.tsx')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ESLint refuses a source file over 300 lines and a function over 120, not counting blank lines and comments', async () => {
    const eslint = new ESLint({ cwd: root });
    const rulesOf = async (code: string) =>
      (await eslint.lintText(code, { filePath: `${root}src/lib/example.ts` }))[0]!.messages.map((m) => m.ruleId);
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `  total += ${i};\n`).join('');
    const fn = (n: number) => `export function sum() {\n  let total = 0;\n${lines(n - 4)}  return total;\n}\n`;
    expect(await rulesOf(fn(121))).toEqual(['max-lines-per-function']);
    expect(await rulesOf(fn(120))).toEqual([]);
    // No island is exempt, the quiz and the handoff record included.
    for (const island of ['src/tools/quiz/QuizIsland.tsx', 'src/tools/record/HandoffRecordIsland.tsx']) {
      const [result] = await eslint.lintText(fn(121), { filePath: `${root}${island}` });
      expect(result!.messages.map((m) => m.ruleId)).toEqual(['max-lines-per-function']);
    }
    // Comments and blank lines are free: a 120-line function with a comment on every line passes.
    expect(await rulesOf(fn(120).replaceAll(';\n', '; // why\n\n'))).toEqual([]);
    const constants = (n: number) => Array.from({ length: n }, (_, i) => `export const c${i} = ${i};\n`).join('');
    expect(await rulesOf(constants(301))).toEqual(['max-lines']);
    expect(await rulesOf(constants(300))).toEqual([]);
  });

  it('refuses a source file over 300 lines as its reader sees them: blank lines and comments count, an .astro file’s styles do not', () => {
    const code = (n: number) =>
      Array.from({ length: n }, (_, i) => (i % 3 === 0 ? '// why\n' : i % 3 === 1 ? '\n' : `x(${i});\n`)).join('');
    const style = '<style>\n  .a {\n    color: red;\n  }\n</style>\n';
    expect(tooLong([['src/lib/example.ts', code(301)]])).toEqual(['src/lib/example.ts: 301']);
    expect(tooLong([['src/lib/example.ts', code(300)]])).toEqual([]);
    expect(tooLong([['src/islands/Example.tsx', code(300) + 'x();']])).toEqual(['src/islands/Example.tsx: 301']);
    // An .astro file: 300 lines of frontmatter and markup pass with any stylesheet below them, 301 do not.
    expect(tooLong([['src/components/Example.astro', code(300) + style]])).toEqual([]);
    expect(tooLong([['src/components/Example.astro', code(301) + style]])).toEqual([
      'src/components/Example.astro: 301',
    ]);
    // A style element written in a template string is markup, and counts.
    expect(tooLong([['src/components/Example.astro', code(300) + '{`<style>${css}</style>`}\n']])).toEqual([
      'src/components/Example.astro: 301',
    ]);
    const files = readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
      .filter((f) => sourceFile.test(f))
      .map((f): [string, string] => [`src/${f}`, readFileSync(`${root}src/${f}`, 'utf8')]);
    expect(files.length).toBeGreaterThan(100);
    expect(tooLong(files)).toEqual([]);
  });
});
