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

/**
 * `?workspace` imports: a private copy of a module and of everything it imports from this
 * project, for the workspace panel (which loads after hydration). Shared normally, the tools'
 * scoring modules would be split out of the tool islands' first-paint chunks, and the tool pages
 * that sit at their budget would pay for the split.
 */
function privateCopies() {
  const query = '?workspace';
  return {
    name: 'handbook:private-copies',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} source @param {string | undefined} importer @param {any} options @returns {Promise<any>} */
    async resolveId(source, importer, options) {
      if (!importer?.endsWith(query) || !source.startsWith('.')) return null;
      // @ts-ignore: the plugin context
      const resolved = await this.resolve(source, importer.slice(0, -query.length), { ...options, skipSelf: true });
      return resolved && !resolved.external && !resolved.id.includes('node_modules') ? { ...resolved, id: `${resolved.id}${query}` } : resolved;
    },
  };
}

/** The public origin; set SITE_URL when deploying so canonical URLs and the sitemap point at it. */
const site = process.env.SITE_URL ?? 'https://client-handoff-handbook.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), sitemap(), pagefindIndex()],
  // No code blocks on this site, and Shiki's inline styles cannot pass the strict CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [withoutPreactSignals(), privateCopies(), siteOriginStyles(site)],
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
