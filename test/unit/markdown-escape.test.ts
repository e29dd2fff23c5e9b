/** The one Markdown escaper: syntax typed by a reader stays text, and ordinary punctuation gets no backslash. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdown, markdownCell } from '../../src/lib/export/markdown';

/** CommonMark's reading of a backslash: before ASCII punctuation it escapes it, before anything else it is a backslash. */
const unescape = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('escapeMarkdown', () => {
  it('leaves the punctuation of an ordinary sentence alone, so a pasted email shows no backslash', () => {
    const sentences = [
      'Invoice #12 (draft) - due in 3.5 days; a+b=c! 50% off, e.g. snake_case.',
      'Jo & Sam sign off; a < b > c, 5 * 3 = 15, 2 ~ 3 weeks.',
      'Files at C:\\Users\\jo and https://example.com/a_b?x=1&y=2.',
      'Send the [draft] to the client: "final" copy {v2} | later.',
      'Budget: $1,200 + VAT (20%), paid on 2026-12-08.',
    ];
    for (const s of sentences) expect(escapeMarkdown(s)).toBe(s);
  });

  it.each([
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['a*b*c', 'a\\*b\\*c'],
    ['`code`', '\\`code\\`'],
    ['[click](javascript:alert(1))', '[click\\](javascript:alert(1))'],
    ['![img](x.png)', '![img\\](x.png)'],
    ['[ref]: https://example.com', '[ref\\]: https://example.com'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['<https://example.com>', '\\<https://example.com>'],
    ['<!-- hidden -->', '\\<!-- hidden -->'],
    ['&amp; &#169; &#x41;', '\\&amp; \\&#169; \\&#x41;'],
    ['# not a heading', '\\# not a heading'],
    ['###### six', '\\###### six'],
    ['Invoice ##', 'Invoice \\##'],
    ['1. not a list', '1\\. not a list'],
    ['2) not a list', '2\\) not a list'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['* not a list', '\\* not a list'],
    ['> not a quote', '\\> not a quote'],
    ['    not code', 'not code'],
    ['```', '\\`\\`\\`'],
    ['~~~', '\\~\\~\\~'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['Title\n===', 'Title\n\\==='],
    ['Title\n---', 'Title\n\\---'],
    ['* * *', '\\* * *'],
    ['___', '\\_\\_\\_'],
    ['a | b\n--- | ---', 'a | b\n\\--- | ---'],
    ['ends with \\', 'ends with \\\\'],
    ['\\*', '\\\\\\*'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('loses nothing: read as CommonMark reads backslashes, the escaped text is what was typed, less control characters and spaces around lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        // eslint-disable-next-line no-control-regex -- control characters are what this strips
        const typed = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
        expect(unescape(escapeMarkdown(text))).toBe(
          typed
            .split(/\r\n|\r|\n/)
            .map((l) => l.trim())
            .join('\n'),
        );
      }),
    );
  });

  it('indents continuation lines so a note stays inside its list item', () => {
    expect(escapeMarkdown('one\n# two', '    ')).toBe('one\n    \\# two');
  });
});

describe('markdownCell', () => {
  it('keeps a cell on one line and escapes every pipe, nothing else', () => {
    expect(markdownCell('a | b\nc (d)')).toBe('a \\| b c (d)');
    expect(markdownCell('')).toBe(' ');
  });
});
