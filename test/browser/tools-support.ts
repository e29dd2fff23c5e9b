import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { axeTags } from './support';

/** Axe violations in both colour schemes for the page as it stands now. */
export async function axeInBothSchemes(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    out.push(...results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  }
  return out;
}

/** Waits until every island on the page has hydrated (Astro drops the `ssr` attribute then). */
export async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** The save-status line of the (first) tool on the page. */
export const saveStatus = (page: Page) => page.locator('.save-status').first();

/** Waits until the tool's last change was written and read back. */
export async function saved(page: Page) {
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
  await expect(saveStatus(page)).toHaveText(/^Saved \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/);
}
