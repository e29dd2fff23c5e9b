/** Element ids made while rendering. */
import { describe, expect, it } from 'vitest';
import { uniqueId } from '../../src/site/ids';

describe('uniqueId', () => {
  it('counts per page, so a page’s ids do not depend on the pages rendered beside it', () => {
    const first = new Request('https://site.invalid/a/');
    const second = new Request('https://site.invalid/b/');
    expect(uniqueId(first, 'term-tip')).toBe('term-tip-1');
    expect(uniqueId(second, 'term-tip')).toBe('term-tip-1');
    expect(uniqueId(first, 'term-tip')).toBe('term-tip-2');
  });
});
