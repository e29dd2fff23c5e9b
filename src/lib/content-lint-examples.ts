/**
 * The editorial lint's checks on worked examples: each person, business and plot distinct, every
 * told example declared, and no one trade telling most of them.
 */
import { tokens, type LintProblem } from './content-lint-text';

export interface WorkedExample {
  person: string;
  business: string;
  trade: string;
  /** The plot the example tells, as a short tag shared by examples with the same story. */
  plot?: string | undefined;
}

export interface ExamplePage {
  file: string;
  examples: WorkedExample[];
  /** The page's prose, searched for names other pages declare. */
  text: string;
}

const firstWord = (s: string) => tokens(s)[0] ?? '';

/**
 * Worked examples that are not distinct: a person or business declared on two pages, two pages
 * whose people share a first name or whose businesses share a first word (Kestrel Freight and
 * Kestrel Robotics), and a page body that tells another page's declared person or business.
 */
export function findSharedExamples(pages: ExamplePage[]): LintProblem[] {
  const problems: LintProblem[] = [];
  const claims = new Map<string, { file: string; what: string }>();
  const claim = (key: string, file: string, what: string) => {
    const earlier = claims.get(key);
    if (earlier && earlier.file !== file)
      problems.push({ file, message: `${what} is too close to ${earlier.what} on ${earlier.file}` });
    else if (!earlier) claims.set(key, { file, what });
  };
  for (const page of pages) {
    for (const ex of page.examples) {
      claim(`person:${tokens(ex.person).join(' ')}`, page.file, `person "${ex.person}"`);
      claim(`first-name:${firstWord(ex.person)}`, page.file, `person "${ex.person}" (same first name)`);
      claim(`business:${tokens(ex.business).join(' ')}`, page.file, `business "${ex.business}"`);
      claim(`business-word:${firstWord(ex.business)}`, page.file, `business "${ex.business}" (same first word)`);
    }
  }
  for (const page of pages) {
    const prose = ` ${tokens(page.text).join(' ')} `;
    for (const other of pages) {
      if (other.file === page.file) continue;
      for (const ex of other.examples) {
        for (const name of [ex.person, ex.business]) {
          if (prose.includes(` ${tokens(name).join(' ')} `)) {
            problems.push({ file: page.file, message: `tells "${name}", a worked example declared on ${other.file}` });
          }
        }
      }
    }
  }
  return problems;
}

/** A heading that opens a worked example, e.g. "## Worked example: …" or "## A short example". */
const exampleHeading = /^#{2,3}\s+(?:worked example\b|an? (?:short |quick )?example\b|example:)/im;

/** Pages whose body tells a worked example but whose frontmatter declares none in `examples`. */
export function findUndeclaredExamples(
  pages: { file: string; body: string; examples: WorkedExample[] }[],
): LintProblem[] {
  return pages
    .filter((p) => exampleHeading.test(p.body) && p.examples.length === 0)
    .map((p) => ({
      file: p.file,
      message: 'tells a worked example but declares no person, business and trade in frontmatter examples',
    }));
}

/** Web builders: developers of any kind, and designers of websites, apps or email. */
export const webTrade = /developer|\bweb\b|\b(?:ux|ui|app|email|web) designer/i;

/** Fails when more than `maxShare` of all worked examples come from trades matching `trade`. */
export function findTradeImbalance(examples: WorkedExample[], trade: RegExp, maxShare: number): LintProblem[] {
  const matching = examples.filter((e) => trade.test(e.trade));
  if (examples.length === 0 || matching.length / examples.length <= maxShare) return [];
  return [
    {
      file: 'content/pages',
      message: `${matching.length} of ${examples.length} worked examples are ${trade.source} trades (${matching.map((e) => e.person).join(', ')}); at most ${Math.round(maxShare * 100)}% may be`,
    },
  ];
}

/** Plots told by more than `maxPages` pages' worked examples: a story told three times is a template. */
export function findRecycledPlots(pages: ExamplePage[], maxPages = 2): LintProblem[] {
  const pagesOf = new Map<string, string[]>();
  for (const page of pages) {
    for (const plot of new Set(page.examples.flatMap((e) => (e.plot ? [e.plot] : [])))) {
      pagesOf.set(plot, [...(pagesOf.get(plot) ?? []), page.file]);
    }
  }
  return [...pagesOf]
    .filter(([, files]) => files.length > maxPages)
    .map(([plot, files]) => ({
      file: files.join(', '),
      message: `plot "${plot}" is told on ${files.length} pages; at most ${maxPages} examples may share a plot`,
    }));
}
