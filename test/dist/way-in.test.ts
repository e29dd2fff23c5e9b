/** The workspace as the way in, over the build: the header of every page, the home page, the section indexes. */
import { describe, expect, it } from 'vitest';
import { htmlFiles, readHtml, urlOf } from '../support/dist';
import { loadPages } from '../support/content-files';
import { lifecycleRank } from '../../src/lib/navigation';

const docs = htmlFiles().map((f) => [urlOf(f), readHtml(f)] as const);
const doc = (url: string) => docs.find(([u]) => u === url)![1];

describe('the way into the workspace', () => {
  it('every page’s header links to the workspace, in the bar and in the phone menu', () => {
    const missing = docs
      .filter(([, d]) => d.querySelector('.site-header'))
      .filter(([, d]) => {
        const links = d.querySelectorAll('.site-header nav a').filter((a) => a.getAttribute('href') === '/workspace/');
        return links.length !== 2 || links.some((a) => a.text.trim() !== 'Workspace');
      })
      .map(([u]) => u);
    expect(docs.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('the home page says what the site keeps for the reader and offers one primary action: tracking an engagement', () => {
    const home = doc('/');
    const intro = home.querySelector('article')!.text;
    for (const words of ['workspace', 'calendar reminders', 'handoff record']) expect(intro).toContain(words);
    const primary = home.querySelectorAll('main .button-primary, main button.primary, main a.primary');
    expect(primary.map((a) => [a.text.trim(), a.getAttribute('href')])).toEqual([['Track an engagement', '/workspace/']]);
  });

  it('lists the workflow diagnostic with the tools, not the templates', () => {
    const hrefs = (url: string) => doc(url).querySelectorAll('main .page-list a').map((a) => a.getAttribute('href'));
    expect(hrefs('/tools/')).toContain('/templates/workflow-diagnostic-checklist/');
    expect(hrefs('/templates/')).not.toContain('/templates/workflow-diagnostic-checklist/');
  });

  it('lists each section’s pages in lifecycle order (the anchor first)', () => {
    const pages = new Map(loadPages().map((p) => [`/${p.id}/`, p.data]));
    const order = ['intake', 'proposal', 'onboarding', 'delivery', 'invoicing', 'offboarding'];
    for (const section of ['workflows', 'templates', 'faq']) {
      const listed = doc(`/${section}/`)
        .querySelectorAll('main .page-list a')
        .map((a) => pages.get(a.getAttribute('href')!))
        .filter((p) => p !== undefined && p.role !== 'anchor');
      const ranks = listed.map((p) => lifecycleRank(p.stages, order));
      expect(ranks, section).toEqual([...ranks].sort((a, b) => a - b));
    }
    const workflows = doc('/workflows/').querySelectorAll('main .page-list a').map((a) => a.getAttribute('href'));
    expect(workflows[0]).toBe('/workflows/freelance-client-workflow-system-inquiry-to-final-payment/');
    expect(workflows.indexOf('/workflows/client-onboarding-workflow/')).toBeLessThan(
      workflows.indexOf('/workflows/client-offboarding-workflow/'),
    );
  });
});
