/**
 * Escapes user text for Markdown so it stays text: every mark Markdown or HTML gives a meaning
 * to is backslash-escaped (no HTML, links, images, emphasis or headings), and line breaks become
 * indented continuation lines so a note cannot start a new block.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\\`*_{}[\]()#+\-.!|<>~&=]/g, '\\$&')
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .join(`\n${indent}`)
  );
}

/** A Markdown table cell: escaped, on one line. */
export function markdownCell(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ')) || ' ';
}
