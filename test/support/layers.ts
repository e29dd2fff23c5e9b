/**
 * The house as a drawing: which folder of src/ imports which. A folder is a top-level folder of
 * src/ (src/lib's subfolders each on their own, as the storage and the engagements are layers of
 * their own); an arrow is one or more relative imports, static, dynamic or of types only. ESLint's
 * import-x/no-cycle sees circles between modules; this sees them between folders.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { root, walk } from './content-files';

const src = join(root, 'src');
const endings = ['', '.ts', '.tsx', '.astro', '.mjs', '.js', '/index.ts'];
const specifiers = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)/g;

/** The folder a source file belongs to, as the drawing names it. */
export function folderOf(file: string): string {
  const [top = '', sub, ...rest] = relative(src, file).split('/');
  return top === 'lib' && sub !== undefined && rest.length > 0 ? `lib/${sub}` : top.replace(/\.\w+$/, '');
}

/** Every arrow between two folders of src/, with one import that draws it. */
export function folderArrows(): Map<string, string> {
  const arrows = new Map<string, string>();
  const files = ['.ts', '.tsx', '.astro', '.mjs'].flatMap((ext) => walk(src, ext));
  for (const file of files) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(specifiers)) {
      const base = resolve(dirname(file), spec!);
      const target = endings.map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile());
      if (!target?.startsWith(src)) continue;
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from !== to && !arrows.has(`${from} -> ${to}`))
        arrows.set(`${from} -> ${to}`, `${relative(root, file)} imports ${spec}`);
    }
  }
  return arrows;
}

/** The circles among `arrows` ("a -> b" keys): each set of folders that reach one another (Tarjan). */
export function circles(arrows: Iterable<string>): string[][] {
  const next = new Map<string, string[]>();
  for (const arrow of arrows) {
    const [from, to] = arrow.split(' -> ') as [string, string];
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of next.get(v)!) {
      if (!index.has(w)) visit(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, low.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group = stack.splice(stack.indexOf(v));
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return found;
}
