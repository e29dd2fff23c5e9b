/**
 * The render-time half of finished-pages.ts: every HTML page the build renders is finished
 * (src/lib/finished-page.ts) before Astro writes it, with the module graph the client build wrote
 * (client-graph.ts). Outside a build there is no graph, and pages pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { graphFile } from 'virtual:handbook/client-graph';
import { finishPage } from '../lib/finished-page';
import { readClientGraph, type ClientGraph } from './client-graph';

/** Read once, on the first page: the client build is over before any page is rendered. */
let graph: ClientGraph | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (graphFile === null || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  graph ??= readClientGraph(graphFile);
  const importsOf = (url: string) => graph?.[url];
  let finished;
  try {
    finished = finishPage(await response.text(), importsOf);
  } catch (error) {
    throw new Error(`Finishing ${context.url.pathname}: ${(error as Error).message}`, { cause: error });
  }
  if (!finished.policy)
    throw new Error(`Finishing ${context.url.pathname}: the page has no content security policy <meta>`);
  const bytes = Buffer.from(finished.html);
  const headers = new Headers(response.headers);
  headers.set('content-length', String(bytes.byteLength));
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
});
