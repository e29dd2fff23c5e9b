/**
 * Reads the content folder straight from disk. Inside vitest `getCollection()` sees no data on a
 * clean checkout, so tests validate the same files with the same schemas without Astro.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { pageSchema, type PageData } from '../../src/schemas/page';
import { stageSchema, boundarySchema } from '../../src/schemas/lifecycle';
import { checklistSchema } from '../../src/tools/checklist/schema';
import { worksheetSchema } from '../../src/tools/worksheet/schema';
import { diagnosticSchema } from '../../src/tools/diagnostic/schema';
import { quizSchema } from '../../src/tools/quiz/schema';
import { recordFormSchema } from '../../src/tools/record/schema';
import { messageSchema } from '../../src/schemas/message';
import { stageAndBoundaryIds } from '../../src/lib/lifecycle-ids';

export const root = join(import.meta.dirname, '..', '..');
export const contentDir = join(root, 'content');

/** Every file below `dir` whose name ends with `ext`. */
export function walk(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return walk(path, ext);
    return d.name.endsWith(ext) ? [path] : [];
  });
}

export interface ContentPage {
  id: string;
  file: string;
  data: PageData;
  body: string;
  bodyStartLine: number;
}

export function splitFrontmatter(source: string): { frontmatter: unknown; body: string; bodyStartLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { frontmatter: {}, body: source, bodyStartLine: 1 };
  return {
    frontmatter: parseYaml(match[1] ?? ''),
    body: source.slice(match[0].length),
    bodyStartLine: match[0].split('\n').length,
  };
}

export function loadPages(): ContentPage[] {
  const schema = pageSchema(stageAndBoundaryIds);
  const base = join(contentDir, 'pages');
  return walk(base, '.mdx').map((path) => {
    const file = relative(root, path);
    let parts: ReturnType<typeof splitFrontmatter>;
    try {
      parts = splitFrontmatter(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: frontmatter is not valid YAML: ${String(error)}`, { cause: error });
    }
    const { frontmatter, body, bodyStartLine } = parts;
    const parsed = schema.safeParse(frontmatter);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`${file}: ${issues}`);
    }
    return { id: relative(base, path).replace(/\.mdx$/, ''), file, data: parsed.data, body, bodyStartLine };
  });
}

function loadJsonDir<T>(folder: string, parse: (v: unknown) => T): { id: string; file: string; data: T }[] {
  const dir = join(contentDir, folder);
  return walk(dir, '.json').map((path) => {
    const file = relative(root, path);
    try {
      return {
        id: relative(dir, path).replace(/\.json$/, ''),
        file,
        data: parse(JSON.parse(readFileSync(path, 'utf8'))),
      };
    } catch (error) {
      throw new Error(`${file}: ${String(error)}`, { cause: error });
    }
  });
}

export const loadChecklists = () => loadJsonDir('checklists', (v) => checklistSchema.parse(v));
export const loadWorksheets = () => loadJsonDir('worksheets', (v) => worksheetSchema.parse(v));
export const loadDiagnostics = () => loadJsonDir('diagnostics', (v) => diagnosticSchema.parse(v));
export const loadQuizzes = () => loadJsonDir('quizzes', (v) => quizSchema.parse(v));
export const loadRecordForms = () => loadJsonDir('records', (v) => recordFormSchema.parse(v));
export const loadMessages = () => loadJsonDir('messages', (v) => messageSchema(stageAndBoundaryIds).parse(v));
export const loadStages = () =>
  (JSON.parse(readFileSync(join(contentDir, 'lifecycle/stages.json'), 'utf8')) as unknown[]).map((s) =>
    stageSchema.parse(s),
  );
export const loadBoundaries = () =>
  (JSON.parse(readFileSync(join(contentDir, 'lifecycle/boundaries.json'), 'utf8')) as unknown[]).map((s) =>
    boundarySchema.parse(s),
  );
