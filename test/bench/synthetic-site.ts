/**
 * The synthetic site the benchmarks build: the real pages plus copies of them, up to a page
 * count, written into a throwaway copy of the project.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadPages } from '../support/content-files';

/** Adds copies of the real pages until the site has about `target` content pages. */
export function grow(dir: string, target: number): number {
  const all = loadPages();
  const real = all.filter((p) => p.id.includes('/'));
  let count = all.length;
  for (let i = 0; count < target; i++, count++) {
    const source = real[i % real.length]!;
    const data: Record<string, unknown> = { ...source.data, title: `${source.data.title.slice(0, 56)} (copy ${i})` };
    if (source.data.role === 'reference') data['term'] = `${source.data.term} ${i}`;
    data['updated'] = source.data.updated.toISOString().slice(0, 10);
    writeFileSync(
      join(dir, 'content/pages', `${source.id}-copy-${i}.mdx`),
      `---\n${stringify(data)}---\n${source.body}`,
    );
  }
  return count;
}

/** The middle value (the upper one of the two middles for an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
