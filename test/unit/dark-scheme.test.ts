/**
 * The dark scheme changes colours only: wherever the site's sources mention
 * prefers-color-scheme, it is a CSS block that sets custom properties and nothing else. The
 * browser tests rely on this to run only axe's colour rules in the dark scheme.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, walk } from '../support/content-files';

/** What in `source` the dark scheme could change beyond custom properties, as readable lines. */
function beyondColours(source: string, file: string): string[] {
  const out: string[] = [];
  for (const match of source.matchAll(/prefers-color-scheme/g)) {
    const head = source.slice(Math.max(0, match.index - 20), match.index + 40);
    const media = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{$/.exec(
      source.slice(Math.max(0, match.index - 20), source.indexOf('{', match.index) + 1),
    );
    if (!media) {
      out.push(`${file}: prefers-color-scheme outside an @media (prefers-color-scheme: dark) block: ${head.trim()}`);
      continue;
    }
    // The block's text, up to its matching brace.
    const start = source.indexOf('{', match.index) + 1;
    let depth = 1;
    let end = start;
    while (depth > 0 && end < source.length) {
      if (source[end] === '{') depth++;
      if (source[end] === '}') depth--;
      end++;
    }
    // Declarations are what sits between an opening brace (or a semicolon) and a semicolon or closing brace.
    for (const rule of source.slice(start, end - 1).matchAll(/\{([^{}]*)\}/g)) {
      for (const declaration of rule[1]!
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)) {
        if (!declaration.startsWith('--')) out.push(`${file}: the dark scheme sets ${declaration}`);
      }
    }
  }
  return out;
}

describe('the dark scheme', () => {
  it('sets custom properties only, in every source that mentions it', () => {
    const files = ['.css', '.astro', '.ts', '.tsx'].flatMap((ext) => walk(join(root, 'src'), ext));
    const found = files.filter((f) => readFileSync(f, 'utf8').includes('prefers-color-scheme'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.flatMap((f) => beyondColours(readFileSync(f, 'utf8'), relative(root, f)))).toEqual([]);
  });

  it('turns red on a dark block that hides or moves something, and on a script that reads the scheme', () => {
    expect(
      beyondColours(
        '@media (prefers-color-scheme: dark) {\n  :root { --bg: #000; }\n  .menu { display: none; }\n}',
        'a.css',
      ),
    ).toEqual(['a.css: the dark scheme sets display: none']);
    expect(beyondColours("matchMedia('(prefers-color-scheme: dark)')", 'b.ts')).toHaveLength(1);
    expect(
      beyondColours('@media (prefers-color-scheme: dark) { :root { --bg: #000; --text: #fff } }', 'c.css'),
    ).toEqual([]);
  });
});
