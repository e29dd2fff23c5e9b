/** The preflight at the start of `npm test` fails at once, naming the package, when a browser is missing. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engineBinaries, findBinary, type EngineBinaryName } from '../support/engines';
import { timeouts } from '../support/timeouts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the preflight', () => {
  it('finds every engine this machine has installed, and names the package and variable of one it lacks', () => {
    for (const name of Object.keys(engineBinaries) as EngineBinaryName[]) {
      const variable = engineBinaries[name].variable;
      const saved = process.env[variable];
      process.env[variable] = '/nonexistent';
      try {
        const found = findBinary(name);
        expect(found).toEqual({
          problem: expect.stringContaining(`apt-get install -y ${engineBinaries[name].debianPackage}`),
        });
        expect(found).toEqual({ problem: expect.stringContaining(variable) });
      } finally {
        if (saved === undefined) delete process.env[variable];
        else process.env[variable] = saved;
      }
    }
  });

  it.each([
    ['CHROME_PATH', 'chromium-headless-shell'],
    ['FIREFOX_PATH', 'firefox-esr'],
    ['WEBKIT_DRIVER_PATH', 'webkit2gtk-driver'],
  ])(
    'with %s pointing nowhere, the script fails within seconds naming %s',
    (variable, debianPackage) => {
      const started = Date.now();
      const run = spawnSync(process.execPath, ['test/preflight.mjs'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, [variable]: '/nonexistent' },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`apt-get install -y ${debianPackage}`);
      expect(run.stderr).toContain(variable);
      expect(Date.now() - started).toBeLessThan(30_000);
    },
    timeouts.process,
  );

  it(
    'passes on this machine, where every browser is installed',
    () => {
      const run = spawnSync(process.execPath, ['test/preflight.mjs'], { cwd: root, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
    timeouts.process,
  );
});
