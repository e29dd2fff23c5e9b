/** The rendering bundle keeps the pages' content in a few files instead of three per page. */
import { describe, expect, it } from 'vitest';
import { contentChunkBytes, contentChunks } from '../../src/build/content-chunks';

describe('contentChunks', () => {
  const [group] = contentChunks('/site/content/pages');
  const captures = (id: string) => (group!.test as (id: string) => boolean)(id);

  it('groups every module of a content page, whatever Astro appends to its id, in files of bounded size', () => {
    expect(group).toMatchObject({ name: 'content', maxSize: contentChunkBytes });
    for (const id of [
      '/site/content/pages/glossary/milestone.mdx',
      '/site/content/pages/glossary/milestone.mdx?astroPropagatedAssets',
      '/site/content/pages/faq/x.mdx?astroContentCollectionEntry=true',
    ])
      expect(captures(id), id).toBe(true);
  });

  it('leaves components, layouts, other folders and look-alike paths to the bundler', () => {
    for (const id of [
      '/site/src/components/TermLink.astro',
      '/site/content/checklists/client-onboarding.json',
      '/site/content/pages-old/x.mdx',
      '/elsewhere/site/content/pages/x.mdx',
    ])
      expect(captures(id), id).toBe(false);
  });

  it('reads Windows paths the same way', () => {
    const [windows] = contentChunks('C:\\site\\content\\pages\\');
    expect((windows!.test as (id: string) => boolean)('C:/site/content/pages/faq/x.mdx')).toBe(true);
  });
});
