/**
 * What the cross-engine flows ask of a page, built only on the driver interface (engine.ts), so
 * every engine waits, finds and reads the same way: conditions polled in the page with a bound,
 * elements found by their visible text or label, downloads caught as the site makes them.
 */
import { TIMEOUTS, pollDelay, type EnginePage } from './engine';

/**
 * Polls a function in the page until it returns something truthy, for `within` ms at most; fails
 * with `what` and the last answer.
 */
export async function waitFor<R, A = undefined>(
  page: EnginePage,
  what: string,
  fn: (arg: A) => R | Promise<R>,
  arg?: A,
  within: number = TIMEOUTS.condition,
): Promise<Exclude<R, undefined | null | false | '' | 0>> {
  const end = Date.now() + within;
  let last: unknown;
  for (let tries = 0; ; tries++) {
    try {
      last = await page.evaluate(fn, arg);
      if (last) return last as Exclude<R, undefined | null | false | '' | 0>;
    } catch (e) {
      // A navigation under way (a reload, a form) may drop the call: ask again.
      last = e;
    }
    if (Date.now() > end) throw new Error(`waited ${within} ms for ${what}; last answer: ${String(last)}`);
    await new Promise((r) => setTimeout(r, pollDelay(tries)));
  }
}

export interface Find {
  /** A CSS selector the element matches. */
  css: string;
  /** Its text (trimmed, spaces made single) is exactly this, or matches this pattern's source. */
  text?: string | undefined;
  /** The text of its label (a <label for>, a wrapping <label> or aria-label) is exactly this. */
  label?: string | undefined;
  /** Inside the element that matches this selector and has this heading or legend text. */
  within?: { css: string; heading: string } | undefined;
  /** The last match, not the first. */
  last?: boolean | undefined;
}

let marks = 0;

/**
 * Finds one element the way a reader would name it and returns a selector for it (it marks the
 * element with a data attribute the site never uses). Waits until it is there.
 */
export async function find(page: EnginePage, query: Find): Promise<string> {
  const mark = `m${++marks}`;
  await waitFor(
    page,
    `an element ${JSON.stringify(query)}`,
    ([q, m]) => {
      const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      let scope: ParentNode = document;
      if (q.within) {
        const holder = [...document.querySelectorAll(q.within.css)].find((el) =>
          [...el.querySelectorAll('h1, h2, h3, h4, legend, summary')].some(
            (h) => norm(h.textContent) === q.within!.heading,
          ),
        );
        if (!holder) return false;
        scope = holder;
      }
      const labelOf = (el: Element) => {
        const labels = (el as HTMLInputElement).labels;
        const texts = labels ? [...labels].map((l) => norm(l.textContent)) : [];
        return [el.getAttribute('aria-label') ?? '', ...texts];
      };
      const all = [...scope.querySelectorAll(q.css)].filter(
        (el) =>
          (q.text === undefined || norm(el.textContent) === q.text) &&
          (q.label === undefined || labelOf(el).some((l) => l === q.label || l.startsWith(`${q.label} `))),
      );
      const el = q.last ? all[all.length - 1] : all[0];
      if (!el) return false;
      el.setAttribute('data-engines-find', m);
      return true;
    },
    [query, mark] as const,
  );
  return `[data-engines-find="${mark}"]`;
}

/**
 * Waits until the page is loaded, every island on it has hydrated (Astro drops `ssr` then), no
 * late tool is still loading, and no tool is still opening what the browser saved (its storage
 * code, loaded after hydration).
 */
export async function hydrated(page: EnginePage) {
  // What is still waiting: the document, or each island (by its client directive) and tool status.
  const waiting = () =>
    page.evaluate(() =>
      document.readyState !== 'complete'
        ? [`document ${document.readyState}`]
        : [
            ...document.querySelectorAll(
              'astro-island[ssr], [data-lazy-tool="loading"], .save-status[data-state="opening"]',
            ),
          ].map((el) => el.getAttribute('client') ?? el.getAttribute('data-state') ?? el.tagName),
    );
  try {
    await waitFor(
      page,
      'the islands to hydrate and open their saved data',
      () =>
        document.readyState === 'complete' &&
        document.querySelectorAll('astro-island[ssr], [data-lazy-tool="loading"], .save-status[data-state="opening"]')
          .length === 0,
    );
  } catch (e) {
    throw new Error(`${(e as Error).message}; still waiting: ${(await waiting()).join(', ')}`, { cause: e });
  }
}

/** Waits until the tool's last change was written and read back. */
export const saved = (page: EnginePage) =>
  waitFor(page, 'the tool to say "Saved"', () => {
    const status = document.querySelector('.save-status');
    return (
      status?.getAttribute('data-state') === 'saved' &&
      /^Saved \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(status.textContent?.trim() ?? '')
    );
  });

/** The text of the first element a selector finds ('' when there is none). */
export const textOf = (page: EnginePage, css: string) =>
  page.evaluate((s) => (document.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').trim(), css);

/** Checked states of every element a selector finds. */
export const checkedStates = (page: EnginePage, css: string) =>
  page.evaluate((s) => [...document.querySelectorAll<HTMLInputElement>(s)].map((el) => el.checked), css);

/** Stores values in the origin's local storage before any page of the flow reads them. */
export async function seedStorage(page: EnginePage, values: Record<string, string>) {
  await page.goto('/robots.txt');
  await page.evaluate((v) => {
    for (const [k, value] of Object.entries(v)) localStorage.setItem(k, value);
  }, values);
}

/**
 * Catches the files the site offers from now on (until the next navigation). The site makes every
 * download the same way (src/tools/kit/SaveStatus.tsx: a blob URL on an <a download> it clicks); this
 * keeps each blob as it is made and, when its link is clicked, reads it with the offered name
 * instead of letting the browser save it: the same in every engine, whatever each does with a
 * download (MiniBrowser would ask where to save it). The blob is read in the page, not fetched
 * (the site's `connect-src 'self'` refuses blob: URLs).
 */
export const catchDownloads = (page: EnginePage) =>
  page.evaluate(() => {
    const w = window as unknown as { enginesDownloads: { name: string; text: string }[] };
    w.enginesDownloads = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create.call(URL, object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (!this.download || !blob) return click.call(this);
      const name = this.download;
      void blob.text().then((text) => w.enginesDownloads.push({ name, text }));
    };
  });

/** The files offered since catchDownloads, once there are `count` of them. */
export const downloads = (page: EnginePage, count: number) =>
  waitFor(
    page,
    `${count} download(s)`,
    (n) => {
      const got = (window as unknown as { enginesDownloads: { name: string; text: string }[] }).enginesDownloads;
      return got.length >= n ? got : undefined;
    },
    count,
  );
