/**
 * Builds the search index after every build with Pagefind's Node API, so `astro build` alone
 * yields a searchable site. Only each page's own content (`data-pagefind-body`) is indexed.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'handbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Search indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(
          `Search index written from ${added.page_count} HTML files (pages without data-pagefind-body are skipped)`,
        );
      },
    },
  };
}
