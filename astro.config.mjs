// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind';
import { siteOriginStyles } from './src/integrations/site-origin';

/**
 * The Preact renderer loads @preact/signals with a dynamic import when an island receives
 * signal props. No island here does, and that import alone pulls Vite's preload helper
 * (about 0.9 KB gzip) into every island's first-paint JavaScript. The tools' size test
 * catches it if this stops matching.
 */
function withoutPreactSignals() {
  return {
    name: 'handbook:without-preact-signals',
    enforce: /** @type {const} */ ('pre'),
    transform(/** @type {string} */ code, /** @type {string} */ id) {
      if (!id.includes('@astrojs/preact/dist/client.js')) return null;
      return code.replace(
        'await import("@preact/signals")',
        'await Promise.reject(new Error("Preact signals are not used on this site"))',
      );
    },
  };
}

/** The public origin; set SITE_URL when deploying so canonical URLs and the sitemap point at it. */
const site = process.env.SITE_URL ?? 'https://client-handoff-handbook.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Shared-link views and print packets are not content: they stay out of the sitemap (and the search index).
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !/\/(share|print)\//.test(new URL(page).pathname) }), pagefindIndex()],
  // No code blocks on this site, and Shiki's inline styles cannot pass the strict CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [withoutPreactSignals(), siteOriginStyles(site)],
    build: {
      rolldownOptions: {
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
