/**
 * Chromium through Playwright, in the same Debian binary as the Chromium suite (CHROME_PATH,
 * test/support/engines.ts). One browser; each page in its own context.
 */
import { chromium, type Page } from '@playwright/test';
import { binaryPath } from '../engines.ts';
import { TIMEOUTS, type Engine, type EnginePage, type Key } from './engine';

class ChromiumPage implements EnginePage {
  private readonly seen: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly origin: string,
    private readonly done: () => Promise<void>,
  ) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.seen.push(`${page.url()} console: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.seen.push(`${page.url()} error: ${e.message}`));
  }
  async goto(url: string) {
    await this.page.goto(new URL(url, this.origin).href, { waitUntil: 'load', timeout: TIMEOUTS.navigation });
  }
  async reload() {
    await this.page.reload({ waitUntil: 'load', timeout: TIMEOUTS.navigation });
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (a: unknown) => R, arg ?? null);
  }
  async click(selector: string) {
    await this.page.locator(selector).first().click({ timeout: TIMEOUTS.condition });
  }
  async fill(selector: string, value: string) {
    await this.page.locator(selector).first().fill(value, { timeout: TIMEOUTS.condition });
  }
  async select(selector: string, value: string) {
    await this.page.locator(selector).first().selectOption(value, { timeout: TIMEOUTS.condition });
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

export async function launchChromium(): Promise<Engine> {
  const browser = await chromium.launch({
    executablePath: binaryPath('chromium'),
    timeout: TIMEOUTS.launch,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  return {
    name: 'chromium',
    async newPage(origin, options = {}) {
      const context = await browser.newContext({ colorScheme: options.scheme ?? 'light' });
      const page = await context.newPage();
      return new ChromiumPage(page, origin, () => context.close());
    },
    close: () => browser.close(),
  };
}
