/**
 * The first step of `npm test`: before minutes of type checks and builds, make sure this machine
 * has what the suites need, and fail in a second with what to install when it does not.
 * - Node: the scripts must run on the project's pinned Node (the `node` package, which npm puts
 *   first on PATH for every script). Astro 7 needs 22.12 or newer; an older Node here means the
 *   pin's install script did not run. Plain JavaScript, so that an old Node can say so.
 * - Browsers: each engine the suites drive, found as test/support/engines.ts describes, and the
 *   font the screenshot baselines are drawn in.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// package.json `engines` says what the code needs, as ">=major.minor".
const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const needed = /^>=(\d+)\.(\d+)$/.exec(engines.node);
if (!needed) throw new Error(`package.json engines.node should read ">=major.minor", not "${engines.node}"`);
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < Number(needed[1]) || (major === Number(needed[1]) && minor < Number(needed[2]))) {
  console.error(
    `npm test cannot run on this machine yet:\n  - Node ${process.version} runs the scripts, and the project needs Node ${engines.node} (Astro 7). ` +
      'The project pins Node 24 as the `node` dev dependency: run `npm ci` again and check that its install script ran ' +
      '(allowScripts in package.json).',
  );
  process.exit(1);
}

const { engineBinaries, findBinary } = await import('./support/engines.ts');
const problems = Object.keys(engineBinaries)
  .map((name) => findBinary(name))
  .flatMap((found) => ('problem' in found ? [found.problem] : []));

// The screenshot baselines are drawn in DejaVu Sans: another font fails every comparison.
const fonts = spawnSync('fc-list', [':family=DejaVu Sans'], { encoding: 'utf8' });
if (fonts.error || !fonts.stdout.includes('DejaVu Sans')) {
  problems.push(
    'The DejaVu Sans font is not installed. Install it with `apt-get install -y fonts-dejavu-core fontconfig`.',
  );
}

if (problems.length > 0) {
  console.error(`npm test cannot run on this machine yet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Preflight: Node ${process.version}; every browser the suites drive is installed.`);
