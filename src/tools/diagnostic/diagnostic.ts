/**
 * The workflow diagnostic's rules, exactly as the content brief states them: a category
 * counts at its threshold; most ticks wins; ties go to the earlier category; no counting
 * category, or more than `maxCountingCategories` counting, means a sequence problem and the fallback page.
 */
import type { Diagnostic } from './schema';

type Category = Diagnostic['categories'][number];

export interface CategoryCount {
  category: Category;
  ticks: number;
  counts: boolean;
}

export type DiagnosisReason =
  | { kind: 'most-ticks'; ticks: number; tiedWith: Category[] }
  | { kind: 'nothing-counts' }
  | { kind: 'too-spread'; counting: number; max: number };

export interface DiagnosisResult {
  /** The winning category, or the fallback category when there is no clear winner. */
  category: Category;
  /** The page to open first. */
  page: string;
  reason: DiagnosisReason;
  /** Every category with its ticks, in data order. */
  counts: CategoryCount[];
}

export function diagnose(diagnostic: Diagnostic, ticked: Iterable<string>): DiagnosisResult {
  const on = new Set(ticked);
  const counts = diagnostic.categories.map((category) => {
    const ticks = category.signals.filter((s) => on.has(s.id)).length;
    return { category, ticks, counts: ticks >= category.threshold };
  });
  const counting = counts.filter((c) => c.counts);
  const fallbackCategory =
    diagnostic.categories.find((c) => c.id === diagnostic.fallback.category) ?? diagnostic.categories[0]!;
  const fallback = (reason: DiagnosisReason): DiagnosisResult => ({
    category: fallbackCategory,
    page: diagnostic.fallback.page,
    reason,
    counts,
  });

  if (counting.length === 0) return fallback({ kind: 'nothing-counts' });
  if (counting.length > diagnostic.maxCountingCategories) {
    return fallback({ kind: 'too-spread', counting: counting.length, max: diagnostic.maxCountingCategories });
  }
  const most = Math.max(...counting.map((c) => c.ticks));
  // `counting` keeps data order, so the first with the most ticks is the earlier category on a tie.
  const [winner, ...tied] = counting.filter((c) => c.ticks === most);
  return {
    category: winner!.category,
    page: winner!.category.firstPage,
    reason: { kind: 'most-ticks', ticks: most, tiedWith: tied.map((t) => t.category) },
    counts,
  };
}

/** Why the result came out as it did, in one or two plain sentences. */
export function explainDiagnosis(result: DiagnosisResult): string {
  const { reason, category } = result;
  switch (reason.kind) {
    case 'nothing-counts':
      return `No category reached its threshold, so there is no clear winner. Treat it as a ${category.name.toLowerCase()} problem and start with the whole lifecycle.`;
    case 'too-spread':
      return `${reason.counting} categories count, more than ${reason.max}, so the problems are too spread out to be one local fault. Treat it as a ${category.name.toLowerCase()} problem and start with the whole lifecycle.`;
    case 'most-ticks': {
      const ticks = `${reason.ticks} ${reason.ticks === 1 ? 'tick' : 'ticks'}`;
      if (reason.tiedWith.length === 0)
        return `${category.name} has the most ticks (${ticks}) of the categories that count.`;
      const others = reason.tiedWith.map((c) => c.name).join(' and ');
      return `${category.name} and ${others} tie at ${ticks}; ${category.name} wins because it comes earlier in the list.`;
    }
  }
}

/** The running line shown while a reader ticks: the leading category with its own ticks, never the total as if it were its own. */
export function leadSummary(result: DiagnosisResult, totalTicked: number): string {
  if (totalTicked === 0) return 'Nothing ticked yet.';
  const plural = (n: number) => `${n} ${n === 1 ? 'tick' : 'ticks'}`;
  const own = result.counts.find((c) => c.category.id === result.category.id);
  // A fallback result is where to start, not a category that is ahead on its own ticks.
  if (result.reason.kind !== 'most-ticks' || !own)
    return `No single category ahead yet (${plural(totalTicked)} in all): start with ${result.category.name}.`;
  return `Leading so far: ${result.category.name} (${plural(own.ticks)} of ${totalTicked}).`;
}
