/**
 * The site built under a sub-path, as `BASE_PATH=/handbook/ npm run build` makes it, into its
 * own folder. The dist test and the browser test share one build: it is made on first use and
 * made again only when a source file is newer than it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './content-files';
import { buildEnvironment } from './fixture-build';

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
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', subpathDir],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...buildEnvironment(),
        BASE_PATH: subpathBase,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) throw new Error(`The sub-path build failed:\n${run.stdout}\n${run.stderr}`);
  writeFileSync(stamp, '');
  return subpathDir;
}
