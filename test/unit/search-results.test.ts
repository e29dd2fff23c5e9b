import { describe, expect, it } from 'vitest';
import { excerptParts, resultSummary } from '../../src/lib/search-results';

describe('excerptParts', () => {
  it('keeps only the marks around hits and turns everything else into text', () => {
    expect(excerptParts('a <mark>billing</mark> trigger &amp; <img src=x onerror=alert(1)>')).toEqual([
      { text: 'a ', marked: false },
      { text: 'billing', marked: true },
      { text: ' trigger & <img src=x onerror=alert(1)>', marked: false },
    ]);
  });
  it('decodes the entities Pagefind escapes, once', () => {
    expect(
      excerptParts('&lt;b&gt; &amp;amp; &quot;x&quot; &#39;y&#39;')
        .map((p) => p.text)
        .join(''),
    ).toBe('<b> &amp; "x" \'y\'');
  });
});

describe('resultSummary', () => {
  it('announces the count in words', () => {
    expect(resultSummary(0, ' x ')).toBe('No results for “x”');
    expect(resultSummary(1, 'x')).toBe('1 result for “x”');
    expect(resultSummary(7, 'x')).toBe('7 results for “x”');
    expect(resultSummary(3, '  ')).toBe('');
  });

  it('says how many of the counted results are listed until all are', () => {
    expect(resultSummary(33, 'invoice', 12)).toBe('33 results for “invoice”, showing 12');
    expect(resultSummary(33, 'invoice', 33)).toBe('33 results for “invoice”');
  });
});
