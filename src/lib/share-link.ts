/**
 * Read-only share links: a tool's state carried in the URL fragment, so it never reaches a
 * server (browsers do not send the fragment).
 *
 * A fragment reads `share-v1.<data>.<check>`:
 * - `share-v1` names the format and its version;
 * - `<data>` is the envelope (see `src/schemas/share-link.ts`) as JSON, compressed with the
 *   browser's own `CompressionStream('deflate-raw')`, in base64url without padding;
 * - `<check>` is the first 6 bytes of SHA-256 over `share-v1.<data>`, in base64url (8 characters).
 *
 * The check is last, so a link cut short loses it (or part of it) and reads as truncated, while a
 * link whose characters were changed keeps its full check, which no longer matches: tampered.
 * The check guards against accidents and casual edits, not against someone who recomputes it;
 * nothing in a link is trusted beyond what the schemas accept.
 *
 * Decoding never throws: every outcome is a `ShareDecodeResult`. Decompression stops as soon as
 * the output passes `MAX_STATE_BYTES`, so a small link cannot expand into a huge allocation.
 */
import { shareEnvelopeSchema, type ShareEnvelope } from '../schemas/share-link';

/** The version this code writes and the only one it reads. */
export const SHARE_VERSION = 1;
const PREFIX = 'share-v';
/** Longest whole link (page URL and fragment) this code makes; longer links break in some apps. */
export const MAX_LINK_CHARS = 2000;
/** Largest JSON a link may hold once decompressed. */
export const MAX_STATE_BYTES = 64 * 1024;
const CHECK_BYTES = 6;
const CHECK_CHARS = 8; // base64url of 6 bytes

/** Why a link was refused. */
export type ShareRefusal =
  'not-a-share-link' | 'unsupported-version' | 'truncated' | 'tampered' | 'too-long' | 'not-valid-data';

export type ShareEncodeResult =
  { ok: true; url: string; fragment: string } | { ok: false; reason: 'too-long' | 'not-valid-data'; message: string };
export type ShareDecodeResult =
  { ok: true; envelope: ShareEnvelope } | { ok: false; reason: ShareRefusal; message: string };

/** The plain sentence shown for each refusal. */
export const shareRefusalMessages: Record<ShareRefusal, string> = {
  'not-a-share-link': 'This address does not contain a shared copy of a tool.',
  'unsupported-version': 'This link was made by a newer version of the handbook and cannot be opened here.',
  truncated: 'This link is incomplete: its end is missing. Ask for the whole link again.',
  tampered: 'This link was changed after it was made, so it is not shown. Ask for a fresh link.',
  'too-long': 'This is too long for a link. Download the file and send that instead.',
  'not-valid-data': 'This link does not hold a state the handbook can show.',
};

const refuse = <R extends ShareRefusal>(reason: R) => ({
  ok: false as const,
  reason,
  message: shareRefusalMessages[reason],
});

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url string, or undefined when it is not valid base64url. */
function fromBase64url(text: string): Uint8Array | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

async function checkOf(signed: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(signed));
  return toBase64url(new Uint8Array(digest, 0, CHECK_BYTES));
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates `bytes`, giving up as soon as the output passes `limit` bytes. */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | 'too-long' | 'not-valid-data'> {
  try {
    const reader = new Blob([bytes as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'))
      .getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return 'too-long';
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    return out;
  } catch {
    return 'not-valid-data';
  }
}

/**
 * Frames already-compressed bytes as a version 1 fragment with its check. `encodeShareLink` is
 * the way to make a link; this is exported for tests that need a well-framed link whose content
 * is hostile (a decompression bomb, bytes that are not deflate).
 */
export async function sealFragment(compressed: Uint8Array): Promise<string> {
  const signed = `${PREFIX}${SHARE_VERSION}.${toBase64url(compressed)}`;
  return `${signed}.${await checkOf(signed)}`;
}

/**
 * Makes a share link for `envelope` on the page at `pageUrl` (any fragment it has is replaced).
 * Refuses with `too-long` when the whole link would pass `MAX_LINK_CHARS` (offer the file
 * instead), and with `not-valid-data` when the envelope is not valid or not JSON-serialisable.
 */
export async function encodeShareLink(envelope: ShareEnvelope, pageUrl: string): Promise<ShareEncodeResult> {
  let json: string;
  try {
    const parsed = shareEnvelopeSchema.safeParse(envelope);
    json = JSON.stringify(envelope);
    if (!parsed.success || json === undefined) return refuse('not-valid-data');
  } catch {
    return refuse('not-valid-data'); // cycles, BigInt, throwing toJSON
  }
  const bytes = new TextEncoder().encode(json);
  if (bytes.byteLength > MAX_STATE_BYTES) return refuse('too-long');
  const base = pageUrl.split('#')[0]!;
  const fragment = await sealFragment(await deflate(bytes));
  const url = `${base}#${fragment}`;
  if (url.length > MAX_LINK_CHARS) return refuse('too-long');
  return { ok: true, url, fragment };
}

/**
 * Reads a share link: a whole URL, a fragment with its `#`, or the fragment alone (pasted text
 * is the caller's to trim: a stray character at either end counts as a change). Never throws;
 * a refusal names its reason and carries the sentence to show. A valid result has passed the
 * envelope schema only: parse `envelope.state` with the tool's own schema before use.
 */
export async function decodeShareLink(input: string): Promise<ShareDecodeResult> {
  try {
    if (typeof input !== 'string') return refuse('not-a-share-link');
    const hash = input.indexOf('#');
    const fragment = hash === -1 ? input : input.slice(hash + 1);
    if (!fragment.startsWith(PREFIX)) return refuse('not-a-share-link');
    if (fragment.length > MAX_LINK_CHARS) return refuse('too-long');

    const version = /^\d+/.exec(fragment.slice(PREFIX.length))?.[0];
    if (version === undefined) return refuse(fragment.length === PREFIX.length ? 'truncated' : 'not-a-share-link');
    if (version !== String(SHARE_VERSION)) return refuse('unsupported-version');

    const head = `${PREFIX}${version}`;
    if (fragment.length === head.length) return refuse('truncated');
    if (fragment[head.length] !== '.') return refuse('tampered');
    const parts = fragment.slice(head.length + 1).split('.');
    if (parts.length === 1) {
      // Either the check and its dot were cut off, or the dot itself was changed: then the last
      // characters still are the check of everything before the changed dot.
      const joined = fragment.length - CHECK_CHARS - 1;
      const dotChanged =
        joined > head.length && (await checkOf(fragment.slice(0, joined))) === fragment.slice(joined + 1);
      return refuse(dotChanged ? 'tampered' : 'truncated');
    }
    if (parts.length > 2) return refuse('tampered');
    const [data, check] = parts as [string, string];
    if (check.length < CHECK_CHARS && BASE64URL.test(check)) return refuse('truncated');
    if (check.length !== CHECK_CHARS) return refuse('tampered');
    if (check !== (await checkOf(fragment.slice(0, fragment.lastIndexOf('.'))))) return refuse('tampered');

    const compressed = fromBase64url(data);
    if (!compressed) return refuse('not-valid-data');
    const inflated = await inflate(compressed, MAX_STATE_BYTES);
    if (typeof inflated === 'string') return refuse(inflated);
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
    } catch {
      return refuse('not-valid-data');
    }
    const parsed = shareEnvelopeSchema.safeParse(value);
    return parsed.success ? { ok: true, envelope: parsed.data } : refuse('not-valid-data');
  } catch {
    return refuse('not-valid-data');
  }
}
