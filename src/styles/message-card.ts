/**
 * The message card's styles. They are written into the page only where cards render, with their
 * hash added to the page's content security policy, so pages without messages carry none of it.
 */
import { createHash } from 'node:crypto';

export const messageCardCss = [
  '.message{border:1px solid var(--line);border-radius:var(--radius);padding:0 1rem .75rem;margin:1.25rem 0}',
  '.message dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem .75rem;margin:.5rem 0;font-size:.95rem}',
  '.message>h3,.message>h4{margin-top:.9rem}.message dt{font-weight:600}.message dd{margin:0}',
  '.message pre{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;background:var(--surface);border-radius:var(--radius);padding:.75rem;margin:0}',
  '.message mark{background:var(--warn-bg);color:inherit;padding:0 .1em}',
  '.message button{font:inherit;padding:.35rem .8rem;margin-right:1rem;border:1px solid var(--accent);border-radius:var(--radius);background:var(--accent);color:var(--accent-text);cursor:pointer}',
  '.message [role=status]{display:block}',
  '@media (max-width:30rem){.message dl{grid-template-columns:1fr}.message dd{margin-bottom:.35rem}}',
].join('');

/** The CSP source for the styles above. */
export const messageCardCssHash: `sha256-${string}` = `sha256-${createHash('sha256').update(messageCardCss).digest('base64')}`;
