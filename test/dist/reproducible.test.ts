/**
 * Two builds of the same sources write the same bytes: a redeploy then changes only the pages
 * that changed, and readers' offline copies refresh only those. Pages render several at a time,
 * so anything counted across the build (an id, an order) would show here.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';
import { buildProjectInto } from '../support/fixture-build';

/** Files that differ between two folders, or are in only one of them, by relative path. */
function differingFiles(a: string, b: string): string[] {
  const list = (dir: string) =>
    new Set(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(dir, join(d.parentPath, d.name))),
    );
  const [inA, inB] = [list(a), list(b)];
  return [...new Set([...inA, ...inB])]
    .sort()
    .filter((f) => !inA.has(f) || !inB.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a second build', () => {
  it('writes the same bytes as the first, every page, script, search file and the service worker', () => {
    const out = mkdtempSync(join(tmpdir(), 'handbook-rebuild-'));
    scratch.push(out);
    const run = buildProjectInto(out);
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(differingFiles(distDir, out)).toEqual([]);
  });

  it('is compared file by file, naming what differs or is missing', () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'handbook-cmp-')), mkdtempSync(join(tmpdir(), 'handbook-cmp-'))];
    scratch.push(a, b);
    for (const [dir, files] of [
      [a, { 'x/index.html': 'same', 'y/index.html': 'one', 'only-a.txt': '' }],
      [b, { 'x/index.html': 'same', 'y/index.html': 'two' }],
    ] as const)
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
    expect(differingFiles(a, b)).toEqual(['only-a.txt', 'y/index.html']);
  });
});
