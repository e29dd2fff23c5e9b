/**
 * The browsers the test suites drive, in one table: where each is looked for, the variable that
 * points at another binary, and the Debian package that provides it. Browsers come from the
 * system, drivers from npm; nothing here downloads a browser build.
 */
import { accessSync, constants, readdirSync } from 'node:fs';

export interface EngineBinary {
  /** What the reader of a failure should recognise. */
  label: string;
  /** The environment variable that overrides the search; when set, it is the only path tried. */
  variable: string;
  /** Paths tried in order when the variable is unset. */
  candidates: () => string[];
  /** The Debian package to install when none is found. */
  debianPackage: string;
}

/** MiniBrowser sits in an architecture-named folder (x86_64-linux-gnu, aarch64-linux-gnu…). */
function miniBrowsers(): string[] {
  try {
    return readdirSync('/usr/lib').map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`);
  } catch {
    return [];
  }
}

export const engineBinaries = {
  // The headless shell is the same engine without the desktop browser around it, and runs the
  // suite in about half the processor time of the full browser's headless mode.
  chromium: {
    label: 'Chromium',
    variable: 'CHROME_PATH',
    candidates: () => ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'],
    debianPackage: 'chromium-headless-shell',
  },
  firefox: {
    label: 'Firefox ESR',
    variable: 'FIREFOX_PATH',
    candidates: () => ['/usr/bin/firefox-esr'],
    debianPackage: 'firefox-esr',
  },
  webkitDriver: {
    label: 'WebKitWebDriver',
    variable: 'WEBKIT_DRIVER_PATH',
    candidates: () => ['/usr/bin/WebKitWebDriver'],
    debianPackage: 'webkit2gtk-driver',
  },
  webkitBrowser: {
    label: 'WebKitGTK MiniBrowser',
    variable: 'WEBKIT_BROWSER_PATH',
    candidates: miniBrowsers,
    debianPackage: 'webkit2gtk-driver',
  },
  xvfb: {
    label: 'Xvfb (a display for WebKitGTK)',
    variable: 'XVFB_PATH',
    candidates: () => ['/usr/bin/Xvfb'],
    debianPackage: 'xvfb',
  },
} satisfies Record<string, EngineBinary>;

export type EngineBinaryName = keyof typeof engineBinaries;

const runnable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The binary's path, or an error that names the package and the variable. */
export function findBinary(name: EngineBinaryName): { path: string } | { problem: string } {
  const binary: EngineBinary = engineBinaries[name];
  const fromEnv = process.env[binary.variable];
  const tried = fromEnv ? [fromEnv] : binary.candidates();
  const path = tried.find(runnable);
  if (path) return { path };
  return {
    problem:
      `${binary.label} not found (tried ${tried.join(', ') || 'nothing'}). ` +
      `Install it with \`apt-get install -y ${binary.debianPackage}\`, or set ${binary.variable} to another binary.`,
  };
}

/** The binary's path; throws the same message as `findBinary` when it is missing. */
export function binaryPath(name: EngineBinaryName): string {
  const found = findBinary(name);
  if ('problem' in found) throw new Error(found.problem);
  return found.path;
}
