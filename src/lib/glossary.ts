/** Groups glossary terms under their first letter, A–Z, for the index and its jump links. */
export function groupByLetter<T extends { term: string }>(terms: T[]): { letter: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const t of [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en'))) {
    const letter = t.term.charAt(0).toUpperCase();
    groups.set(letter, [...(groups.get(letter) ?? []), t]);
  }
  return [...groups].map(([letter, list]) => ({ letter, terms: list }));
}
