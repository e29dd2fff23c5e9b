/**
 * The render-time half of src/integrations/finished-pages.ts: every HTML page the build renders
 * is finished (src/lib/finished-page.ts) before Astro writes it, and its revision is recorded for
 * the service worker. Outside a build it passes pages through untouched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineMiddleware } from 'astro:middleware';
import { finishPage } from '../lib/finished-page';
import { withoutBase } from '../lib/urls';
import { contentRevision, renderedPages, type RenderedPages } from './rendered-pages';

/** Built scripts by URL, read once per build: every tool page asks for the same few. */
const chunks = new WeakMap<RenderedPages, Map<string, string | undefined>>();

function chunkReader(build: RenderedPages): (url: string) => string | undefined {
  let read = chunks.get(build);
  if (!read) chunks.set(build, (read = new Map()));
  const cache = read;
  return (url) => {
    if (!cache.has(url)) {
      const file = join(build.clientDir, withoutBase(url, build.base));
      cache.set(url, url.endsWith('.js') && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    }
    return cache.get(url);
  };
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const build = renderedPages();
  if (!build || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const path = withoutBase(context.url.pathname, build.base);
  let finished;
  try {
    finished = finishPage(await response.text(), chunkReader(build));
  } catch (error) {
    throw new Error(`Finishing ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (!finished.policy) build.withoutPolicy.push(path);
  if (finished.preloads > 0) build.preloaded += 1;
  // Encoded once: the revision is the hash of the very bytes Astro writes.
  const bytes = Buffer.from(finished.html);
  build.revisions.set(path, contentRevision(bytes));
  const headers = new Headers(response.headers);
  headers.set('content-length', String(bytes.byteLength));
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
});
