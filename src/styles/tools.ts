/**
 * The tools' stylesheet, written into the head of the pages that render a tool, with its hash
 * added to the page's content security policy. Reading pages carry none of it; tool pages get it
 * with their HTML instead of in a render-blocking request of its own.
 */
import { createHash } from 'node:crypto';
import toolsCss from './tools.css?inline';

export { toolsCss };

/** The CSP source for the styles above. */
export const toolsCssHash: `sha256-${string}` = `sha256-${createHash('sha256').update(toolsCss).digest('base64')}`;
