import GithubSlugger from 'github-slugger';

/** The fragment id for a heading text, the same one Markdown headings get. */
export function slugify(text: string): string {
  return new GithubSlugger().slug(text);
}
