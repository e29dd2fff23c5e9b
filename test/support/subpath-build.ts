/**
 * The site built under a sub-path, as `BASE_PATH=/handbook/ npm run build` makes it, into its
 * own folder. The dist test and the browser test share one build: it is made on first use and
 * made again only when a source file is newer than it.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './content-files';
import { buildProjectInto } from './fixture-build';

export const subpathBase = '/handbook/';
export const subpathDir = join(root, 'node_modules', '.cache', 'subpath-build');
const stamp = join(subpathDir, '.built');

/** What a build reads, so a change to any of it makes the stored build stale. */
const sources = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, entry) => Math.max(latest, newest(join(path, entry))), stat.mtimeMs);
}

/** The folder of an up-to-date sub-path build, building it first if needed. */
export function subpathBuild(): string {
  const changed = Math.max(...sources.map((s) => newest(join(root, s))));
  if (existsSync(stamp) && statSync(stamp).mtimeMs > changed) return subpathDir;
  const run = buildProjectInto(subpathDir, { BASE_PATH: subpathBase });
  if (run.status !== 0) throw new Error(`The sub-path build failed:\n${run.stdout}\n${run.stderr}`);
  writeFileSync(stamp, '');
  return subpathDir;
}
