/**
 * The import graph of the browser's scripts, as the client build's bundle states it: for each
 * chunk, by URL, the chunks it imports statically. The pages are rendered after the client build
 * but by the bundled server code, so the graph goes from one to the other through a file: the
 * client build writes it, the render reads it, and the render finds its path in a virtual module
 * (`virtual:handbook/client-graph`, `null` outside a build).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Each chunk's URL, with the URLs of the chunks it imports statically. */
export type ClientGraph = Record<string, string[]>;

/** The chunks of a bundle (each `{ type, fileName, imports }`), as a graph of URLs under `base`. */
export function graphOfBundle(
  bundle: Record<string, { type: string; fileName: string; imports?: readonly string[] }>,
  base: string,
): ClientGraph {
  const graph: ClientGraph = {};
  for (const output of Object.values(bundle))
    if (output.type === 'chunk') graph[base + output.fileName] = (output.imports ?? []).map((file) => base + file);
  return graph;
}

/** Writes the browser bundle's graph to `file` (`base` is the site's base path, ending in `/`). */
export function clientGraphPlugin(file: string, base: string): Plugin {
  return {
    name: 'handbook:client-graph',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    generateBundle(_options, bundle) {
      writeFileSync(file, JSON.stringify(graphOfBundle(bundle, base)));
    },
  };
}

const moduleId = 'virtual:handbook/client-graph';
const only = new RegExp(`^${moduleId.replace(/[/]/g, '\\/')}$`);

/** The virtual module that tells the render where the graph is: `file`, or `null` when there is none (`astro dev`). */
export function clientGraphModule(file: string | null): Plugin {
  return {
    name: 'handbook:client-graph-module',
    resolveId: { filter: { id: only }, handler: () => moduleId },
    load: { filter: { id: only }, handler: () => `export const graphFile = ${JSON.stringify(file)};` },
  };
}

/** The graph in `file`, as the client build wrote it. */
export function readClientGraph(file: string): ClientGraph {
  return JSON.parse(readFileSync(file, 'utf8')) as ClientGraph;
}
