/**
 * WebKitGTK, the engine family of Safari: Debian's WebKitWebDriver (`webkit2gtk-driver`) drives
 * MiniBrowser, which needs an X display, so the suite starts its own Xvfb on a free display.
 *
 * Spoken to in plain W3C WebDriver over fetch, not through the `webdriver` (WebdriverIO) package:
 * the suite needs about a dozen endpoints, and that package's runtime utilities depend on the
 * driver and browser downloaders (geckodriver, edgedriver, safaridriver, @puppeteer/browsers),
 * which this project does not want installed; a page of fetch calls has no dependency at all.
 *
 * A session is a MiniBrowser with an ephemeral profile; one is kept per colour scheme and emptied
 * between flows. The dark scheme is MiniBrowser's `--dark-mode`. WebKitWebDriver has no
 * console or log endpoint (and MiniBrowser in automation mode prints no console messages), so a
 * page's problems are what the server's watch script kept in the tab (engine.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { binaryPath } from '../engines.ts';
import { PROBLEMS_KEY, TIMEOUTS, until, type Engine, type EnginePage, type Key } from './engine';

/** Whether a server still answers at the origin. */
const answers = (origin: string) =>
  fetch(origin, { method: 'HEAD', signal: AbortSignal.timeout(TIMEOUTS.condition) }).then(
    () => true,
    () => false,
  );

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on a display it picks itself (`-displayfd`), so two runs never take the same one. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(binaryPath('xvfb'), ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdio[3]!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const number = await until(
    'Xvfb to choose a display',
    () => {
      if (child.exitCode !== null) throw new Error(`Xvfb exited: ${err.trim()}`);
      return /\d+\n/.test(out) ? out.trim() : undefined;
    },
    TIMEOUTS.launch,
  );
  return { display: `:${number}`, process: child };
}

interface WebDriverError {
  error: string;
  message: string;
}

class WebDriver {
  constructor(readonly base: string) {}
  async send<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUTS.flow),
    });
    const { value } = (await response.json()) as { value: T | WebDriverError };
    if (!response.ok) {
      const e = value as WebDriverError;
      throw Object.assign(new Error(`WebKitWebDriver ${method} ${path}: ${e.error}: ${e.message}`), { code: e.error });
    }
    return value as T;
  }
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const keys: Record<Key, string> = { Escape: '\uE00C', Enter: '\uE007', Tab: '\uE004', '/': '/' };

class WebKitPage implements EnginePage {
  constructor(
    private readonly driver: WebDriver,
    private readonly session: string,
    private readonly origin: string,
    private readonly done: () => Promise<void>,
  ) {}
  private path = (rest: string) => `/session/${this.session}${rest}`;

  async goto(url: string) {
    await this.driver.send('POST', this.path('/url'), { url: new URL(url, this.origin).href });
  }
  async reload() {
    await this.driver.send('POST', this.path('/refresh'), {});
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.driver.send<R>('POST', this.path('/execute/sync'), {
      script: `return (${fn.toString()})(arguments[0]);`,
      args: [arg ?? null],
    });
  }
  private async element(selector: string) {
    const found = await this.driver.send<Record<string, string>>('POST', this.path('/element'), {
      using: 'css selector',
      value: selector,
    });
    return found[ELEMENT]!;
  }
  async click(selector: string) {
    const id = await this.element(selector);
    try {
      await this.driver.send('POST', this.path(`/element/${id}/click`), {});
    } catch (e) {
      // WebKitWebDriver refuses clicks on some elements a reader can click: a <summary>, an
      // <option>, a control under a sticky header it scrolled into view ("element click
      // intercepted" / "element not interactable"). The element is there and enabled, so click it
      // the way its own activation behaviour would.
      const code = (e as { code?: string }).code;
      if (code !== 'element click intercepted' && code !== 'element not interactable') throw e;
      await this.evaluate((s) => {
        const el = document.querySelector<HTMLElement>(s)!;
        el.scrollIntoView({ block: 'center' });
        el.focus();
        el.click();
      }, selector);
    }
  }
  async fill(selector: string, value: string) {
    const type = await this.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.type ?? '', selector);
    // Keys sent by WebKitWebDriver do not reach WebKitGTK's native date control (its fields are
    // inside a shadow tree the driver cannot type into), and it refuses to clear a field it
    // judges "not interactable" although a reader can type there (a field a sticky header
    // overlaps once scrolled into view). Then set the value as typing would, with the same input
    // and change events.
    const byScript = () =>
      this.evaluate(
        ([s, v]) => {
          const el = document.querySelector<HTMLInputElement>(s)!;
          el.scrollIntoView({ block: 'center' });
          el.focus();
          el.value = v;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        },
        [selector, value] as const,
      );
    if (type === 'date' || type === 'time' || type === 'month') return void (await byScript());
    const id = await this.element(selector);
    try {
      await this.driver.send('POST', this.path(`/element/${id}/clear`), {});
    } catch (e) {
      if ((e as { code?: string }).code !== 'element not interactable') throw e;
      return void (await byScript());
    }
    if (value) await this.driver.send('POST', this.path(`/element/${id}/value`), { text: value });
  }
  async select(selector: string, value: string) {
    await this.click(`${selector} option[value="${CSS.escape(value)}"]`);
  }
  async press(key: Key) {
    await this.driver.send('POST', this.path('/actions'), {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: keys[key] },
            { type: 'keyUp', value: keys[key] },
          ],
        },
      ],
    });
  }
  async problems() {
    // The server's watch script keeps them in the tab's session storage (see engine.ts).
    return this.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[], PROBLEMS_KEY);
  }
  close() {
    return this.done();
  }
}

/** `CSS.escape` outside a browser, for attribute values in selectors. */
const CSS = { escape: (s: string) => s.replace(/["\\]/g, '\\$&') };

export async function launchWebKit(): Promise<Engine> {
  const driverPath = binaryPath('webkitDriver');
  const binary = binaryPath('webkitBrowser');
  const xvfb = await startXvfb();
  const port = await freePort();
  const output: string[] = [];
  const driverProcess = spawn(driverPath, [`--port=${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const read = (d: Buffer) => void output.push(d.toString());
  driverProcess.stdout!.on('data', read);
  driverProcess.stderr!.on('data', read);
  const driver = new WebDriver(`http://127.0.0.1:${port}`);
  await until(
    'WebKitWebDriver to answer',
    async () => {
      if (driverProcess.exitCode !== null) throw new Error(`it exited: ${output.join('')}`);
      return (await driver.send<{ ready: boolean }>('GET', '/status')).ready || undefined;
    },
    TIMEOUTS.launch,
  );
  // A session is a MiniBrowser (1 s to start alone, 4–5 s under load), and WebKitWebDriver runs
  // one at a time: it is kept for the next flow once its page is emptied, and started anew for the
  // other colour scheme (`--dark-mode` is a start option) or after a flow that did not end cleanly,
  // so that one stuck page cannot fail the flows after it.
  let live: { id: string; scheme: 'light' | 'dark'; clean: boolean } | undefined;
  const newSession = async (scheme: 'light' | 'dark') => {
    const args = ['--automation'];
    if (scheme === 'dark') args.push('--dark-mode');
    const { sessionId } = await driver.send<{ sessionId: string }>('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary, args },
          timeouts: { pageLoad: TIMEOUTS.navigation, script: TIMEOUTS.condition },
        },
      },
    });
    return sessionId;
  };
  return {
    name: 'webkit',
    async newPage(origin, options = {}) {
      const scheme = options.scheme ?? 'light';
      if (live && (live.scheme !== scheme || !live.clean)) {
        await driver.send('DELETE', `/session/${live.id}`).catch(() => undefined);
        live = undefined;
      }
      const session = live ?? { id: await newSession(scheme), scheme, clean: false };
      live = session;
      session.clean = false;
      const page: WebKitPage = new WebKitPage(driver, session.id, origin, async () => {
        // Left as a fresh profile would be, for the next flow: the origin without anything stored,
        // no service worker and no cache (the site keeps nothing else). An origin whose server
        // has stopped (the offline flow's) is never opened again. The flow is over when this
        // runs: if emptying fails (on a busy machine the script once ran past the session's
        // script timeout), the session is ended instead, and the next flow starts a new one,
        // whose automation profile is a new, empty one.
        try {
          if (await answers(origin)) {
            await page.goto(new URL('/robots.txt', origin).href);
            const left = await page.evaluate(async () => {
              localStorage.clear();
              sessionStorage.clear();
              for (const registration of await navigator.serviceWorker.getRegistrations())
                await registration.unregister();
              for (const key of await caches.keys()) await caches.delete(key);
              return localStorage.length + (await navigator.serviceWorker.getRegistrations()).length;
            });
            if (left !== 0) throw new Error('WebKit: a profile could not be emptied for the next flow');
          }
          await page.goto('about:blank');
          session.clean = true;
        } catch {
          await driver.send('DELETE', `/session/${session.id}`).catch(() => undefined);
          if (live === session) live = undefined;
        }
      });
      return page;
    },
    async close() {
      if (live) await driver.send('DELETE', `/session/${live.id}`).catch(() => undefined);
      driverProcess.kill();
      xvfb.process.kill();
    },
  };
}
