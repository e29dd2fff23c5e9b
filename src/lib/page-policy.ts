/**
 * Astro writes into every page's content security policy the hashes of every inline script and
 * style of the whole site (21 on a guide that has 5). Each hash is about 45 bytes gzip that no
 * browser can use, in the first response of every page. This keeps, per page, only the hashes of
 * the inline scripts and styles that page holds (templates included: their scripts run when a
 * page imports them), and nothing else of the policy changes.
 */
import { createHash } from 'node:crypto';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The same large inline texts (a page type's style sheet, the island loader) come back on page
 * after page: their hashes are kept rather than computed a thousand times. Short texts are hashed
 * each time; the store holds the large ones, which pages share.
 */
const hashesOfLargeTexts = new Map<string, string>();
function sha256(text: string): string {
  if (text.length < 4096) return hashOf(text);
  let hash = hashesOfLargeTexts.get(text);
  if (hash === undefined) hashesOfLargeTexts.set(text, (hash = hashOf(text)));
  return hash;
}

/** The hash sources of the page's own inline scripts and styles. */
export function inlineHashes(html: string): { script: Set<string>; style: Set<string> } {
  const script = new Set<string>();
  const style = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g))
    if (!/\bsrc=/.test(m[1]!) && m[2]!.length > 0) script.add(sha256(m[2]!));
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) style.add(sha256(m[1]!));
  return { script, style };
}

/** The page with its policy's script and style hashes cut down to those it uses; unchanged without a policy. */
export function prunePolicy(html: string): string {
  const used = inlineHashes(html);
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/,
    (_, open: string, policy: string, close: string) => {
      const directives = policy.split(';').map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        const keep = name === 'script-src' ? used.script : name === 'style-src' ? used.style : undefined;
        if (!keep) return directive;
        const leading = /^\s*/.exec(directive)![0];
        return leading + [name, ...sources.filter((s) => !s.startsWith("'sha256-") || keep.has(s))].join(' ');
      });
      return `${open}${directives.join(';')}${close}`;
    },
  );
}
