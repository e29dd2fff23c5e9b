/**
 * Firefox ESR (Debian's `firefox-esr`) through puppeteer-core over WebDriver BiDi. One browser,
 * each page in its own user context (a fresh profile's storage).
 *
 * The dark scheme: Firefox ESR 153 has no BiDi command for `prefers-color-scheme`
 * (`emulation.setMediaFeaturesOverride` is an unknown command, and Puppeteer's
 * emulateMediaFeatures needs CDP), but its pref `layout.css.prefers-color-scheme.content-override`
 * (0 dark, 1 light) applies at once. The browser is started with `--remote-allow-system-access`,
 * which lets BiDi evaluate in the browser's own (chrome) window, where the pref is set while a
 * dark page is open; a second Firefox started with the pref would cost another 7–15 s.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { binaryPath } from '../engines.ts';
import { TIMEOUTS, type Engine, type EnginePage, type Key } from './engine';

const SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';

/** Sets the colour scheme every page of the browser sees, from the browser's own window. */
async function setScheme(browser: Browser, scheme: 'light' | 'dark') {
  // Puppeteer's BiDi connection sends any command; its types list only the standard ones.
  const { connection } = browser as unknown as {
    connection: { send(method: string, params: object): Promise<{ result: unknown }> };
  };
  const send = (method: string, params: object) => connection.send(method, params);
  const tree = (await send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string }[];
  };
  const { result } = await send('script.evaluate', {
    expression: `Services.prefs.setIntPref('${SCHEME_PREF}', ${scheme === 'dark' ? 0 : 1}); 'set'`,
    target: { context: tree.contexts[0]!.context },
    awaitPromise: false,
  });
  if ((result as { type: string }).type !== 'success')
    throw new Error(`Firefox: could not set ${SCHEME_PREF}: ${JSON.stringify(result)}`);
}

class FirefoxPage implements EnginePage {
  private readonly seen: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly origin: string,
    private readonly done: () => Promise<void>,
  ) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.seen.push(`${page.url()} console: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.seen.push(`${page.url()} error: ${(e as Error).message ?? String(e)}`));
  }
  async goto(url: string) {
    await this.page.goto(new URL(url, this.origin).href, { waitUntil: 'load', timeout: TIMEOUTS.navigation });
  }
  async reload() {
    await this.page.reload({ waitUntil: 'load', timeout: TIMEOUTS.navigation });
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (a: unknown) => R, arg ?? null) as Promise<R>;
  }
  async click(selector: string) {
    await this.page.locator(selector).setTimeout(TIMEOUTS.condition).click();
  }
  async fill(selector: string, value: string) {
    await this.page.locator(selector).setTimeout(TIMEOUTS.condition).fill(value);
  }
  async select(selector: string, value: string) {
    await this.page.select(selector, value);
  }
  async press(key: Key) {
    await this.page.keyboard.press(key);
  }
  async problems() {
    return [...this.seen];
  }
  close() {
    return this.done();
  }
}

export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: binaryPath('firefox'),
    headless: true,
    args: ['--remote-allow-system-access'],
    timeout: TIMEOUTS.launch,
    protocolTimeout: TIMEOUTS.flow,
    extraPrefsFirefox: { [SCHEME_PREF]: 1 },
  });
  return {
    name: 'firefox',
    async newPage(origin, options = {}) {
      const dark = options.scheme === 'dark';
      if (dark) await setScheme(browser, 'dark');
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUTS.condition);
      return new FirefoxPage(page, origin, async () => {
        await context.close();
        if (dark) await setScheme(browser, 'light');
      });
    },
    close: () => browser.close(),
  };
}
