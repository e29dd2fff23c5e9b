/**
 * Escapes user text for Markdown so it stays text, with as few backslashes as that takes: a
 * Markdown copy is often pasted into an email, where every backslash shows. A mark is escaped
 * only where CommonMark or GitHub's extensions would read it as syntax (an HTML tag, a link, an
 * entity, emphasis, code, a heading, a list, a quote, a rule, a fence); ordinary punctuation
 * (`a - b`, `(draft)`, `3.5`, `a & b`, `x < y`, `snake_case`, `#12`) is left as typed. Line breaks
 * become indented continuation lines so a note cannot start a new block. Every tool loads this at
 * first paint, so it is written for size.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this strips
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return clean
    .split(/\r\n|\r|\n/)
    .map((raw) => {
      const line = raw.trim();
      // True where the line would start a block (a heading, quote, list, rule, setext line or table row).
      const lead = /^([>|]|[-+](\s|$)|=+\s*$|--|#+(\s|$))/.test(line);
      return line.replace(INLINE, (mark: string, at: number) =>
        (/^[-+=>|#]$/.test(mark) && !at ? lead : true) ? `\\${mark}` : mark,
      );
    })
    .join(`\n${indent}`);
}

/**
 * The marks that may need a backslash: a backslash before punctuation or at the end of a line; any
 * backtick; `*` and `~` (emphasis, strikethrough, a fence) unless spaced on both sides; `_` unless
 * inside a word; `]` before `(`, `[` or `:` (a link or a link definition); `<` opening a tag,
 * comment or autolink; `&` opening an entity; a closing run of `#` (cut from a heading); an ordered
 * list's `.` or `)`; and a line's first mark, escaped only where the line starts a block.
 */
const INLINE =
  /\\(?=[!-/:-@[-`{-~]|$)|`|[*~](?!\s|$)|(?<=\S)[*~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|\](?=[([:])|<(?=[A-Za-z/!?])|&(?=#?\w+;)|(?<=\s)#+$|^[#>*+=|-]|(?<=^\d+)[.)](?=\s|$)/gu;

/** A Markdown table cell: escaped, on one line, and a `|` cannot end the cell. */
export function markdownCell(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ')).replace(/\|/g, '\\|') || ' ';
}
