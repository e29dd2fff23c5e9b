/**
 * The size gate: everything a page loads at first paint (HTML, CSS, JS with its static imports,
 * images and fonts), gzipped, measured from the built files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { urlOf } from '../support/dist';
import { dynamicImports, staticModuleGraph } from './module-graph';

export const budgets = {
  // Reading pages ship no framework: their JavaScript is the search launcher, the message cards'
  // copy script and the service worker's registration; "chrome" is the page without its article.
  reading: { total: 20 * 1024, js: 2.5 * 1024, chrome: 8.7 * 1024 },
  // A tool page adds its island, Preact and the tools' stylesheet; the storage code loads after.
  tool: { total: 32.25 * 1024 },
  // The workspace reads every tool's runs, all of it loaded after hydration: its first paint stays small.
  workspace: { total: 30 * 1024 },
} as const;

export interface PageWeight {
  url: string;
  kind: 'reading' | 'tool';
  html: number;
  css: number;
  js: number;
  media: number;
  total: number;
  /** Everything but the page's own text: the weight with the article emptied. */
  chrome: number;
  framework: boolean;
  files: string[];
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/**
 * Where code that matches `holds` loads: the first-paint modules (the entries' static graph)
 * that hold it, and each on-demand graph (a dynamic import target of first paint, with its static
 * imports) that holds it. A guard by what the modules contain, whatever the bundler names them.
 */
export function whereCodeLoads(entries: string[], read: (path: string) => string, holds: (source: string) => boolean) {
  const first = staticModuleGraph(entries, read);
  const targets = [...new Set(first.flatMap((f) => dynamicImports(read(f), f)))];
  return {
    first,
    atFirstPaint: first.filter((f) => holds(read(f))),
    onDemand: targets
      .map((t) => staticModuleGraph([t], read))
      .filter((graph) => graph.some((f) => !first.includes(f) && holds(read(f)))),
  };
}

/**
 * Inline CSS and scripts are part of the HTML and counted there once; `css` counts linked
 * stylesheets, `js` linked modules with their static imports plus the inline scripts.
 */
export function measurePage(dir: string, file: string): PageWeight {
  const html = readFileSync(join(dir, file), 'utf8');
  const doc = parse(html);
  const url = urlOf(file);
  const resolve = (href: string) => new URL(href, `http://site${url}`).pathname;
  const read = (path: string) => {
    const full = join(dir, path);
    if (!existsSync(full)) throw new Error(`${url} loads ${path}, which is not in the build`);
    return readFileSync(full);
  };

  const css = new Set(doc.querySelectorAll('link[rel~="stylesheet"]').map((l) => resolve(l.getAttribute('href')!)));
  const media = new Set([
    ...doc.querySelectorAll('img[src]').map((i) => resolve(i.getAttribute('src')!)),
    ...doc
      .querySelectorAll('link[rel~="icon"], link[rel="preload"][as="font"]')
      .map((l) => resolve(l.getAttribute('href')!)),
  ]);
  const islands = doc.querySelectorAll('astro-island');
  // A script inside a <template> is inert: it names code the page loads on demand (search, a late tool).
  const entryScripts = [
    ...doc
      .querySelectorAll('script[src]')
      .filter((s) => !s.closest('template'))
      .map((s) => resolve(s.getAttribute('src')!)),
    ...doc.querySelectorAll('link[rel="modulepreload"]').map((l) => resolve(l.getAttribute('href')!)),
    ...islands.flatMap((i) =>
      ['component-url', 'renderer-url']
        .map((a) => i.getAttribute(a))
        .filter((v): v is string => !!v)
        .map(resolve),
    ),
  ];
  const js = new Set(staticModuleGraph(entryScripts, (path) => read(path).toString('utf8')));
  // Inline scripts count towards the JS budget too (in the total they are part of the HTML).
  const inlineJs = doc.querySelectorAll('script:not([src])').reduce((n, s) => n + gz(s.innerHTML), 0);

  const sum = (paths: Set<string>) => [...paths].reduce((n, p) => n + gz(read(p)), 0);
  const htmlBytes = gz(html);
  const cssBytes = sum(css);
  const linkedJs = sum(js);
  const jsBytes = linkedJs + inlineJs;
  const mediaBytes = sum(media);
  const total = htmlBytes + cssBytes + linkedJs + mediaBytes;
  // Cut by position, not by the parser's re-serialised innerHTML: islands write void elements as
  // `<input/>`, which the parser writes back as `<input>`, so a text match would miss.
  const open = html.indexOf('<article');
  const close = html.lastIndexOf('</article>');
  const withoutText = open >= 0 && close > open ? html.slice(0, html.indexOf('>', open) + 1) + html.slice(close) : html;
  const chrome = total - htmlBytes + gz(withoutText);
  const framework = islands.length > 0 || [...js].some((p) => /preact|signals|react|vue|svelte/i.test(p));

  return {
    url,
    kind: islands.length > 0 || doc.querySelector('main[data-tool]') ? 'tool' : 'reading',
    html: htmlBytes,
    css: cssBytes,
    js: jsBytes,
    media: mediaBytes,
    total,
    chrome,
    framework,
    files: [...css, ...js, ...media],
  };
}

/** The budget lines a page breaks, in words; empty when it is within budget. */
export function overBudget(w: PageWeight): string[] {
  const out: string[] = [];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  if (w.kind === 'tool') {
    const limit = w.url === '/workspace/' ? budgets.workspace.total : budgets.tool.total;
    if (w.total > limit) out.push(`total ${kb(w.total)} > ${kb(limit)}`);
    return out;
  }
  if (w.total > budgets.reading.total) out.push(`total ${kb(w.total)} > ${kb(budgets.reading.total)}`);
  if (w.js > budgets.reading.js) out.push(`JS ${kb(w.js)} > ${kb(budgets.reading.js)}`);
  if (w.chrome > budgets.reading.chrome) out.push(`layout and chrome ${kb(w.chrome)} > ${kb(budgets.reading.chrome)}`);
  if (w.framework) out.push('ships a framework runtime');
  return out;
}

export function formatWeights(weights: PageWeight[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(5);
  const rows = weights.map(
    (w) =>
      `${kb(w.total)} ${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.media)} ${kb(w.chrome)}  ${w.kind.padEnd(7)} ${w.url}`,
  );
  return [`total  html   css    js media chrome  kind    page   (KB, gzip)`, ...rows].join('\n');
}
