/**
 * The last pass over every built page, before the search index and the service worker read them:
 *  - a module preload for each script the page's eager islands need (src/lib/module-preload.ts),
 *    so the browser fetches them while it reads the HTML instead of one after another;
 *  - the content security policy cut to the hashes of the page's own inline scripts and styles
 *    (src/lib/page-policy.ts).
 * Fails the build when no page had a policy, or when no page got a preload: the patterns it reads
 * would then have changed under it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { modulesToPreload, withModulePreloads } from '../lib/module-preload';
import { prunePolicy } from '../lib/page-policy';
import { normalizeBase, withoutBase } from '../lib/urls';

const name = 'handbook:finished-pages';

export default function finishedPages(): AstroIntegration {
  let base = '/';
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const chunks = new Map<string, string | undefined>();
        const readChunk = (url: string) => {
          if (!chunks.has(url)) {
            const file = join(root, withoutBase(url, base));
            chunks.set(url, url.endsWith('.js') && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
          }
          return chunks.get(url);
        };
        let policies = 0;
        let preloaded = 0;
        for (const found of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!found.isFile() || !found.name.endsWith('.html')) continue;
          const file = join(found.parentPath, found.name);
          const html = readFileSync(file, 'utf8');
          const preloads = modulesToPreload(html, readChunk);
          const finished = prunePolicy(withModulePreloads(html, preloads));
          if (html.includes('http-equiv="content-security-policy"')) policies += 1;
          if (preloads.length > 0) preloaded += 1;
          if (finished !== html) writeFileSync(file, finished);
        }
        if (policies === 0) throw new Error(`${name}: no page carries a content security policy <meta>`);
        if (preloaded === 0) throw new Error(`${name}: no page has an island to preload`);
        logger.info(
          `policies of ${policies} pages cut to their own hashes; module preloads on the ${preloaded} pages with a tool`,
        );
      },
    },
  };
}
