/**
 * Escapes user text for Markdown so it stays text, with as few backslashes as that takes: a
 * Markdown copy is often pasted into an email, where every backslash shows. A mark is escaped
 * only where CommonMark or GitHub's extensions would read it as syntax (an HTML tag, a link, an
 * entity, emphasis, code, a heading, a list, a quote, a rule, a fence); ordinary punctuation
 * (`a - b`, `(draft)`, `3.5`, `a & b`, `x < y`, `snake_case`, `#12`) is left as typed. Line breaks
 * become indented continuation lines so a note cannot start a new block.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  const clean = text
    // eslint-disable-next-line no-control-regex -- control characters are what this strips
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  const strike = (clean.match(/~/g) ?? []).length > 1;
  return clean
    .split(/\r\n|\r|\n/)
    .map((line) => escapeLine(line.trim(), strike))
    .join(`\n${indent}`);
}

/** A Markdown table cell: escaped, on one line, and a `|` cannot end the cell. */
export function markdownCell(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ')).replace(/\|/g, '\\|') || ' ';
}

/** ASCII punctuation: the characters a backslash escapes in CommonMark. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Which characters of one trimmed line need a backslash, and the line with them. */
function escapeLine(line: string, strike: boolean): string {
  const at = new Set<number>();
  // Block syntax, read only at the start of a line.
  if (/^#{1,6}(\s|$)/.test(line) || /^>/.test(line)) at.add(0);
  if (/^[-+*](\s|$)/.test(line) || /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line) || /^(=+|-+)[ \t]*$/.test(line))
    at.add(0);
  if (/^(`{3,}|~{3,})/.test(line)) at.add(0);
  const ordered = /^\d{1,9}([.)])(\s|$)/.exec(line);
  if (ordered) at.add(ordered[0].search(/[.)]/));
  // A row of dashes and pipes under a line of pipes would make a table.
  if (line.includes('|') && /^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?$/.test(line))
    for (let i = 0; i < line.length; i++) if (line[i] === '|') at.add(i);
  // A closing run of `#` after a space would be cut from a heading the text sits in.
  const closing = /\s(#+)$/.exec(line);
  if (closing) at.add(line.length - closing[1]!.length);

  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    const before = line[i - 1] ?? ' ';
    const after = line[i + 1] ?? ' ';
    const rest = line.slice(i);
    switch (c) {
      case '\\':
        // Before punctuation it would escape it; at the end of a line it would break the line.
        if (i === line.length - 1 || PUNCTUATION.test(after)) at.add(i);
        break;
      case '`':
        at.add(i);
        break;
      case '*':
        if (!(SPACE.test(before) && SPACE.test(after))) at.add(i);
        break;
      case '_':
        if (!(SPACE.test(before) && SPACE.test(after)) && !(WORD.test(before) && WORD.test(after))) at.add(i);
        break;
      case '~':
        if (strike && !(SPACE.test(before) && SPACE.test(after))) at.add(i);
        break;
      case ']':
        // `](` and `][` make a link, `]:` a link definition; `[draft]` alone stays text.
        if (after === '(' || after === '[' || after === ':') at.add(i);
        break;
      case '<':
        // A tag, a comment or an autolink starts with a letter, `/`, `!` or `?` after the `<`.
        if (/[A-Za-z/!?]/.test(after)) at.add(i);
        break;
      case '&':
        if (/^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.test(rest)) at.add(i);
        break;
    }
  }
  let out = '';
  for (let i = 0; i < line.length; i++) out += at.has(i) ? `\\${line[i]}` : line[i];
  return out;
}
