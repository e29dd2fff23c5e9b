/**
 * Content links are written from the site root (`[x](/workflows/…)`), which is also how the
 * content lint checks them. When the site is built under a sub-path (`base`), this puts the
 * base in front of every such link as the Markdown is compiled, so every page that renders
 * content gets served URLs, whichever components it renders them with.
 */
import { normalizeBase, sitePath } from '../lib/urls';

/** A Markdown link or link definition, as the compiler's visitors see it. */
interface UrlNode {
  url: string;
}
interface VisitorContext {
  setProperty(node: UrlNode, key: 'url', value: string): void;
}

/** The Markdown-tree plugin: each link and link definition with a root-relative URL gets `base`. */
export function contentLinksPlugin(base: string) {
  const rewrite = (node: UrlNode, ctx: VisitorContext) => {
    const url = sitePath(node.url, base);
    if (url !== node.url) ctx.setProperty(node, 'url', url);
  };
  return { name: 'handbook:content-links-under-base', link: rewrite, definition: rewrite };
}

/** The processor shape this integration extends: Astro's default Markdown and MDX compiler. */
export interface Processor {
  name: string;
  options: { mdastPlugins?: unknown[] };
}

/** Adds the plugin to the Markdown processor; fails the build if the processor cannot take it. */
export function addContentLinksPlugin(processor: Processor, base: string): void {
  if (processor.name !== 'satteri' || !Array.isArray(processor.options.mdastPlugins)) {
    throw new Error(
      `handbook:content-links: the Markdown processor "${processor.name}" takes no mdastPlugins, so content links would miss the base path "${base}"`,
    );
  }
  processor.options.mdastPlugins.push(contentLinksPlugin(normalizeBase(base)));
}
