/**
 * Astro writes a `<style>` element (`display: contents` for its island elements) in front of a
 * page's first island, inside the body, where HTML allows none. The rule is in global.css
 * instead, so the renderer's copy is taken out where Astro's runtime writes it.
 */
import { sourcePatch, type SourcePatch } from './source-patch';

export const islandStylesPatch: SourcePatch = {
  name: 'handbook:island-styles-in-stylesheet',
  module: 'astro/dist/runtime/server/scripts.js',
  find: '<style>${ISLAND_STYLES}</style>',
  replace: '',
};

export default function islandStylesInStylesheet() {
  return sourcePatch(islandStylesPatch);
}
