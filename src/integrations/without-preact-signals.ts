/**
 * The Preact renderer loads @preact/signals with a dynamic import when an island receives signal
 * props. No island here does, and that import alone pulls Vite's preload helper (about 0.9 KB
 * gzip) into every island's first-paint JavaScript, so the import is replaced by a rejection.
 */
import { sourcePatch, type SourcePatch } from './source-patch';

export const preactSignalsPatch: SourcePatch = {
  name: 'handbook:without-preact-signals',
  module: '@astrojs/preact/dist/client.js',
  find: 'await import("@preact/signals")',
  replace: 'await Promise.reject(new Error("Preact signals are not used on this site"))',
};

export default function withoutPreactSignals() {
  return sourcePatch(preactSignalsPatch);
}
