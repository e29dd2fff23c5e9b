/** The editorial lint's texts and problems, and how it reads a text: words, prose and tokens. */
export interface LintProblem {
  /** The file the problem sits in, relative to the project root. */
  file: string;
  /** What is wrong, in words that say how to fix it. */
  message: string;
}

export interface LintText {
  file: string;
  text: string;
}

/** Words in a page body, as the word floors count them: tags dropped, tokens with a letter or digit. */
export function countWords(body: string): number {
  return body
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** A page body as prose: no code, tags, link targets, heading marks or emphasis. */
export function proseOf(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/[*_`]/g, '');
}

/** Lower-case word tokens, with curly apostrophes folded and hyphens kept inside words. */
export function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .match(/[a-z0-9]+(?:['-][a-z0-9]+)*/g) ?? []
  );
}
