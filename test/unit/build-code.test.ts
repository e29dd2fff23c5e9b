/**
 * The build code (astro.config.mjs and src/build/) keeps to Astro's and Vite's public hooks: it
 * passes no data through `globalThis`, and it changes no other package's plugin objects (no
 * `delete`, no hook assigned onto an object, no reaching into a resolved plugin list). Read
 * from the syntax tree, so neither a comment nor a string can trip it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from '../support/content-files';

/** Vite and Rolldown plugin hooks: assigning one onto an object rewires a plugin. */
const hooks = new Set([
  'config',
  'configResolved',
  'configureServer',
  'options',
  'buildStart',
  'resolveId',
  'load',
  'transform',
  'moduleParsed',
  'buildEnd',
  'renderStart',
  'renderChunk',
  'generateBundle',
  'writeBundle',
  'closeBundle',
  'applyToEnvironment',
  'enforce',
]);

/** What `source` does that build code must not, one line each (`file:line what`); empty when clean. */
function buildCodeViolations(source: string, file: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const at = (node: ts.Node, what: string) =>
    out.push(`${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && (node.text === 'globalThis' || node.text === 'global') && !isPropertyName(node))
      at(node, `uses ${node.text} to pass data`);
    if (ts.isCallExpression(node) && node.expression.getText(tree) === 'Symbol.for')
      at(node, 'registers a global symbol (Symbol.for)');
    if (ts.isDeleteExpression(node))
      at(node, `deletes ${node.expression.getText(tree)} from an object it did not make`);
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left))
    ) {
      const name = ts.isPropertyAccessExpression(node.left)
        ? node.left.name.text
        : node.left.argumentExpression.getText(tree).replace(/^['"`]|['"`]$/g, '');
      if (hooks.has(name)) at(node, `assigns the plugin hook ${name} onto ${node.left.expression.getText(tree)}`);
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ['defineProperty', 'deleteProperty', 'setPrototypeOf'].includes(node.expression.name.text)
    )
      at(node, `rewrites an object with ${node.expression.getText(tree)}`);
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'plugins')
      at(node, `reads another package's plugins from ${node.getText(tree)}`);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return out;
}

/** `x` in `a.x` or `{ x: … }`: a name, not a reference to a variable. */
const isPropertyName = (node: ts.Identifier) =>
  (ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) ||
  (ts.isPropertyAssignment(node.parent) && node.parent.name === node);

/** The build code: the config and every module under src/build/. */
function buildFiles(): string[] {
  const dir = join(root, 'src/build');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|js)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
  return [join(root, 'astro.config.mjs'), ...files];
}

/** Every source file under src/, for imports the build no longer serves. */
function sourceFiles(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|astro|mjs)$/.test(f))
    .map((f) => join(dir, f));
}

describe('the build code', () => {
  it('finds a planted globalThis record, a deleted hook, an assigned hook and a search of the resolved plugins', () => {
    const planted = [
      `const key = Symbol.for('x'); (globalThis as any)[key] = { revisions: new Map() };`,
      `export function withoutBabel(plugins) { const jsx = plugins.find((p) => p.name === 'vite:preact-jsx'); delete jsx.transform; }`,
      `export const f = (plugin) => { plugin.transform = () => null; plugin['load'] = undefined; };`,
      `export default { configResolved: (config) => config.plugins.find((p) => p.name === 'x') };`,
      `Object.defineProperty(other, 'transform', { value: null });`,
    ];
    const found = planted.map((source, i) => buildCodeViolations(source, `planted-${i}.ts`));
    expect(found[0]).toEqual([
      'planted-0.ts:1 registers a global symbol (Symbol.for)',
      'planted-0.ts:1 uses globalThis to pass data',
    ]);
    expect(found[1]).toEqual(['planted-1.ts:1 deletes jsx.transform from an object it did not make']);
    expect(found[2]).toEqual([
      'planted-2.ts:1 assigns the plugin hook transform onto plugin',
      'planted-2.ts:1 assigns the plugin hook load onto plugin',
    ]);
    expect(found[3]).toEqual(["planted-3.ts:1 reads another package's plugins from config.plugins"]);
    expect(found[4]).toEqual(['planted-4.ts:1 rewrites an object with Object.defineProperty']);
  });

  it('leaves plugins the build makes itself, with their hooks as object keys, alone', () => {
    const own = `export const p = () => ({ name: 'handbook:x', transform: { filter: { id: /x/ }, handler: (code) => code }, plugins: [] });
// globalThis in a comment, and 'delete x.transform' in a string, are neither.
const note = 'globalThis';`;
    expect(buildCodeViolations(own, 'own.ts')).toEqual([]);
  });

  it('uses no globalThis to pass data and changes no other package’s plugin objects', () => {
    const found = buildFiles().flatMap((file) => buildCodeViolations(readFileSync(file, 'utf8'), relative(root, file)));
    expect(found).toEqual([]);
  });
  it('serves no `?private` copies of modules, and the JSX of the islands is left to the Preact integration', () => {
    const privateImports = sourceFiles().filter((file) =>
      /from\s+['"][^'"]+\?private['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(privateImports.map((f) => relative(root, f))).toEqual([]);
    const buildSources = buildFiles().map((file) => readFileSync(file, 'utf8'));
    expect(buildSources.filter((s) => /\?private|vite:preact-jsx|native-jsx/.test(s))).toEqual([]);
  });
});
