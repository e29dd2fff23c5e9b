/** Every content page is at most two clicks from the home page, following real links in the build. */
import { expect, it } from 'vitest';
import { loadPages } from '../support/content-files';
import { htmlFiles, readHtml, urlOf } from '../support/dist';
import { pageUrl } from '../../src/lib/urls';

it('reaches every content page from the home page in at most two clicks', () => {
  const links = new Map(
    htmlFiles().map((f) => [urlOf(f), readHtml(f).querySelectorAll('a[href^="/"]').map((a) => a.getAttribute('href')!.split('#')[0]!)]),
  );
  const depth = new Map<string, number>([['/', 0]]);
  let frontier = ['/'];
  for (let clicks = 1; clicks <= 2; clicks++) {
    frontier = frontier.flatMap((url) => links.get(url) ?? []).filter((url) => !depth.has(url));
    for (const url of frontier) depth.set(url, clicks);
  }
  const far = loadPages().map((p) => pageUrl(p.id)).filter((url) => !depth.has(url));
  expect(far).toEqual([]);
});
