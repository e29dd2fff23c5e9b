/**
 * The drawing of the house has no circle: no two folders of src/ reach each other through their
 * imports, so the layers can be read in one order, each importing only the ones below it.
 */
import { describe, expect, it } from 'vitest';
import { circles, folderArrows, folderOf } from '../support/layers';
import { root } from '../support/content-files';

describe('the folders of src/', () => {
  it('import one another in one direction only', () => {
    const arrows = folderArrows();
    const found = circles(arrows.keys()).map((group) =>
      group.flatMap((from) => group.map((to) => arrows.get(`${from} -> ${to}`)).filter(Boolean)),
    );
    expect(found).toEqual([]);
    // The drawing is not empty: the tools read the storage, the workspace reads the tools.
    expect(arrows.has('tools -> lib/persistence')).toBe(true);
    expect(arrows.has('islands -> tools')).toBe(true);
  });

  it('finds a circle of two folders, and of three, and passes a line', () => {
    expect(circles(['tools -> islands', 'islands -> tools'])).toEqual([['islands', 'tools']]);
    expect(circles(['a -> b', 'b -> c', 'c -> a', 'c -> d'])).toEqual([['a', 'b', 'c']]);
    expect(circles(['a -> b', 'b -> c', 'a -> c'])).toEqual([]);
  });

  it('names src/lib’s layers on their own and every other folder by its top level', () => {
    expect(folderOf(`${root}/src/lib/persistence/store.ts`)).toBe('lib/persistence');
    expect(folderOf(`${root}/src/lib/urls.ts`)).toBe('lib');
    expect(folderOf(`${root}/src/tools/quiz/kind.ts`)).toBe('tools');
    expect(folderOf(`${root}/src/content.config.ts`)).toBe('content.config');
  });
});
