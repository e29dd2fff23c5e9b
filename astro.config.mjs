// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import handbook from './src/build/handbook';
import { normalizeBase } from './src/lib/urls';

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
  integrations: [
    mdx(),
    // Only the islands (.tsx) hold JSX.
    preact({ include: [/\.tsx$/] }),
    // Shared-link views and print packets are not content: they stay out of the sitemap (and the search index).
    sitemap({ filter: (page) => !/\/(share|print)\//.test(new URL(page).pathname) }),
    // The site's own build steps, in their order (src/build/handbook.ts).
    handbook({ site }),
  ],
  // No code blocks on this site, and Shiki's inline styles cannot pass the strict CSP.
  markdown: { syntaxHighlight: false },
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
