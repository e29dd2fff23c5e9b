/**
 * Builds the search index with Pagefind's Node API, so `astro build` alone yields a searchable
 * site. Only each page's own content (`data-pagefind-body`) is indexed.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the pages in `dir` into `dir`/pagefind; returns what it did, in words. */
export async function writeSearchIndex(dir: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`Search indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
  await pagefind.close();
  return `Search index written from ${added.page_count} HTML files (pages without data-pagefind-body are skipped)`;
}
