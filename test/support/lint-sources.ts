/**
 * The texts the content lint reads, straight from disk: page bodies and frontmatter, data files,
 * the message library and the source document the handbook was planned from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir, loadPages, root, splitFrontmatter, walk } from './content-files';
import { proseOf, type ExamplePage, type GlossaryEntryText, type LintText } from '../../src/lib/content-lint';
import { vocabularySchema } from '../../src/schemas/vocabulary';

/** Every string inside a parsed YAML or JSON value, skipping the keys given. */
function stringsOf(value: unknown, skipKeys: ReadonlySet<string> = new Set()): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => stringsOf(v, skipKeys));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (skipKeys.has(k) ? [] : stringsOf(v, skipKeys)));
  }
  return [];
}

const pageFiles = () => walk(join(contentDir, 'pages'), '.mdx').sort();
const rel = (path: string) => relative(root, path);

/**
 * Each page as prose: the frontmatter's strings (not glossary aliases, which list the variants
 * readers use on purpose, nor the examples list itself, nor source titles) followed by the body.
 */
export function pageTexts(skipKeys: string[] = []): LintText[] {
  return pageFiles().map((path) => {
    const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
    const fm = stringsOf(
      frontmatter,
      new Set([
        'aliases',
        'examples',
        'page',
        'related',
        'stages',
        'first',
        'next',
        'messages',
        'sources',
        'jurisdictions',
        ...skipKeys,
      ]),
    );
    return { file: rel(path), text: `${fm.join('\n\n')}\n\n${proseOf(body)}` };
  });
}

/**
 * Ids and page references ("next-owner", "templates/client-onboarding-checklist") are names a
 * reader never sees, and renaming one would orphan saved ticks, so the prose lint skips them.
 */
const isIdentifier = (text: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(text);

/** Every JSON data file's prose strings but the vocabulary itself. */
export function dataTexts(): LintText[] {
  return walk(contentDir, '.json')
    .filter((path) => !path.endsWith('vocabulary.json'))
    .map((path) => ({
      file: rel(path),
      text: stringsOf(JSON.parse(readFileSync(path, 'utf8')))
        .filter((t) => !isIdentifier(t))
        .join('\n\n'),
    }));
}

export const loadVocabulary = () =>
  vocabularySchema.parse(JSON.parse(readFileSync(join(contentDir, 'vocabulary.json'), 'utf8')));

/** Pages with their declared worked examples and their prose. */
export function examplePages(): ExamplePage[] {
  const texts = new Map(pageTexts().map((t) => [t.file, t.text]));
  return loadPages().map((p) => ({ file: p.file, examples: p.data.examples, text: texts.get(p.file) ?? '' }));
}

/** Glossary entries: the body and the facts shown above it. */
export function glossaryEntries(): GlossaryEntryText[] {
  return loadPages().flatMap((p) =>
    p.data.role === 'reference'
      ? [{ file: p.file, body: p.body, facts: [p.data.short, ...p.data.practicalTest, p.data.misunderstanding] }]
      : [],
  );
}

/** The message library: one id per JSON file (or per entry, if a file holds a list). */
/** The `messages` each page lists in its frontmatter. */
export function pageMessageLists(): { file: string; messages: string[] }[] {
  return loadPages().map((p) => ({ file: p.file, messages: p.data.messages }));
}

/** The source document's folder: beside the repository, in `shared/seed/` (CI has it; a clone does not). */
export const seedDir = join(root, '..', 'shared', 'seed');

/**
 * The source document's text, or null when its folder is not beside the repository (a person's
 * fresh clone). A folder that is there but holds no text is a broken checkout: that throws,
 * naming the folder, rather than letting the wording check pass on nothing.
 */
export function loadSeed(dir = seedDir): string | null {
  if (!existsSync(dir)) return null;
  const files = walk(dir, '');
  if (files.length === 0) {
    throw new Error(
      `The source document is missing: expected text files in ${dir} (the shared/seed folder beside the repository). ` +
        'The shared-wording check cannot pass without it.',
    );
  }
  return files.map((f) => readFileSync(f, 'utf8')).join('\n\n');
}

/**
 * Pages and data files as they are on disk, so a problem's line is the file's line: every page,
 * and every data file a reader sees except the rulebook (where rules are written) and the message
 * library (text sent to clients, which cannot cite a rule).
 */
export function rawContentTexts(): LintText[] {
  const data = walk(contentDir, '.json').filter(
    (path) => !/(?:rules|vocabulary|sections)\.json$/.test(path) && !path.includes('/messages/'),
  );
  return [...pageFiles(), ...data].sort().map((path) => ({ file: rel(path), text: readFileSync(path, 'utf8') }));
}
