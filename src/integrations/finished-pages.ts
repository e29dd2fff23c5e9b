/**
 * Every page leaves the render finished (src/lib/finished-page.ts), before Astro writes it:
 *  - a module preload for each script the page's eager islands need, so the browser fetches
 *    them while it reads the HTML instead of one after another;
 *  - the content security policy cut to the hashes of the page's own inline scripts and styles.
 * A middleware does it (finished-pages-middleware.ts), and records each page's revision for the
 * service worker (rendered-pages.ts): no step after the render reads or rewrites every page.
 * Fails the build when no page was finished, when a page has no policy, or when no page got a
 * preload: the render or the markup it reads would then have changed under it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../lib/urls';
import { renderedPages, startRenderedPages } from './rendered-pages';

const name = 'handbook:finished-pages';

export default function finishedPages(): AstroIntegration {
  let base = '/';
  let clientDir = '';
  return {
    name,
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./finished-pages-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
        // A static build writes the browser's files into the output folder itself.
        clientDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        startRenderedPages(clientDir, base);
      },
      'astro:build:done': ({ logger }) => {
        const rendered = renderedPages();
        const pages = rendered?.revisions.size ?? 0;
        if (!rendered || pages === 0) throw new Error(`${name}: no page went through the render's finishing step`);
        if (rendered.withoutPolicy.length > 0)
          throw new Error(`${name}: no content security policy <meta> on ${rendered.withoutPolicy.join(', ')}`);
        if (rendered.preloaded === 0) throw new Error(`${name}: no page has an island to preload`);
        logger.info(
          `${pages} pages finished while rendering: policies cut to their own hashes; module preloads on the ${rendered.preloaded} pages with a tool`,
        );
      },
    },
  };
}
