/** A share link's engagement name, cut to its limit on a character (grapheme) boundary, and kept without a broken character. */
import { describe, expect, it } from 'vitest';
import { cutText, wellFormed } from '../../src/lib/text-cut';
import { envelopeOf } from '../../src/tools/share-state';
import { withTarget } from '../../src/share/keep';
import { createEngagement, engagementName } from '../../src/lib/engagements/engagement';
import { seededRandom } from '../../src/lib/engagements/ids';

const isWellFormed = (s: string) => wellFormed(s) === s;

describe('cutText', () => {
  it('never splits an emoji: 199 units then a two-unit emoji stops before it', () => {
    const name = `${'a'.repeat(199)}😀 more`;
    expect(name.slice(0, 200)).not.toSatisfy(isWellFormed);
    expect(cutText(name, 200)).toBe('a'.repeat(199));
  });

  it('keeps a family emoji (several code points joined) whole or leaves it out whole', () => {
    const family = '👩‍👩‍👧‍👦';
    expect(cutText(`${'b'.repeat(195)}${family}`, 200)).toBe('b'.repeat(195));
    expect(cutText(`${'b'.repeat(189)}${family}x`, 200)).toBe(`${'b'.repeat(189)}${family}`);
    expect(cutText(`Café 🇳🇿 Studio`, 6)).toBe('Café ');
  });

  it('drops a half character that arrived already broken', () => {
    expect(cutText('Acme \uD83D', 200)).toBe('Acme ');
    expect(cutText('\uDE00Acme', 200)).toBe('Acme');
  });

  it('every limit over a text of every kind of character: within it, a start of the text, never a broken character', () => {
    const text = 'a😀👩‍👩‍👧‍👦 é\u0301🇳🇿\uD83Dz中\uDE00!';
    const clean = wellFormed(text);
    for (let max = 0; max <= text.length + 1; max++) {
      const cut = cutText(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(clean.startsWith(cut)).toBe(true);
      expect(isWellFormed(cut)).toBe(true);
      // Whole graphemes only: the cut ends where a grapheme of the whole text ends.
      const ends = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(clean)].map(
        (g) => g.index + g.segment.length,
      );
      expect([0, ...ends]).toContain(cut.length);
    }
  });
});

describe('a share link’s engagement name', () => {
  it('is cut on a grapheme boundary, tested with emoji', () => {
    const name = `${'🎨'.repeat(99)}x😀😀`;
    const envelope = envelopeOf('record', 'handoff-record', name, {}, Date.UTC(2026, 2, 2));
    expect(envelope.engagementName.length).toBeLessThanOrEqual(200);
    expect(envelope.engagementName).toBe(`${'🎨'.repeat(99)}x`);
    expect(isWellFormed(envelope.engagementName)).toBe(true);
  });

  it('kept as a new engagement, stores no broken character even from a link cut by older code', () => {
    const broken = `${'c'.repeat(119)}😀`.slice(0, 120);
    const tools = {
      create: (i: { client: string; project?: string }, ex: readonly never[], now: number) =>
        createEngagement(i, ex, seededRandom(3), now),
      name: engagementName,
    };
    const { chosen } = withTarget({ engagements: [], current: '' }, { name: broken }, tools as never, 5);
    expect(chosen.engagements[0]!.client).toBe('c'.repeat(119));
  });
});
