import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_LINK_CHARS,
  MAX_STATE_BYTES,
  decodeShareLink,
  encodeShareLink,
  sealFragment,
  shareRefusalMessages,
  type ShareRefusal,
} from '../../src/lib/share-link';
import { shareEnvelopeSchema, type ShareEnvelope } from '../../src/schemas/share-link';
import { loadChecklists, loadRecordForms, loadWorksheets } from '../support/content-files';

const page = 'https://client-handoff-handbook.example/tools/client-onboarding-checklist/';
const createdAt = '2026-11-25T09:30:00.000Z';

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function linkFor(envelope: ShareEnvelope): Promise<string> {
  const made = await encodeShareLink(envelope, page);
  if (!made.ok) throw new Error(`expected a link, got ${made.reason}`);
  return made.url;
}

async function expectRefused(input: string, reason: ShareRefusal) {
  const result = await decodeShareLink(input);
  expect(result).toEqual({ ok: false, reason, message: shareRefusalMessages[reason] });
}

/** `length` characters of pseudo-random base-36 text, the same on every run. */
function noise(length: number): string {
  let seed = 42;
  return Array.from({ length }, () =>
    ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed >> 16) % 36).toString(36),
  ).join('');
}

/** States shaped like the real tools', built from the real content. */
function realisticEnvelopes(): ShareEnvelope[] {
  const checklist = loadChecklists().find((c) => c.id === 'client-onboarding')!;
  const items = checklist.data.groups.flatMap((g) => g.items.map((i) => i.id));
  const sheet = loadWorksheets().find((w) => w.id === 'client-input-dependency')!;
  const record = loadRecordForms()[0]!;
  return [
    {
      kind: 'checklist',
      toolId: checklist.id,
      engagementName: 'Harbour & Pine — brand refresh',
      createdAt,
      state: {
        ticks: Object.fromEntries(items.map((id, i) => [id, i % 3 !== 0])),
        notes: {
          [items[0]!]: 'Scope signed 12 Nov; exclusions in §4.',
          [items[2]!]: 'Waiting on the logo files (ask Dana).',
        },
      },
    },
    {
      kind: 'worksheet',
      toolId: sheet.id,
      engagementName: 'Café Nord website',
      createdAt,
      state: {
        rows: [
          ...sheet.data.exampleRows,
          Object.fromEntries(sheet.data.columns.map((c) => [c.id, `Our own ${c.label.toLowerCase()} ✓`])),
        ],
      },
    },
    {
      kind: 'record',
      toolId: record.id,
      engagementName: 'Q4 retainer, Lumen Studio',
      createdAt: '2026-11-25T10:30:00+01:00',
      state: Object.fromEntries(
        record.data.fields.map((f) => [f.id, `${f.label}: filled in by hand, with "quotes" and 日本語.`]),
      ),
    },
  ];
}

describe('share links', () => {
  it('round-trip the real tools’ states and stay within the length limit', async () => {
    for (const envelope of realisticEnvelopes()) {
      const made = await encodeShareLink(envelope, `${page}#old-fragment`);
      expect(made.ok, JSON.stringify(made)).toBe(true);
      if (!made.ok) continue;
      expect(made.url).toBe(`${page}#${made.fragment}`);
      expect(made.url.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
      expect(made.fragment).toMatch(/^share-v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{8}$/);
      for (const input of [made.url, `#${made.fragment}`, made.fragment]) {
        expect(await decodeShareLink(input)).toEqual({ ok: true, envelope });
      }
    }
  });

  it('refuse a state too long for a link and say to offer the file', async () => {
    const envelope: ShareEnvelope = {
      kind: 'worksheet',
      toolId: 'client-input-dependency',
      engagementName: 'Large engagement',
      createdAt,
      // Pseudo-random text barely compresses, so 3,000 characters of it pass the link limit.
      state: { notes: noise(3000) },
    };
    const made = await encodeShareLink(envelope, page);
    expect(made).toEqual({ ok: false, reason: 'too-long', message: shareRefusalMessages['too-long'] });
    expect(made.ok ? '' : made.message).toMatch(/too long.*file/i);
    // A state that compresses well but is huge is refused too, so no link outgrows the decoder.
    const huge = await encodeShareLink({ ...envelope, state: 'a'.repeat(MAX_STATE_BYTES) }, page);
    expect(huge.ok ? 'made' : huge.reason).toBe('too-long');
  });

  it('refuse to encode an envelope the schema rejects or JSON cannot hold', async () => {
    const [good] = realisticEnvelopes() as [ShareEnvelope];
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    for (const bad of [
      { ...good, kind: 'quiz' },
      { ...good, engagementName: '  ' },
      { ...good, createdAt: 'yesterday' },
      { ...good, state: undefined },
      { ...good, state: cyclic },
      { ...good, state: { n: 10n } },
    ]) {
      expect((await encodeShareLink(bad as ShareEnvelope, page)).ok).toBe(false);
    }
  });

  it('check only the envelope: any state is accepted, a missing state or an extra key is not', () => {
    const [good] = realisticEnvelopes() as [ShareEnvelope];
    for (const state of [null, 0, 'text', [], { any: ['shape'] }])
      expect(shareEnvelopeSchema.safeParse({ ...good, state }).success).toBe(true);
    const { state: _state, ...withoutState } = good;
    expect(shareEnvelopeSchema.safeParse(withoutState).success).toBe(false);
    expect(shareEnvelopeSchema.safeParse({ ...good, owner: 'someone' }).success).toBe(false);
  });

  it('refuse tampered, truncated, foreign and future links with their own reason', async () => {
    const [envelope] = realisticEnvelopes() as [ShareEnvelope];
    const link = await linkFor(envelope);
    const fragment = link.slice(link.indexOf('#') + 1);
    const dataAt = 'share-v1.'.length + 10;
    const flip = (s: string, i: number) => `${s.slice(0, i)}${s[i] === 'A' ? 'B' : 'A'}${s.slice(i + 1)}`;

    await expectRefused(flip(fragment, dataAt), 'tampered');
    await expectRefused(flip(fragment, fragment.length - 1), 'tampered'); // the check itself
    await expectRefused(fragment.replace(/\.([^.]*)$/, 'A$1'), 'tampered'); // the dot before the check
    await expectRefused(fragment.slice(0, -3), 'truncated');
    await expectRefused(fragment.slice(0, fragment.length - 9), 'truncated');
    await expectRefused(fragment.slice(0, dataAt), 'truncated');
    await expectRefused('share-v1', 'truncated');
    await expectRefused(fragment.replace('share-v1.', 'share-v2.'), 'unsupported-version');
    await expectRefused('https://example.com/tools/x/#section-2', 'not-a-share-link');
    await expectRefused('', 'not-a-share-link');
    await expectRefused(`share-v1.${'A'.repeat(MAX_LINK_CHARS)}.AAAAAAAA`, 'too-long');
  });

  it('refuse a well-framed link whose content is not a valid share', async () => {
    await expectRefused(await sealFragment(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])), 'not-valid-data');
    await expectRefused(await sealFragment(await deflate('{"kind":"checklist"')), 'not-valid-data');
    await expectRefused(
      await sealFragment(
        await deflate(JSON.stringify({ kind: 'checklist', toolId: 'x', engagementName: 'E', createdAt })),
      ),
      'not-valid-data',
    );
    await expectRefused(await sealFragment(new Uint8Array([0xff, 0xfe])), 'not-valid-data');
    // A valid envelope framed correctly decodes: the refusals above are about content alone.
    const [envelope] = realisticEnvelopes() as [ShareEnvelope];
    expect((await decodeShareLink(await sealFragment(await deflate(JSON.stringify(envelope))))).ok).toBe(true);
  });

  it('refuse a decompression bomb: a link-sized fragment that inflates past the byte limit', async () => {
    // 1.3 MB of spaces in a JSON string compresses to about 1.3 KB: short enough to pass the
    // length check, so only the limit on decompressed bytes can stop it.
    const bomb = await sealFragment(await deflate(`{"state":"${' '.repeat(MAX_STATE_BYTES * 20)}"}`));
    expect(bomb.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    await expectRefused(bomb, 'too-long');
    // Just under the limit the same framing decodes far enough to reach the schema.
    await expectRefused(
      await sealFragment(await deflate(`{"state":"${' '.repeat(MAX_STATE_BYTES - 20)}"}`)),
      'not-valid-data',
    );
  });
});

describe('share links under fuzzing', () => {
  const envelopeArb = fc.record({
    kind: fc.constantFrom('checklist' as const, 'worksheet' as const, 'record' as const),
    toolId: fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/),
    engagementName: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
    createdAt: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    state: fc.jsonValue({ maxDepth: 4 }),
  });

  it('round-trip random JSON states exactly, or refuse them as too long', async () => {
    let made = 0;
    await fc.assert(
      fc.asyncProperty(envelopeArb, async (envelope) => {
        // The state as JSON carries it (JSON has no -0).
        const expected = JSON.parse(JSON.stringify(envelope)) as ShareEnvelope;
        const result = await encodeShareLink(envelope, page);
        if (!result.ok) {
          expect(result.reason).toBe('too-long');
          return;
        }
        made++;
        expect(result.url.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
        expect(await decodeShareLink(result.url)).toEqual({ ok: true, envelope: expected });
      }),
      { numRuns: 150 },
    );
    expect(made).toBeGreaterThan(75); // most random states fit, so the round-trip was exercised
  });

  it('never throw on random strings, and refuse them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 3000 }),
          fc.string().map((s) => `share-v1.${s}`),
          fc.string().map((s) => `#share-v1.${s}.${s.slice(0, 8)}`),
        ),
        async (input) => {
          const result = await decodeShareLink(input);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.message).toBe(shareRefusalMessages[result.reason]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuse every one-character change with the reason for where it fell, and every cut as truncated', async () => {
    const links = await Promise.all(realisticEnvelopes().map(async (e) => (await linkFor(e)).split('#')[1]!));
    const alphabet = 'ABCXYZabcxyz0189-_.%~ #é';
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...links)
          .chain((link) => fc.tuple(fc.constant(link), fc.nat({ max: link.length - 1 }), fc.constantFrom(...alphabet))),
        async ([link, at, char]) => {
          fc.pre(link[at] !== char);
          const mutated = `${link.slice(0, at)}${char}${link.slice(at + 1)}`;
          const result = await decodeShareLink(mutated);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          let expected: ShareRefusal[];
          if (char === '#')
            expected = mutated.slice(mutated.indexOf('#') + 1).startsWith('share-v')
              ? ['truncated']
              : ['not-a-share-link'];
          else if (at < 'share-v'.length) expected = ['not-a-share-link'];
          else if (at <= 'share-v1'.length && /\d/.test(char)) expected = ['unsupported-version'];
          else if (at === 'share-v'.length) expected = ['not-a-share-link'];
          else expected = ['tampered'];
          expect(expected).toContain(result.reason);
        },
      ),
      { numRuns: 400 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...links)
          .chain((link) => fc.tuple(fc.constant(link), fc.integer({ min: 'share-v1'.length, max: link.length - 1 }))),
        async ([link, length]) => {
          const result = await decodeShareLink(link.slice(0, length));
          expect(result.ok ? 'decoded' : result.reason).toBe('truncated');
        },
      ),
      { numRuns: 200 },
    );
  });
});
