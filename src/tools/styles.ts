/**
 * The tools' styles, written into the head of the pages that render a tool, with their hash added
 * to the page's content security policy. Reading pages carry none of it; tool pages get it with
 * their HTML instead of in a render-blocking request of its own. A page carries the shared part
 * (tools.css) and the part of each tool it runs (src/tools/<id>/styles.css), nothing for the tools it does
 * not: a guide with a checklist sends no quiz, worksheet, diagnostic or record rules.
 *
 * The parts are chosen here rather than imported by each tool's component, because the build
 * groups the content's modules (build/content-chunks.ts), and a component's CSS then reaches
 * every page whose content shares its group.
 */
import shared from '../styles/tools.css?inline';
import { styleHash } from '../styles/style-hash';
import { tools } from './registry';

/** Each tool's own styles (src/tools/<id>/styles.css), by tool id. */
const files = import.meta.glob<string>('./*/styles.css', { query: '?inline', import: 'default', eager: true });
const parts: Readonly<Record<string, string>> = Object.fromEntries(
  tools.map((t) => [t.id, files[`./${t.id}/styles.css`] ?? '']),
);

export type ToolKind = string;

/** Every tool, in the registry's order, for the pages that can show any of them (the workspace, an engagement, a shared copy, a print packet). */
export const allTools: readonly ToolKind[] = tools.map((t) => t.id);

export interface ToolStyles {
  css: string;
  /** The CSP source for `css`. */
  hash: `sha256-${string}`;
}

/** The styles for a page that runs `tools`: the shared part, then each tool's own, in a fixed order. */
export function toolStyles(tools: readonly ToolKind[]): ToolStyles {
  const css = [shared, ...allTools.filter((t) => tools.includes(t)).map((t) => parts[t])].join('\n');
  return { css, hash: styleHash(css) };
}
