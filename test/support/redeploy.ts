/**
 * A redeploy fixture: a copy of a build in which every hashed file under `_astro/` has a new
 * name (and every reference to it follows), with its own service worker written by the same
 * build step. To a browser that knows the first build, nothing hashed is where it was.
 */
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeServiceWorker } from '../../src/build/service-worker';
import { escapeRegExp } from '../../src/lib/regexp';

/** The new name of a hashed file in the copy. */
export const redeployed = (name: string) => `v2-${name}`;

export async function makeRedeploy(dist: string, out: string): Promise<{ renamed: string[] }> {
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const assets = join(out, '_astro');
  const renamed = readdirSync(assets);
  for (const name of renamed) renameSync(join(assets, name), join(assets, redeployed(name)));
  const escaped = renamed.map(escapeRegExp);
  const reference = new RegExp(`(?<=/)(${escaped.join('|')})`, 'g');
  const texts = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.(html|js|css)$/.test(f) && !f.startsWith('pagefind'),
  );
  for (const file of texts) {
    const path = join(out, file);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(reference, (name) => redeployed(name));
    if (next !== text) writeFileSync(path, next);
  }
  await writeServiceWorker(out);
  return { renamed };
}
