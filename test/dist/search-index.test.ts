import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadPages } from '../support/content-files';
import { distDir, htmlFiles, readHtml } from '../support/dist';

it('the search index holds exactly the content pages, and nothing else is marked for indexing', () => {
  const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  expect(indexed).toBe(loadPages().length);
  const marked = htmlFiles().filter((f) => readHtml(f).querySelector('[data-pagefind-body]'));
  expect(marked).toHaveLength(loadPages().length);
});
