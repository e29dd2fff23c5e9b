/**
 * Focus cannot be read as an error: the ring is yellow edged in near-black, in both schemes. One
 * of its two colours stands at 3:1 or more against the page, and neither is the error red's hue.
 */
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './tools-support';

type Rgb = [number, number, number];
const rgb = (css: string): Rgb => {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`not a colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};
const luminance = (c: Rgb) => {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};
/** Hue in degrees and saturation (HSL), for telling a yellow or a black from a red. */
const hueOf = ([r, g, b]: Rgb) => {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const d = max - min;
  const l = (max + min) / 2;
  const saturation = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  const hue =
    d === 0 ? 0 : max === R ? 60 * (((G - B) / d) % 6) : max === G ? 60 * ((B - R) / d + 2) : 60 * ((R - G) / d + 4);
  return { hue: (hue + 360) % 360, saturation };
};
const hueGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/** The focused element's ring colours, the page background and the error colour, as computed. */
async function focusColours(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const probe = document.createElement('span');
    probe.style.color = 'var(--bad)';
    document.body.append(probe);
    const bad = getComputedStyle(probe).color;
    probe.remove();
    return {
      matches: el.matches(':focus-visible'),
      outline: style.outlineColor,
      outlineWidth: style.outlineWidth,
      shadow: style.boxShadow,
      background: getComputedStyle(document.body).backgroundColor,
      bad,
    };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the focus ring is yellow and near-black, visible on the page and unlike the error colour`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/tools/handoff-record/');
    await hydrated(page);
    // A text field and a link, reached by keyboard.
    for (const reach of [
      () => page.getByLabel('Record name', { exact: true }).focus(),
      async () => {
        await page.locator('body').focus();
        await page.keyboard.press('Tab');
      },
    ]) {
      await reach();
      const c = await focusColours(page);
      expect(c.matches).toBe(true);
      expect(c.outlineWidth).toBe('3px');
      const ring = rgb(c.outline);
      const edge = rgb(c.shadow);
      const page_ = rgb(c.background);
      const bad = rgb(c.bad);
      // The ring as a whole stands out from the page by 3:1 or more, through one of its two colours.
      expect(Math.max(contrast(ring, page_), contrast(edge, page_))).toBeGreaterThanOrEqual(3);
      // Neither colour can pass for the error red: 3:1 apart from it, or a clearly different hue (or none).
      for (const colour of [ring, edge]) {
        const h = hueOf(colour);
        const distinct = contrast(colour, bad) >= 3 || h.saturation < 0.1 || hueGap(h.hue, hueOf(bad).hue) >= 30;
        expect(distinct, `${colour.join(',')} against ${bad.join(',')}`).toBe(true);
      }
    }
  });
}
