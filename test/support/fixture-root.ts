/**
 * Vitest global setup for the suites that build fixture copies in their own process: the copies
 * go into one folder for the run, removed only after every test worker has ended. A fixture build
 * that fails leaves Astro's content store with a write still queued on a timer; removing the copy
 * while that worker lives turned the write into an unhandled rejection (ENOENT) that failed the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-fixtures-'));
  // Test workers start after this and inherit the environment (test/support/fixture-build.ts reads it).
  process.env['HANDBOOK_FIXTURE_ROOT'] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
