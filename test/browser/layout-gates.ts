/**
 * Gates that look at the page as a reader sees it: sideways scrolling, target sizes, where the
 * tool starts, and whether the tool's controls carry the site's styles. Each returns the problems
 * it finds as readable lines (empty when the page passes), so a test can show that it turns red.
 */
import { expect, type Page } from '@playwright/test';
import { loadPages } from '../support/content-files';
import { tools, type ToolDefinition } from '../../src/tools/registry';
import { distDir, fileOf, pageKindOf, pageKinds } from '../support/dist';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pages = loadPages();
const first = (test: (p: (typeof pages)[number]) => boolean) => {
  const found = pages.find(test);
  if (!found) throw new Error('no page of this type in content/pages');
  return found.id === 'index' ? '/' : `/${found.id}/`;
};

/** A share link's fragment, made once by the link code, so the share page's gates see a real shared run. */
export const sharedChecklistFragment =
  'share-v1.fZCxSgRBEER_penAaPaYXURwjDTS5BA0MpudKfea3euRmd5TOPbf5UwMBLPiFTyKOvMsmjlwOiDNizRjx1bK8vQDF4FaV3QssWbRiR1DpzjhCLV9PIIDP8Y6lrXSFT2LItBDjZqp4r2iHdhxqoiGfG8cePDDTdf33eBf_W3wPni_896_seNm0cDhzCZpbpeQscgJNY4LWifafVaxy4ZgdYVjfKVlbVL0b7k51mL438IvqXyAmkyKTP1A-3K6o18rXd5AJlFqSCZF6XrH27Z9Aw.jORqDIPJ';

/** One page of every type, and the tool pages among them. */
/** One page per tool of `list`: the first that runs it on its first screen. */
export function toolPageTypes(list: readonly ToolDefinition[], among = pages): Record<string, string> {
  return Object.fromEntries(
    list.map((t) => {
      const found = among.find((p) => Boolean(t.runs(p.data)));
      if (!found) throw new Error(`no page in content/pages runs the tool ${t.id}`);
      return [t.id, `/${found.id}/`];
    }),
  );
}

export const pageTypes: Record<string, string> = {
  home: '/',
  anchor: first((p) => p.data.role === 'anchor'),
  guide: first((p) => p.data.role === 'workflow'),
  term: first((p) => p.data.role === 'reference'),
  'a-z': '/glossary/',
  ...toolPageTypes(tools),
  search: '/search/',
  engagement: '/workspace/engagement/',
  workspace: '/workspace/',
  '404': '/404.html',
  // A shared checklist (a fixed link: two ticks and a note, made 2026-11-20) and a boundary's print packet.
  share: `/share/client-onboarding/#${sharedChecklistFragment}`,
  packet: '/print/onboarding-to-delivery/',
};

/**
 * One page of every kind the build holds: the page types above, and the first page of any other
 * kind found in the build (pageKinds in support/dist.ts), named by its URL. A new kind of page
 * meets the gates that use this the day it is built, with no list to update.
 */
export function everyPageType(): Record<string, string> {
  const named = new Set(
    Object.values(pageTypes).map((url) => pageKindOf(readFileSync(join(distDir, fileOf(url)), 'utf8'))),
  );
  const others = [...pageKinds()].filter(([kind]) => !named.has(kind)).map(([, urls]) => [urls[0]!, urls[0]!]);
  return { ...pageTypes, ...Object.fromEntries(others) };
}

export const toolTypes = [...tools.map((t) => t.id), 'engagement', 'share', 'workspace'] as const;

/**
 * Waits for what a page type draws after hydrating: the workspace's list loads with the storage
 * code, and every tool shows its engagement bar once it has read what this browser saved. Until
 * then a tool says "Opening…" and its controls sit lower: on a busy machine the gates measured
 * that passing state (a checklist's first control 1 px below a phone's first screen).
 */
export async function drawn(page: Page, type: string) {
  if (type === 'workspace') await page.locator('.workspace-count').filter({ hasNotText: 'Opening' }).waitFor();
  // These two draw their tool once its code has loaded, right after hydrating.
  if (type === 'engagement' || type === 'share') await page.locator('.tool-ui button').first().waitFor();
  await expect(page.locator('.save-status[data-state="opening"]')).toHaveCount(0);
}

export const viewports = {
  mobile: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

/** A mobile browser context: touch, so `pointer: coarse` holds as on a phone. */
export const mobileContext = { viewport: viewports.mobile, hasTouch: true, isMobile: true } as const;

/** The page scrolls sideways when its content is wider than the viewport. */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  return scroll > client ? [`${page.url()} scrolls sideways: ${scroll}px of content in ${client}px`] : [];
}

/**
 * Every visible interactive element at least `min` px wide and tall (WCAG 2.5.8). A checkbox or
 * radio counts with its label, which clicks it too. Exempt, as WCAG 2.5.8 allows: a link inline
 * in running text, that is an inline-displayed link whose block (p, li, dd, td…) holds other text.
 */
export async function smallTargets(page: Page, min: number, within = 'body'): Promise<string[]> {
  return page.evaluate(
    ({ min, within }) => {
      const selector =
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(`${within} :is(${selector})`)) {
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const style = getComputedStyle(el);
        if (el.tagName === 'A' && style.display === 'inline') {
          const block = el.closest('p, li, dd, dt, td, th, figcaption, blockquote, label, small, span.when');
          const own = el.textContent?.trim() ?? '';
          const around = (block?.textContent ?? '').replace(own, '').trim();
          if (block && around.length > 0) continue;
        }
        const label = /^(checkbox|radio)$/.test((el as HTMLInputElement).type ?? '') ? el.closest('label') : null;
        const box = (label ?? el).getBoundingClientRect();
        if (box.width < min - 0.5 || box.height < min - 0.5) {
          const name = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).name ?? '')
            .trim()
            .slice(0, 40);
          out.push(
            `${el.tagName.toLowerCase()} "${name}" in ${el.parentElement?.closest('[class]')?.className ?? 'body'} is ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
        }
      }
      return out;
    },
    { min, within },
  );
}

/** The first control of the page's tool: where it sits, or a problem when it is below the first screen. */
export async function firstToolControl(page: Page): Promise<{ y: number; problems: string[] }> {
  return page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>('.tool :is(input:not([type="hidden"]), button, select, textarea)'),
    ].filter((el) => el.checkVisibility());
    const control = controls[0];
    if (!control) return { y: Infinity, problems: [`${location.pathname} has no visible tool control`] };
    const box = control.getBoundingClientRect();
    const y = Math.round(box.top + window.scrollY);
    return {
      y,
      problems:
        y + Math.min(box.height, 24) > window.innerHeight
          ? [
              `${location.pathname}: the tool's first control starts at ${y}px, below the first screen (${window.innerHeight}px)`,
            ]
          : [],
    };
  });
}

/** Tool buttons, inputs and option rows styled by the site rather than left to browser defaults. */
export async function unstyledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const probe = document.createElement('button');
    document.body.append(probe);
    const plain = getComputedStyle(probe);
    const defaults = { font: plain.fontFamily, size: plain.fontSize, padding: plain.paddingLeft };
    probe.remove();
    for (const el of document.querySelectorAll<HTMLElement>('.tool button')) {
      if (!el.checkVisibility()) continue;
      const s = getComputedStyle(el);
      if (s.fontFamily === defaults.font || s.fontSize === defaults.size || s.paddingLeft === defaults.padding)
        out.push(`button "${el.textContent?.trim()}" has the browser's default font or padding`);
    }
    for (const el of document.querySelectorAll<HTMLInputElement>('.tool input:is([type="checkbox"], [type="radio"])')) {
      if (!el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      if (box.width < 18) out.push(`${el.type} "${el.name}" is the browser's default ${Math.round(box.width)}px`);
    }
    for (const el of document.querySelectorAll<HTMLElement>(
      '.tool :is(input[type="text"], input:not([type]), select, textarea)',
    )) {
      if (!el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      if (box.height < 24 || box.width < 48)
        out.push(
          `${el.tagName.toLowerCase()} "${el.id || el.getAttribute('aria-label')}" is squashed to ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return out;
  });
}

/*
 * Beyond the default rendering: forced colours, reflow at 320 CSS px (WCAG 1.4.10) and text at
 * 200% (WCAG 1.4.4). Each gate below returns its problems as readable lines, like the gates above.
 */

/**
 * Focus you can see, as a keyboard reader tabs through the page. One real Tab first, so the browser
 * treats what follows as keyboard focus; then every visible focusable element is focused in turn,
 * from the last to the first (the way Shift+Tab goes, in which a sticky header can cover what
 * comes into view). A problem when the element does not match `:focus-visible`, when its outline is
 * `none` or under 2 px wide, or when, once focus has scrolled it into view, it lies outside the
 * viewport or entirely under the sticky header (WCAG 2.4.7, 2.4.11). Leaves the page scrolled to
 * the top with nothing focused.
 */
export async function focusProblems(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const out: string[] = [];
    const header = document.querySelector<HTMLElement>('.site-header');
    const focusable = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      ),
    ].filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.matches(':disabled') && el.tabIndex >= 0);
    for (const el of focusable.reverse()) {
      el.focus();
      if (document.activeElement !== el) continue;
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      const s = getComputedStyle(el);
      if (!el.matches(':focus-visible') || s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2)
        out.push(`${name} shows no focus outline (${s.outlineStyle} ${s.outlineWidth})`);
      const box = el.getBoundingClientRect();
      const band = header && !header.contains(el) ? header.getBoundingClientRect().bottom : 0;
      const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const onTop = middle !== null && (el.contains(middle) || middle.contains(el));
      if ((box.bottom <= band && !onTop) || box.bottom <= 0 || box.top >= window.innerHeight)
        out.push(
          `${name} is out of sight when focused (${Math.round(box.top)}–${Math.round(box.bottom)}px, header to ${Math.round(band)}px)`,
        );
    }
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    return out;
  });
}

/**
 * Forced colours (Windows contrast themes and the like), on a page rendered with `forcedColors:
 * 'active'`. The browser then paints text, backgrounds, borders and outlines in a few system
 * colours and drops shadows and background images, but leaves border widths and SVG paint alone.
 * Problems:
 * - forced colours not active (the gate would check nothing);
 * - a button or field (input, select, textarea; a checkbox or radio drawn with `appearance: none`)
 *   without a border on every side: its edge was only its background, now the page's colour;
 * - an inline SVG shape filled or stroked with a fixed colour instead of currentColor;
 * - a `mark` (a placeholder in a message, a search match) whose highlight is gone: its background
 *   is the same as behind it;
 * - text painted within 3:1 of the colour behind it (invisible or nearly, e.g. an element that
 *   opts out with `forced-color-adjust: none`).
 * Focus is focusProblems' part, run in this mode too.
 */
export async function forcedColorsProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (!matchMedia('(forced-colors: active)').matches) return ['forced colours are not active'];
    const out: string[] = [];
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).name ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, input:not([type="hidden"], [type="file"]), select, textarea',
    )) {
      if (!visible(el)) continue;
      const s = getComputedStyle(el);
      if (/^(checkbox|radio)$/.test((el as HTMLInputElement).type) && s.appearance !== 'none') continue;
      const bare = (['Top', 'Right', 'Bottom', 'Left'] as const).filter(
        (side) => parseFloat(s[`border${side}Width`]) < 1 || /none|hidden/.test(s[`border${side}Style`]),
      );
      if (bare.length > 0) out.push(`${name(el)} has no border (${bare.join(', ').toLowerCase()}) in forced colours`);
    }
    for (const shape of document.querySelectorAll<SVGElement>(
      'svg :is(path, circle, ellipse, line, polyline, polygon, rect, text, use)',
    )) {
      if (!visible(shape)) continue;
      const s = getComputedStyle(shape);
      for (const paint of ['fill', 'stroke'] as const)
        if (s[paint] !== 'none' && s[paint] !== s.color)
          out.push(
            `${shape.tagName} in ${name(shape.closest('svg')!.parentElement!)} paints its ${paint} ${s[paint]}, not currentColor`,
          );
    }
    const rgb = (c: string) => {
      const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(c);
      return m ? { v: [m[1], m[2], m[3]].map(Number), a: m[4] === undefined ? 1 : Number(m[4]) } : null;
    };
    const luminance = (v: number[]) =>
      v
        .map((x) => x / 255)
        .map((x) => (x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4))
        .reduce((sum, x, i) => sum + x * [0.2126, 0.7152, 0.0722][i]!, 0);
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const behind = (el: Element | null): string => {
      for (; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if ((rgb(bg)?.a ?? 0) > 0.5) return bg;
      }
      return canvas;
    };
    for (const mark of document.querySelectorAll('mark')) {
      if (!visible(mark)) continue;
      const own = getComputedStyle(mark).backgroundColor;
      if ((rgb(own)?.a ?? 0) <= 0.5 || own === behind(mark.parentElement))
        out.push(`${name(mark)} loses its highlight in forced colours`);
    }
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim() || !visible(el)) continue;
      seen.add(el);
      // The painted colour: forced colours change `color` (computed -webkit-text-fill-color keeps the author's).
      const text = rgb(getComputedStyle(el).color);
      const back = rgb(behind(el));
      if (!text || !back) continue;
      const [hi, lo] = [luminance(text.v), luminance(back.v)].sort((a, b) => b - a) as [number, number];
      const ratio = text.a < 0.5 ? 1 : (hi + 0.05) / (lo + 0.05);
      if (ratio < 3) out.push(`${name(el)}: text at ${ratio.toFixed(1)}:1 against its background in forced colours`);
    }
    return out;
  });
}

/**
 * Text that the page cuts off or pushes off the screen, for reflow and large text:
 * - an element with overflow hidden or clip, holding text, whose content is larger than its box
 *   (an ellipsis too); form fields and anything 1 px or less (text kept for screen readers) excepted;
 * - text that lies beyond the viewport's left or right edge, outside any box that scrolls or clips
 *   (which the page's own sideways scrolling may or may not reveal: a page that hides it loses it).
 */
async function cutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>('body *:not(input, select, textarea, svg *)')) {
      const s = getComputedStyle(el);
      const clipsX = /hidden|clip/.test(s.overflowX);
      const clipsY = /hidden|clip/.test(s.overflowY);
      if ((!clipsX && !clipsY) || !el.textContent?.trim() || el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1))
        out.push(
          `${name(el)} cuts its text: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
        );
    }
    // Text in a box that scrolls is the regions' part; in a box that clips, the check above's.
    const scrolls = (el: Element | null) => {
      for (; el && el !== document.body; el = el.parentElement)
        if (getComputedStyle(el).overflowX !== 'visible') return true;
      return false;
    };
    // The screen's width: on a phone the window can widen to fit content that overflows; this cannot.
    const width = document.documentElement.clientWidth;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width <= 1 || (box.right <= width + 1 && box.left >= -1) || scrolls(el)) continue;
      out.push(`${name(el)} runs off the screen: ${Math.round(box.left)}–${Math.round(box.right)}px of ${width}px`);
    }
    return out;
  });
}

/**
 * Reflow at 320 CSS px (WCAG 1.4.10): one column, nothing lost. Problems: the document scrolls
 * sideways; a box scrolls sideways that is not two-dimensional content in a region a keyboard can
 * scroll and a screen reader can name (a table in an element with overflow auto or scroll,
 * `tabindex="0"` and `aria-label` or `aria-labelledby`); text cut or off the screen (cutText).
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  const regions = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!/auto|scroll/.test(getComputedStyle(el).overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
      if (!el.checkVisibility() || el.matches('input, select, textarea')) continue;
      const what = `${el.tagName.toLowerCase()}.${el.className || '(no class)'}`;
      if (!el.querySelector('table')) out.push(`${what} scrolls sideways and holds no table`);
      if (el.tabIndex < 0) out.push(`${what} scrolls sideways and a keyboard cannot reach it (no tabindex="0")`);
      if (!el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby'))
        out.push(`${what} scrolls sideways with no name (aria-label or aria-labelledby)`);
    }
    return out;
  });
  return [...(await sidewaysScroll(page)), ...regions, ...(await cutText(page))];
}

/**
 * The tool still does its job: where the page has a tool (`.tool`), its first checkbox or radio is
 * clicked and must end up checked, and its first text field takes typing; a tool with neither
 * must have a first button that a pointer can reach (Playwright's checks: visible, stable, not
 * covered, enabled). Playwright scrolls each into view first, as a reader would.
 */
export async function toolProblems(page: Page): Promise<string[]> {
  const out: string[] = [];
  const within = { timeout: 5_000 };
  const tool = page.locator('.tool');
  if ((await tool.count()) === 0) return out;
  // A shared run shows its ticks read-only: disabled controls are not the tool's to operate.
  const box = tool.locator('input:is([type="checkbox"], [type="radio"]):enabled').filter({ visible: true }).first();
  const field = tool
    .locator('input[type="text"], input:not([type]), textarea')
    .filter({ visible: true })
    .and(page.locator(':enabled:not([readonly])'))
    .first();
  if (await box.count()) {
    await box
      .click(within)
      .catch((e: Error) => out.push(`the tool's first option cannot be clicked: ${e.message.split('\n')[0]}`));
    if (!(await box.isChecked())) out.push("the tool's first option is not checked after a click");
  }
  if (await field.count()) {
    await field
      .fill('Reflow check', within)
      .catch((e: Error) => out.push(`the tool's first field cannot be typed in: ${e.message.split('\n')[0]}`));
    if ((await field.inputValue()) !== 'Reflow check') out.push("the tool's first field does not hold what was typed");
  }
  if (out.length === 0 && !(await box.count()) && !(await field.count())) {
    const button = tool.locator('button').filter({ visible: true }).first();
    if (!(await button.count())) out.push('the tool shows no control');
    else
      await button
        .click({ ...within, trial: true })
        .catch((e: Error) => out.push(`the tool's first button cannot be reached: ${e.message.split('\n')[0]}`));
  }
  return out;
}

/**
 * Larger text, as a reader sets it in the browser: the default font size (16 px in Chromium, 13 px
 * for monospace) multiplied by `factor`, through the DevTools protocol's Page.setFontSizes, the
 * setting behind Chromium's own font-size preference. Unlike zooming the whole page, only text set
 * in rem or em grows; text and a root size set in px stay as they are, which textZoomProblems
 * reports.
 */
export async function zoomText(page: Page, factor: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * factor, fixed: 13 * factor } });
}

/**
 * Text at 200% (WCAG 1.4.4), measured on the page before and after zoomText(page, 2). Problems:
 * - the body text is not twice its size (a root font size fixed in px), or some text grew less
 *   than 1.5 times (set in px; headings sized partly by the viewport width grow a little under 2);
 * - the document scrolls sideways, or text is cut or off the screen (cutText);
 * - two pieces of text overlap (their line boxes cross by over 2 px across and 40% of the
 *   smaller one's height);
 * - an interactive element visible before is gone: neither it nor a control of the same kind, text
 *   and address is visible or inside a closed disclosure whose summary is visible (links that
 *   fold into the header's menu, or a side rail's contents list that moves into the page, are kept).
 */
export async function textZoomProblems(page: Page): Promise<string[]> {
  const before = await page.evaluate(() => {
    const sizes = new Map<Element, number>();
    for (const el of document.querySelectorAll('body *'))
      if (
        [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) &&
        el.checkVisibility()
      )
        sizes.set(el, parseFloat(getComputedStyle(el).fontSize));
    const controls = [
      ...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary'),
    ].filter((el) => el.checkVisibility({ visibilityProperty: true }));
    Object.assign(window, { textZoomBefore: { sizes, controls } });
    return parseFloat(getComputedStyle(document.body).fontSize);
  });
  await zoomText(page, 2);
  const problems = await page.evaluate((body) => {
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const { sizes, controls } = (
      window as unknown as { textZoomBefore: { sizes: Map<Element, number>; controls: Element[] } }
    ).textZoomBefore;
    const now = parseFloat(getComputedStyle(document.body).fontSize);
    if (Math.abs(now - 2 * body) > 0.5) out.push(`the body text went from ${body}px to ${now}px, not twice the size`);
    const fixed = [...sizes].filter(([el, px]) => parseFloat(getComputedStyle(el).fontSize) < 1.5 * px);
    for (const [el, px] of fixed.slice(0, 5)) out.push(`${name(el)} stays at ${px}px: its size is set in px`);
    if (fixed.length > 5) out.push(`and ${fixed.length - 5} more elements whose text does not grow`);

    const lines: { el: Element; node: Node; box: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        continue;
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) if (box.width > 1 && box.height > 1) lines.push({ el, node, box });
    }
    lines.sort((a, b) => a.box.top - b.box.top);
    const reported = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      const a = lines[i]!;
      for (let j = i + 1; j < lines.length && lines[j]!.box.top < a.box.bottom; j++) {
        const b = lines[j]!;
        if (a.node === b.node) continue;
        const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        const line = `${name(a.el)} overlaps ${name(b.el)}`;
        if (across > 2 && down > 0.4 * Math.min(a.box.height, b.box.height) && !reported.has(line)) {
          reported.add(line);
          out.push(line);
        }
      }
    }

    const reachable = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true }) ||
      Boolean(el.closest('details:not([open])')?.querySelector(':scope > summary')?.checkVisibility());
    const same = (a: Element, b: Element) =>
      a.tagName === b.tagName && a.getAttribute('href') === b.getAttribute('href') && a.textContent === b.textContent;
    const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')];
    for (const el of controls)
      if (!all.some((other) => same(el, other) && reachable(other)))
        out.push(`${name(el)} was there at normal size and is gone at 200%`);
    return out;
  }, before);
  return [...problems, ...(await sidewaysScroll(page)), ...(await cutText(page))];
}

/**
 * The header still works: its section links are on screen (opening the menu where they fold into
 * it), and search opens from the header with its field focused, editable and on screen; Escape
 * closes the dialog. With `query` (the default), the field also takes a query and lists results:
 * the slow part, loading the search index, so a caller can ask it of one page per search UI only.
 */
export async function headerProblems(page: Page, { query = true } = {}): Promise<string[]> {
  const out: string[] = [];
  const within = { timeout: 5_000 };
  const fail = (what: string) => (e: Error) => out.push(`${what}: ${e.message.split('\n')[0]}`);
  const width = page.viewportSize()!.width;
  const onScreen = async (what: string, locator: ReturnType<Page['locator']>) => {
    const box = await locator.boundingBox();
    if (!box || box.x < 0 || box.x + box.width > width) out.push(`${what} is not on the screen`);
  };
  const menu = page.locator('.site-header .menu > summary');
  const folded = await menu.isVisible();
  if (folded) await menu.click(within).catch(fail('the menu does not open'));
  const links = page.locator(folded ? '.site-header .menu .primary-nav a' : '.site-header .header-nav a');
  if ((await links.count()) === 0) out.push('the header has no section links');
  for (const link of await links.all()) {
    if (!(await link.isVisible())) out.push(`section link "${await link.textContent()}" is not visible`);
    else await onScreen(`section link "${await link.textContent()}"`, link);
  }
  if (folded) await menu.click(within).catch(fail('the menu does not close'));
  // The header's search opens its dialog; on the search page it moves to the page's own field.
  await page.locator('.site-header .search-button').click(within).catch(fail('the search button cannot be clicked'));
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const field = page.locator(':focus').and(page.getByRole('searchbox'));
  await field.waitFor(within).catch(fail('search opens with no search field focused'));
  if ((await field.count()) && !(await field.isEditable(within))) out.push('the search field cannot be typed in');
  if (query && (await field.count())) {
    await field.fill('approval', within).catch(fail('search does not take typing'));
    await page
      .locator('.search-results > li')
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(fail('search lists no results'));
  }
  if (await field.isVisible()) await onScreen('the search field', field);
  if (await dialog.isVisible()) {
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', ...within }).catch(fail('Escape does not close search'));
  }
  return out;
}

/**
 * One primary action per screen: the controls drawn filled with the accent colour
 * (`button.primary` and `.button-link.primary` in the tools, the home page's `.button-primary`),
 * found by their drawn background so a new class cannot slip past, each named and marked when it
 * shows in the first screen.
 */
export async function filledPrimaries(page: Page): Promise<{ name: string; firstScreen: boolean }[]> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.background = 'var(--accent)';
    document.body.append(probe);
    const accent = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const found: { name: string; firstScreen: boolean }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a, input[type="submit"], [role="button"]')) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Not drawn, or kept above the page until focused (the skip link).
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (box.bottom + window.scrollY <= 0) continue;
      if (style.backgroundColor !== accent) continue;
      const top = box.top + window.scrollY;
      found.push({
        name: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        firstScreen: top < window.innerHeight && top + box.height > 0,
      });
    }
    return found;
  });
}

/** More than one filled primary button on the page (and so possibly in its first screen), named. */
export async function primaryProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const all = await filledPrimaries(page);
  if (all.length <= 1) return [];
  const first = all.filter((b) => b.firstScreen).length;
  return [
    `${new URL(page.url()).pathname} draws ${all.length} filled primary buttons, ${first} in the first screen: ${all.map((b) => b.name).join(' | ')}`,
  ];
}
