/**
 * axe-core in the page, loaded once per document and run with violations only: the checks run
 * over every page in both schemes, and loading axe's 500 KB anew for each run (as the Playwright
 * wrapper does) cost three times the checking itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** The WCAG levels and best practices every page is held to. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The axe rules whose result depends on colour. The dark scheme changes colours only (its CSS
 * sets custom properties and nothing else, which test/unit/dark-scheme.test.ts holds), so a
 * page passes every other rule in the dark scheme exactly when it passes it in the light one,
 * and the dark pass runs these alone.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Puts axe into every document the page loads from now on, before the page's own scripts. */
export const preloadAxe = (page: Page) => page.addInitScript({ content: source });

/** axe's violations on the page as it stands, one line per rule with the elements it found. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: axeTags },
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    (o) =>
      (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(document, o),
    options,
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * axe's violations in both colour schemes for the page as it stands: every rule in the light
 * scheme, the rules that depend on colour in the dark one (see `colourRules`).
 */
export async function axeInBothSchemes(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    out.push(...(await axeViolations(page, scheme === 'dark' ? colourRules : undefined)).map((v) => `${scheme} ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return out;
}
