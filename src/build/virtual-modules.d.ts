// The virtual modules the build's own Vite plugins serve (src/build/).
declare module 'virtual:handbook/client-graph' {
  /** Where the client build wrote its chunks' import graph (client-graph.ts); `null` outside a build. */
  export const graphFile: string | null;
}
