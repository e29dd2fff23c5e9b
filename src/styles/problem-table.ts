/**
 * The problem tables' styles, written into the head of the page that shows them (the
 * problem-to-page guide) with their hash in its content security policy: no other page carries them.
 */
import problemTableCss from './problem-table.css?inline';
import { styleHash } from './style-hash';

export { problemTableCss };

/** The CSP source for the styles above. */
export const problemTableCssHash = styleHash(problemTableCss);
