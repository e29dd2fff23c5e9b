/**
 * The size gate: everything a page loads at first paint (HTML, CSS, JS with its static imports,
 * images and fonts), gzipped, measured from the built files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { urlOf } from '../support/dist';

export const budgets = {
  // JS 2.5 and chrome 8.5 KB since reading pages with message cards carry their copy script
  // (0.4 KB gzip) and card styles; Vite's preload helper (0.9 KB) is the next thing to go.
  reading: { total: 20 * 1024, js: 2.5 * 1024, chrome: 8.5 * 1024 },
  // 32 KB since the tools got their own design-system stylesheet (about 1.8 KB gzip, loaded only where a tool is).
  tool: { total: 32 * 1024 },
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

/** Static imports of an ES module, resolved against its URL (`import(...)` loads later, so it is left out). */
function moduleImports(source: string, url: string): string[] {
  const specs = [...source.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w*${}\s,]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
  return specs.filter((s) => s.startsWith('.') || s.startsWith('/')).map((s) => posix.resolve(posix.dirname(url), s));
}

/** The entry modules plus everything they import statically: what loads with them at first paint. */
export function staticModuleGraph(entries: string[], read: (path: string) => string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...moduleImports(read(path), path));
  }
  return [...seen];
}

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
    ...doc.querySelectorAll('link[rel~="icon"], link[rel="preload"][as="font"]').map((l) => resolve(l.getAttribute('href')!)),
  ]);
  const islands = doc.querySelectorAll('astro-island');
  const entryScripts = [
    ...doc.querySelectorAll('script[src]').map((s) => resolve(s.getAttribute('src')!)),
    ...doc.querySelectorAll('link[rel="modulepreload"]').map((l) => resolve(l.getAttribute('href')!)),
    ...islands.flatMap((i) => ['component-url', 'renderer-url'].map((a) => i.getAttribute(a)).filter((v): v is string => !!v).map(resolve)),
  ];
  const js = new Set(staticModuleGraph(entryScripts, (path) => read(path).toString('utf8')));
  // Inline scripts count towards the JS budget too.
  const inlineJs = doc.querySelectorAll('script:not([src])').reduce((n, s) => n + gz(s.innerHTML), 0);

  const sum = (paths: Set<string>) => [...paths].reduce((n, p) => n + gz(read(p)), 0);
  const htmlBytes = gz(html);
  const cssBytes = sum(css);
  const jsBytes = sum(js) + inlineJs;
  const mediaBytes = sum(media);
  const total = htmlBytes + cssBytes + jsBytes + mediaBytes;
  const article = doc.querySelector('article');
  const withoutText = article ? html.replace(article.innerHTML, '') : html;
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
    (w) => `${kb(w.total)} ${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.media)} ${kb(w.chrome)}  ${w.kind.padEnd(7)} ${w.url}`,
  );
  return [`total  html   css    js media chrome  kind    page   (KB, gzip)`, ...rows].join('\n');
}

