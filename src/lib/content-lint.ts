/**
 * The editorial lint: pure checks over page and data text that keep the handbook consistent.
 * Each takes plain inputs (file names and texts) and returns the problems it finds, so a test can
 * run it on the real content folder and on an in-memory fixture that must fail.
 */
import { escapeRegExp } from './regexp';
import { countWords, tokens, type LintProblem, type LintText } from './content-lint-text';

export * from './content-lint-text';
export * from './content-lint-examples';

// ---------------------------------------------------------------------------------------------
// Vocabulary

export interface VocabularyEntry {
  /** The canonical term, e.g. "next-action owner". */
  term: string;
  /** Variants that must not appear anywhere, e.g. "next owner". */
  banned: string[];
}

function variantPattern(variant: string): RegExp {
  const escaped = escapeRegExp(variant).replace(/\s+/g, '[\\s-]+');
  return new RegExp(`(?<![A-Za-z0-9-])${escaped}(?![A-Za-z0-9-])`, 'gi');
}

/** Every banned variant in the texts, with its line and the canonical term to use instead. */
export function findBannedVocabulary(texts: LintText[], vocabulary: VocabularyEntry[]): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const { file, text } of texts) {
    for (const entry of vocabulary) {
      for (const variant of entry.banned) {
        for (const m of text.matchAll(variantPattern(variant))) {
          const line = text.slice(0, m.index).split('\n').length;
          problems.push({ file, message: `line ${line}: "${m[0]}" is a banned variant; write "${entry.term}"` });
        }
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Shared wording with the source document

/**
 * Runs of `size` words that a text shares with the source, each reported once per stretch.
 * `names` are proper names both may use (page titles the content brief fixes); they break a run
 * instead of counting toward one.
 */
export function findSharedRuns(texts: LintText[], source: string, size = 8, names: string[] = []): LintProblem[] {
  const masked = (text: string) => {
    let joined = ` ${tokens(text).join(' ')} `;
    for (const name of names
      .map((n) => tokens(n).join(' '))
      .filter(Boolean)
      .sort((a, b) => b.length - a.length)) {
      joined = joined.split(` ${name} `).join(' | ');
    }
    return joined.trim().split(' ');
  };
  const sourceWords = masked(source);
  const runs = new Set<string>();
  for (let i = 0; i + size <= sourceWords.length; i++) runs.add(sourceWords.slice(i, i + size).join(' '));
  const problems: LintProblem[] = [];
  for (const { file, text } of texts) {
    const words = masked(text);
    let lastHit = -size;
    for (let i = 0; i + size <= words.length; i++) {
      const window = words.slice(i, i + size);
      if (window.includes('|')) continue;
      const run = window.join(' ');
      if (!runs.has(run)) continue;
      // One report per stretch of shared wording, not one per overlapping window.
      if (i - lastHit >= size)
        problems.push({ file, message: `shares "${run}…" with the source document; say it in other words` });
      lastHit = i;
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Repeated sentences

/** The sentences of a text, as normalised word lists of at least `minWords` words. */
export function sentencesOf(text: string, minWords = 8): string[] {
  return text
    .split(/(?<=[.!?])["”’)]*\s+|\n\s*\n|\n\s*[-*\d]/)
    .map((s) => tokens(s).join(' '))
    .filter((s) => s.split(' ').length >= minWords);
}

/** Sentences of `minWords` or more words that appear on more than `maxPages` pages. */
export function findRepeatedSentences(texts: LintText[], minWords = 8, maxPages = 2): LintProblem[] {
  const pagesOf = new Map<string, Set<string>>();
  for (const { file, text } of texts) {
    for (const sentence of sentencesOf(text, minWords)) {
      const files = pagesOf.get(sentence) ?? new Set<string>();
      files.add(file);
      pagesOf.set(sentence, files);
    }
  }
  return [...pagesOf]
    .filter(([, files]) => files.size > maxPages)
    .map(([sentence, files]) => ({
      file: [...files].join(', '),
      message: `"${sentence}" appears on ${files.size} pages; at most ${maxPages} may share a sentence`,
    }));
}

// ---------------------------------------------------------------------------------------------
// Glossary length

export interface GlossaryEntryText {
  file: string;
  body: string;
  /** The facts shown above the body: the one-sentence definition, practical test and misunderstanding. */
  facts: string[];
}

/** Words a reader meets in a glossary entry: the facts block plus the body. */
export const glossaryEntryWords = (entry: GlossaryEntryText) =>
  countWords(entry.body) + entry.facts.reduce((n, f) => n + countWords(f), 0);

/** Glossary entries outside the reference-layer length: between `floor` and `ceiling` words. */
export function findGlossaryLengthProblems(
  entries: GlossaryEntryText[],
  floor: number,
  ceiling: number,
): LintProblem[] {
  return entries.flatMap((entry) => {
    const n = glossaryEntryWords(entry);
    if (n > ceiling)
      return [
        {
          file: entry.file,
          message: `${n} words; a glossary entry stays at or under ${ceiling}, move examples to the workflow that owns them`,
        },
      ];
    if (n < floor) return [{ file: entry.file, message: `${n} words; a glossary entry needs at least ${floor}` }];
    return [];
  });
}

// ---------------------------------------------------------------------------------------------
// Messages

/** Messages in the library that no page lists in its frontmatter `messages`. */
export function findUnreferencedMessages(
  messages: { file: string; id: string }[],
  pages: { file: string; messages: string[] }[],
): LintProblem[] {
  const used = new Set(pages.flatMap((p) => p.messages));
  return messages
    .filter((m) => !used.has(m.id))
    .map((m) => ({ file: m.file, message: `message "${m.id}" is not listed in any page's frontmatter messages` }));
}

// ---------------------------------------------------------------------------------------------
// Runs of words shared across pages

/**
 * Runs of `size` words that appear on more than `maxPages` pages. `names` (page titles) break a
 * run instead of counting toward one; rule citations are not in the texts, since `proseOf` drops
 * tags. Each run is reported once, with the pages it appears on.
 */
export function findRepeatedRuns(texts: LintText[], size = 8, maxPages = 2, names: string[] = []): LintProblem[] {
  const sortedNames = names
    .map((n) => tokens(n).join(' '))
    .filter((n) => n.split(' ').length > 1)
    .sort((a, b) => b.length - a.length);
  const pagesOf = new Map<string, Set<string>>();
  for (const { file, text } of texts) {
    let joined = ` ${tokens(text).join(' ')} `;
    for (const name of sortedNames) joined = joined.split(` ${name} `).join(' | ');
    const words = joined.trim().split(' ');
    for (let i = 0; i + size <= words.length; i++) {
      const window = words.slice(i, i + size);
      if (window.includes('|')) continue;
      const run = window.join(' ');
      const files = pagesOf.get(run) ?? new Set<string>();
      files.add(file);
      pagesOf.set(run, files);
    }
  }
  const shared = [...pagesOf]
    .filter(([, files]) => files.size > maxPages)
    .map(([run, files]) => ({ run, files, key: [...files].sort().join(', ') }));
  // One report per stretch: a window whose first words end another shared window on the same
  // pages continues that stretch and is not reported again.
  const ends = new Set(shared.map((s) => `${s.key}|${s.run.split(' ').slice(1).join(' ')}`));
  return shared
    .filter((s) => !ends.has(`${s.key}|${s.run.split(' ').slice(0, -1).join(' ')}`))
    .map((s) => ({
      file: s.key,
      message: `"${s.run}…" appears on ${s.files.size} pages; at most ${maxPages} may share an ${size}-word run`,
    }));
}

// ---------------------------------------------------------------------------------------------
// Rules typed by hand

/** A rule of the rulebook whose wording pages must cite instead of retyping. */
export interface RetypedRulePattern {
  rule: string;
  /** What the rule fixes, for the message, e.g. "the reminder days". */
  what: string;
  pattern: RegExp;
}

/** The rulebook's numbers and wording that may appear only in content/rules.json. */
export const retypedRulePatterns: RetypedRulePattern[] = [
  {
    rule: 'reminder-schedule',
    what: 'the reminder days',
    pattern:
      /\b3,? 7,? (?:and |or )?14\b|\+ ?3\b[^.\n]{0,12}\+ ?7\b|\bday (?:14|21|28)\b|\b(?:14|21|28)-day (?:reminder|notice)/i,
  },
  {
    rule: 'billing-trigger-is-acceptance',
    what: 'the invoice timing',
    pattern:
      /(?:invoice|bill)[^.\n]{0,60}within (?:one|a|1) working day|within (?:one|a|1) working day of (?:the )?(?:billing trigger|acceptance|written acceptance)/i,
  },
  {
    rule: 'engagement-closed',
    what: 'the closure wording',
    pattern: /settled,? written off,? (?:or|and) handed|paid or formally resolved in writing/i,
  },
];

/** Each place a page or data file types a rule's numbers or wording instead of citing it. */
export function findRetypedRules(texts: LintText[], patterns = retypedRulePatterns): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const { file, text } of texts) {
    const cleaned = text.replace(/<Rule\b[^>]*\/>/g, ' ');
    for (const { rule, what, pattern } of patterns) {
      const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      for (const m of cleaned.matchAll(global)) {
        const line = cleaned.slice(0, m.index).split('\n').length;
        problems.push({
          file,
          message: `line ${line}: "${m[0]}" types ${what} by hand; cite <Rule id="${rule}" /> instead`,
        });
      }
    }
  }
  return problems;
}

/** A readable list of lint problems for a failing assertion. */
export const formatLintProblems = (problems: LintProblem[]) =>
  problems.map((p) => `${p.file}: ${p.message}`).join('\n');
