/**
 * The one driver interface the cross-engine suite speaks (test/engines/): a page that can be
 * opened, clicked, typed into and asked things, in Chromium (Playwright), Firefox ESR (Puppeteer
 * over WebDriver BiDi) and WebKitGTK (WebKitWebDriver over W3C WebDriver). Each driver's quirks
 * are handled once, in its own file beside this one; the flows never ask which engine they run in.
 */
import { timeouts } from '../timeouts.ts';

/**
 * Every wait of the engines suite, from the suites' one table of slow work (test/support/timeouts.ts,
 * where the measured worst cases are): a condition or a navigation waits as long as hydration may.
 */
export const TIMEOUTS = {
  launch: timeouts.browserStart,
  navigation: timeouts.hydration * 2,
  condition: timeouts.hydration,
  serviceWorker: timeouts.serviceWorker,
  /**
   * How long to wait before asking a condition again: soon at first, then seldom, as Playwright's
   * own assertions do, so a long wait does not keep the page's main thread busy answering.
   */
  poll: [100, 250, 500, 1000],
  flow: timeouts.engineFlow,
} as const;

/** The wait before the next question, after `tries` answers that were not yet. */
export const pollDelay = (tries: number) => TIMEOUTS.poll[Math.min(tries, TIMEOUTS.poll.length - 1)]!;

/** Keys the flows press. */
export type Key = 'Escape' | '/' | 'Enter' | 'Tab';

export interface EnginePage {
  /** Opens a URL (absolute, or a path on the suite's server) and waits for its load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /**
   * Runs a function in the page and returns its (JSON) result; a promise is awaited. The function
   * is sent as text: it must not use anything from the test's scope, only its one argument.
   */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Clicks the element a CSS selector finds, as a pointer would. */
  click(selector: string): Promise<void>;
  /** Replaces the value of a text field, text area or date field, as typing would (input and change events). */
  fill(selector: string, value: string): Promise<void>;
  /** Chooses an option of a select by its value. */
  select(selector: string, value: string): Promise<void>;
  /** Presses one key on whatever has focus. */
  press(key: Key): Promise<void>;
  /** Console errors, uncaught errors and CSP violations seen on this page so far, as readable lines. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export interface PageOptions {
  /** The page's `prefers-color-scheme`; light unless asked. */
  scheme?: 'light' | 'dark';
}

export interface Engine {
  name: 'chromium' | 'firefox' | 'webkit';
  /** A page in a fresh profile (its own storage, no service worker), on the given origin. */
  newPage(origin: string, options?: PageOptions): Promise<EnginePage>;
  close(): Promise<void>;
}

/** Where the watch script keeps what it saw, for drivers that cannot listen to the console (kept per tab, across its navigations). */
export const PROBLEMS_KEY = 'engines-suite:problems';

/**
 * A script the suite's server writes first in every page's head, before the page's content
 * security policy (a policy in a meta tag binds only what follows it, so the page's own policy is
 * untouched). It turns what some drivers do not report into console errors and keeps them for
 * the drivers that cannot read the console: uncaught errors and rejections, console errors, CSP
 * violations, and a resource (a script, a module preload, a style sheet) whose load fails with
 * nothing but an `error` event.
 */
const watchScript = `(() => {
  const keep = (line) => {
    try {
      const seen = JSON.parse(sessionStorage.getItem('${PROBLEMS_KEY}') || '[]');
      seen.push(location.pathname + location.search + ' ' + line);
      sessionStorage.setItem('${PROBLEMS_KEY}', JSON.stringify(seen));
    } catch {}
  };
  const error = console.error.bind(console);
  console.error = (...args) => {
    keep('console: ' + args.map(String).join(' '));
    error(...args);
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline code'));
  });
  window.addEventListener('unhandledrejection', (e) => keep('unhandled rejection: ' + String(e.reason)));
  // Firefox fires a bare error event on a <link rel=modulepreload> for a module the page has
  // loaded anyway: one the page already imported (Vite's import() helper adds the link, with
  // crossorigin, for every dependency not named by a link yet), or, offline, one its service worker
  // serves. The module runs; only an error for a module the page never got is a problem.
  const loaded = (url) =>
    performance.getEntriesByName(url).some((t) => (t.responseStatus ? t.responseStatus < 400 : t.responseEnd > 0));
  const afterLoad = (then) =>
    document.readyState === 'complete' ? setTimeout(then) : window.addEventListener('load', () => setTimeout(then));
  window.addEventListener('error', (e) => {
    const el = e.target;
    if (!el || el === window || !el.tagName) return keep('error: ' + e.message);
    const url = el.href || el.src || '';
    const report = () =>
      console.error('load error on <' + el.tagName.toLowerCase() + ' rel=' + (el.getAttribute('rel') || '') + ' ' + (el.getAttribute('href') || el.getAttribute('src') || '') + '>');
    if (el.rel === 'modulepreload') afterLoad(() => loaded(url) || report());
    else report();
  }, true);
})();`;

/** The page as the suite's server sends it: the watch script first in its head. */
export const withWatchScript = (html: string) => html.replace(/<head>/i, `<head><script>${watchScript}</script>`);

/** Waits with a bound for something outside any page (a process's port, a file). */
export async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms: number) {
  const end = Date.now() + ms;
  let last: unknown;
  for (let tries = 0; Date.now() < end; tries++) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, pollDelay(tries)));
  }
  throw new Error(`${what}: not within ${ms} ms${last ? ` (${String(last)})` : ''}`);
}
