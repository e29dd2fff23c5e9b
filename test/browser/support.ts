import type { Page } from '@playwright/test';

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
