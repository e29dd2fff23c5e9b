/** Each page's policy keeps the hashes of its own inline scripts and styles, and only those. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, prunePolicy } from '../../src/lib/page-policy';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('the per-page policy', () => {
  const script = 'console.log(1)';
  const style = 'p{color:red}';
  const policy = `default-src 'self'; script-src 'self' ${hash(script)} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('q{}')};`;
  const html = page(
    policy,
    `<script type="module">${script}</script><script type="module" src="/a.js"></script><style>${style}</style>`,
  );

  it('keeps the hashes of the page’s own inline scripts and styles and drops the others', () => {
    const pruned = prunePolicy(html);
    expect(pruned).toContain(hash(script));
    expect(pruned).toContain(hash(style));
    expect(pruned).not.toContain(hash('other()'));
    expect(pruned).not.toContain(hash('q{}'));
    expect(pruned).toContain("default-src 'self'; script-src 'self' ");
  });

  it('counts scripts inside templates, which run when the page imports them, and not scripts with a src', () => {
    const { script: scripts } = inlineHashes(
      `<template><script>${script}</script></template><script src="/x.js"></script>`,
    );
    expect([...scripts]).toEqual([hash(script)]);
  });

  it('hashes a large style sheet right on every page that holds it (its hash is kept between pages)', () => {
    const sheet = `p{color:red}${'.x{margin:0}'.repeat(500)}`;
    const other = `q{color:blue}${'.y{margin:0}'.repeat(500)}`;
    const policyOf = (styles: string[]) => `style-src 'self' ${styles.map(hash).join(' ')}`;
    for (const text of [sheet, sheet, other]) {
      const pruned = prunePolicy(page(policyOf([sheet, other]), `<style>${text}</style>`));
      expect(pruned).toContain(hash(text));
      expect(pruned).not.toContain(hash(text === sheet ? other : sheet));
    }
  });

  it('leaves a page without a policy as it is', () => {
    const plain = '<html><body><script>x()</script></body></html>';
    expect(prunePolicy(plain)).toBe(plain);
  });
});
