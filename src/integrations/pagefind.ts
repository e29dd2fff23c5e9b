/**
 * Builds the search index after every build with Pagefind's Node API, so `astro build` alone
 * yields a searchable site. Only each page's own content (`data-pagefind-body`) is indexed.
 *
 * Pagefind works in a process of its own, so indexing starts as soon as the pages are written
 * and runs while the other integrations finish theirs (the policy pass rewrites each page's
 * `<head>` atomically, which the index does not read); the build waits for it at the end.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Indexes the built site in `site` and writes the index to `site`/pagefind; returns the pages indexed. */
async function writeSearchIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Search indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: 'handbook:pagefind',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = writeSearchIndex(fileURLToPath(dir));
        indexing.catch(() => undefined); // reported when awaited below
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await (indexing ?? writeSearchIndex(fileURLToPath(dir)));
        logger.info(`Search index written from ${pages} HTML files (pages without data-pagefind-body are skipped)`);
      },
    },
  };
}
