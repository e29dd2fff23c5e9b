import type { Page } from '@playwright/test';

/** The WCAG levels and best practices every page is held to. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The axe rules whose result depends on colour. The dark scheme changes colours only (its CSS
 * sets custom properties and nothing else, which test/unit/dark-scheme.test.ts holds), so a
 * page passes every other rule in the dark scheme exactly when it passes it in the light one,
 * and the dark pass runs these alone.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** Collects console errors, page errors and CSP violations as readable lines. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${page.url()} console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()} error: ${e.message}`));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  return problems;
}
