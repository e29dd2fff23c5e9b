// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind';
import { siteOriginStyles } from './src/integrations/site-origin';
import contentLinks from './src/integrations/content-links';
import { normalizeBase } from './src/lib/urls';
import withoutPreactSignals from './src/integrations/without-preact-signals';
import islandStylesInStylesheet from './src/integrations/island-styles';
import { toolChunks } from './src/integrations/tool-chunks';
import { contentChunks } from './src/integrations/content-chunks';
import serviceWorker from './src/integrations/service-worker';
import finishedPages from './src/integrations/finished-pages';
import { privateCopies } from './src/integrations/private-copies';
import nativeJsx from './src/integrations/native-jsx';

/** Where the pages' MDX files live (see content.config.ts). */
const contentDir = fileURLToPath(new URL('./content/pages/', import.meta.url));

/** The public origin; set SITE_URL when deploying so canonical URLs and the sitemap point at it. */
const site = process.env.SITE_URL ?? 'https://client-handoff-handbook.example';

/**
 * The path the site is served under; set BASE_PATH to deploy below a sub-path (`/handbook/` on a
 * project site or behind a reverse proxy). Pages, scripts and islands build their URLs with it
 * through src/lib/urls.ts.
 */
const base = normalizeBase(process.env.BASE_PATH ?? '/');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Every page's CSS rides in its HTML: one request fewer, and no render-blocking stylesheet.
  // Four pages render at once, so one page's file is written while the next renders.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Preact's Vite preset runs Babel over every file it includes (all .ts and .tsx by default);
  // only the islands (.tsx) hold JSX, and nativeJsx() gives even those to the bundler's own
  // transform when building (see src/integrations/native-jsx.ts).
  // Shared-link views and print packets are not content: they stay out of the sitemap (and the search index).
  // The service worker comes last: it precaches the search index that pagefindIndex writes.
  integrations: [
    mdx(),
    preact({ include: [/\.tsx$/] }),
    nativeJsx(),
    sitemap({ filter: (page) => !/\/(share|print)\//.test(new URL(page).pathname) }),
    finishedPages(),
    pagefindIndex(),
    withoutPreactSignals(),
    islandStylesInStylesheet(),
    contentLinks(),
    serviceWorker(),
  ],
  // No code blocks on this site, and Shiki's inline styles cannot pass the strict CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    environments: {
      client: { build: { rolldownOptions: { output: { codeSplitting: { groups: toolChunks } } } } },
      // The pages' content in a few files of the rendering bundle rather than three per page.
      prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: contentChunks(contentDir) } } } } },
    },
    plugins: [privateCopies(), siteOriginStyles(site)],
    build: {
      rolldownOptions: {
        // Shared constants are written in where they are used: the search launcher then imports
        // nothing and rides inline in every page.
        optimization: { inlineConst: { mode: 'all' } },
        // Astro marks MDX modules with a directive the bundler cannot keep; the warning is noise.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search core in the browser; nothing else needs eval.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
