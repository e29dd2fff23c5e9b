/**
 * The message card's styles. They are written into the page only where cards render, with their
 * hash added to the page's content security policy, so pages without messages carry none of them
 * and pages with them make no extra request.
 */
import messageCardCss from './message-card.css?raw';
import { styleHash } from './style-hash';

export { messageCardCss };

/** The CSP source for the styles above. */
export const messageCardCssHash = styleHash(messageCardCss);
