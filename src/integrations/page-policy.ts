/**
 * After the build, every page's content security policy keeps only the hashes of its own inline
 * scripts and styles (see src/lib/page-policy.ts). Runs before the search index and the service
 * worker read the pages, so both see the final HTML. Fails the build when no page had a policy:
 * the pattern it rewrites would then have changed under it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { prunePolicy } from '../lib/page-policy';

export default function pagePolicy(): AstroIntegration {
  return {
    name: 'handbook:page-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        let saved = 0;
        for (const found of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!found.isFile() || !found.name.endsWith('.html')) continue;
          const file = join(found.parentPath, found.name);
          const html = readFileSync(file, 'utf8');
          const pruned = prunePolicy(html);
          if (pruned === html && !html.includes('http-equiv="content-security-policy"')) continue;
          pages += 1;
          saved += html.length - pruned.length;
          if (pruned !== html) writeFileSync(file, pruned);
        }
        if (pages === 0) throw new Error('handbook:page-policy: no page carries a content security policy <meta>');
        logger.info(`policies of ${pages} pages cut to their own hashes (${saved} bytes fewer)`);
      },
    },
  };
}
