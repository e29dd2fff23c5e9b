/**
 * Throwaway copies of the site, for fixture builds that must fail and for the scale benchmark.
 * A copy shares node_modules with the project and lives in the system temp folder.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as astroBuild } from 'astro';
import { root } from './content-files';

export interface BuildResult {
  status: number | null;
  output: string;
  seconds: number;
  /** Processor seconds (user and system) of the build and the processes it waited for; Linux only. */
  cpuSeconds?: number | undefined;
}

/**
 * Runs the command given after it, then prints the processor time its children used (from
 * /proc, so Linux only): a figure that, unlike the clock, does not grow with the machine's load.
 */
const withCpuTime = `
const { spawnSync } = require('node:child_process');
const run = spawnSync(process.argv[1], process.argv.slice(2), { stdio: 'inherit' });
try {
  const fields = require('node:fs').readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  console.log('cpu-seconds:' + (Number(fields[13]) + Number(fields[14])) / 100);
} catch {}
process.exit(run.status ?? 1);
`;

/** Copies what a build reads into a new temp folder and returns its path. */
export function copyProject(prefix: string, parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, prefix));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  // Link each package rather than the folder, so Astro's and Vite's caches (node_modules/.astro,
  // node_modules/.vite) belong to the copy and parallel builds cannot trample each other.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/**
 * A plain environment for builds started from a test run. Inheriting the test runner's
 * environment made Astro build a 1,000-page copy about ten times slower, so only what a build
 * needs is passed on.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'SITE_URL', 'CHROME_PATH'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));
}

/**
 * Runs `astro build` of the project itself into `outDir` instead of dist/, with `env` added to
 * the plain build environment (a sub-path build sets BASE_PATH).
 */
export function buildProjectInto(outDir: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...buildEnvironment(), ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * Runs `astro build` in a copy, with the Node that runs the tests. `astro` is the CLI to run:
 * the project's unless a folder with its own installation says otherwise.
 */
export function build(dir: string, astro = join(root, 'node_modules/astro/bin/astro.mjs')): BuildResult {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['-e', withCpuTime, process.execPath, astro, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const cpu = /^cpu-seconds:([\d.]+)$/m.exec(run.stdout)?.[1];
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpu ? Number(cpu) : undefined,
  };
}

/**
 * Copies the project, applies `edits` (path → new content, relative to the copy) and builds it
 * in this process with Astro's build API: no second Node to start, and the error it fails with
 * (message, hint and the file it names) is the output. The copy stays until the run's global
 * teardown removes the folder it is in (test/support/fixture-root.ts).
 */
export async function buildWithEdits(edits: Record<string, string>): Promise<BuildResult> {
  const parent = process.env['HANDBOOK_FIXTURE_ROOT'];
  if (!parent) throw new Error('Fixture builds need the global setup test/support/fixture-root.ts in their config.');
  const dir = copyProject('handbook-fixture-', parent);
  const started = performance.now();
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  try {
    for (const [path, text] of Object.entries(edits)) writeFileSync(join(dir, path), text);
    await astroBuild({ root: dir, logLevel: 'silent' });
    return { status: 0, output: '', seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    const e = error as Error & { hint?: string; loc?: { file?: string } };
    const output = [e.message, e.hint, e.loc?.file, e.stack].filter(Boolean).join('\n');
    return { status: 1, output, seconds: (performance.now() - started) / 1000 };
  }
}
