/**
 * Gates that look at the page as a reader sees it: sideways scrolling, target sizes, where the
 * tool starts, and whether the tool's controls carry the site's styles. Each returns the problems
 * it finds as readable lines (empty when the page passes), so a test can show that it turns red.
 */
import type { Page } from '@playwright/test';
import { loadPages } from '../support/content-files';

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
export const pageTypes: Record<string, string> = {
  home: '/',
  anchor: first((p) => p.data.role === 'anchor'),
  guide: first((p) => p.data.role === 'workflow'),
  term: first((p) => p.data.role === 'reference'),
  'a-z': '/glossary/',
  checklist: first((p) => p.data.role === 'asset' && 'checklist' in p.data && Boolean(p.data.checklist)),
  worksheet: first((p) => p.data.role === 'asset' && Boolean(p.data.worksheet)),
  diagnostic: first((p) => p.data.role === 'asset' && Boolean(p.data.diagnostic)),
  quiz: first((p) => p.data.role === 'tool' && p.data.tool.includes('quiz')),
  record: first((p) => p.data.role === 'tool' && p.data.tool.includes('record')),
  search: '/search/',
  engagement: '/workspace/engagement/',
  workspace: '/workspace/',
  '404': '/404.html',
  // A shared checklist (a fixed link: two ticks and a note, made 2026-11-20) and a boundary's print packet.
  share: `/share/client-onboarding/#${sharedChecklistFragment}`,
  packet: '/print/onboarding-to-delivery/',
};
export const toolTypes = [
  'checklist',
  'worksheet',
  'diagnostic',
  'quiz',
  'record',
  'engagement',
  'share',
  'workspace',
] as const;

/** Waits for what a page type draws after hydrating: the workspace's list loads with the storage code. */
export async function drawn(page: Page, type: string) {
  if (type === 'workspace') await page.locator('.workspace-count').filter({ hasNotText: 'Opening' }).waitFor();
  // These two draw their tool once its code has loaded, right after hydrating.
  if (type === 'engagement' || type === 'share') await page.locator('.tool-ui button').first().waitFor();
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
