/**
 * Cutting text to a length limit without breaking a character: the limit counts UTF-16 units (as
 * `maxLength` and the stored schemas do), and the cut falls on a grapheme boundary, so an emoji,
 * a flag or a letter with its accent is kept whole or left out whole, never split.
 */

/** Drops lone surrogates (half an emoji, from a cut made elsewhere), so no broken character is kept. */
export const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

let graphemes: Intl.Segmenter | undefined;

/** The longest start of `text` of at most `max` UTF-16 units that ends on a grapheme boundary. */
export function cutText(text: string, max: number): string {
  const clean = wellFormed(text);
  if (clean.length <= max) return clean;
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let end = 0;
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { index, segment } of graphemes.segment(clean)) {
      if (index + segment.length > max) break;
      end = index + segment.length;
    }
    return clean.slice(0, end);
  }
  // Without Intl.Segmenter: at least never half a surrogate pair.
  return wellFormed(clean.slice(0, max));
}
