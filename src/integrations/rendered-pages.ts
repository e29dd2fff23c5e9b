/**
 * What the render tells the build steps that run after it, in the same process, so that none of
 * them reads every built page again: each page's revision for the service worker's precache list
 * (src/integrations/service-worker.ts), and what the finished-pages check counts.
 *
 * The render runs the pages' middleware from the bundled server code, which holds its own copy
 * of this module; the record therefore lives on `globalThis`, under a registered symbol both
 * copies share. It exists from the start of a build: `astro dev` has none, and the middleware
 * then leaves pages as they are.
 */
import { createHash } from 'node:crypto';

export interface RenderedPages {
  /** The folder the browser's files are built into, where the islands' scripts are read from. */
  clientDir: string;
  /** The site's base path (`/`, or `/handbook/` under a sub-path). */
  base: string;
  /** Each rendered page's revision, by its path without the base (`/`, `/glossary/`, `/404/`). */
  revisions: Map<string, string>;
  /** Pages rendered without a content security policy `<meta>`. */
  withoutPolicy: string[];
  /** How many pages got module preloads. */
  preloaded: number;
}

const key = Symbol.for('client-handoff-handbook.rendered-pages');
const holder = globalThis as { [key]?: RenderedPages };

/** Opens a new, empty record for the build that is starting, and returns it. */
export function startRenderedPages(clientDir: string, base: string): RenderedPages {
  holder[key] = { clientDir, base, revisions: new Map(), withoutPolicy: [], preloaded: 0 };
  return holder[key];
}

/** The record of the build in progress; `undefined` outside a build. */
export function renderedPages(): RenderedPages | undefined {
  return holder[key];
}

/** The precache revision of a file's content: its MD5, as Workbox writes revisions. */
export function contentRevision(content: string | Uint8Array): string {
  return createHash('md5').update(content).digest('hex');
}
